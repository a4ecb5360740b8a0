package id.seimbang.balance.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import id.seimbang.benchmark.GeneratedProvince;
import id.seimbang.workforce.CsvBundle;
import id.seimbang.workforce.CsvKind;
import id.seimbang.workforce.FormationCell;
import id.seimbang.workforce.Workforce;
import id.seimbang.workforce.WorkforceImporter;
import id.seimbang.workforce.WorkforceService;

/**
 * Issue 20 speed: what a history of 5 ABK periods per cell adds to the dashboard (GET / rendered, province-wide, and
 * GET /?unit=… with the unit's history charts) on the generated 20,000-employee / 800-unit province. Measures the
 * page without periods, imports abk_periods.csv with 5 periods for every cell (the last one in force today), and
 * measures again; each figure is the median of 30 requests after 20 of warm-up, measured one after the other (the
 * pages without periods come first, so they carry more of the JIT's warm-up); asserts nothing about speed.
 * Run: {@code mvn -o test -Pbenchmark -Dtest=Issue20Benchmark}.
 */
@Tag("benchmark")
@SpringBootTest
@AutoConfigureMockMvc
class Issue20Benchmark {

    static final RequestPostProcessor PLANNER = user("planner").roles("PLANNER");
    static final int WARM = 20;
    static final int RUNS = 30;

    @DynamicPropertySource
    static void province(DynamicPropertyRegistry registry) {
        GeneratedProvince.register(registry);
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    WorkforceService workforce;
    @Autowired
    WorkforceImporter importer;

    @Test
    void dashboardWithFiveAbkPeriods() throws Exception {
        Workforce plain = workforce.current();
        String unit = plain.units().stream().map(u -> u.code()).sorted().findFirst().orElseThrow();
        double withoutPeriods = median(() -> page("/"));
        double unitWithoutPeriods = median(() -> page("/?unit=" + unit));

        StringBuilder csv = new StringBuilder("unit_code,position_code,effective_from,workload_hours\n");
        double[] factors = {0.8, 0.9, 1.1, 1.2, 1.0};
        for (FormationCell c : plain.cells()) {
            for (int p = 0; p < factors.length; p++) {
                csv.append(c.unitCode()).append(',').append(c.positionCode()).append(',')
                        .append(LocalDate.of(2022 + p, 1, 1)).append(',')
                        .append(Math.round(c.workloadHours() * factors[p])).append('\n');
            }
        }
        long start = System.nanoTime();
        importer.importBundle(CsvBundle.ofBytes(Map.of(CsvKind.ABK_PERIODS,
                csv.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8))), "benchmark");
        long importMs = (System.nanoTime() - start) / 1_000_000;
        Workforce dated = workforce.current();
        start = System.nanoTime();
        dated.asOf(LocalDate.now()); // the first page of the day builds the view of today
        double viewMs = (System.nanoTime() - start) / 1e6;
        double withPeriods = median(() -> page("/"));
        double unitWithPeriods = median(() -> page("/?unit=" + unit));

        System.out.printf("%nIssue 20 dashboard, %d employees, %d cells, %d ABK periods (%s)%n",
                dated.employees().size(), dated.cells().size(), dated.periods().size(), GeneratedProvince.machine());
        System.out.printf("import of the periods %d ms; first view of a date %.1f ms%n", importMs, viewMs);
        System.out.printf("GET /          without periods %.1f ms, with 5 periods %.1f ms (%+.1f %%)%n", withoutPeriods,
                withPeriods, 100 * (withPeriods / withoutPeriods - 1));
        System.out.printf("GET /?unit=%s without periods %.1f ms, with 5 periods and its history %.1f ms (%+.1f %%)%n",
                unit, unitWithoutPeriods, unitWithPeriods, 100 * (unitWithPeriods / unitWithoutPeriods - 1));
    }

    interface Run {
        void run() throws Exception;
    }

    private void page(String path) throws Exception {
        mvc.perform(get(path).with(PLANNER)).andExpect(status().isOk());
    }

    private static double median(Run run) throws Exception {
        for (int i = 0; i < WARM; i++) {
            run.run();
        }
        List<Double> ms = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            long t = System.nanoTime();
            run.run();
            ms.add((System.nanoTime() - t) / 1e6);
        }
        double[] sorted = ms.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return sorted[sorted.length / 2];
    }
}
