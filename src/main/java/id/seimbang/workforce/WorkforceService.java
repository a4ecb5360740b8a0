package id.seimbang.workforce;

import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import org.springframework.stereotype.Service;

/**
 * Holds the current immutable {@link Workforce} snapshot. Readers take one snapshot and use it for a whole
 * decision; an import swaps in a new one atomically, so nobody sees a half-imported province.
 */
@Service
public class WorkforceService implements Supplier<Workforce> {

    private final WorkforceRepository repository;
    private final AtomicReference<Workforce> current;

    WorkforceService(WorkforceRepository repository) {
        this.repository = repository;
        this.current = new AtomicReference<>(repository.load());
    }

    public Workforce current() {
        return current.get();
    }

    /** The current snapshot, for modules that only read facts. */
    @Override
    public Workforce get() {
        return current();
    }

    public boolean isEmpty() {
        return repository.isEmpty();
    }

    Workforce reload() {
        Workforce loaded = repository.load();
        current.set(loaded);
        return loaded;
    }
}
