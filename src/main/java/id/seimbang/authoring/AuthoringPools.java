package id.seimbang.authoring;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

import id.seimbang.system.TaskPools;

/** The authoring module's threads: the impact analysis' workers and, when enabled, the policy file watcher. */
@Configuration(proxyBeanMethods = false)
class AuthoringPools {

    static final String IMPACT_WORKERS = "impactWorkers";
    static final String FILE_WATCHER = "policyFileWatcherThread";
    static final String STARTUP_CHECK = "startupDraftCheck";

    /** Tasks on it never wait for each other; a full queue makes the caller do the work itself. */
    @Bean(IMPACT_WORKERS)
    ThreadPoolTaskExecutor impactWorkers(LifecycleProperties properties) {
        return TaskPools.bounded("impact-worker", properties.impactThreads(), 16, true);
    }

    /** The validation of the draft {@link StartupDraft} makes of changed files on disk, after start-up. */
    @Bean(STARTUP_CHECK)
    ThreadPoolTaskExecutor startupDraftCheck() {
        return TaskPools.bounded("startup-draft-check", 1, 4, false);
    }

    /** One long-running task: the watch loop of {@link PolicyFileWatcher}. */
    @Bean(FILE_WATCHER)
    @ConditionalOnProperty(name = "seimbang.policy.watch", havingValue = "true")
    ThreadPoolTaskExecutor policyFileWatcherThread() {
        return TaskPools.bounded("policy-file-watcher", 1, 1, false);
    }
}
