package id.seimbang.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

import id.seimbang.eligibility.TestWorkforceConfiguration;
import id.seimbang.policy.PolicyFile;
import id.seimbang.policy.PolicyFiles;
import id.seimbang.policy.PolicyFixtures;
import id.seimbang.policy.PolicyService;

/**
 * Files on disk that differ from the published version become one validated draft, not an activation; the draft is
 * there when the service reports ready, its validation follows on another thread.
 */
@SpringBootTest(properties = TestWorkforceConfiguration.H2_MEMORY)
@Import(TestWorkforceConfiguration.class)
class StartupDraftIntegrationTest {

    @Autowired PolicyLifecycle lifecycle;
    @Autowired DraftStore drafts;
    @Autowired PolicyService policies;

    /** Holds the tasks given to it: the start-up path's return shows what the service has when it reports ready. */
    final List<Runnable> later = new ArrayList<>();
    StartupDraft startup;

    @org.junit.jupiter.api.BeforeEach
    void startup() {
        startup = new StartupDraft(policies, lifecycle, drafts, later::add);
    }

    @Test
    void differingFilesBecomeOneValidatedDraftEvenAfterSeveralRestarts() {
        List<PolicyFile> six = PolicyFixtures.withParameter("position.min-months", "6");

        PolicyDraft draft = startup.draftAndValidateLater(six);
        assertThat(lifecycle.draft(draft.id()).validation()).as("not validated before the service is ready").isNull();
        assertThat(later).hasSize(1);
        later.remove(0).run();
        PolicyDraft again = startup.draftAndValidateLater(six);

        assertThat(again).isNull();
        assertThat(later).isEmpty();
        PolicyDraft stored = lifecycle.draft(draft.id());
        assertThat(stored.author()).isEqualTo("startup");
        assertThat(stored.status()).isEqualTo(DraftStatus.DRAFT);
        assertThat(stored.validation().valid()).isTrue();
        assertThat(stored.validation().version()).isEqualTo(PolicyFiles.version(six));
    }

    @Test
    void aValidationThatFailsLeavesTheDraftUncheckedAndDoesNotEscape() {
        List<PolicyFile> seven = PolicyFixtures.withParameter("position.min-months", "7");
        // a draft worker that cannot start, say: the service must still start, the draft stays for an officer
        PolicyLifecycle failing = org.mockito.Mockito.mock(PolicyLifecycle.class);
        org.mockito.Mockito.when(failing.createDraftFromFiles(seven, StartupDraft.AUTHOR,
                "Files on disk differ from the active version")).thenAnswer(
                        call -> lifecycle.createDraftFromFiles(seven, StartupDraft.AUTHOR, "restart"));
        org.mockito.Mockito.when(failing.validate(org.mockito.ArgumentMatchers.anyLong()))
                .thenThrow(new IllegalStateException("draft worker did not start"));
        PolicyDraft draft = new StartupDraft(policies, failing, drafts, later::add).draftAndValidateLater(seven);

        later.remove(0).run();

        assertThat(lifecycle.draft(draft.id()).validation()).isNull();
        assertThat(startup.draftAndValidateLater(seven)).as("still pending").isNull();
        assertThat(startup.draftAndValidateLater(List.of())).isNull();
        assertThat(later).isEmpty();
    }

    @Test
    void brokenFilesBecomeADraftShowingTheirProblems() {
        List<PolicyFile> broken = PolicyFixtures.replace("rules/eligibility-employee.drl",
                c -> c.replace("EmployeeFacts(legalProcess)", "EmployeeFacts(legalProcess ==)"));

        PolicyDraft draft = startup.draftAndValidateLater(broken);
        later.remove(0).run();

        ValidationReport report = lifecycle.draft(draft.id()).validation();
        assertThat(report.valid()).isFalse();
        assertThat(report.problems()).first().satisfies(p -> {
            assertThat(p.file()).isEqualTo("rules/eligibility-employee.drl");
            assertThat(p.line()).isNotNull();
        });
    }
}
