package id.seimbang.system.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import id.seimbang.authoring.DraftStatus;
import id.seimbang.eligibility.Severity;
import id.seimbang.plan.PlanService;
import id.seimbang.plan.PlanStatus;
import id.seimbang.policy.PolicyStatus;
import id.seimbang.workforce.PositionType;
import id.seimbang.workforce.RequestReason;
import id.seimbang.workforce.SanctionLevel;
import id.seimbang.workforce.Scope;
import id.seimbang.workforce.Sector;
import id.seimbang.workforce.SkpPredicate;
import id.seimbang.plan.PlanView;
import id.seimbang.system.Clocks;

/**
 * Issue 18 point 10: every page in Indonesian shows no English text of the bundles and no raw enum constant, and
 * the same page in English shows no Indonesian text of the bundles. Compared with the bundles themselves, so a new
 * text that is hard-coded in one language, or a key missing from a locale, fails here.
 */
@SpringBootTest(properties = PageTestDatabase.URL)
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PagesInOneLanguageIntegrationTest {

    /** In the sample province (tests-data/bengkulu), with a transfer request. */
    private static final String NIP = "198505062015061001";
    /** Not eligible yet (placed 2025-07-01): its pages show when it becomes eligible (issue 19). */
    private static final String NOT_YET_ELIGIBLE = "198708242017021001";
    private static final Pattern SCRIPT_OR_STYLE = Pattern.compile("(?is)<(script|style|code|pre|textarea)\\b.*?</\\1>");
    private static final Pattern TEXT = Pattern.compile(">([^<>]+)<");
    private static final Pattern SHOWN_ATTRIBUTE = Pattern.compile("(?i)\\b(title|placeholder|aria-label|alt)=\"([^\"]+)\"");
    /** Elements marked as the other language (the English line under each Indonesian reason) are meant to be there. */
    private static final Pattern OTHER_LANGUAGE = Pattern.compile("(?is)<(\\w+)[^>]*\\blang=\"en\"[^>]*>.*?</\\1>");
    private static final Pattern WORD = Pattern.compile("[A-Z][A-Z0-9_]+");
    /**
     * Codes a page must show as words: the constants of the enums shown on pages and the policy's output codes
     * (relocation support, acceptance risk, distance band). Domain abbreviations (NIP, PNS, JPT, SKP) are words.
     */
    private static final Set<String> CODES = codes();

    /** "POST-THEN-GET post get": the page the get shows after the post, with the post's session (flash). */
    private static final String AFTER_POST = "POST-THEN-GET ";

    /** A reader who may see every page and every button on it. */
    private static final RequestPostProcessor EVERY_ROLE = user("admin").roles("PLANNER", "AUDITOR", "POLICY_OFFICER",
            "POLICY_APPROVER", "RULE_AUTHOR", "ADMIN", "DATA_STEWARD");

    @Autowired MockMvc mvc;
    @Autowired PlanService plans;
    @Autowired ObjectMapper json;

    private final Map<String, String> pages = new LinkedHashMap<>();

    @BeforeAll
    void visitablePages() throws Exception {
        String decision = mvc.perform(post("/employees/" + NIP + "/decisions").with(csrf()).with(EVERY_ROLE).param("scope", "KABUPATEN")
                        .param("limit", "5"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        // issue 19 point 3: the decision page shows its objection history, one resolved (decision replaced), one open
        String decisionId = decision.substring(decision.lastIndexOf('/') + 1);
        String objection = mvc.perform(post("/api/v1/decisions/" + decisionId + "/objections").with(csrf()).with(EVERY_ROLE)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"text\":\"Saya keberatan karena merawat orang tua\","
                                + "\"receivedOn\":\"" + LocalDate.now(Clocks.JAKARTA) + "\",\"attachments\":[\"" + "ab".repeat(32) + "\"]}"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        mvc.perform(post("/api/v1/objections/" + json.readTree(objection).get("objectionId").asText() + "/resolution")
                        .with(csrf()).with(user("penyetuju").roles("POLICY_APPROVER")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"outcome\":\"REPLACED\",\"reasons\":\"Data pegawai sudah diperbaiki\"}"))
                .andExpect(status().isOk());
        mvc.perform(post("/api/v1/decisions/" + decisionId + "/objections").with(csrf()).with(EVERY_ROLE)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"text\":\"Jarak terlalu jauh\",\"receivedOn\":\""
                                + LocalDate.now(Clocks.JAKARTA) + "\"}"))
                .andExpect(status().isOk());
        String notYet = mvc.perform(post("/employees/" + NOT_YET_ELIGIBLE + "/decisions").with(csrf()).with(EVERY_ROLE)
                        .param("asOf", "2026-11-26"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        String plan = mvc.perform(post("/plans").with(csrf()).with(EVERY_ROLE).param("scope", "INSTANSI").param("scopeCode", "KAB-1707")
                        .param("moveCost", "1").param("maxOutflowShare", "0.5").param("maxMoves", "5"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(plan).as("plan form redirect").matches("/plans/[^/?]+");
        PlanView view = plans.view(plan.substring("/plans/".length()));
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        while (!view.status().finished() && Instant.now().isBefore(deadline)) {
            Thread.sleep(200);
            view = plans.view(view.id());
        }
        String created = mvc.perform(post("/api/v1/policy-drafts").with(csrf()).with(EVERY_ROLE))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long draft = json.readTree(created).at("/draft/id").asLong();
        // issue 19 point 4: the policies page shows the draft's impact with its equity table and chart
        mvc.perform(post("/api/v1/policy-drafts/" + draft + "/impact").with(csrf()).with(EVERY_ROLE))
                .andExpect(status().isOk());

        pages.put("dashboard", "/");
        pages.put("employees", "/employees");
        pages.put("employee", "/employees/" + NIP);
        pages.put("decision", decision);
        pages.put("employee not yet eligible", "/employees/" + NOT_YET_ELIGIBLE + "?asOf=2026-11-26");
        pages.put("decision not yet eligible", notYet);
        pages.put("letter", decision + "/letter");
        pages.put("letter not yet eligible", notYet + "/letter");
        pages.put("plans", "/plans");
        pages.put("plan", plan);
        pages.put("audit", "/audit");
        pages.put("objections", "/objections");
        pages.put("policies", "/policies");
        pages.put("draft diff", "/policies/drafts/" + draft + "/diff");
        pages.put("text editor", "/policies/drafts/" + draft + "/editor?file=rules/parameters.properties");
        pages.put("dmn editor", "/policies/drafts/" + draft + "/editor?file=decision-tables/placement.dmn");
        pages.put("not found", "/no-such-page");
        // a page that shows a result once after a button (post-redirect-get): the counterfactual search's answer
        pages.put("decision with what would change the answer", AFTER_POST + decision + "/counterfactuals " + decision);
    }

    @Test
    void indonesianPagesShowNoEnglishTextAndNoRawConstants() throws Exception {
        Set<String> english = onlyIn("messages_en.properties", "messages.properties");
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, String> page : pages.entrySet()) {
            String html = OTHER_LANGUAGE.matcher(render(page.getValue(), "id")).replaceAll("");
            for (String text : shownTexts(html)) {
                if (english.contains(text)) {
                    wrong.add(page.getKey() + ": English text '" + text + "'");
                }
                Matcher word = WORD.matcher(text);
                while (word.find()) {
                    if (CODES.contains(word.group())) {
                        wrong.add(page.getKey() + ": untranslated value '" + word.group() + "' in '" + text + "'");
                    }
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void englishPagesShowNoIndonesianText() throws Exception {
        Set<String> indonesian = onlyIn("messages.properties", "messages_en.properties");
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, String> page : pages.entrySet()) {
            for (String text : shownTexts(render(page.getValue(), "en"))) {
                if (indonesian.contains(text)) {
                    wrong.add(page.getKey() + ": Indonesian text '" + text + "'");
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void thePagesAreTheOnesMeant() throws Exception {
        // Guards the two checks above against passing on pages that did not render (a redirect, an error page).
        for (Map.Entry<String, String> page : pages.entrySet()) {
            if (page.getValue().startsWith(AFTER_POST)) {
                render(page.getValue(), "id"); // checks that the result is shown
                continue;
            }
            int expected = page.getKey().equals("not found") ? 404 : 200;
            assertThat(mvc.perform(get(page.getValue()).with(EVERY_ROLE).accept("text/html")).andReturn().getResponse().getStatus())
                    .as(page.getKey()).isEqualTo(expected);
        }
    }

    private static Set<String> codes() {
        Set<String> codes = new TreeSet<>(List.of("NONE", "TRANSPORT", "TRANSPORT_AND_HOUSING", "LOW", "MEDIUM", "HIGH",
                "SAME_KABUPATEN", "UNDER_50_KM", "OVER_150_KM", "INTER_ISLAND",
                "OPEN", "UPHELD", "REJECTED", "REPLACED")); // objection statuses (recommendation.ObjectionStatus)
        for (Class<? extends Enum<?>> type : List.<Class<? extends Enum<?>>>of(Sector.class, PositionType.class,
                SanctionLevel.class, RequestReason.class, Scope.class, SkpPredicate.class, PlanStatus.class,
                PolicyStatus.class, DraftStatus.class, Severity.class)) {
            for (Enum<?> constant : type.getEnumConstants()) {
                codes.add(constant.name());
            }
        }
        codes.removeAll(Set.of("JPT"));
        return codes;
    }

    private String render(String path, String language) throws Exception {
        if (path.startsWith(AFTER_POST)) {
            String[] parts = path.substring(AFTER_POST.length()).split(" ");
            jakarta.servlet.http.Cookie session = mvc.perform(post(parts[0]).with(csrf()).with(EVERY_ROLE)
                    .param("lang", language)).andExpect(status().is3xxRedirection()).andReturn().getResponse()
                    .getCookie("SESSION");
            String html = mvc.perform(get(parts[1]).with(EVERY_ROLE).param("lang", language).cookie(session)
                    .accept("text/html")).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
            assertThat(html).as(path).contains("class=\"counterfactual-goal\"");
            return html;
        }
        return mvc.perform(get(path).with(EVERY_ROLE).param("lang", language).accept("text/html")).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    /** Text between tags and the attributes a reader sees or hears, without scripts, styles and code (data, not prose). */
    private static Set<String> shownTexts(String html) {
        String visible = SCRIPT_OR_STYLE.matcher(html).replaceAll("");
        Set<String> texts = new TreeSet<>();
        Matcher text = TEXT.matcher(visible);
        while (text.find()) {
            add(texts, text.group(1));
        }
        Matcher attribute = SHOWN_ATTRIBUTE.matcher(visible);
        while (attribute.find()) {
            add(texts, attribute.group(2));
        }
        return texts;
    }

    private static void add(Set<String> texts, String raw) {
        String text = org.springframework.web.util.HtmlUtils.htmlUnescape(raw).strip().replaceAll("\\s+", " ");
        if (!text.isEmpty()) {
            texts.add(text);
        }
    }

    /** Values of one bundle that differ from the other bundle's value of the same key and read as words. */
    private static Set<String> onlyIn(String bundle, String other) throws IOException {
        Properties mine = load(bundle);
        Properties theirs = load(other);
        Set<String> values = new TreeSet<>();
        for (String key : mine.stringPropertyNames()) {
            String value = mine.getProperty(key).strip();
            if (!value.equals(theirs.getProperty(key, "").strip()) && value.matches(".*\\p{L}{3,}.*") && !value.contains("{")) {
                values.add(value);
            }
        }
        // A word both languages spell the same way (e.g. "Filter", "Status") says nothing about the page's language.
        Set<String> shared = new TreeSet<>();
        theirs.values().forEach(v -> shared.add(v.toString().strip()));
        values.removeAll(shared);
        return values;
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(Path.of("src/main/resources", name), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
