package id.seimbang.security;

import static id.seimbang.security.Role.ADMIN;
import static id.seimbang.security.Role.AUDITOR;
import static id.seimbang.security.Role.CLIENT;
import static id.seimbang.security.Role.DATA_STEWARD;
import static id.seimbang.security.Role.PLANNER;
import static id.seimbang.security.Role.POLICY_APPROVER;
import static id.seimbang.security.Role.RULE_AUTHOR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import id.seimbang.eligibility.TestWorkforceConfiguration;

/**
 * Every handler method of the application against the table below: anonymous callers are refused (401
 * problem+json for the API, a redirect to the login for pages); each role alone gets past security where the
 * table allows it and 403 everywhere else. An endpoint missing from the table fails the test: a new endpoint needs a rule in
 * {@link AccessRules} and a line here.
 */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:security-it;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
        "seimbang.sample-data.load-on-empty=false",
        "seimbang.security.admin-password=" + SecurityTestSupport.ADMIN_PASSWORD,
        "seimbang.security.max-body-size=64KB"})
@AutoConfigureMockMvc
@Import(TestWorkforceConfiguration.class)
class EndpointAccessIntegrationTest {

    /** Anyone, signed in or not. */
    private static final Set<Role> PUBLIC = Set.of();
    /** Any signed-in caller: no role is refused, anonymous is. */
    private static final Set<Role> SIGNED_IN = EnumSet.allOf(Role.class);

    private static final Set<Role> WORKFORCE_READ = Set.of(AccessRules.WORKFORCE_READ);
    private static final Set<Role> POLICY_READ = Set.of(AccessRules.POLICY_READ);
    private static final Set<Role> POLICY_EDIT = Set.of(AccessRules.POLICY_EDIT);
    private static final Set<Role> EVALUATE = Set.of(AccessRules.EVALUATE);
    private static final Set<Role> DECIDE = Set.of(AccessRules.DECIDE);
    private static final Set<Role> DECISION_READ = Set.of(AccessRules.DECISION_READ);
    private static final Set<Role> PLAN_READ = Set.of(AccessRules.PLAN_READ);
    private static final Set<Role> PEOPLE_READING_FACTS = EnumSet.complementOf(EnumSet.of(CLIENT, ADMIN));

    /** "METHOD pattern" -> roles allowed. */
    static final Map<String, Set<Role>> EXPECTED = new LinkedHashMap<>();

