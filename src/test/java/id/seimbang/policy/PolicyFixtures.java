package id.seimbang.policy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The policy shipped in the repository's {@code rules/} and {@code decision-tables/}, and edits of it. */
public final class PolicyFixtures {

    private static PolicySnapshot shipped;

    private PolicyFixtures() {
    }

    public static List<PolicyFile> shippedFiles() {
        return PolicyFiles.load(Path.of("rules"), Path.of("decision-tables"));
    }

    /** Compiled once per test JVM: compiling is the slow part and the snapshot is immutable. */
    public static synchronized PolicySnapshot shippedPolicy() {
        if (shipped == null) {
            shipped = new PolicyCompiler().compile(shippedFiles());
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
