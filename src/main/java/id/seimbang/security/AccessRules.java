package id.seimbang.security;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.util.UrlPathHelper;

import id.seimbang.system.DomainException;
import id.seimbang.system.Bilingual;
import id.seimbang.system.FieldProblem;

import static id.seimbang.security.Role.ADMIN;
import static id.seimbang.security.Role.AUDITOR;
import static id.seimbang.security.Role.CLIENT;
import static id.seimbang.security.Role.DATA_STEWARD;
import static id.seimbang.security.Role.PLANNER;
import static id.seimbang.security.Role.POLICY_APPROVER;
import static id.seimbang.security.Role.POLICY_OFFICER;
import static id.seimbang.security.Role.RULE_AUTHOR;

/**
 * Who may call what, by path pattern, in one list. Both filter chains (API credentials, browser session)
 * apply exactly these rules. Anything not listed is refused ({@code denyAll}), so a new endpoint is
 * unreachable until it gets a line here (and {@code EndpointAccessIntegrationTest} fails until then).
 */
public final class AccessRules {

    /** Every person's role: pages need one of these (CLIENT is a machine and has no pages). */
    static final Role[] PEOPLE = {POLICY_OFFICER, POLICY_APPROVER, RULE_AUTHOR, AUDITOR, PLANNER, DATA_STEWARD, ADMIN};
    /** Reading the workforce facts (units, employees, balance). */
    static final Role[] WORKFORCE_READ = {POLICY_OFFICER, POLICY_APPROVER, RULE_AUTHOR, AUDITOR, PLANNER,
            DATA_STEWARD, CLIENT};
    static final Role[] POLICY_READ = {POLICY_OFFICER, POLICY_APPROVER, RULE_AUTHOR, AUDITOR};
    /** Editing a draft's DMN tables and parameters, validating, running scenarios and impact, submitting. */
    static final Role[] POLICY_EDIT = {POLICY_OFFICER, RULE_AUTHOR};
    /** Pure evaluations that record nothing: eligibility, placement tables. */
    static final Role[] EVALUATE = {CLIENT, PLANNER, POLICY_OFFICER, POLICY_APPROVER, RULE_AUTHOR};
    /** A decision is recorded in the audit trail under the caller's name. */
    static final Role[] DECIDE = {CLIENT, PLANNER};
    static final Role[] DECISION_READ = {AUDITOR, PLANNER};
    static final Role[] PLAN_READ = {PLANNER, AUDITOR};
    /** Recording an employee's objection to a decision (issue 19 point 3); a POLICY_APPROVER resolves it. */
    static final Role[] OBJECTION_RECORD = {PLANNER, POLICY_OFFICER};
    static final Role[] OBJECTION_READ = {PLANNER, POLICY_OFFICER, POLICY_APPROVER, AUDITOR};

    private static final Pattern FILE_IN_URL = Pattern.compile("/api/v1/policy-drafts/[^/]+/files/(.+)");

    private AccessRules() {
    }

