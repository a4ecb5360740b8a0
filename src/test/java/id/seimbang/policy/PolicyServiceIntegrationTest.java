package id.seimbang.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Clock;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

import id.seimbang.SeimbangApplication;
import id.seimbang.eligibility.TestWorkforceConfiguration;

@SpringBootTest(properties = TestWorkforceConfiguration.H2_MEMORY)
@Import(TestWorkforceConfiguration.class)
class PolicyServiceIntegrationTest {

    @Autowired PolicyService service;
    @Autowired ActivePolicy active;
    @Autowired PolicyVersionStore store;
    @Autowired PolicyCompiler compiler;
    @Autowired Clock clock;

    @TempDir Path dir;

    @Test
    void firstStartCompilesStoresAndActivatesTheFilesOnDisk() {
        String shipped = PolicyFiles.version(PolicyFixtures.shippedFiles());
        assertThat(active.current().version()).isEqualTo(shipped);
        assertThat(store.find(shipped)).get().satisfies(v -> {
            assertThat(v.createdBy()).isEqualTo(PolicyService.STARTUP_AUTHOR);
            assertThat(v.status()).isEqualTo(PolicyStatus.ACTIVE);
            assertThat(v.activatedAt()).isNotNull();
        });
        assertThat(PolicyFiles.version(store.findFiles(shipped))).isEqualTo(shipped);
        assertThat(service.diskFilesDifferingFromActive()).isEmpty();
    }

    @Test
    void atRestartTheStoredActiveVersionWinsAndDifferingFilesOnDiskAreOnlyKeptForADraft() throws IOException {
        String shipped = PolicyFiles.version(PolicyFixtures.shippedFiles());

        // Changed files on disk: not activated, not stored as a version; offered for a draft instead.
        List<PolicyFile> sixFiles = PolicyFixtures.withParameter("position.min-months", "6");
        writePolicy(dir.resolve("six"), sixFiles);
        PolicyService restarted = startUp(dir.resolve("six"), new ActivePolicy(compiler));
        assertThat(restarted.activateAtStartup().version()).isEqualTo(shipped);
        assertThat(restarted.diskFilesDifferingFromActive()).extracting(PolicyFile::path)
                .containsExactlyElementsOf(PolicyFiles.sorted(sixFiles).stream().map(PolicyFile::path).toList());
        assertThat(PolicyFiles.version(restarted.diskFilesDifferingFromActive()))
                .isEqualTo(PolicyFiles.version(sixFiles));
        assertThat(store.find(PolicyFiles.version(sixFiles))).isEmpty();
        assertThat(store.find(shipped)).get().extracting(PolicyVersion::status).isEqualTo(PolicyStatus.ACTIVE);

        // Broken files on disk: the stored ACTIVE version serves; the files still go to a draft to be fixed.
        writePolicy(dir.resolve("broken"), PolicyFixtures.replace("rules/eligibility-employee.drl",
                c -> c.replace("EmployeeFacts(legalProcess)", "EmployeeFacts(legalProcess ==)")));
        PolicyService broken = startUp(dir.resolve("broken"), new ActivePolicy(compiler));
        assertThat(broken.activateAtStartup().version()).isEqualTo(shipped);
        assertThat(broken.diskFilesDifferingFromActive()).isNotEmpty();

        // The same files as the active version: nothing to review.
        writePolicy(dir.resolve("same"), PolicyFixtures.shippedFiles());
        PolicyService same = startUp(dir.resolve("same"), new ActivePolicy(compiler));
        same.activateAtStartup();
        assertThat(same.diskFilesDifferingFromActive()).isEmpty();
    }

    @Test
    void pastVersionsRecompileFromTheDatabaseWithTheirOwnParameters() {
        List<PolicyFile> six = PolicyFixtures.withParameter("position.min-months", "6");
        String version = PolicyFiles.version(six);
        store.save(version, six, PolicyStatus.RETIRED, "test", null, clock.instant());

        PolicySnapshot past = service.snapshot(version);
        assertThat(past.version()).isEqualTo(version);
        assertThat(past.parameters().minMonthsInPosition()).isEqualTo(6);
        assertThat(service.snapshot(version)).isSameAs(past);
        assertThat(service.versions()).extracting(PolicyVersion::version).contains(version);
    }

    @Test
    void unknownVersionIsNotFound() {
        assertThatThrownBy(() -> service.snapshot("0".repeat(64)))
                .isInstanceOf(id.seimbang.system.DomainException.class);
    }

    @Test
    void startUpFailsNamingFileAndLineWhenNothingCompilesAndNoVersionIsStored() throws IOException {
        List<PolicyFile> broken = PolicyFixtures.replace("rules/eligibility-employee.drl",
                c -> c.replace("EmployeeFacts(legalProcess)", "EmployeeFacts(legalProcess ==)"));
        int line = PolicyCompilerTest.lineOf(broken, "rules/eligibility-employee.drl", "EmployeeFacts(legalProcess ==)");
        Path root = dir.resolve("fresh");
        writePolicy(root, broken);

        Throwable failure = catchThrowable(() -> new SpringApplicationBuilder(SeimbangApplication.class,
                TestWorkforceConfiguration.class)
                .web(WebApplicationType.NONE)
                // Command-line arguments: they override application.yml, as an operator's would.
                .run("--spring.datasource.url=jdbc:h2:mem:startup-" + java.util.UUID.randomUUID()
                                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
                        "--seimbang.policy.rules-dir=" + root.resolve("rules"),
                        "--seimbang.policy.decision-tables-dir=" + root.resolve("decision-tables"))
                .close());

        Throwable cause = failure;
        while (cause != null && !(cause instanceof IllegalStateException && cause.getCause() instanceof PolicyCompilationException)) {
            cause = cause.getCause();
        }
        assertThat(cause).as("start-up failure caused by the policy, in %s", failure).isNotNull();
        assertThat(cause.getMessage())
                .contains("does not compile and the database holds no ACTIVE policy version")
                .contains("rules/eligibility-employee.drl:" + line);
    }

    @Test
    void theStartUpWaitsForItsBuildWhateverTheTimeLimitForDrafts() throws IOException {
        // The limit is for drafts; the published version is trusted and the start-up has nothing better to do.
        PolicyCompiler impatient = PolicyFixtures.compiler(Duration.ofMillis(1));
        writePolicy(dir.resolve("same"), PolicyFixtures.shippedFiles());
        PolicyService restarted = new PolicyService(new PolicyProperties(dir.resolve("same/rules"),
                dir.resolve("same/decision-tables"), 2, 2), impatient, new ActivePolicy(impatient), store, clock);

        assertThat(restarted.activateAtStartup().version()).isEqualTo(PolicyFiles.version(PolicyFixtures.shippedFiles()));
        assertThatThrownBy(() -> impatient.compile(PolicyFixtures.shippedFiles()))
                .isInstanceOf(PolicyCompilationException.class);
    }

    private PolicyService startUp(Path root, ActivePolicy target) {
        return new PolicyService(new PolicyProperties(root.resolve("rules"), root.resolve("decision-tables"), 2, 2),
                compiler, target, store, clock);
    }

    static void writePolicy(Path root, List<PolicyFile> files) throws IOException {
        for (PolicyFile f : files) {
            Path p = root.resolve(f.path());
            Files.createDirectories(p.getParent());
            Files.writeString(p, f.content());
        }
    }
}
