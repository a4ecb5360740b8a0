package id.seimbang.authoring;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import java.util.concurrent.Executor;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import id.seimbang.policy.PolicyFile;
import id.seimbang.policy.PolicyFiles;
import id.seimbang.policy.PolicyService;

/**
 * Turns files on disk that differ from the published ACTIVE version into a validated draft (author
 * "startup") instead of silently activating them; a restart with the same files does not add another one.
 * The draft is created before the service reports ready; its validation (a compilation, in a draft worker process
 * when workers are on) runs afterwards on its own thread, so it neither holds readiness nor, when it fails, stops
 * the service: the draft then shows no validation until an officer checks it.
 */
@Component
class StartupDraft {

    static final String AUTHOR = "startup";
    private static final Logger log = LoggerFactory.getLogger(StartupDraft.class);

    private final PolicyService policies;
    private final PolicyLifecycle lifecycle;
    private final DraftStore drafts;
    private final Executor checks;

    StartupDraft(PolicyService policies, PolicyLifecycle lifecycle, DraftStore drafts,
            @Qualifier(AuthoringPools.STARTUP_CHECK) Executor checks) {
        this.policies = policies;
        this.lifecycle = lifecycle;
        this.drafts = drafts;
        this.checks = checks;
    }

    @EventListener(ApplicationReadyEvent.class)
    void draftDiskChanges() {
        Path scenarios = lifecycle.scenariosDir();
        if (!Files.isDirectory(scenarios)) {
            log.warn("No shipped scenarios will run against drafts: {}",
                    PolicyFiles.missingFolder("seimbang.policy.scenarios-dir", scenarios));
        }
        draftAndValidateLater(policies.diskFilesDifferingFromActive());
    }

    /** The draft of {@code disk} now (unless pending or empty), its validation on the check thread. */
    PolicyDraft draftAndValidateLater(List<PolicyFile> disk) {
        PolicyDraft draft = disk.isEmpty() ? null
                : createUnlessPending(lifecycle, drafts, disk, AUTHOR, "Files on disk differ from the active version");
        if (draft != null) {
            checks.execute(() -> {
                try {
                    validate(lifecycle, draft);
                } catch (RuntimeException e) {
                    log.warn("Draft {} from the policy files on disk could not be validated; an officer can check it "
                            + "on its page", draft.id(), e);
                }
            });
        }
        return draft;
    }

    /** A new draft of {@code files}, not yet validated, unless an open draft already holds exactly these files. */
    static PolicyDraft createUnlessPending(PolicyLifecycle lifecycle, DraftStore drafts, List<PolicyFile> files,
            String author, String note) {
        String version = PolicyFiles.version(files);
        for (PolicyDraft d : drafts.list()) {
            if (d.status().isOpen() && PolicyFiles.version(drafts.files(d.id())).equals(version)) {
                return null;
            }
        }
        return lifecycle.createDraftFromFiles(files, author, note);
    }

    static void validate(PolicyLifecycle lifecycle, PolicyDraft draft) {
        ValidationReport report = lifecycle.validate(draft.id());
        log.info("Draft {} created by {} from the policy files on disk ({}; {} problems)", draft.id(), draft.author(),
                report.valid() ? "valid" : "invalid", report.problems().size());
    }
}
