package id.seimbang.authoring.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import id.seimbang.policy.PolicyFile;
import id.seimbang.authoring.PolicyDraft;
import id.seimbang.authoring.PolicyLifecycle;

/**
 * Drafts for the editor tests: a copy of the active (shipped) policy with the small editor fixtures of
 * src/test/resources/policy-fixture added, a one-table DMN and a three-line properties file.
 */
final class PolicyEditorFixtures {

    /**
     * The database of the browser tests of the editors (DmnEditorBrowserTest, PolicyTextEditorBrowserTest): the same
     * configuration, so they share one application context.
     */
    static final String BROWSER_URL = "spring.datasource.url=jdbc:h2:mem:policy-editor-browser;MODE=PostgreSQL;"
            + "DATABASE_TO_LOWER=TRUE";
    static final String SOURCE_DIR = "src/test/resources/policy-fixture";
    static final String DMN = "decision-tables/test-fit.dmn";
    static final String PROPERTIES = "rules/test-params.properties";
    static final String DRL = "rules/eligibility-employee.drl";

    private PolicyEditorFixtures() {
    }

    /** As alice, a policy officer (the lifecycle checks roles itself; browser tests call it without a user). */
    static PolicyDraft draftWithFixtures(PolicyLifecycle lifecycle) throws IOException {
        return asAlice(() -> {
            PolicyDraft draft = lifecycle.createDraft(null, "alice", "editor test");
            for (String path : new String[] {DMN, PROPERTIES}) {
                lifecycle.saveFile(draft.id(), new PolicyFile(path, Files.readString(Path.of(SOURCE_DIR, path))), "alice");
            }
            return draft;
        });
    }

    /** Submits the draft for review as alice, so that it is no longer editable. */
    static void submit(PolicyLifecycle lifecycle, long id) throws IOException {
        asAlice(() -> lifecycle.submit(id, "alice"));
    }

    private interface AsUser<T> {
        T run() throws IOException;
    }

    private static <T> T asAlice(AsUser<T> work) throws IOException {
        org.springframework.security.core.context.SecurityContext before =
                org.springframework.security.core.context.SecurityContextHolder.getContext();
        org.springframework.security.core.context.SecurityContext alice =
                org.springframework.security.core.context.SecurityContextHolder.createEmptyContext();
        alice.setAuthentication(new org.springframework.security.authentication.TestingAuthenticationToken(
                "alice", "n/a", "ROLE_POLICY_OFFICER"));
        org.springframework.security.core.context.SecurityContextHolder.setContext(alice);
        try {
            return work.run();
        } finally {
            org.springframework.security.core.context.SecurityContextHolder.setContext(before);
        }
    }
}
