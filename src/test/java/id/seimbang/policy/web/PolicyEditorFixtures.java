package id.seimbang.policy.web;

/** The small policy folder under src/test/resources used by the editor tests. */
final class PolicyEditorFixtures {

    static final String SOURCE_DIR = "src/test/resources/policy-fixture";
    static final String BROWSER_WORKSPACE_DIR = "target/browser-test-workspace";
    static final String DMN = "decision-tables/test-fit.dmn";
    static final String PROPERTIES = "rules/test-params.properties";
    static final String DRL = "rules/test-rule.drl";

    private PolicyEditorFixtures() {
    }
}
