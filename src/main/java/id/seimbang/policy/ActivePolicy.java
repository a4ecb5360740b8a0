package id.seimbang.policy;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.stereotype.Component;

/**
 * The policy version that new decisions use. Replacing it is one atomic swap: a decision that already
 * holds the previous snapshot finishes on it; the next one gets the new one.
 */
@Component
public class ActivePolicy {

    private final AtomicReference<PolicySnapshot> current = new AtomicReference<>();
    private final PolicyCompiler compiler;

    public ActivePolicy(PolicyCompiler compiler) {
        this.compiler = compiler;
    }

    public PolicySnapshot current() {
        PolicySnapshot snapshot = current.get();
        if (snapshot == null) {
            throw new IllegalStateException("No policy is active yet");
        }
        return snapshot;
    }

    /** Makes an already compiled snapshot active; returns the one it replaced (null at start-up). */
    public PolicySnapshot activate(PolicySnapshot snapshot) {
        return current.getAndSet(java.util.Objects.requireNonNull(snapshot));
    }

    /**
     * Makes {@code snapshot} active only if {@code expected} still is (a version published here meanwhile is not
     * replaced by an older one compiled for another instance's announcement).
     */
    public boolean compareAndActivate(PolicySnapshot expected, PolicySnapshot snapshot) {
        return current.compareAndSet(expected, java.util.Objects.requireNonNull(snapshot));
    }

    /**
     * Compiles and activates; a policy that does not compile throws {@link PolicyCompilationException}
     * and the snapshot in use keeps serving.
     */
    public PolicySnapshot replace(List<PolicyFile> files) {
        PolicySnapshot compiled = compiler.compile(files);
        activate(compiled);
        return compiled;
    }
}
