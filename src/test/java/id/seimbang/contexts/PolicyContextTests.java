package id.seimbang.contexts;

import org.junit.platform.suite.api.SelectClasses;
import org.junit.platform.suite.api.Suite;

/**
 * The tests on the small test province ({@code TestWorkforceConfiguration}): one context with MockMvc, one without
 * (the first six classes, the last three).
 */
@Suite
@SelectClasses(names = {
        "id.seimbang.authoring.web.EquityReportIntegrationTest",
        "id.seimbang.authoring.web.PoliciesPageIntegrationTest",
        "id.seimbang.authoring.web.PolicyEditorPageIntegrationTest",
        "id.seimbang.authoring.web.PolicyLifecycleIntegrationTest",
        "id.seimbang.eligibility.EligibilityControllerIntegrationTest",
        "id.seimbang.security.EncodedPathIntegrationTest",
        "id.seimbang.authoring.ImpactAnalysisIntegrationTest",
        "id.seimbang.authoring.StartupDraftIntegrationTest",
        "id.seimbang.policy.PolicyServiceIntegrationTest"})
class PolicyContextTests {
}
