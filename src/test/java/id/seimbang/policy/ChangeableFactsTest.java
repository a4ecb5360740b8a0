package id.seimbang.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Issue 19 point 2: the policy file of changeable facts is read and checked like the parameters. */
class ChangeableFactsTest {

    @Test
    void theShippedListIsRead() {
        ChangeableFacts facts = ChangeableFacts.of(PolicyFixtures.shippedPolicy());
        assertThat(facts.values(ChangeableFacts.Kind.SKP)).containsExactly("BAIK", "SANGAT_BAIK");
        assertThat(facts.values(ChangeableFacts.Kind.TARGET_STAFF)).containsExactly("-1", "-2", "-3");
        assertThat(facts.values(ChangeableFacts.Kind.SPOUSE_KABUPATEN)).containsExactly(ChangeableFacts.TARGET);
        assertThat(facts.maxChanges()).isEqualTo(2);
        assertThat(facts.timeLimit().toMillis()).isEqualTo(1000);
    }

    @Test
    void badValuesAndUnknownKeysAreProblemsWithTheirLines() {
        List<PolicyProblem> problems = new ArrayList<>();
        ChangeableFacts.parse(new PolicyFile(ChangeableFacts.FILE, """
                # comment
                fact.skp=BAIK,CUKUP
                fact.target-staff=-1,0
                fact.education-level=TARGET,S9
                search.max-changes=3
                fact.salary=more
                """), problems);
        assertThat(problems).extracting(PolicyProblem::line).containsExactlyInAnyOrder(2, 3, 4, 5, 6);
        assertThat(problems).extracting(PolicyProblem::message).anySatisfy(m -> assertThat(m).contains("'CUKUP'"))
                .anySatisfy(m -> assertThat(m).contains("Unknown key 'fact.salary'"));
    }

    @Test
    void aDraftWithABadListDoesNotCompile() {
        assertThatThrownBy(() -> PolicyFixtures.compiler().compile(PolicyFixtures.replace(ChangeableFacts.FILE,
                content -> content.replace("fact.skp=BAIK,SANGAT_BAIK", "fact.skp=BAIK,EXCELLENT"))))
                .isInstanceOf(PolicyCompilationException.class)
                .hasMessageContaining("EXCELLENT");
    }
}
