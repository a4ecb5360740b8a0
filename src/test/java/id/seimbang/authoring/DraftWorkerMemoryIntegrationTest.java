package id.seimbang.authoring;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithMockUser;

import id.seimbang.eligibility.TestWorkforceConfiguration;

/**
 * Drafts that need more memory than the worker's heap (256 MB) are stopped as "terlalu besar / too large", naming
 * the setting (issue 15; architecture §5). The time limit is generous here (60 s, like the compile limit): whether
 * a run fills the heap before a short time limit depends on the CPU the worker gets, and under heavy load a 5 s
 * limit ({@link DraftWorkerIntegrationTest}) was reached first. The heap fills in well under a second of CPU.
 */
@SpringBootTest(properties = {TestWorkforceConfiguration.H2_MEMORY, "seimbang.authoring.worker.enabled=true",
        "seimbang.authoring.worker.timeout=60s", "seimbang.authoring.worker.max-heap=256MB"})
@AutoConfigureMockMvc
@Import(TestWorkforceConfiguration.class)
@WithMockUser(username = "carol", roles = {"POLICY_OFFICER", "RULE_AUTHOR"})
class DraftWorkerMemoryIntegrationTest extends DraftWorkerTestSupport {

    @Test
    void feelTextThatGrowsFourfoldIsStoppedAsTooLarge() throws Exception {
        // Text rather than a list: FEEL handles a list element by element, slowly enough that under load a list
        // reached the time limit before the heap; text is copied in bulk and fills 256 MB in a fraction of a second.
        long id = draftWithFeel("{f: function(n) if n = 0 then \"xxxxxxxx\" else {h: f(n - 1), r: h + h + h + h}.r, "
                + "r: string length(f(40)) > 0}.r");
        assertStoppedAsTooLarge(id, "/scenarios/run");
    }

    @Test
    void drlListThatDoublesInAForEachIsStoppedAsTooLarge() throws Exception {
        long id = draftWithRule("", "java.util.List<Object> all = new java.util.ArrayList<>(java.util.List.of(\"x\"));"
                + " for (Object a : java.util.Collections.nCopies(64, \"a\")) { all.addAll(all); }"
                + " outcomes.employee(drools, \"n \" + all.size(), \"n \" + all.size());");
        assertStoppedAsTooLarge(id, "/impact");
    }
}