    static {
        EXPECTED.put("GET /login", PUBLIC);
        EXPECTED.put("GET /error", SIGNED_IN);
        EXPECTED.put("GET /v3/api-docs", SIGNED_IN);
        EXPECTED.put("GET /v3/api-docs.yaml", SIGNED_IN);
        EXPECTED.put("GET /v3/api-docs/swagger-config", SIGNED_IN);
        EXPECTED.put("GET /swagger-ui.html", SIGNED_IN);

        EXPECTED.put("GET /api/v1/admin/roles", Set.of(ADMIN));
        EXPECTED.put("POST /api/v1/admin/users", Set.of(ADMIN));
        EXPECTED.put("GET /api/v1/admin/users", Set.of(ADMIN));
        EXPECTED.put("POST /api/v1/admin/users/{username}/disable", Set.of(ADMIN));
        EXPECTED.put("POST /api/v1/admin/users/{username}/enable", Set.of(ADMIN));
        EXPECTED.put("POST /api/v1/admin/clients", Set.of(ADMIN));
        EXPECTED.put("GET /api/v1/admin/clients", Set.of(ADMIN));
        EXPECTED.put("POST /api/v1/admin/clients/{clientId}/disable", Set.of(ADMIN));

        EXPECTED.put("POST /api/v1/imports", Set.of(DATA_STEWARD));
        EXPECTED.put("GET /api/v1/units", WORKFORCE_READ);
        EXPECTED.put("GET /api/v1/units/{code}", WORKFORCE_READ);
        EXPECTED.put("GET /api/v1/employees/{nip}", WORKFORCE_READ);
        EXPECTED.put("GET /api/v1/balance", WORKFORCE_READ);
        EXPECTED.put("GET /api/v1/balance/history", WORKFORCE_READ);
        EXPECTED.put("GET /api/v1/balance/routine-evaluation", WORKFORCE_READ);
        EXPECTED.put("GET /api/v1/surges", WORKFORCE_READ);
        EXPECTED.put("POST /api/v1/surges", Set.of(DATA_STEWARD, PLANNER));
        EXPECTED.put("DELETE /api/v1/surges", Set.of(DATA_STEWARD, PLANNER));

        EXPECTED.put("POST /api/v1/eligibility", EVALUATE);
        EXPECTED.put("POST /api/v1/placements/evaluate", EVALUATE);
        EXPECTED.put("POST /api/v1/temporary-assignments/evaluation", EVALUATE);
        EXPECTED.put("POST /api/v1/decisions", DECIDE);
        EXPECTED.put("GET /api/v1/decisions", DECISION_READ);
        EXPECTED.put("GET /api/v1/decisions/{id}", DECISION_READ);
        EXPECTED.put("GET /api/v1/decisions/{id}/explanation", DECISION_READ);
        EXPECTED.put("GET /api/v1/decisions/{id}/letter.pdf", DECISION_READ);
        EXPECTED.put("POST /api/v1/decisions/{id}/replay", Set.of(AUDITOR));
        EXPECTED.put("POST /api/v1/decisions/{id}/counterfactuals", DECISION_READ);
        EXPECTED.put("POST /api/v1/decisions/{id}/objections", Set.of(AccessRules.OBJECTION_RECORD));
        EXPECTED.put("GET /api/v1/decisions/{id}/objections", Set.of(AccessRules.OBJECTION_READ));
        EXPECTED.put("POST /api/v1/objections/{objectionId}/resolution", Set.of(POLICY_APPROVER));
        EXPECTED.put("GET /api/v1/objections", Set.of(AccessRules.OBJECTION_READ));

        EXPECTED.put("GET /api/v1/audit", Set.of(AUDITOR));
        EXPECTED.put("GET /api/v1/audit/{id}", Set.of(AUDITOR));
        EXPECTED.put("GET /api/v1/audit/facts/{hash}", Set.of(AUDITOR));
        EXPECTED.put("POST /api/v1/audit/verify", Set.of(AUDITOR));

        EXPECTED.put("POST /api/v1/plans", Set.of(PLANNER));
        EXPECTED.put("GET /api/v1/plans", PLAN_READ);
        EXPECTED.put("GET /api/v1/plans/{id}", PLAN_READ);
        EXPECTED.put("POST /api/v1/plans/{id}/cancel", Set.of(PLANNER));
        EXPECTED.put("GET /api/v1/plans/{id}/export", PLAN_READ);
        EXPECTED.put("GET /api/v1/plans/{id}/candidates", PLAN_READ);
        EXPECTED.put("POST /api/v1/plans/{id}/moves/{nip}/execution", Set.of(PLANNER));
        EXPECTED.put("GET /api/v1/plans/{id}/follow-up", PLAN_READ);
        EXPECTED.put("GET /api/v1/plans/{id}/assignments", PLAN_READ);
        EXPECTED.put("POST /api/v1/plans/{id}/moves/{nip}/end", Set.of(PLANNER));
        EXPECTED.put("POST /api/v1/plans/{id}/moves/{nip}/extension", Set.of(PLANNER));

        EXPECTED.put("GET /api/v1/policy-drafts", POLICY_READ);
        EXPECTED.put("POST /api/v1/policy-drafts", POLICY_EDIT);
        // A whole policy may carry DRL.
        EXPECTED.put("POST /api/v1/policy-drafts/upload", Set.of(RULE_AUTHOR));
        EXPECTED.put("GET /api/v1/policy-drafts/{id}", POLICY_READ);
        EXPECTED.put("GET /api/v1/policy-drafts/{id}/diff", POLICY_READ);
        EXPECTED.put("PUT /api/v1/policy-drafts/{id}/scenarios/{name}", POLICY_EDIT);
        EXPECTED.put("POST /api/v1/policy-drafts/{id}/validate", POLICY_EDIT);
        EXPECTED.put("POST /api/v1/policy-drafts/{id}/scenarios/run", POLICY_EDIT);
        EXPECTED.put("POST /api/v1/policy-drafts/{id}/impact", POLICY_EDIT);
        EXPECTED.put("POST /api/v1/policy-drafts/{id}/check", POLICY_EDIT);
        EXPECTED.put("POST /api/v1/policy-drafts/{id}/submit", POLICY_EDIT);
        EXPECTED.put("POST /api/v1/policy-drafts/{id}/withdraw", POLICY_EDIT);
        EXPECTED.put("POST /api/v1/policy-drafts/{id}/approve", Set.of(POLICY_APPROVER));
        EXPECTED.put("POST /api/v1/policy-drafts/{id}/reject", Set.of(POLICY_APPROVER));
        EXPECTED.put("POST /api/v1/policy-drafts/{id}/publish", Set.of(POLICY_APPROVER));
        EXPECTED.put("GET /api/v1/policy-drafts/{id}/files/content", POLICY_READ);
        // With a .dmn path; a .drl needs RULE_AUTHOR (SecurityIntegrationTest.drlFilesNeedTheRuleAuthorRole).
        EXPECTED.put("PUT /api/v1/policy-drafts/{id}/files/content", POLICY_EDIT);
        EXPECTED.put("DELETE /api/v1/policy-drafts/{id}/files/content", POLICY_EDIT);
        EXPECTED.put("GET /api/v1/policy-versions", POLICY_READ);
        EXPECTED.put("GET /api/v1/policy-versions/diff", POLICY_READ);
        EXPECTED.put("GET /api/v1/policy-versions/{version}/files", POLICY_READ);
        EXPECTED.put("GET /api/v1/policy-versions/{version}/zip", POLICY_READ);

        EXPECTED.put("GET /policies", POLICY_READ);
        EXPECTED.put("GET /policies/diff", POLICY_READ);
        EXPECTED.put("GET /policies/drafts/{id}/diff", POLICY_READ);
        EXPECTED.put("GET /policies/drafts/{id}/editor", POLICY_READ);
        EXPECTED.put("POST /policies/drafts", POLICY_EDIT);
        EXPECTED.put("POST /policies/drafts/upload", Set.of(RULE_AUTHOR));
        // {action} = x here; approve, reject and publish are the approver's (AccessRules.isApproval).
        EXPECTED.put("POST /policies/drafts/{id}/{action}", POLICY_EDIT);

        EXPECTED.put("GET /", Set.of(AccessRules.PEOPLE));
        EXPECTED.put("GET /employees", PEOPLE_READING_FACTS);
        EXPECTED.put("GET /employees/{nip}", PEOPLE_READING_FACTS);
        EXPECTED.put("POST /employees/{nip}/decisions", Set.of(PLANNER));
        EXPECTED.put("POST /surges/withdraw", Set.of(DATA_STEWARD, PLANNER));
        EXPECTED.put("GET /decisions/{id}", DECISION_READ);
        EXPECTED.put("GET /decisions/{id}/letter", DECISION_READ);
        EXPECTED.put("POST /decisions/{id}/replay", Set.of(AUDITOR));
        EXPECTED.put("POST /decisions/{id}/verify", Set.of(AUDITOR));
        EXPECTED.put("POST /decisions/{id}/counterfactuals", DECISION_READ);
        EXPECTED.put("GET /objections", Set.of(AccessRules.OBJECTION_READ));
        EXPECTED.put("POST /objections", Set.of(AccessRules.OBJECTION_RECORD));
        EXPECTED.put("POST /objections/{objectionId}/resolution", Set.of(POLICY_APPROVER));
        EXPECTED.put("GET /plans", PLAN_READ);
        EXPECTED.put("POST /plans", Set.of(PLANNER));
        EXPECTED.put("GET /plans/{id}", PLAN_READ);
        EXPECTED.put("POST /plans/{id}/cancel", Set.of(PLANNER));
        EXPECTED.put("POST /plans/{id}/moves/{nip}/execution", Set.of(PLANNER));
        EXPECTED.put("POST /plans/{id}/moves/{nip}/end", Set.of(PLANNER));
        EXPECTED.put("POST /plans/{id}/moves/{nip}/extension", Set.of(PLANNER));
        EXPECTED.put("GET /audit", Set.of(AUDITOR));
        EXPECTED.put("POST /audit/verify", Set.of(AUDITOR));
    }

