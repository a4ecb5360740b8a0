package id.seimbang.contexts;

import org.junit.platform.suite.api.SelectClasses;
import org.junit.platform.suite.api.Suite;

/**
 * The headless-Chromium tests: two contexts (the sample province's pages, {@code PageTestDatabase.BROWSER_URL}, and
 * the policy editors', {@code PolicyEditorFixtures.BROWSER_URL}) and, in one JVM, one Chromium for all of them.
 * {@code SharedChromiumBrowserTest} (no Spring context) comes last: it reuses that Chromium, then quits it to test its
 * replacement; alone in the other JVM it started a Chromium of its own as well.
 */
@Suite
@SelectClasses(names = {
        "id.seimbang.authoring.web.DmnEditorBrowserTest",
        "id.seimbang.authoring.web.PolicyTextEditorBrowserTest",
        "id.seimbang.audit.web.AuditBrowserTest",
        "id.seimbang.authoring.web.EquityBrowserTest",
        "id.seimbang.balance.web.DashboardBrowserTest",
        "id.seimbang.plan.web.PlanBrowserTest",
        "id.seimbang.recommendation.DecisionBrowserTest",
        "id.seimbang.security.SwaggerUiBrowserTest",
        "id.seimbang.system.web.ErrorPagesBrowserTest",
        "id.seimbang.system.web.SharedChromiumBrowserTest"})
class BrowserContextTests {
}
