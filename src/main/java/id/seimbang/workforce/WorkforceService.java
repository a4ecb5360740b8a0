package id.seimbang.workforce;

import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import id.seimbang.system.ClusterWatch;

/**
 * Holds the current immutable {@link Workforce} snapshot. Readers take one snapshot and use it for a whole
 * decision; an import swaps in a new one atomically, so nobody sees a half-imported province. An import on another
 * instance is noticed by {@link #check()} (the stored generation differs from the loaded one) and reloaded here.
 */
@Service
public class WorkforceService implements Supplier<Workforce>, ClusterWatch {

    private static final Logger log = LoggerFactory.getLogger(WorkforceService.class);

    private final WorkforceRepository repository;
    /** The snapshot and the generation it was loaded at, swapped together. */
    private volatile Loaded current;

    private record Loaded(Workforce workforce, long generation) {
    }

    WorkforceService(WorkforceRepository repository) {
        this.repository = repository;
        this.current = load();
    }

    public Workforce current() {
        return current.workforce();
    }

    /** The current snapshot, for modules that only read facts. */
    @Override
    public Workforce get() {
        return current();
    }

    public boolean isEmpty() {
        return repository.isEmpty();
    }

    synchronized Workforce reload() {
        Loaded loaded = load();
        current = loaded;
        return loaded.workforce();
    }

    /** The generation is read first: the rows loaded after it are at least that new (a later import reloads again). */
    private Loaded load() {
        long generation = repository.generation();
        return new Loaded(repository.load(), generation);
    }

    /** An import committed by another instance: reload (on the cluster-sync thread). */
    @Override
    public void check() {
        long stored = repository.generation();
        if (stored != current.generation()) {
            long start = System.nanoTime();
            Workforce loaded = reload();
            log.info("Workforce generation {} (imported by another instance) loaded: {} employees in {} ms", stored,
                    loaded.employees().size(), (System.nanoTime() - start) / 1_000_000);
        }
    }
}