    @Autowired MockMvc mvc;
    @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings;

    record Endpoint(String method, String pattern) {
        String key() {
            return method + " " + pattern;
        }

        boolean api() {
            return pattern.startsWith("/api/");
        }

        MockHttpServletRequestBuilder request() {
            String url = pattern.replaceAll("\\{[^}]+}", "x");
            MockHttpServletRequestBuilder builder = org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                    .request(HttpMethod.valueOf(method), url)
                    // Only the policy file endpoints read it: a DMN path, which POLICY_EDIT may save.
                    .param("path", "decision-tables/x.dmn");
            return method.equals("GET") ? builder : builder.contentType(MediaType.APPLICATION_JSON).content("{}");
        }
    }

    private List<Endpoint> endpoints() {
        Set<Endpoint> all = new java.util.LinkedHashSet<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            for (String pattern : info.getPatternValues()) {
                if (methods.isEmpty()) {
                    all.add(new Endpoint("GET", pattern)); // any method, e.g. /error: checked with GET
                }
                methods.forEach(m -> all.add(new Endpoint(m.name(), pattern)));
            }
        }
        return new ArrayList<>(all);
    }

    @Test
    void everyEndpointIsInTheTable() {
        Set<String> missing = new TreeSet<>();
        for (Endpoint e : endpoints()) {
            if (!EXPECTED.containsKey(e.key())) {
                missing.add(e.key());
            }
        }
        assertThat(missing).as("Endpoints without an expected access rule (add a rule in AccessRules and a line "
                + "in EndpointAccessIntegrationTest.EXPECTED)").isEmpty();
    }

    @Test
    void anonymousIsRefusedEverywhereButTheLoginPage() throws Exception {
        SoftAssertions soft = new SoftAssertions();
        for (Endpoint e : endpoints()) {
            if (EXPECTED.get(e.key()) == PUBLIC) {
                continue;
            }
            MockHttpServletResponse response = mvc.perform(e.request().with(csrf())).andReturn().getResponse();
            if (e.api()) {
                soft.assertThat(response.getStatus()).as(e.key()).isEqualTo(401);
                soft.assertThat(response.getContentType()).as(e.key()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            } else {
                soft.assertThat(response.getStatus()).as(e.key()).isEqualTo(302);
                soft.assertThat(response.getRedirectedUrl()).as(e.key()).endsWith("/login");
            }
        }
        soft.assertAll();
        assertThat(mvc.perform(request(HttpMethod.GET, "/login")).andReturn().getResponse().getStatus()).isEqualTo(200);
        assertThat(mvc.perform(request(HttpMethod.GET, "/actuator/health")).andReturn().getResponse().getStatus())
                .isEqualTo(200);
        assertThat(mvc.perform(request(HttpMethod.GET, "/css/seimbang.css")).andReturn().getResponse().getStatus())
                .isEqualTo(200);
        assertThat(mvc.perform(request(HttpMethod.GET, "/actuator/info")).andReturn().getResponse().getStatus())
                .isEqualTo(302);
        assertThat(mvc.perform(request(HttpMethod.GET, "/api/v1/nothing-here")).andReturn().getResponse().getStatus())
                .isEqualTo(401);
    }

    /** Stronger than one allowed and one refused role: every role, alone, gets exactly what the table says. */
    @Test
    void everyRoleGetsExactlyWhatTheTableSays() throws Exception {
        SoftAssertions soft = new SoftAssertions();
        for (Endpoint e : endpoints()) {
            Set<Role> allowed = EXPECTED.get(e.key());
            if (allowed == null || allowed == PUBLIC) {
                continue;
            }
            for (Role role : Role.values()) {
                MockHttpServletResponse response = mvc.perform(e.request()
                        .with(user("someone").roles(role.name())).with(csrf())).andReturn().getResponse();
                if (allowed.contains(role)) {
                    soft.assertThat(response.getStatus()).as(e.key() + " as " + role).isNotIn(401, 403);
                } else {
                    soft.assertThat(response.getStatus()).as(e.key() + " as " + role).isEqualTo(403);
                    if (e.api()) {
                        soft.assertThat(response.getContentType()).as(e.key() + " as " + role)
                                .startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
                    }
                }
            }
        }
        soft.assertAll();
    }

    @Test
    void anUnlistedPathIsRefusedEvenToAnAdmin() throws Exception {
        // Refused by the catch-all rule; no endpoint serves it, so the caller is told 404 rather than 403.
        assertThat(mvc.perform(request(HttpMethod.GET, "/api/v1/nothing-here")
                .with(user("root").roles(ADMIN.name()))).andReturn().getResponse()
                .getStatus()).isEqualTo(404);
        assertThat(mvc.perform(request(HttpMethod.DELETE, "/api/v1/units/x").with(csrf())
                .with(user("all").roles(names(Role.values())))).andReturn().getResponse().getStatus()).isEqualTo(403);
    }

    private static String[] names(Role... roles) {
        return java.util.Arrays.stream(roles).map(Role::name).toArray(String[]::new);
    }
}
