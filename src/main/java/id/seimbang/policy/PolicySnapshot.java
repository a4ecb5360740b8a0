package id.seimbang.policy;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import org.kie.api.KieBase;
import org.kie.dmn.api.core.DMNModel;
import org.kie.dmn.api.core.DMNRuntime;

/**
 * One compiled, validated, immutable policy version: the files, the Drools KieBase of
 * {@code rules/*.drl}, the parameters and the DMN models of {@code decision-tables/*.dmn}. Whoever
 * holds a snapshot evaluates against exactly this version, even while a newer one is activated.
 */
public final class PolicySnapshot {

    private final String version;
    private final List<PolicyFile> files;
    private final KieBase kieBase;
    private final PolicyParameters parameters;
    private final DMNRuntime dmnRuntime;
    private final List<DMNModel> dmnModels;
    private final Map<Class<?>, Object> attachments = new ConcurrentHashMap<>();

    PolicySnapshot(String version, List<PolicyFile> files, KieBase kieBase, PolicyParameters parameters,
            DMNRuntime dmnRuntime, List<DMNModel> dmnModels) {
        this.version = version;
        this.files = List.copyOf(files);
        this.kieBase = kieBase;
        this.parameters = parameters;
        this.dmnRuntime = dmnRuntime;
        this.dmnModels = List.copyOf(dmnModels);
    }

    /** SHA-256 hex of the canonical file contents ({@link PolicyFiles#version}). */
    public String version() {
        return version;
    }

    public List<PolicyFile> files() {
        return files;
    }

    public KieBase kieBase() {
        return kieBase;
    }

    public PolicyParameters parameters() {
        return parameters;
    }

    /** Null when the policy has no {@code .dmn} file. */
    public DMNRuntime dmnRuntime() {
        return dmnRuntime;
    }

    public List<DMNModel> dmnModels() {
        return dmnModels;
    }

    /**
     * A per-snapshot object (an evaluator, a memo cache) created once by {@code factory} and discarded
     * with the snapshot, so that no cache outlives the policy version it was computed under.
     */
    public <T> T attachment(Class<T> type, Function<PolicySnapshot, T> factory) {
        return type.cast(attachments.computeIfAbsent(type, t -> factory.apply(this)));
    }

    @Override
    public String toString() {
        return "PolicySnapshot[" + version + ", " + files.size() + " files]";
    }
}
