package id.seimbang.placement;

import org.springframework.stereotype.Component;

import com.github.benmanes.caffeine.cache.Cache;

import id.seimbang.policy.PolicyFiles;
import id.seimbang.policy.PolicySnapshot;
import id.seimbang.system.Caches;

/**
 * The placement evaluator of each policy snapshot. Placement results depend only on the input tuple and the DMN
 * files, so versions with the same DMN files (a draft that changes rules or parameters only, a rollback) share one
 * evaluator and its memo; the evaluators of the most recently used DMN contents are kept.
 */
@Component
public class PlacementEvaluators {

    private final Cache<String, PlacementEvaluator> byDmnContent;
    private final long memoSize;

    public PlacementEvaluators(PlacementProperties properties) {
        this.byDmnContent = Caches.newBuilder().maximumSize(properties.sharedEvaluators()).build();
        this.memoSize = properties.memoSize();
    }

    public PlacementEvaluator of(PolicySnapshot snapshot) {
        return snapshot.attachment(PlacementEvaluator.class, s -> byDmnContent.get(dmnContent(s),
                content -> PlacementEvaluator.forRuntime(s.dmnRuntime(), memoSize)));
    }

    /** The SHA-256 of the snapshot's DMN files only. */
    static String dmnContent(PolicySnapshot snapshot) {
        return PolicyFiles.version(snapshot.files().stream().filter(f -> f.path().endsWith(".dmn")).toList());
    }
}
