package id.seimbang.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

class PolicyCompilerTest {

    private final PolicyCompiler compiler = PolicyFixtures.compiler();

    private static PolicyCompilationException refused(List<PolicyFile> files) {
        try {
            PolicyFixtures.compiler().compile(files);
        } catch (PolicyCompilationException e) {
            return e;
        }
        throw new AssertionError("expected the policy to be refused");
    }

    @Test
    void shippedPolicyCompilesWithItsParameters() {
        PolicySnapshot snapshot = PolicyFixtures.shippedPolicy();
        assertThat(snapshot.version()).hasSize(64).matches("[0-9a-f]+");
        assertThat(snapshot.parameters().minMonthsInPosition()).isEqualTo(24);
        assertThat(snapshot.parameters().effectiveHoursPerYear()).isEqualTo(1250.0);
        assertThat(snapshot.parameters().bupAge(position("JF-AU", "AHLI_UTAMA"))).isEqualTo(65);
        assertThat(snapshot.parameters().skpYearCountsFrom()).isEqualTo(java.time.MonthDay.of(4, 1));
        assertThat(snapshot.kieBase().getKiePackages()).isNotEmpty();
        assertThat(snapshot.files()).extracting(PolicyFile::path).contains("rules/eligibility-employee.drl",
                "rules/eligibility-move.drl", "rules/parameters.properties");
    }

    @Test
    void sameFilesGiveTheSameVersionWhateverTheOrderAndLineEndings() {
        List<PolicyFile> files = PolicyFixtures.shippedFiles();
        List<PolicyFile> reversed = new java.util.ArrayList<>(files);
        java.util.Collections.reverse(reversed);
        List<PolicyFile> reversedCrlf = reversed.stream()
                .map(f -> new PolicyFile(f.path(), f.content().replace("\n", "\r\n"))).toList();
        assertThat(PolicyFiles.version(reversedCrlf)).isEqualTo(PolicyFiles.version(files));
        assertThat(compiler.compile(reversedCrlf).version()).isEqualTo(PolicyFixtures.shippedPolicy().version());
        assertThat(PolicyFiles.version(PolicyFixtures.withParameter("position.min-months", "6")))
                .isNotEqualTo(PolicyFiles.version(files));
    }

    @Test
    void versionIsTheSha256OfPathNulContentNul() {
        assertThat(PolicyFiles.version(List.of(new PolicyFile("b", "y"), new PolicyFile("a", "x\r\n"))))
                .isEqualTo(sha256("a\0x\n\0b\0y\0"));
    }

