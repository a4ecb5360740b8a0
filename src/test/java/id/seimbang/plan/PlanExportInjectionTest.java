package id.seimbang.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/** Text from imported data cannot become a spreadsheet formula in a plan export (CSV injection). */
class PlanExportInjectionTest {

    private static PlanView planWith(PlannedMove move) {
        PlanResult result = new PlanResult("v1", null, 1, 1, 1, null, List.of(move), 0, 0, 0, 0, 0, null, List.of(),
                0, 0, java.util.Map.of());
        return new PlanView("p1", PlanStatus.COMPLETED, null, 1, "planner", null, null, "v1", null, null, null, result);
    }

    @Test
    void cellsStartingWithFormulaCharactersArePrefixedInTheCsv() throws Exception {
        PlannedMove hostile = new PlannedMove("=HYPERLINK(\"http://x.invalid\",\"klik\")", "+cmd|' /C calc'!A0",
                "-2+3", "@SUM(A1:A9)", "\tTAB", "\rCR", 4, 1, 1, "=1+1", List.of("=EVIL()", "ok"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PlanExporter.csv(planWith(hostile), out);

        List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(out.toString(StandardCharsets.UTF_8))).getRecords();
        CSVRecord row = rows.get(0);
        for (String column : List.of("nip", "nama", "unit_asal", "jabatan_asal", "unit_tujuan", "jabatan_tujuan",
                "kesesuaian", "alasan")) {
            assertThat(row.get(column)).as(column).startsWith("'");
        }
        assertThat(row.get("nip")).isEqualTo("'=HYPERLINK(\"http://x.invalid\",\"klik\")");
        assertThat(row.get("gain")).isEqualTo("4.0");
    }

    @Test
    void fullWidthFormulaCharactersLeadingSpacesAndPipesAreNeutralisedToo() {
        for (String formula : new String[] {"\uFF1D1+1", "\uFF0BA1", "\uFF0DA1", "\uFF20SUM(A1)", "  =1+1",
                "\u00A0=HYPERLINK(\"x\")", "\u00A0 \uFF1D1", "|calc", " |calc", "\uFF5Ccalc", "\u3000@A1"}) {
            assertThat(PlanExporter.safe(formula)).as(formula).isEqualTo("'" + formula);
        }
        assertThat(PlanExporter.safe("  Dinas")).isEqualTo("  Dinas");
        assertThat(PlanExporter.safe("a|b")).isEqualTo("a|b");
    }

    @Test
    void ordinaryTextIsUnchanged() {
        assertThat(PlanExporter.safe("Dinas Kesehatan")).isEqualTo("Dinas Kesehatan");
        assertThat(PlanExporter.safe("198005102011011001")).isEqualTo("198005102011011001");
        assertThat(PlanExporter.safe(null)).isEmpty();
    }
}
