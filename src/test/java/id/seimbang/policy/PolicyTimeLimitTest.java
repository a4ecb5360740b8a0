package id.seimbang.policy;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.junit.jupiter.api.Test;

/** A build that does not finish in time is refused like a policy that does not compile. */
class PolicyTimeLimitTest {

    @Test
    void compilationOverTheTimeLimitIsAbandonedAndReported() {
        // Any real build takes longer than a millisecond; the caller gets its answer at the limit.
        PolicyCompiler impatient = PolicyFixtures.compiler(Duration.ofMillis(1));
        assertThatThrownBy(() -> impatient.compile(PolicyFixtures.shippedFiles()))
                .isInstanceOfSatisfying(PolicyCompilationException.class, e -> org.assertj.core.api.Assertions
                        .assertThat(e.problems()).singleElement().satisfies(p -> org.assertj.core.api.Assertions
                                .assertThat(p.message()).isEqualTo("Compilation did not finish within 1 ms and was abandoned")));
    }
}
