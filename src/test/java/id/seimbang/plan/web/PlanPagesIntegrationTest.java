package id.seimbang.plan.web;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.web.servlet.MockMvc;

import id.seimbang.plan.CellChange;
import id.seimbang.plan.PlanResult;
import id.seimbang.plan.PlanService;
import id.seimbang.plan.PlanStatus;
import id.seimbang.plan.PlanView;
import id.seimbang.system.web.PageTestDatabase;

@SpringBootTest(properties = PageTestDatabase.URL)
@AutoConfigureMockMvc
@WithMockUser(username = "planner", roles = "PLANNER")
class PlanPagesIntegrationTest {

    /** The smallest instansi of the sample province (tests-data/bengkulu). */
    static final String INSTANSI = "KAB-1707";

    @Autowired
    MockMvc mvc;

    @Autowired
    PlanService plans;

    @Test
    void startsAPlanShowsItsProgressThenItsResult() throws Exception {
        mvc.perform(get("/plans"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("<h1>Rencana mutasi</h1>"),
                        containsString("aria-current=\"page\">Rencana</a>"),
                        containsString("<label for=\"maxOutflowShare\">"),
                        containsString("<option value=\"" + INSTANSI + "\">"))));

        String location = mvc.perform(post("/plans").with(csrf()).param("scope", "INSTANSI").param("scopeCode", INSTANSI)
                        .param("moveCost", "1").param("maxOutflowShare", "0.5").param("maxMoves", "20"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/plans/*"))
                .andReturn().getResponse().getRedirectedUrl();
        String id = location.substring("/plans/".length());
        PlanView plan = plans.view(id);
        if (!plan.status().finished()) {
            mvc.perform(get(location))
                    .andExpect(status().isOk())
                    .andExpect(content().string(allOf(containsString("<progress id=\"progress-bar\" max=\"1\""),
                            containsString("data-url=\"/api/v1/plans/" + id + "\""),
                            containsString("aria-live=\"polite\""),
                            containsString("action=\"/plans/" + id + "/cancel\""))));
        }
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        while (!plan.status().finished() && Instant.now().isBefore(deadline)) {
            Thread.sleep(200);
            plan = plans.view(id);
        }
        assertThat(plan.status()).isEqualTo(PlanStatus.COMPLETED);

        mvc.perform(get(location).param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("data-status=\"COMPLETED\""),
                        not(containsString("id=\"progress-bar\"")),
                        containsString("id=\"plan-moves\""),
                        containsString("id=\"objective\""),
                        containsString("id=\"greedy-objective\""),
                        containsString("data-series=\"before,after\""),
                        containsString("href=\"/api/v1/plans/" + id + "/export?format=csv\""),
                        containsString("href=\"/api/v1/plans/" + id + "/export?format=xlsx\""))));
        mvc.perform(get("/plans"))
                .andExpect(content().string(containsString("href=\"/plans/" + id + "\"")));
        // Cancelling a finished plan changes nothing and shows it as it ended.
        mvc.perform(post(location + "/cancel").with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl(location));
        assertThat(plans.view(id).status()).isEqualTo(PlanStatus.COMPLETED);
    }

    /**
     * Issue 18 point 12: a unit whose Σg² rises (the plan lowers the region's total, not each unit's) is
     * explained by its changed cells before and after, with the region's total beside it.
     */
    @Test
    void aUnitWhoseImbalanceRisesIsExplainedCellByCell() throws Exception {
        String location = mvc.perform(post("/plans").with(csrf()).param("scope", "KABUPATEN").param("scopeCode", "1701"))
                .andExpect(status().is3xxRedirection())
                .andReturn().getResponse().getRedirectedUrl();
        PlanView plan = plans.view(location.substring("/plans/".length()));
        Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
        while (!plan.status().finished() && Instant.now().isBefore(deadline)) {
            Thread.sleep(200);
            plan = plans.view(plan.id());
        }
        assertThat(plan.status()).isEqualTo(PlanStatus.COMPLETED);
        PlanResult r = plan.result();
        Map<String, List<CellChange>> byUnit = r.cells().stream().collect(Collectors.groupingBy(CellChange::unitCode));
        Set<String> rising = byUnit.entrySet().stream()
                .filter(e -> sum(e.getValue(), c -> c.gapAfter() * c.gapAfter())
                        > sum(e.getValue(), c -> c.gapBefore() * c.gapBefore()) + 1e-9)
                .map(Map.Entry::getKey).collect(Collectors.toSet());
        // Kabupaten 1701's plan moves staff between cells of one unit in opposite directions.
        assertThat(rising).isNotEmpty();

        String page = mvc.perform(get(location).param("lang", "en"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"unit-rises\"", "Units whose Σg² rises",
                "The plan lowers the region&#39;s total Σg² (" + one(r.imbalanceBefore()) + " → " + one(r.imbalanceAfter()) + ")");
        for (String unit : byUnit.keySet()) {
            if (!rising.contains(unit)) {
                assertThat(page).doesNotContain("id=\"rise-" + unit + "\"");
                continue;
            }
            List<CellChange> cells = byUnit.get(unit);
            String details = page.substring(page.indexOf("id=\"rise-" + unit + "\""));
            details = details.substring(0, details.indexOf("</details>"));
            assertThat(page).contains("href=\"#rise-" + unit + "\"");
            assertThat(details).contains("(" + unit + "): Σg² " + one(sum(cells, c -> c.gapBefore() * c.gapBefore()))
                    + " → " + one(sum(cells, c -> c.gapAfter() * c.gapAfter())) + "; region "
                    + one(r.imbalanceBefore()) + " → " + one(r.imbalanceAfter()));
            for (CellChange c : cells) {
                String row = "data-cell=\"" + unit + "/" + c.positionCode() + "\"";
                if (c.staffBefore() == c.staffAfter()) {
                    assertThat(details).doesNotContain(row);
                    continue;
                }
                String tr = details.substring(details.indexOf(row));
                tr = tr.substring(0, tr.indexOf("</tr>"));
                assertThat(tr).contains("<td class=\"num\">" + c.staffBefore() + "</td>\n",
                        "<td class=\"num\">" + c.staffAfter() + "</td>",
                        "<td class=\"num\">" + one(c.gapBefore()) + "</td>",
                        "<td class=\"num\">" + one(c.gapAfter()) + "</td>",
                        "<td class=\"num\">" + one(c.gapBefore() * c.gapBefore()) + "</td>",
                        "<td class=\"num\">" + one(c.gapAfter() * c.gapAfter()) + "</td>");
            }
        }
    }

    private static double sum(List<CellChange> cells, ToDoubleFunction<CellChange> f) {
        return cells.stream().mapToDouble(f).sum();
    }

    /** The page's one-decimal English form. */
    private static String one(double value) {
        return String.format(Locale.ENGLISH, "%,.1f", value);
    }

    @Test
    void theFormsDefaultsSubmitAValidPlan() throws Exception {
        String form = mvc.perform(get("/plans")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        // Scope INSTANSI with an instansi chosen; the other kinds of code cannot be picked.
        Matcher selected = Pattern.compile("<option value=\"([^\"]+)\" selected=\"selected\">").matcher(
                form.substring(form.indexOf("id=\"scopeCode\"")));
        assertThat(form).contains("<option value=\"INSTANSI\" selected=\"selected\">",
                "(untuk cakupan kabupaten/kota)\" disabled=\"disabled\">",
                "id=\"scopeCode-none\" data-scope=\"PROVINCE\" disabled=\"disabled\"", "/js/plan-form.js");
        assertThat(form).doesNotContain("(untuk cakupan instansi)\" disabled");
        assertThat(selected.find()).isTrue();
        String code = selected.group(1);
        assertThat(code).isEqualTo("KAB-1701"); // the first instansi by code
        // What the browser sends for the untouched form (empty fields included) starts a plan.
        mvc.perform(post("/plans").with(csrf()).param("scope", "INSTANSI").param("scopeCode", code).param("asOf", "")
                        .param("moveCost", "1.0").param("maxOutflowShare", "").param("maxMoves", ""))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/plans/*"));
    }

    @Test
    void badOptionsAreShownOnTheForm() throws Exception {
        mvc.perform(post("/plans").with(csrf()).param("scope", "INSTANSI").param("scopeCode", "").param("maxOutflowShare", "2"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"plan-errors\""),
                        containsString("<code>maxOutflowShare</code>"))));
        mvc.perform(post("/plans").with(csrf()).param("scope", "INSTANSI").param("scopeCode", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<code>scopeCode</code>")));
    }

    @Test
    void unknownPlanIsANotFoundProblem() throws Exception {
        mvc.perform(get("/plans/no-such-plan"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.errors[0].field").value("id"));
    }
}
