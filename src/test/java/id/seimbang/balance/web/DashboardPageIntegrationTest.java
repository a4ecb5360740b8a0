package id.seimbang.balance.web;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.web.servlet.MockMvc;

import id.seimbang.system.web.PageTestDatabase;

@SpringBootTest(properties = PageTestDatabase.URL)
@AutoConfigureMockMvc
@WithMockUser(username = "planner", roles = "PLANNER")
class DashboardPageIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Test
    void showsImbalanceUnitsGradesWorstCellsAndTheChart() throws Exception {
        mvc.perform(get("/"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("<h1>Dasbor keseimbangan beban kerja</h1>"),
                        containsString("aria-current=\"page\">Dasbor</a>"),
                        containsString("id=\"imbalance\""),
                        containsString("<th scope=\"row\">PROV-17-SETDA</th>"),
                        containsString("data-code=\"PROV-17-SETDA\""),
                        containsString("class=\"grade grade-"),
                        containsString("id=\"surplus-table\""),
                        containsString("id=\"deficit-table\""),
                        containsString("<script src=\"/vendor/uplot/uPlot.iife.min.js\"></script>"),
                        containsString("data-source=\"unit-table\""))));
    }

    @Test
    void filtersByKabupatenAndSectorAndSortsByGap() throws Exception {
        mvc.perform(get("/").param("kabupaten", "1771").param("sector", "HEALTH").param("sort", "GAP").param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("<h1>Workload balance dashboard</h1>"),
                        containsString("<option value=\"1771\" selected=\"selected\">"),
                        containsString("<option value=\"HEALTH\" selected=\"selected\">Health</option>"),
                        containsString("aria-sort=\"ascending\"><a href=\"/?kabupaten=1771&amp;sector=HEALTH&amp;sort=GAP&amp;date=\""),
                        not(containsString("<th scope=\"row\">PROV-17-SETDA</th>")),
                        not(containsString("Pendidikan")))));
    }

    @Test
    void sortLinksKeepTheDate() throws Exception {
        // a page for a date (workload in force that day) sorted by another column stays on that date
        mvc.perform(get("/").param("kabupaten", "1771").param("sort", "GAP").param("date", "2027-02-15"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("<a href=\"/?kabupaten=1771&amp;sector=&amp;sort=CODE&amp;date=2027-02-15\""),
                        containsString("<a href=\"/?kabupaten=1771&amp;sector=&amp;sort=NEED&amp;date=2027-02-15\""),
                        containsString("<a href=\"/?kabupaten=1771&amp;sector=&amp;sort=STAFF&amp;date=2027-02-15\""),
                        containsString("aria-sort=\"ascending\"><a href=\"/?kabupaten=1771&amp;sector=&amp;sort=GAP&amp;date=2027-02-15\""),
                        containsString("<a href=\"/?kabupaten=1771&amp;sector=&amp;sort=EJ&amp;date=2027-02-15\""))));
        // without a date the links carry it empty, like the other filters, and such a link is today's page
        mvc.perform(get("/").param("sort", "EJ"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("<a href=\"/?kabupaten=&amp;sector=&amp;sort=CODE&amp;date=\""),
                        not(containsString("date=2")))));
        mvc.perform(get("/").param("kabupaten", "").param("sector", "").param("sort", "CODE").param("date", ""))
                .andExpect(status().isOk());
    }

    @Test
    void unknownKabupatenIsANotFoundProblem() throws Exception {
        mvc.perform(get("/").param("kabupaten", "9999"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.errors[0].field").value("kabupaten"));
    }

    @Test
    void theChartLibraryIsServedFromTheWebjar() throws Exception {
        mvc.perform(get("/vendor/uplot/uPlot.iife.min.js")).andExpect(status().isOk());
        mvc.perform(get("/vendor/uplot/uPlot.min.css")).andExpect(status().isOk());
        mvc.perform(get("/js/charts.js")).andExpect(status().isOk());
    }
}
