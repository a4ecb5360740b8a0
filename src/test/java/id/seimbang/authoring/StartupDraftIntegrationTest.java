package id.seimbang.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

import id.seimbang.eligibility.TestWorkforceConfiguration;
import id.seimbang.policy.PolicyFile;
import id.seimbang.policy.PolicyFiles;
import id.seimbang.policy.PolicyFixtures;

/** Files on disk that differ from the published version become one validated draft, not an activation. */
@SpringBootTest(properties = TestWorkforceConfiguration.H2_MEMORY)
@Import(TestWorkforceConfiguration.class)
class StartupDraftIntegrationTest {

    @Autowired PolicyLifecycle lifecycle;
    @Autowired DraftStore drafts;

    @Test
    void differingFilesBecomeOneValidatedDraftEvenAfterSeveralRestarts() {
        List<PolicyFile> six = PolicyFixtures.withParameter("position.min-months", "6");

        PolicyDraft draft = StartupDraft.createUnlessPending(lifecycle, drafts, six, StartupDraft.AUTHOR, "restart");
        PolicyDraft again = StartupDraft.createUnlessPending(lifecycle, drafts, six, StartupDraft.AUTHOR, "restart");

        assertThat(again).isNull();
        PolicyDraft stored = lifecycle.draft(draft.id());
        assertThat(stored.author()).isEqualTo("startup");
        assertThat(stored.status()).isEqualTo(DraftStatus.DRAFT);
        assertThat(stored.validation().valid()).isTrue();
        assertThat(stored.validation().version()).isEqualTo(PolicyFiles.version(six));
    }

    @Test
    void brokenFilesBecomeADraftShowingTheirProblems() {
        List<PolicyFile> broken = PolicyFixtures.replace("rules/eligibility-employee.drl",
                c -> c.replace("EmployeeFacts(legalProcess)", "EmployeeFacts(legalProcess ==)"));

        PolicyDraft draft = StartupDraft.createUnlessPending(lifecycle, drafts, broken, StartupDraft.AUTHOR, "restart");

        ValidationReport report = lifecycle.draft(draft.id()).validation();
        assertThat(report.valid()).isFalse();
        assertThat(report.problems()).first().satisfies(p -> {
            assertThat(p.file()).isEqualTo("rules/eligibility-employee.drl");
            assertThat(p.line()).isNotNull();
        });
    }
}
