package id.seimbang.policy;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Service;

import id.seimbang.system.ApiException;

/**
 * Loads, stores and activates policy versions. At start-up the files on disk win when they compile;
 * otherwise the ACTIVE version in the database serves; with neither, the service refuses to start.
 */
@Service
public class PolicyService implements InitializingBean {

    private static final Logger log = LoggerFactory.getLogger(PolicyService.class);
    static final String STARTUP_AUTHOR = "system (files on disk at start-up)";

    private final PolicyProperties properties;
    private final PolicyCompiler compiler;
    private final ActivePolicy active;
    private final PolicyVersionStore store;
    private final Clock clock;
    private final Map<String, PolicySnapshot> recompiled;

    public PolicyService(PolicyProperties properties, PolicyCompiler compiler, ActivePolicy active,
            PolicyVersionStore store, Clock clock) {
        this.properties = properties;
        this.compiler = compiler;
        this.active = active;
        this.store = store;
        this.clock = clock;
        int size = Math.max(1, properties.recompiledCacheSize());
        // Access-ordered: the least recently used past version is compiled again when asked for.
        this.recompiled = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, PolicySnapshot> eldest) {
                return size() > size;
            }
        };
    }

    @Override
    public void afterPropertiesSet() {
        activateAtStartup();
    }

    /** Activates the policy at start-up; see the class comment for which one. */
    PolicySnapshot activateAtStartup() {
        List<PolicyFile> disk = PolicyFiles.load(properties.rulesDir(), properties.decisionTablesDir());
        try {
            PolicySnapshot snapshot = compiler.compile(disk);
            if (store.save(snapshot.version(), snapshot.files(), PolicyStatus.DRAFT, STARTUP_AUTHOR,
                    "Loaded from " + properties.rulesDir() + " and " + properties.decisionTablesDir(), clock.instant())) {
                log.info("Stored new policy version {} from disk", snapshot.version());
            }
            store.markActive(snapshot.version(), clock.instant());
            active.activate(snapshot);
            log.info("Active policy version {} ({} files)", snapshot.version(), snapshot.files().size());
            return snapshot;
        } catch (PolicyCompilationException e) {
            Optional<PolicyVersion> stored = store.findActive();
            if (stored.isEmpty()) {
                throw new IllegalStateException("The policy in " + properties.rulesDir() + "/ and "
                        + properties.decisionTablesDir() + "/ does not compile and the database holds no ACTIVE "
                        + "policy version, so the service cannot start. Fix these problems:\n"
                        + e.problems().stream().map(p -> "  " + p.formatted()).collect(Collectors.joining("\n")), e);
            }
            log.error("The policy files on disk do not compile; serving the stored ACTIVE version {} instead.\n{}",
                    stored.get().version(), e.getMessage());
            PolicySnapshot snapshot = compiler.compile(store.findFiles(stored.get().version()));
            active.activate(snapshot);
            return snapshot;
        }
    }

    public PolicySnapshot current() {
        return active.current();
    }

    /** The snapshot of any stored version: the active one, or recompiled from its stored files. */
    public PolicySnapshot snapshot(String version) {
        PolicySnapshot current = active.current();
        if (current.version().equals(version)) {
            return current;
        }
        synchronized (recompiled) {
            PolicySnapshot cached = recompiled.get(version);
            if (cached != null) {
                return cached;
            }
        }
        List<PolicyFile> files = store.findFiles(version);
        if (files.isEmpty()) {
            throw ApiException.notFound("policyVersion", version);
        }
        PolicySnapshot snapshot = compiler.compile(files);
        synchronized (recompiled) {
            recompiled.put(version, snapshot);
        }
        return snapshot;
    }

    /** Makes a stored version the active one (publication and rollback build on this). */
    public PolicySnapshot activate(String version) {
        PolicySnapshot snapshot = snapshot(version);
        store.markActive(version, clock.instant());
        active.activate(snapshot);
        return snapshot;
    }

    public List<PolicyVersion> versions() {
        return store.list();
    }
}
