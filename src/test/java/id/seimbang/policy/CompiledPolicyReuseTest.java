package id.seimbang.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.jupiter.api.Test;

/**
 * The test contexts' reuse of compiled snapshots ({@link CompiledPolicyReuse}) covers both builds a context makes:
 * the start-up's trusted build and the time-limited one. While it covered only the latter, every context compiled
 * the shipped policy at its start again. No compilation here: the wrapped compiler counts and hands out a snapshot.
 */
class CompiledPolicyReuseTest {

    /** Answers every build with the same snapshot and records which build was asked for. */
    static final class Counting extends PolicyCompiler {
        final List<String> builds = new ArrayList<>();
        private final PolicySnapshot answer;

        Counting(PolicySnapshot answer) {
            super(Runnable::run);
            this.answer = answer;
        }

        @Override
        public PolicySnapshot compile(List<PolicyFile> input) {
            builds.add("limited");
            return answer;
        }

        @Override
        public PolicySnapshot compileTrusted(List<PolicyFile> input) {
            builds.add("trusted");
            return answer;
        }
    }

    @Test
    void identicalFilesAreBuiltOnceWhicheverBuildAsksAndOtherFilesAreBuiltAgain() {
        Counting compiler = new Counting(PolicyFixtures.shippedPolicy());
        CompiledPolicyReuse.Reusing reusing = new CompiledPolicyReuse.Reusing(compiler, new ConcurrentHashMap<>());
        List<PolicyFile> shipped = PolicyFixtures.shippedFiles();
        List<PolicyFile> reversed = new ArrayList<>(shipped);
        java.util.Collections.reverse(reversed);

        PolicySnapshot first = reusing.compileTrusted(shipped);
        assertThat(reusing.compileTrusted(reversed)).isSameAs(first);
        assertThat(reusing.compile(shipped)).isSameAs(first);
        assertThat(compiler.builds).containsExactly("trusted");

        reusing.compile(PolicyFixtures.withParameter("position.min-months", "48"));
        reusing.compileTrusted(PolicyFixtures.withParameter("position.min-months", "49"));
        assertThat(compiler.builds).containsExactly("trusted", "limited", "trusted");
    }
}