    private static String sha256(String s) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(s.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void brokenDrlIsRefusedWithFileAndLine() {
        PolicyCompilationException e = refused(PolicyFixtures.replace("rules/eligibility-employee.drl",
                c -> c.replace("EmployeeFacts(legalProcess)", "EmployeeFacts(legalProcess ==)")));
        assertThat(e.problems()).isNotEmpty().allSatisfy(p -> {
            assertThat(p.file()).isEqualTo("rules/eligibility-employee.drl");
            assertThat(p.severity()).isEqualTo("ERROR");
        });
        int line = lineOf(PolicyFixtures.shippedFiles(), "rules/eligibility-employee.drl", "EmployeeFacts(legalProcess)");
        assertThat(e.problems()).extracting(PolicyProblem::line).contains(line);
        assertThat(e.getMessage()).contains("rules/eligibility-employee.drl:" + line);
    }

    @Test
    void unknownFactTypeIsRefusedWithFileAndLine() {
        PolicyCompilationException e = refused(PolicyFixtures.plus(new PolicyFile("rules/extra.drl", """
                package rules;
                global id.seimbang.eligibility.Outcomes outcomes;
                rule "X" @id("X") @regulation("none") @severity("BLOCK")
                when
                    NoSuchFact()
                then
                end
                """)));
        assertThat(e.problems()).anySatisfy(p -> {
            assertThat(p.file()).isEqualTo("rules/extra.drl");
            assertThat(p.line()).isEqualTo(5);
        });
    }

    @Test
    void ruleWithoutMetadataIsRefused() {
        PolicyCompilationException e = refused(PolicyFixtures.plus(new PolicyFile("rules/extra.drl", """
                package rules;
                import id.seimbang.eligibility.EmployeeFacts;
                rule "NO-META"
                when
                    EmployeeFacts()
                then
                end
                """)));
        assertThat(e.problems()).extracting(PolicyProblem::message)
                .contains("Rule 'NO-META' in package rules lacks @id");
    }

    @Test
    void invalidParameterIsRefusedNamingFileLineAndKey() {
        List<PolicyFile> files = PolicyFixtures.withParameter("position.min-months", "dua tahun");
        PolicyCompilationException e = refused(files);
        int line = lineOf(files, PolicyParameters.FILE, "position.min-months=");
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("rules/parameters.properties");
            assertThat(p.line()).isEqualTo(line);
            assertThat(p.message()).contains("position.min-months").contains("dua tahun");
        });
    }

    @Test
    void missingAndUnknownParametersAreRefused() {
        PolicyCompilationException e = refused(PolicyFixtures.replace(PolicyParameters.FILE,
                c -> c.replace("rotation.due-years=5", "rotation.due-yaers=5").replace("bup.JPT=60", "bup.ESELON=60")));
        assertThat(e.problems()).extracting(PolicyProblem::message).anySatisfy(m -> assertThat(m)
                .isEqualTo("Missing parameter 'rotation.due-years'"));
        assertThat(e.problems()).extracting(PolicyProblem::message)
                .anySatisfy(m -> assertThat(m).isEqualTo("Unknown parameter 'rotation.due-yaers'"))
                .anySatisfy(m -> assertThat(m).contains("bup.ESELON"));
    }

    @Test
    void bupIsLookedUpByPositionCodeFirstThenTypeAndLevelThenTypeThenDefault() {
        PolicyParameters p = PolicyFixtures.shippedPolicy().parameters();
        // UU 14/2005 Pasal 30 (4): teachers 60, whatever their functional level (ahli pertama is otherwise 58)
        assertThat(p.bupAge(position("GURU_AP", "AHLI_PERTAMA"))).isEqualTo(60);
        assertThat(p.bupAge(position("GURU_AM", "AHLI_MUDA"))).isEqualTo(60);
        // Pasal 67 (4): lecturers 65
        assertThat(p.bupAge(position("DOSEN_LEKTOR", "AHLI_MUDA"))).isEqualTo(65);
        assertThat(p.bupAge(position("PERAWAT_AP", "AHLI_PERTAMA"))).isEqualTo(58);
        assertThat(p.bupAge(position("DOKTER_SPESIALIS_AMD", "AHLI_MADYA"))).isEqualTo(60);
        assertThat(p.bupAge(position("X", "TIDAK_ADA"))).isEqualTo(58);
        assertThat(p.bupAge(null)).isEqualTo(58);
    }

    @Test
    void aBupPositionKeyNeedsACodeAndTheSkpCutOffNeedsADayOfTheYear() {
        PolicyCompilationException e = refused(PolicyFixtures.replace(PolicyParameters.FILE,
                c -> c.replace("bup.position.GURU_AP=60", "bup.position.=60")
                        .replace("skp.year-counts-from=04-01", "skp.year-counts-from=1 April")));
        assertThat(e.problems()).extracting(PolicyProblem::message)
                .anySatisfy(m -> assertThat(m).contains("'bup.position.'").contains("bup.position.<POSITION_CODE>"))
                .anySatisfy(m -> assertThat(m).contains("skp.year-counts-from").contains("MM-dd"));
    }

    private static id.seimbang.workforce.Position position(String code, String level) {
        return new id.seimbang.workforce.Position(code, code, id.seimbang.workforce.PositionType.FUNGSIONAL, level,
                "X", id.seimbang.workforce.EducationLevel.S1, java.util.Set.of(), false);
    }

    @Test
    void validDecisionTableCompilesIntoTheSnapshot() {
        PolicySnapshot snapshot = compiler.compile(PolicyFixtures.plus(
                new PolicyFile("decision-tables/band.dmn", TestDmn.band("< 50", ">= 50"))));
        assertThat(snapshot.dmnModels()).extracting(m -> m.getName()).containsExactlyInAnyOrder("band", "Penempatan",
                "Penugasan Sementara");
        assertThat(snapshot.dmnRuntime()).isNotNull();
        // the shipped tables: placement, and temporary assignments (issue 20 point 2)
        assertThat(PolicyFixtures.shippedPolicy().dmnModels()).extracting(m -> m.getName())
                .containsExactlyInAnyOrder("Penempatan", "Penugasan Sementara");
    }

    @Test
    void decisionTableWithAGapIsRefusedNamingTheGap() {
        PolicyCompilationException e = refused(PolicyFixtures.plus(
                new PolicyFile("decision-tables/band.dmn", TestDmn.band("< 50", ">= 60"))));
        assertThat(e.problems()).anySatisfy(p -> {
            assertThat(p.file()).isEqualTo("decision-tables/band.dmn");
            assertThat(p.message()).contains("DECISION_TABLE_GAP").contains("band (_band_table)").contains("[ 50 .. 60 )");
        });
    }

    @Test
    void decisionTableWithAnOverlapIsRefused() {
        PolicyCompilationException e = refused(PolicyFixtures.plus(
                new PolicyFile("decision-tables/band.dmn", TestDmn.band("< 50", ">= 40"))));
        assertThat(e.problems()).anySatisfy(p -> assertThat(p.message()).contains("DECISION_TABLE_OVERLAP"));
    }

    @Test
    void malformedDmnIsRefused() {
        PolicyCompilationException e = refused(PolicyFixtures.plus(
                new PolicyFile("decision-tables/band.dmn", "<definitions>")));
        assertThat(e.problems()).isNotEmpty().allSatisfy(p -> assertThat(p.file()).isEqualTo("decision-tables/band.dmn"));
    }

    @Test
    void attachmentsAreCreatedOncePerSnapshot() {
        PolicySnapshot snapshot = PolicyFixtures.shippedPolicy();
        AtomicInteger created = new AtomicInteger();
        StringBuilder first = snapshot.attachment(StringBuilder.class, s -> {
            created.incrementAndGet();
            return new StringBuilder(s.version());
        });
        StringBuilder second = snapshot.attachment(StringBuilder.class, s -> new StringBuilder("other"));
        assertThat(second).isSameAs(first);
        assertThat(created).hasValue(1);
    }

    static int lineOf(List<PolicyFile> files, String path, String text) {
        String[] lines = files.stream().filter(f -> f.path().equals(path)).findFirst().orElseThrow().content().split("\n");
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains(text)) {
                return i + 1;
            }
        }
        throw new AssertionError(text + " not in " + path);
    }
}
