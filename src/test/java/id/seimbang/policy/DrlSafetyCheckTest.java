package id.seimbang.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Each construct a hostile DRL could use to reach the JVM is refused with file and line, before Drools runs. */
class DrlSafetyCheckTest {

    private static final String PATH = "rules/hostile.drl";

    /** A rule of the shipped kind whose consequence (line 12) is the given statement. */
    private static String rule(String imports, String consequence) {
        return """
                package rules;
                import id.seimbang.eligibility.EmployeeFacts;
                %s
                global id.seimbang.eligibility.Outcomes outcomes;

                rule "HOSTILE"
                    @id("HOSTILE")
                    @regulation("none")
                    @severity("SIGNAL")
                when
                    $e : EmployeeFacts()
                then
                    %s
                end
                """.formatted(imports, consequence);
    }

    private static List<PolicyProblem> check(String drl) {
        return DrlSafetyCheck.check(new PolicyFile(PATH, drl));
    }

    @Test
    void shippedRulesPass() {
        for (PolicyFile f : PolicyFixtures.shippedFiles()) {
            if (f.isDrl()) {
                assertThat(DrlSafetyCheck.check(f)).as(f.path()).isEmpty();
            }
        }
    }

    @Test
    void wordsInStringsAndCommentsAreNotCode() {
        assertThat(check(rule("// System.exit(0) is only a comment",
                "outcomes.employee(drools, \"System File Thread\", \"Runtime.getRuntime()\"); /* while(true) */")))
                .isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "System.exit(1);",
            "Runtime.getRuntime().exec(\"id\");",
            "new ProcessBuilder(\"sh\").start();",
            "Class.forName(\"java.lang.Runtime\");",
            "Object c = $e.getClass();",
            "Object c = String.class;",
            "java.lang.reflect.Method m = null;",
            "java.lang.invoke.MethodHandles.lookup();",
            "Thread.currentThread().getContextClassLoader();",
            "new Thread(() -> {}).start();",
            "java.util.concurrent.Executors.newSingleThreadExecutor();",
            "new java.io.File(\"/etc/passwd\").delete();",
            "java.nio.file.Files.readString(java.nio.file.Path.of(\"/etc/passwd\"));",
            "new java.net.URL(\"http://example.invalid\").openStream();",
            "new java.net.Socket(\"example.invalid\", 80);",
            "org.springframework.context.ApplicationContext ctx = null;",
            "drools.getKieRuntime().halt();",
            "kcontext.getKieRuntime();",
            "while (true) { }",
            "do { } while (true);",
            "for (;;) { }",
            "for (int i = 0; i >= 0; i++) { }"
    })
    void forbiddenConstructInAConsequenceIsRefusedWithItsLine(String statement) {
        List<PolicyProblem> problems = check(rule("", statement));
        assertThat(problems).isNotEmpty();
        assertThat(problems).allSatisfy(p -> {
            assertThat(p.file()).isEqualTo(PATH);
            assertThat(p.line()).isEqualTo(13);
            assertThat(p.severity()).isEqualTo("ERROR");
        });
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "import java.io.File;|3",
            "import java.lang.System;|3",
            "import static java.lang.System.exit;|3",
            "import java.lang.reflect.*;|3",
            "import java.net.URL;|3",
            "import java.util.concurrent.Executors;|3",
            "import java.util.ServiceLoader;|3",
            "import id.seimbang.workforce.WorkforceImporter;|3",
            "import id.seimbang.workforce.*;|3",
            "import id.seimbang.audit.AuditTrail;|3",
            "import org.kie.api.runtime.KieSession;|3",
            "import function java.lang.System.exit;|3"
    })
    void importOutsideTheFactModelIsRefused(String importLine, int line) {
        List<PolicyProblem> problems = check(rule(importLine, "outcomes.employee(drools, \"a\", \"b\");"));
        assertThat(problems).extracting(PolicyProblem::line).contains(line);
        assertThat(problems).extracting(PolicyProblem::message).anySatisfy(m -> assertThat(m).containsAnyOf(
                "Import of", "not allowed"));
    }

    @Test
    void factModelValueTypesAndHelpersMayBeImported() {
        assertThat(check(rule("""
                import id.seimbang.workforce.EmploymentStatus;
                import id.seimbang.workforce.Employee;
                import id.seimbang.eligibility.*;
                import id.seimbang.policy.PolicyParameters;
                import id.seimbang.system.Bilingual;
                import java.time.LocalDate;
                import java.util.List;
                import java.util.Map;""", "for (Object o : List.of(1, 2)) { outcomes.employee(drools, \"a\", \"b\"); }")))
                .isEmpty();
    }

    @Test
    void mvelDialectIsRefusedAtPackageAndRuleLevel() {
        String drl = rule("dialect \"mvel\"", "outcomes.employee(drools, \"a\", \"b\");")
                .replace("@severity(\"SIGNAL\")", "@severity(\"SIGNAL\")\n    dialect 'mvel'");
        assertThat(check(drl)).extracting(PolicyProblem::message)
                .filteredOn(m -> m.startsWith("dialect \"mvel\""))
                .hasSize(2);
        assertThat(check(rule("dialect \"java\"", "outcomes.employee(drools, \"a\", \"b\");"))).isEmpty();
    }

    @Test
    void functionBlocksAndEvalAreCheckedToo() {
        String function = rule("", "outcomes.employee(drools, \"a\", \"b\");")
                + "\nfunction void boom() {\n    Runtime.getRuntime().halt(0);\n}\n";
        assertThat(check(function)).extracting(PolicyProblem::line).contains(17);
        String eval = rule("", "outcomes.employee(drools, \"a\", \"b\");")
                .replace("$e : EmployeeFacts()", "$e : EmployeeFacts()\n    eval(System.getenv(\"HOME\") != null)");
        assertThat(check(eval)).extracting(PolicyProblem::line).contains(12);
    }

    @Test
    void aPackageOfTheServiceIsRefused() {
        assertThat(check(rule("", "outcomes.employee(drools, \"a\", \"b\");").replace("package rules;",
                "package id.seimbang.workforce;"))).extracting(PolicyProblem::message)
                .anySatisfy(m -> assertThat(m).contains("reserved"));
    }

    @Test
    void compilerReportsUnsafeDrlLikeOtherProblemsAndNeverRunsIt() {
        List<PolicyFile> files = PolicyFixtures.plus(new PolicyFile(PATH, rule("", "System.exit(3);")));
        assertThatThrownBy(() -> PolicyFixtures.compiler().compile(files))
                .isInstanceOfSatisfying(PolicyCompilationException.class, e -> assertThat(e.problems())
                        .extracting(PolicyProblem::formatted)
                        .anySatisfy(f -> assertThat(f).startsWith(PATH + ":13: ERROR 'System'")));
    }
}
