package id.seimbang.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The bytecode check refuses what the compiled policy could call outside the allowlist, whatever the source
 * looked like: tricks that fool the text check (text blocks, unicode escapes) and plain forbidden calls built
 * without the text check, so the second line holds on its own. Nothing here is ever executed.
 */
class DrlBytecodeCheckTest {

    private static final String PATH = "rules/hostile.drl";

    @TempDir
    Path temp;

    private static String drl(String functions, String consequence) {
        return """
                package rules;
                import id.seimbang.eligibility.EmployeeFacts;
                global id.seimbang.eligibility.Outcomes outcomes;
                %s
                rule "HOSTILE"
                    @id("HOSTILE")
                    @regulation("none")
                    @severity("SIGNAL")
                when
                    $e : EmployeeFacts()
                then
                    %s
                end
                """.formatted(functions, consequence);
    }

    private static List<PolicyFile> withShipped(String hostile) {
        List<PolicyFile> files = new ArrayList<>(PolicyFixtures.shippedFiles());
        files.add(new PolicyFile(PATH, hostile));
        return files;
    }

    /** The full compiler: source check first, then build and bytecode check. */
    private static List<PolicyProblem> compileProblems(String hostile) {
        try {
            PolicyFixtures.compiler().compile(withShipped(hostile));
        } catch (PolicyCompilationException e) {
            return e.problems();
        }
        throw new AssertionError("the hostile policy compiled");
    }

    /** Only the build and the bytecode check, as if the text check had let everything through. */
    private static List<PolicyProblem> bytecodeProblems(String hostile) {
        List<PolicyProblem> problems = new ArrayList<>();
        Object kieBase = PolicyCompiler.buildDrl(withShipped(hostile), problems);
        assertThat(kieBase).as("a refused build gives no KieBase").isNull();
        return problems;
    }

    @Test
    void shippedRulesPassTheBytecodeCheck() {
        List<PolicyProblem> problems = new ArrayList<>();
        Object kieBase = PolicyCompiler.buildDrl(PolicyFixtures.shippedFiles(), problems);
        assertThat(problems).isEmpty();
        assertThat(kieBase).isNotNull();
    }

    @Test
    void textBlockHidingRuntimeExecIsRefusedWithFileRuleAndMember() {
        String marker = temp.resolve("pwned").toString();
        // The text check reads the text block's closing quotes as the start of a string: the exec looks like text.
        String hostile = drl("", "String s = \"\"\"\n    x\n    \"\"\"; Runtime.getRuntime().exec(new String[]{\"touch\", \""
                + marker + "\"});");
        assertThat(DrlSafetyCheck.check(new PolicyFile(PATH, hostile))).as("the text check is fooled").isEmpty();
        List<PolicyProblem> problems = compileProblems(hostile);
        assertThat(problems).anySatisfy(p -> {
            assertThat(p.file()).isEqualTo(PATH);
            assertThat(p.line()).isEqualTo(5);
            assertThat(p.message()).contains("rule 'HOSTILE'").contains("java.lang.Runtime.getRuntime");
        });
        assertThat(Files.exists(Path.of(marker))).isFalse();
    }

