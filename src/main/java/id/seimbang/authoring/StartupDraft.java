package id.seimbang.authoring;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import id.seimbang.policy.PolicyFile;
import id.seimbang.policy.PolicyFiles;
import id.seimbang.policy.PolicyService;

/**
 * Turns files on disk that differ from the published ACTIVE version into a validated draft (author
 * "startup") instead of silently activating them; a restart with the same files does not add another one.
 */
@Component
class StartupDraft {

    static final String AUTHOR = "startup";
    private static final Logger log = LoggerFactory.getLogger(StartupDraft.class);

    private final PolicyService policies;
    private final PolicyLifecycle lifecycle;
    private final DraftStore drafts;

    StartupDraft(PolicyService policies, PolicyLifecycle lifecycle, DraftStore drafts) {
        this.policies = policies;
        this.lifecycle = lifecycle;
        this.drafts = drafts;
    }

    @EventListener(ApplicationReadyEvent.class)
    void draftDiskChanges() {
        Path scenarios = lifecycle.scenariosDir();
        if (!Files.isDirectory(scenarios)) {
            log.warn("No shipped scenarios will run against drafts: {}",
                    PolicyFiles.missingFolder("seimbang.policy.scenarios-dir", scenarios));
        }
        List<PolicyFile> disk = policies.diskFilesDifferingFromActive();
        if (!disk.isEmpty()) {
            createUnlessPending(lifecycle, drafts, disk, AUTHOR, "Files on disk differ from the active version");
        }
    }

    /** A new validated draft of {@code files}, unless an open draft already holds exactly these files. */
    static PolicyDraft createUnlessPending(PolicyLifecycle lifecycle, DraftStore drafts, List<PolicyFile> files,
            String author, String note) {
        String version = PolicyFiles.version(files);
        for (PolicyDraft d : drafts.list()) {
            if (d.status().isOpen() && PolicyFiles.version(drafts.files(d.id())).equals(version)) {
                return null;
            }
        }
        PolicyDraft draft = lifecycle.createDraftFromFiles(files, author, note);
        ValidationReport report = lifecycle.validate(draft.id());
        log.info("Draft {} created by {} from the policy files on disk ({}; {} problems)", draft.id(), author,
                report.valid() ? "valid" : "invalid", report.problems().size());
        return draft;
    }
}
