package id.seimbang.policy;

import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import id.seimbang.system.ClusterWatch;

/**
 * A policy version published on another instance comes into force here: when the database's ACTIVE version is not
 * the one this instance uses, this instance compiles it itself from its stored files (or takes it from the cache of
 * recompiled versions) and swaps it in. A decision takes its snapshot once, so its record names the version that
 * evaluated it. Runs on the cluster-sync thread ({@link id.seimbang.system.ClusterSync}).
 */
@Component
class PolicyFollower implements ClusterWatch {

    private static final Logger log = LoggerFactory.getLogger(PolicyFollower.class);

    private final PolicyVersionStore store;
    private final PolicyService policies;
    private final ActivePolicy active;

    PolicyFollower(PolicyVersionStore store, PolicyService policies, ActivePolicy active) {
        this.store = store;
        this.policies = policies;
        this.active = active;
    }

    @Override
    public void check() {
        PolicySnapshot held = active.current();
        Optional<String> stored = store.findActiveVersion();
        if (stored.isEmpty() || stored.get().equals(held.version())) {
            return;
        }
        long start = System.nanoTime();
        PolicySnapshot compiled = policies.snapshot(stored.get());
        // Still the active one in the database (not replaced again while it compiled)?
        if (!store.findActiveVersion().equals(stored)) {
            return;
        }
        if (active.compareAndActivate(held, compiled)) {
            log.info("Policy version {} (published by another instance) is in force here, replacing {}; compiled in {} ms",
                    compiled.version(), held.version(), (System.nanoTime() - start) / 1_000_000);
        }
    }
}