    @Test
    void unicodeEscapesInAFunctionBodyAreRefused() {
        // R\u0075ntime and \u0065xec: Java reads Runtime.getRuntime().exec, the text check reads other names.
        String function = "function void f() { R\\u0075ntime.getR\\u0075ntime().\\u0065xec(\"id\"); }";
        String hostile = drl(function, "f();");
        List<PolicyProblem> problems = bytecodeProblems(hostile);
        assertThat(problems).anySatisfy(p -> assertThat(p.message()).contains("java.lang.Runtime.exec"));
        assertThat(compileProblems(hostile)).isNotEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "Class.forName(\"java.lang.Runtime\");|java.lang.Class.forName",
            "new java.io.File(\"/tmp/x\").delete();|java.io.File.<init>",
            "System.exit(3);|java.lang.System.exit",
            "new ProcessBuilder(\"id\").start();|java.lang.ProcessBuilder.<init>",
            "Object c = $e.getClass();|java.lang.Object.getClass",
            "Object c = java.lang.Thread.class; outcomes.employee(drools, \"\" + c, \"x\");|java.lang.Thread",
            "drools.getRuntime(Object.class);|org.drools.model.Drools.getRuntime",
            "java.util.List.of(1).parallelStream().count();|java.util.List.parallelStream",
            "Integer.getInteger(\"user.home\");|java.lang.Integer.getInteger",
            "java.util.function.Supplier<Object> s = System::getenv; s.get();|java.lang.System.getenv",
            "Object c = this.getClass(); outcomes.employee(drools, \"\" + c, \"x\");|java.lang.Object.getClass",
            "this.wait();|java.lang.Object.wait",
            "Object c = this.getDeclaringClass(); outcomes.employee(drools, \"\" + c, \"x\");|getDeclaringClass"})
    void forbiddenCallsAreRefusedByTheBytecodeAlone(String consequence, String member) {
        List<PolicyProblem> problems = bytecodeProblems(drl("", consequence));
        assertThat(problems).anySatisfy(p -> {
            assertThat(p.file()).isEqualTo(PATH);
            assertThat(p.message()).contains("rule 'HOSTILE'").contains(member);
        });
    }

    @Test
    void forbiddenCallInAConstraintIsRefused() {
        String hostile = drl("", "outcomes.employee(drools, \"a\", \"b\");")
                .replace("$e : EmployeeFacts()", "$e : EmployeeFacts(monthsInPosition > System.currentTimeMillis())");
        assertThat(bytecodeProblems(hostile)).anySatisfy(
                p -> assertThat(p.message()).contains("java.lang.System.currentTimeMillis"));
    }

    @Test
    void annotationValuesThatWouldRunWhileBuildingAreRefusedBeforeTheBuild() {
        // Drools evaluates @annotation values while it verifies the rules, before any class exists: with unicode
        // escapes the text check reads other names, so the parsed check must stop it before Drools sees it.
        String marker = temp.resolve("built").toString();
        String hostile = drl("", "outcomes.employee(drools, \"a\", \"b\");").replace("@id(\"HOSTILE\")",
                "@id(new \\u006Aava.io.\\u0046ile(\"" + marker + "\").mkdir())");
        List<PolicyProblem> problems = compileProblems(hostile);
        assertThat(problems).anySatisfy(p -> {
            assertThat(p.file()).isEqualTo(PATH);
            assertThat(p.message()).contains("@id must be a plain literal");
        });
        assertThat(Files.exists(Path.of(marker))).isFalse();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "declare Foo\\n  x : String\\nend|'declare'",
            "rule \"A\" enabled (1 > 0) when then end|attribute 'enabled'",
            "rule \"B\" salience (Integer.MAX_VALUE) when then end|attribute 'salience'",
            "rule \"C\" timer (int: 1s) when then end|attribute 'timer'"})
    void declarationsAndEvaluatedAttributesAreRefused(String extra, String reason) {
        String hostile = drl(extra.replace("\\n", "\n"), "outcomes.employee(drools, \"a\", \"b\");");
        assertThat(DrlSafetyCheck.checkParsed(new PolicyFile(PATH, hostile)))
                .anySatisfy(p -> assertThat(p.message()).contains(reason));
    }

    @Test
    void allowedHelpersPass() {
        String fine = drl("function String twice(String s) { return s + s; }",
                "java.util.List<String> names = new java.util.ArrayList<>(java.util.List.of(\"b\", \"a\"));"
                        + " java.util.Collections.sort(names);"
                        + " String joined = names.stream().map(String::toUpperCase).collect(java.util.stream.Collectors.joining(\",\"));"
                        + " outcomes.employee(drools, twice(joined) + java.time.LocalDate.of(2024, 1, 1).plusMonths(2),"
                        + " String.valueOf(Math.max(1, $e.monthsInPosition())));");
        String constructs = """
                rule "CONSTRUCTS"
                    @id("CONSTRUCTS")
                    @regulation("none")
                    @severity("SIGNAL")
                when
                    $e : EmployeeFacts(status != null, monthsInPosition > 0 || legalProcess)
                    not id.seimbang.eligibility.MoveFacts(ownRequest)
                    exists id.seimbang.eligibility.SkpYear(score < 3)
                    accumulate(id.seimbang.eligibility.SkpYear($s : score); $total : sum($s), $n : count($s))
                    $y : id.seimbang.eligibility.SkpYear(year > 2000) from $e.skpChecked()
                    eval($n > 0)
                then
                    outcomes.employee(drools, "n " + $n + " total " + $total, "year " + $y.year());
                end
                """;
        List<PolicyProblem> problems = new ArrayList<>();
        Object kieBase = PolicyCompiler.buildDrl(withShipped(fine + constructs), problems);
        assertThat(problems).isEmpty();
        assertThat(kieBase).isNotNull();
    }
}
