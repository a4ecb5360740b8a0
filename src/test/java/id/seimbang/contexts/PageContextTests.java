package id.seimbang.contexts;

import org.junit.platform.suite.api.SelectClasses;
import org.junit.platform.suite.api.Suite;

/** The MockMvc page tests on the sample province: one context ({@code PageTestDatabase.URL}). */
@Suite
@SelectClasses(names = {
        "id.seimbang.audit.web.AuditPageIntegrationTest",
        "id.seimbang.authoring.web.HiddenActionsPageIntegrationTest",
        "id.seimbang.balance.web.DashboardPageIntegrationTest",
        "id.seimbang.plan.web.PlanPagesIntegrationTest",
        "id.seimbang.recommendation.DecisionLetterIntegrationTest",
        "id.seimbang.recommendation.DecisionPagesIntegrationTest",
        "id.seimbang.recommendation.DecisionRegressionTest",
        "id.seimbang.system.web.ErrorPagesIntegrationTest",
        "id.seimbang.system.web.PageWordingIntegrationTest",
        "id.seimbang.system.web.PagesInOneLanguageIntegrationTest",
        "id.seimbang.temporary.TemporaryAssignmentIntegrationTest",
        "id.seimbang.workforce.web.EmployeeSearchPageIntegrationTest"})
class PageContextTests {
}
