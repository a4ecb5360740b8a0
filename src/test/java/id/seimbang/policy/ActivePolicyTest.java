package id.seimbang.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ActivePolicyTest {

    private final ActivePolicy active = new ActivePolicy(PolicyFixtures.compiler());

    @Test
    void brokenReplacementIsRefusedWithFileAndLineAndTheOldSnapshotKeepsServing() {
        PolicySnapshot old = PolicyFixtures.shippedPolicy();
        active.activate(old);

        assertThatThrownBy(() -> active.replace(PolicyFixtures.replace("rules/eligibility-move.drl",
                c -> c.replace("$m : MoveFacts(educationRank < requiredEducationRank)",
                        "$m : MoveFacts(educationRank < requiredEducationRank"))))
                .isInstanceOfSatisfying(PolicyCompilationException.class, e -> {
                    assertThat(e.problems()).isNotEmpty();
                    assertThat(e.problems()).allSatisfy(p -> {
                        assertThat(p.file()).isEqualTo("rules/eligibility-move.drl");
                        assertThat(p.line()).isNotNull();
                    });
                });
        assertThat(active.current()).isSameAs(old);
    }

    @Test
    void goodReplacementSwapsTheSnapshot() {
        active.activate(PolicyFixtures.shippedPolicy());
        PolicySnapshot replaced = active.replace(PolicyFixtures.withParameter("position.min-months", "6"));
        assertThat(active.current()).isSameAs(replaced);
        assertThat(replaced.parameters().minMonthsInPosition()).isEqualTo(6);
    }

    @Test
    void nothingIsActiveBeforeTheFirstActivation() {
        assertThatThrownBy(active::current).isInstanceOf(IllegalStateException.class);
    }
}
