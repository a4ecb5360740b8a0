package id.seimbang.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import id.seimbang.eligibility.TestWorkforceConfiguration;
import id.seimbang.policy.PolicyFile;
import id.seimbang.policy.PolicyFixtures;
import id.seimbang.policy.PolicyParameters;

/** With seimbang.policy.watch=true an edit of a policy file on disk becomes a validated draft. */
@SpringBootTest(properties = {TestWorkforceConfiguration.H2_MEMORY, "seimbang.policy.watch=true"})
@Import(TestWorkforceConfiguration.class)
class PolicyFileWatcherIntegrationTest {

    private static final Path ROOT = Path.of("target/watch-test", UUID.randomUUID().toString());

    @DynamicPropertySource
    static void folders(DynamicPropertyRegistry registry) throws IOException {
        for (PolicyFile f : PolicyFixtures.shippedFiles()) {
            Path p = ROOT.resolve(f.path());
            Files.createDirectories(p.getParent());
            Files.writeString(p, f.content());
        }
        registry.add("seimbang.policy.rules-dir", () -> ROOT.resolve("rules").toString());
        registry.add("seimbang.policy.decision-tables-dir", () -> ROOT.resolve("decision-tables").toString());
    }

    @Autowired PolicyLifecycle lifecycle;

    @Test
    void editingAFileOnDiskCreatesAValidatedDraft() throws Exception {
        Path parameters = ROOT.resolve(PolicyParameters.FILE);
        Files.writeString(parameters, Files.readString(parameters)
                .replaceAll("(?m)^rotation\\.due-years=.*$", "rotation.due-years=6"));

        // The watcher creates the draft, then validates it: wait for both, not just the first.
        Optional<PolicyDraft> draft = Optional.empty();
        for (int i = 0; i < 60 && (draft.isEmpty() || draft.get().validation() == null); i++) {
            Thread.sleep(500);
            draft = lifecycle.drafts().stream().filter(d -> d.author().equals(PolicyFileWatcher.AUTHOR)).findFirst()
                    .map(d -> lifecycle.draft(d.id()));
        }
        assertThat(draft).as("a validated draft by the file watcher within 30 s").isPresent();
        assertThat(lifecycle.content(draft.get().id(), PolicyParameters.FILE)).contains("rotation.due-years=6");
        assertThat(lifecycle.draft(draft.get().id()).validation().valid()).isTrue();
    }
}
