package id.seimbang.policy;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Service;

import com.github.benmanes.caffeine.cache.Cache;

import id.seimbang.system.Caches;
import id.seimbang.system.DomainException;

/**
 * Loads, stores and activates policy versions. At start-up the database's ACTIVE version wins when there is
 * one, so that a version published through the API survives a restart; files on disk that differ from it are
 * left for {@link #diskFilesDifferingFromActive()} (the authoring module turns them into a draft). On the first
 * start (no ACTIVE version) the files on disk are compiled, stored and activated; if they do not compile the
 * service refuses to start.
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
    /** Past versions compiled again for replay or comparison; the least recently used is compiled again when asked for. */
    private final Cache<String, PolicySnapshot> recompiled;
    private volatile List<PolicyFile> diskDiffering = List.of();

    public PolicyService(PolicyProperties properties, PolicyCompiler compiler, ActivePolicy active,
            PolicyVersionStore store, Clock clock) {
        this.properties = properties;
        this.compiler = compiler;
        this.active = active;
        this.store = store;
        this.clock = clock;
        this.recompiled = Caches.newBuilder().maximumSize(Math.max(1, properties.recompiledCacheSize())).build();
    }

    @Override
    public void afterPropertiesSet() {
        activateAtStartup();
    }

    /** Activates the policy at start-up; see the class comment for which one. */
    PolicySnapshot activateAtStartup() {
        List<String> missing = PolicyFiles.missingFolders(properties.rulesDir(), properties.decisionTablesDir());
        // Both folders or none: a half policy on disk is no candidate for a draft.
        List<PolicyFile> disk = missing.isEmpty() ? PolicyFiles.load(properties.rulesDir(), properties.decisionTablesDir())
                : List.of();
        Optional<PolicyVersion> stored = store.findActive();
        if (stored.isEmpty() && !missing.isEmpty()) {
            throw new IllegalStateException("The database holds no ACTIVE policy version, so the first start reads "
                    + "the policy from disk, but " + String.join("; and ", missing));
        }
        if (!missing.isEmpty()) {
            log.warn("Policy files on disk are not compared with the active version: {}", String.join("; and ", missing));
        }
        if (stored.isPresent()) {
            PolicySnapshot snapshot = compiler.compileTrusted(store.findFiles(stored.get().version()));
            active.activate(snapshot);
            boolean differs = !disk.isEmpty() && !PolicyFiles.version(disk).equals(snapshot.version());
            diskDiffering = differs ? disk : List.of();
            log.info("Active policy version {} from the database ({} files){}", snapshot.version(),
                    snapshot.files().size(), differs ? "; the files on disk differ and become a draft" : "");
            return snapshot;
        }
        try {
            PolicySnapshot snapshot = compiler.compileTrusted(disk);
            store.save(snapshot.version(), snapshot.files(), PolicyStatus.DRAFT, STARTUP_AUTHOR,
                    "Loaded from " + properties.rulesDir() + " and " + properties.decisionTablesDir(), clock.instant());
            store.markActive(snapshot.version(), clock.instant());
            active.activate(snapshot);
            diskDiffering = List.of();
            log.info("First start: active policy version {} from disk ({} files)", snapshot.version(),
                    snapshot.files().size());
            return snapshot;
        } catch (PolicyCompilationException e) {
            throw new IllegalStateException("The policy in " + properties.rulesDir() + "/ and "
                    + properties.decisionTablesDir() + "/ does not compile and the database holds no ACTIVE "
                    + "policy version, so the service cannot start. Fix these problems:\n"
                    + e.problems().stream().map(p -> "  " + p.formatted()).collect(Collectors.joining("\n")), e);
        }
    }

    /**
     * The files on disk when, at the last start-up, they differed from the database's ACTIVE version (empty
     * otherwise): they were not activated, and are kept for a policy officer to review as a draft.
     */
    public List<PolicyFile> diskFilesDifferingFromActive() {
        return diskDiffering;
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
        // a version compiles once even when several replays ask for it at the same moment
        return recompiled.get(version, v -> {
            List<PolicyFile> files = store.findFiles(v);
            if (files.isEmpty()) {
                throw DomainException.notFound("policyVersion", v);
            }
            return compiler.compileTrusted(files);
        });
    }

    /**
     * Makes a stored version the active one directly, without review or compare-and-set. Policy officers
     * publish through {@code PolicyLifecycle} (four eyes, scenarios, 409 on a concurrent publication).
     */
    public PolicySnapshot activate(String version) {
        PolicySnapshot snapshot = snapshot(version);
        store.markActive(version, clock.instant());
        active.activate(snapshot);
        return snapshot;
    }

    /**
     * Compiles files that are about to be published (an approved draft, possibly on another instance) and keeps
     * the snapshot with the recompiled versions, so that when its publication is announced this instance swaps it
     * in at once instead of compiling then. Returns the version.
     */
    public String precompile(List<PolicyFile> files) {
        PolicySnapshot compiled = compiler.compile(files);
        if (!compiled.version().equals(active.current().version())) {
            recompiled.asMap().putIfAbsent(compiled.version(), compiled);
        }
        return compiled.version();
    }

    /** Whether {@code version} is compiled here (active, or kept with the recompiled versions). */
    public boolean isCompiled(String version) {
        return active.current().version().equals(version) || recompiled.getIfPresent(version) != null;
    }

    public List<PolicyVersion> versions() {
        return store.list();
    }
}
