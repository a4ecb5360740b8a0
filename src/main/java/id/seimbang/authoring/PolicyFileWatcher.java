package id.seimbang.authoring;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.task.TaskExecutor;
import org.springframework.stereotype.Component;

import id.seimbang.policy.ActivePolicy;
import id.seimbang.policy.PolicyFile;
import id.seimbang.policy.PolicyFiles;
import id.seimbang.policy.PolicyProperties;

/**
 * With {@code seimbang.policy.watch=true}: when files under rules/ or decision-tables/ change on disk, a
 * validated draft of them is created (author "file-watcher") once the folder has been quiet for a moment, so
 * an operator who edits files in place still goes through review and four-eyes publication.
 */
@Component
@ConditionalOnProperty(name = "seimbang.policy.watch", havingValue = "true")
class PolicyFileWatcher implements DisposableBean {

    static final String AUTHOR = "file-watcher";
    /** Editors save in several steps (temp file, rename): wait until nothing changed for this long. */
    private static final long QUIET_MILLIS = 1000;
    private static final Logger log = LoggerFactory.getLogger(PolicyFileWatcher.class);

    private final PolicyProperties folders;
    private final PolicyLifecycle lifecycle;
    private final DraftStore drafts;
    private final ActivePolicy active;
    private final TaskExecutor thread;
    private WatchService watcher;

    PolicyFileWatcher(PolicyProperties folders, PolicyLifecycle lifecycle, DraftStore drafts, ActivePolicy active,
            @Qualifier(AuthoringPools.FILE_WATCHER) TaskExecutor thread) {
        this.folders = folders;
        this.lifecycle = lifecycle;
        this.drafts = drafts;
        this.active = active;
        this.thread = thread;
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() throws IOException {
        watcher = FileSystems.getDefault().newWatchService();
        for (Path dir : List.of(folders.rulesDir(), folders.decisionTablesDir())) {
            if (Files.isDirectory(dir)) {
                dir.register(watcher, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                        StandardWatchEventKinds.ENTRY_DELETE);
            }
        }
        thread.execute(this::run);
        log.info("Watching {} and {} for policy edits", folders.rulesDir(), folders.decisionTablesDir());
    }

    private void run() {
        try {
            while (true) {
                WatchKey key = watcher.take();
                drain(key);
                // Collect the rest of a burst of saves into one draft.
                WatchKey more;
                while ((more = watcher.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS)) != null) {
                    drain(more);
                }
                draftFromDisk();
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void drain(WatchKey key) {
        key.pollEvents();
        key.reset();
    }

    void draftFromDisk() {
        try {
            List<PolicyFile> files = PolicyFiles.load(folders.rulesDir(), folders.decisionTablesDir());
            if (!files.isEmpty() && !PolicyFiles.version(files).equals(active.current().version())) {
                PolicyDraft draft = StartupDraft.createUnlessPending(lifecycle, drafts, files, AUTHOR,
                        "Files changed on disk");
                if (draft != null) {
                    StartupDraft.validate(lifecycle, draft);
                }
            }
        } catch (RuntimeException e) {
            // A half-written file or a database hiccup must not stop the watcher; the next save retries.
            log.warn("Could not create a draft from the policy files on disk", e);
        }
    }

    @Override
    public void destroy() throws IOException {
        if (watcher != null) {
            watcher.close();
        }
    }
}
