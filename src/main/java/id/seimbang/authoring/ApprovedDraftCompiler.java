package id.seimbang.authoring;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import id.seimbang.policy.PolicyCompilationException;
import id.seimbang.policy.PolicyService;
import id.seimbang.system.ClusterWatch;

/**
 * Every instance compiles an approved draft (on any instance) ahead of its publication, so that when the publication
 * is announced the new version is swapped in at once rather than after a compilation of several seconds
 * (docs/architecture.md §8). An approved draft's files can no longer change, so each draft compiles once per
 * instance; a draft that does not compile is left to the publication, which refuses it.
 */
@Component
class ApprovedDraftCompiler implements ClusterWatch {

    private static final Logger log = LoggerFactory.getLogger(ApprovedDraftCompiler.class);

    private final DraftStore drafts;
    private final PolicyService policies;
    private final Set<Long> done = ConcurrentHashMap.newKeySet();

    ApprovedDraftCompiler(DraftStore drafts, PolicyService policies) {
        this.drafts = drafts;
        this.policies = policies;
    }

    @Override
    public void check() {
        List<Long> approved = drafts.approvedIds();
        done.retainAll(approved);
        for (Long id : approved) {
            if (done.add(id)) {
                long start = System.nanoTime();
                try {
                    String version = policies.precompile(drafts.files(id));
                    log.info("Approved draft {} compiled ahead of its publication as version {} in {} ms", id, version,
                            (System.nanoTime() - start) / 1_000_000);
                } catch (PolicyCompilationException e) {
                    log.info("Approved draft {} does not compile here: {}", id, e.getMessage());
                }
            }
        }
    }
}
