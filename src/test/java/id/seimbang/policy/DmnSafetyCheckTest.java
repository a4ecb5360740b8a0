package id.seimbang.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** DMN is parsed with DTDs and external entities off, before KIE parses it: XXE never gets a chance. */
class DmnSafetyCheckTest {

    /** A secret file the XXE payload tries to read; its text must appear in no output. */
    private static Path secret() throws Exception {
        Path file = Files.createTempFile("seimbang-secret-", ".txt");
        Files.writeString(file, "TOP-SECRET-CONTENT-4711");
        file.toFile().deleteOnExit();
        return file;
    }

    private static String xxe(Path target) {
        return TestDmn.band("< 50", ">= 50").replaceFirst("<\\?xml[^>]*\\?>", "")
                .replaceFirst("<definitions", "<!DOCTYPE definitions [<!ENTITY x SYSTEM \"" + target.toUri()
                        + "\">]>\n<definitions")
                .replace("\"near\"", "\"&x;\"");
    }

    @Test
    void externalEntityIsRefusedAndTheFileIsNeverRead() throws Exception {
        Path secret = secret();
        String payload = xxe(secret);
        assertThat(payload).contains("<!DOCTYPE").contains("&x;");

        List<PolicyProblem> problems = DmnSafetyCheck.check(new PolicyFile("decision-tables/x.dmn", payload));
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.message()).contains("DOCTYPE declarations are not allowed");
            assertThat(p.line()).isEqualTo(2);
        });

        assertThatThrownBy(() -> PolicyFixtures.compiler().compile(
                PolicyFixtures.plus(new PolicyFile("decision-tables/x.dmn", payload))))
                .isInstanceOfSatisfying(PolicyCompilationException.class, e -> {
                    assertThat(e.getMessage()).doesNotContain("TOP-SECRET");
                    assertThat(e.problems()).extracting(PolicyProblem::formatted)
                            .allSatisfy(f -> assertThat(f).doesNotContain("TOP-SECRET"))
                            .anySatisfy(f -> assertThat(f).contains("decision-tables/x.dmn:2:").contains("DOCTYPE"));
                });
    }

    @Test
    void etcPasswdPayloadIsRefused() {
        String payload = "<?xml version=\"1.0\"?>\n<!DOCTYPE d [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n"
                + "<definitions xmlns=\"https://www.omg.org/spec/DMN/20230324/MODEL/\" name=\"&x;\" id=\"d\""
                + " namespace=\"x\"/>";
        List<PolicyProblem> problems = DmnSafetyCheck.check(new PolicyFile("decision-tables/p.dmn", payload));
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.message()).contains("DOCTYPE").doesNotContain("root:");
            assertThat(p.line()).isEqualTo(2);
        });
    }

    @Test
    void javaFunctionsAreRefused() {
        String dmn = TestDmn.band("< 50", ">= 50");
        String kindJava = dmn.replaceFirst("</definitions>", "<businessKnowledgeModel id=\"b\" name=\"b\">"
                + "<encapsulatedLogic kind=\"Java\"/></businessKnowledgeModel></definitions>");
        assertThat(DmnSafetyCheck.check(new PolicyFile("decision-tables/j.dmn", kindJava)))
                .extracting(PolicyProblem::message).anySatisfy(m -> assertThat(m).contains("kind=\"Java\""));
        String external = dmn.replaceFirst("</definitions>", "<decision id=\"e\" name=\"e\"><literalExpression><text>"
                + "function(x) external {java: {class: \"java.lang.Runtime\", method signature: \"getRuntime()\"}}"
                + "</text></literalExpression></decision></definitions>");
        assertThat(DmnSafetyCheck.check(new PolicyFile("decision-tables/e.dmn", external)))
                .extracting(PolicyProblem::message).anySatisfy(m -> assertThat(m).contains("external"));
        assertThat(DmnSafetyCheck.check(new PolicyFile("decision-tables/ok.dmn", dmn))).isEmpty();
    }

    private static String withDecision(String feelXml) {
        return TestDmn.band("< 50", ">= 50").replaceFirst("</definitions>", "<decision id=\"e\" name=\"e\">"
                + "<literalExpression><text>" + feelXml + "</text></literalExpression></decision></definitions>");
    }

    private static final String JAVA_CALL = "{java: {class: \"org.h2.store.fs.FileUtils\", "
            + "method signature: \"createFile(java.lang.String)\"}}";

    /** Each spelling the text pattern missed: the XML and FEEL parsers join or skip it as the engine does. */
    @ParameterizedTest
    @ValueSource(strings = {
            "function(p) exter<!-- split -->nal ",
            "function(p) exter<![CDATA[nal ]]>",
            "function(p) <![CDATA[external]]> ",
            "function(p) external /*c*/ ",
            "function(p) external // line\n ",
            "function(p) \n external\n "})
    void externalFunctionIsRefusedInAnySpelling(String prefix) {
        String dmn = withDecision("{f: " + prefix + JAVA_CALL + ", r: f(\"/tmp/x\")}.r");
        assertThat(DmnSafetyCheck.check(new PolicyFile("decision-tables/e.dmn", dmn)))
                .extracting(PolicyProblem::message).anySatisfy(m -> assertThat(m).contains("External (Java) functions"));
    }

    @Test
    void javaAndPmmlFunctionKindsAreRefusedOnAnyFunctionDefinition() {
        for (String kind : List.of("Java", "PMML")) {
            String dmn = TestDmn.band("< 50", ">= 50").replaceFirst("</definitions>",
                    "<decision id=\"d\" name=\"d\"><context><contextEntry><variable name=\"f\"/>"
                            + "<functionDefinition kind=\"" + kind + "\"><context/></functionDefinition></contextEntry>"
                            + "</context></decision></definitions>");
            assertThat(DmnSafetyCheck.check(new PolicyFile("decision-tables/k.dmn", dmn))).as(kind)
                    .extracting(PolicyProblem::message).anySatisfy(m -> assertThat(m).contains("kind=\"" + kind + "\""));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"count(for i in 1..10000000 return i)", "count(for i in (1)..10000000 return i)",
            "count(for i in 0+1..10000000 return i)", "count(for i in [1..10000000] return i)",
            "every i in [0..n] satisfies i >= 0", "count(for i in 1..count(x) + 10000000 return i)"})
    void rangeIterationNotBoundedByDataIsRefused(String feel) {
        assertThat(DmnSafetyCheck.check(new PolicyFile("decision-tables/r.dmn", withDecision(feel))))
                .extracting(PolicyProblem::message).anySatisfy(m -> assertThat(m).contains("numeric range"));
    }

    @Test
    void rangeUpToTheCountOfAListIsAllowed() {
        assertThat(DmnSafetyCheck.check(new PolicyFile("decision-tables/r.dmn",
                withDecision("for i in 1..count(e) return i")))).isEmpty();
    }

    @Test
    void feelThatDoesNotParseIsRefused() {
        assertThat(DmnSafetyCheck.check(new PolicyFile("decision-tables/x.dmn", withDecision("function(p) {{{"))))
                .extracting(PolicyProblem::message).anySatisfy(m -> assertThat(m).contains("FEEL does not parse"));
    }

    @Test
    void iterationOverAHugeRangeIsRefusedButListsAndRangeTestsAreNot() {
        String dmn = TestDmn.band("[0..50)", ">= 50");
        String forRange = dmn.replaceFirst("</definitions>", "<decision id=\"f\" name=\"f\"><literalExpression><text>"
                + "count(for i in 1..1000000000 return i)</text></literalExpression></decision></definitions>");
        assertThat(DmnSafetyCheck.check(new PolicyFile("decision-tables/f.dmn", forRange)))
                .extracting(PolicyProblem::message).anySatisfy(m -> assertThat(m).contains("numeric range"));
        String someRange = dmn.replaceFirst("</definitions>", "<decision id=\"s\" name=\"s\"><literalExpression><text>"
                + "some i in 1..n satisfies i = 0</text></literalExpression></decision></definitions>");
        assertThat(DmnSafetyCheck.check(new PolicyFile("decision-tables/s.dmn", someRange))).isNotEmpty();
        String someList = dmn.replaceFirst("</definitions>", "<decision id=\"l\" name=\"l\"><literalExpression><text>"
                + "some k in Kompetensi satisfies list contains(Katalog, k)</text></literalExpression></decision>"
                + "</definitions>");
        assertThat(DmnSafetyCheck.check(new PolicyFile("decision-tables/l.dmn", someList))).isEmpty();
        String prose = dmn.replace("<outputEntry id=\"_r1o\">", "<annotationEntry><text>Only for moves in 2024..2026"
                + "</text></annotationEntry><outputEntry id=\"_r1o\">");
        assertThat(prose).contains("2024..2026");
        assertThat(DmnSafetyCheck.check(new PolicyFile("decision-tables/p.dmn", prose))).isEmpty();
        assertThat(DmnSafetyCheck.check(new PolicyFile("decision-tables/ok.dmn", dmn))).isEmpty();
        for (PolicyFile shipped : PolicyFixtures.shippedFiles()) {
            if (shipped.isDmn()) {
                assertThat(DmnSafetyCheck.check(shipped)).as(shipped.path()).isEmpty();
            }
        }
    }
}