    static void apply(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry auth) {
        // An error page or an async completion continues a request that was already authorised.
        auth.dispatcherTypeMatchers(DispatcherType.ERROR, DispatcherType.ASYNC).permitAll()
                // Anonymous: health for load balancers, the login page, and the assets it needs.
                .requestMatchers(HttpMethod.GET, "/actuator/health", "/actuator/health/**").permitAll()
                .requestMatchers("/login").permitAll()
                .requestMatchers(HttpMethod.GET, "/css/**", "/js/**", "/vendor/**", "/favicon.ico").permitAll()
                // API docs list every endpoint and parameter: for account holders only.
                .requestMatchers(HttpMethod.GET, "/swagger-ui.html", "/swagger-ui/**", "/v3/api-docs", "/v3/api-docs/**",
                        "/v3/api-docs.yaml").authenticated()
                .requestMatchers("/actuator/**").hasRole(ADMIN.name())
                .requestMatchers("/api/v1/admin/**").hasRole(ADMIN.name())

                .requestMatchers(HttpMethod.POST, "/api/v1/imports", "/api/v1/imports/**").hasRole(DATA_STEWARD.name())
                // temporary workloads (issue 20): data stewards and planners record them
                .requestMatchers(HttpMethod.POST, "/api/v1/surges").hasAnyRole(DATA_STEWARD.name(), PLANNER.name())
                .requestMatchers(HttpMethod.DELETE, "/api/v1/surges").hasAnyRole(DATA_STEWARD.name(), PLANNER.name())
                .requestMatchers(HttpMethod.GET, "/api/v1/units", "/api/v1/units/**", "/api/v1/employees/**",
                        "/api/v1/balance", "/api/v1/balance/**", "/api/v1/surges").hasAnyRole(names(WORKFORCE_READ))

                .requestMatchers(HttpMethod.POST, "/api/v1/eligibility", "/api/v1/eligibility/**",
                        "/api/v1/placements/**").hasAnyRole(names(EVALUATE))
                // a temporary assignment (issue 20 point 2) is evaluated like eligibility: nothing is recorded
                .requestMatchers(HttpMethod.POST, "/api/v1/temporary-assignments/evaluation").hasAnyRole(names(EVALUATE))
                .requestMatchers(HttpMethod.POST, "/api/v1/decisions/*/replay").hasRole(AUDITOR.name())
                // read-only like GET: searches changes to a recorded decision, records nothing
                .requestMatchers(HttpMethod.POST, "/api/v1/decisions/*/counterfactuals").hasAnyRole(names(DECISION_READ))
                // objections before the decision rules below, which would otherwise match their paths
                .requestMatchers(HttpMethod.POST, "/api/v1/decisions/*/objections").hasAnyRole(names(OBJECTION_RECORD))
                .requestMatchers(HttpMethod.GET, "/api/v1/decisions/*/objections", "/api/v1/objections")
                        .hasAnyRole(names(OBJECTION_READ))
                .requestMatchers(HttpMethod.POST, "/api/v1/objections/*/resolution").hasRole(POLICY_APPROVER.name())
                .requestMatchers(HttpMethod.POST, "/api/v1/decisions").hasAnyRole(names(DECIDE))
                // the employee's letter (issue 19 point 5): whoever may read the decision may print it
                .requestMatchers(HttpMethod.GET, "/api/v1/decisions/*/letter.pdf").hasAnyRole(names(DECISION_READ))
                .requestMatchers(HttpMethod.GET, "/api/v1/decisions", "/api/v1/decisions/**").hasAnyRole(names(DECISION_READ))
                .requestMatchers(HttpMethod.GET, "/api/v1/audit", "/api/v1/audit/**").hasRole(AUDITOR.name())
                .requestMatchers(HttpMethod.POST, "/api/v1/audit/verify").hasRole(AUDITOR.name())
                .requestMatchers(HttpMethod.GET, "/api/v1/plans", "/api/v1/plans/**").hasAnyRole(names(PLAN_READ))
                .requestMatchers(HttpMethod.POST, "/api/v1/plans", "/api/v1/plans/**").hasRole(PLANNER.name())

                // DRL is code: saving anything but a DMN table or a parameters file needs RULE_AUTHOR. An upload
                // of a whole policy (zip or files) may carry DRL, so it needs RULE_AUTHOR too.
                .requestMatchers(AccessRules::isRuleFileWrite).hasRole(RULE_AUTHOR.name())
                .requestMatchers(HttpMethod.POST, "/api/v1/policy-drafts/upload", "/policies/drafts/upload")
                        .hasRole(RULE_AUTHOR.name())
                .requestMatchers(HttpMethod.GET, "/api/v1/policy-drafts",
                        "/api/v1/policy-drafts/**", "/api/v1/policies", "/api/v1/policies/**", "/api/v1/policy-versions",
                        "/api/v1/policy-versions/**").hasAnyRole(names(POLICY_READ))
                .requestMatchers(AccessRules::isApproval).hasRole(POLICY_APPROVER.name())
                .requestMatchers(writes("/api/v1/policy-drafts", "/api/v1/policy-drafts/**")).hasAnyRole(names(POLICY_EDIT))

                // Pages. Their forms and scripts call the same rules as above through the session.
                .requestMatchers(HttpMethod.GET, "/").hasAnyRole(names(PEOPLE))
                .requestMatchers(HttpMethod.GET, "/employees", "/employees/**").hasAnyRole(names(without(WORKFORCE_READ, CLIENT)))
                // The dashboard's withdraw button of a surge: who may withdraw one through the API.
                .requestMatchers(HttpMethod.POST, "/surges/withdraw").hasAnyRole(DATA_STEWARD.name(), PLANNER.name())
                // Recording a decision from the employee page is what a planner does through the API.
                .requestMatchers(HttpMethod.POST, "/employees/*/decisions").hasAnyRole(names(without(DECIDE, CLIENT)))
                .requestMatchers(HttpMethod.GET, "/decisions/*/letter").hasAnyRole(names(DECISION_READ))
                .requestMatchers(HttpMethod.GET, "/decisions", "/decisions/**").hasAnyRole(names(DECISION_READ))
                .requestMatchers(HttpMethod.POST, "/decisions/*/replay", "/decisions/*/verify").hasRole(AUDITOR.name())
                .requestMatchers(HttpMethod.POST, "/decisions/*/counterfactuals").hasAnyRole(names(DECISION_READ))
                .requestMatchers(HttpMethod.GET, "/objections").hasAnyRole(names(OBJECTION_READ))
                .requestMatchers(HttpMethod.POST, "/objections").hasAnyRole(names(OBJECTION_RECORD))
                .requestMatchers(HttpMethod.POST, "/objections/*/resolution").hasRole(POLICY_APPROVER.name())
                .requestMatchers(HttpMethod.GET, "/plans", "/plans/**").hasAnyRole(names(PLAN_READ))
                .requestMatchers(HttpMethod.POST, "/plans", "/plans/**").hasRole(PLANNER.name())
                .requestMatchers("/audit", "/audit/**").hasRole(AUDITOR.name())
                .requestMatchers(HttpMethod.GET, "/policies", "/policies/**").hasAnyRole(names(POLICY_READ))
                .requestMatchers(writes("/policies", "/policies/**")).hasAnyRole(names(POLICY_EDIT))
                // Spring's error page, when asked for directly.
                .requestMatchers("/error").authenticated()
                .anyRequest().denyAll();
    }

