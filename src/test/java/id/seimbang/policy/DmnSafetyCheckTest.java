package id.seimbang.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

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
