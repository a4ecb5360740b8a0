package id.seimbang.workforce.web;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.web.servlet.MockMvc;

import id.seimbang.system.web.PageTestDatabase;

@SpringBootTest(properties = PageTestDatabase.URL)
@AutoConfigureMockMvc
class EmployeeSearchPageIntegrationTest {

    /** In the sample province (tests-data/bengkulu/employees.csv). */
    static final String NIP = "196703051995091001";

    @Autowired
    MockMvc mvc;

    @Test
    void findsByNipPrefixAndByPartOfTheName() throws Exception {
        mvc.perform(get("/employees").param("q", "1967030519"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("<h1>Cari pegawai</h1>"),
                        containsString("<a href=\"/employees/" + NIP + "\">" + NIP + "</a>"),
                        containsString("Wahyu Syahputra, M.Si."))));
        mvc.perform(get("/employees").param("q", "wahyu syahputra"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/employees/" + NIP + "\"")));
    }

    @Test
    void saysWhenNothingMatchesAndShowsNoTableWithoutAQuery() throws Exception {
        mvc.perform(get("/employees").param("q", "zzzz-nobody"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"no-hits\""),
                        not(containsString("id=\"employee-table\"")))));
        mvc.perform(get("/employees"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(not(containsString("id=\"no-hits\"")),
                        not(containsString("id=\"employee-table\"")))));
    }
}