    /**
     * True when a request saves a policy file that is not a DMN table or a parameters file (a .drl, or
     * anything unknown) — through a draft's file API. Public so that the policy
     * draft code can make the same decision for other ways of writing files.
     */
    public static boolean requiresRuleAuthor(String path) {
        String lower = path == null ? "" : path.strip().toLowerCase(Locale.ROOT);
        return !(lower.endsWith(".dmn") || lower.endsWith(".properties"));
    }

    static boolean isRuleFileWrite(HttpServletRequest request) {
        if (!isWrite(request)) {
            return false;
        }
        String uri = path(request);
        if (!uri.matches("/api/v1/policy-drafts/[^/]+/files(/.*)?")) {
            return false;
        }
        String[] paths = request.getParameterValues("path");
        if (paths != null) {
            return Arrays.stream(paths).anyMatch(AccessRules::requiresRuleAuthor);
        }
        // The file named in the URL (.../files/rules/x.drl); with no file named at all only a rule author
        // gets as far as the controller's own refusal.
        Matcher inUrl = FILE_IN_URL.matcher(uri);
        return !inUrl.matches() || inUrl.group(1).equals("content") || requiresRuleAuthor(inUrl.group(1));
    }

    /**
     * For code that writes policy files by another way than these URLs (e.g. a draft created with its files
     * in a JSON body): refuses with 403 problem+json unless the caller may write this file.
     */
    public static void requireMayWrite(String path) {
        if (!requiresRuleAuthor(path)) {
            return;
        }
        Authentication caller = SecurityContextHolder.getContext().getAuthentication();
        boolean ruleAuthor = caller != null && caller.getAuthorities().stream()
                .anyMatch(a -> a.getAuthority().equals(RULE_AUTHOR.authority()));
        if (!ruleAuthor) {
            throw new DomainException(DomainException.Kind.NOT_PERMITTED, Bilingual.of("Akses ditolak", "Access denied"),
                    List.of(FieldProblem.of(path, Bilingual.of("Hanya RULE_AUTHOR yang boleh menyunting berkas DRL",
                            "Only a RULE_AUTHOR may edit DRL files"))));
        }
    }

    /** Approving, rejecting, publishing, activating or rolling back a policy: the approver's acts. */
    static boolean isApproval(HttpServletRequest request) {
        if (!isWrite(request)) {
            return false;
        }
        String uri = path(request);
        return (uri.startsWith("/api/v1/policy-drafts/") || uri.startsWith("/api/v1/policies/")
                || uri.startsWith("/api/v1/policy-versions/") || uri.startsWith("/policies/"))
                && uri.matches(".*/(approve|approval|reject|publish|activate|rollback)");
    }

    private static RequestMatcher writes(String... patterns) {
        return request -> isWrite(request) && Arrays.stream(patterns).anyMatch(p -> p.endsWith("/**")
                ? path(request).startsWith(p.substring(0, p.length() - 2))
                : path(request).equals(p));
    }

    private static boolean isWrite(HttpServletRequest request) {
        return !HttpMethod.GET.matches(request.getMethod()) && !HttpMethod.HEAD.matches(request.getMethod())
                && !HttpMethod.OPTIONS.matches(request.getMethod());
    }

    /**
     * The path as Spring MVC routes it: percent-decoded ({@code fil%65s} is {@code files}), without matrix
     * parameters, repeated or trailing slashes. The raw URI would let an encoded letter reach a controller that
     * these rules did not recognise. (Encoded slashes, dots, semicolons and backslashes never get here: the strict
     * firewall rejects them first.)
     */
    static String path(HttpServletRequest request) {
        String uri = PATHS.getPathWithinApplication(request);
        uri = uri.replaceAll("/{2,}", "/");
        return uri.length() > 1 && uri.endsWith("/") ? uri.substring(0, uri.length() - 1) : uri;
    }

    private static final UrlPathHelper PATHS = new UrlPathHelper();

    static {
        PATHS.setUrlDecode(true);
        PATHS.setRemoveSemicolonContent(true);
    }

    static String[] names(Role... roles) {
        return Role.names(roles).toArray(String[]::new);
    }

    private static Role[] without(Role[] roles, Role removed) {
        return Arrays.stream(roles).filter(r -> r != removed).toArray(Role[]::new);
    }
}
