package id.seimbang.policy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

import id.seimbang.system.TaskPools;

/** The policy shipped in the repository's {@code rules/} and {@code decision-tables/}, and edits of it. */
public final class PolicyFixtures {

    private static final ThreadPoolTaskExecutor BUILDS = TaskPools.bounded("test-policy-build", 2, 16, false);
    private static final PolicyCompiler COMPILER;
    private static PolicySnapshot shipped;

    static {
        BUILDS.initialize();
        COMPILER = new PolicyCompiler(BUILDS);
    }

    private PolicyFixtures() {
    }

    /** A compiler as the service has it, on a pool of the same kind shared by the tests of this JVM. */
    public static PolicyCompiler compiler() {
        return COMPILER;
    }

    public static PolicyCompiler compiler(Duration timeLimit) {
        return new PolicyCompiler(BUILDS, timeLimit);
    }

    public static List<PolicyFile> shippedFiles() {
        return PolicyFiles.load(Path.of("rules"), Path.of("decision-tables"));
    }

    /** Compiled once per test JVM: compiling is the slow part and the snapshot is immutable. */
    public static synchronized PolicySnapshot shippedPolicy() {
        if (shipped == null) {
            shipped = COMPILER.compile(shippedFiles());
        }
        return shipped;
    }

    /** The shipped files with one parameter line replaced, as a policy officer would edit it. */
    public static List<PolicyFile> withParameter(String key, String value) {
        return replace(PolicyParameters.FILE, content -> content.replaceAll("(?m)^" + key.replace(".", "\\.") + "=.*$",
                key + "=" + value));
    }

    public static List<PolicyFile> replace(String path, java.util.function.UnaryOperator<String> edit) {
        List<PolicyFile> files = new ArrayList<>();
        for (PolicyFile f : shippedFiles()) {
            files.add(f.path().equals(path) ? new PolicyFile(path, edit.apply(f.content())) : f);
        }
        return files;
    }

    public static List<PolicyFile> plus(PolicyFile extra) {
        List<PolicyFile> files = new ArrayList<>(shippedFiles());
        files.add(extra);
        return files;
    }
}
