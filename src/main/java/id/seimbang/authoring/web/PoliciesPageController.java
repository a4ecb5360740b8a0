package id.seimbang.authoring.web;

import java.io.IOException;
import java.security.Principal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.seimbang.policy.PolicyFile;
import id.seimbang.policy.PolicyProblem;
import id.seimbang.policy.PolicyVersion;
import id.seimbang.system.Actor;
import id.seimbang.authoring.PolicyDiff;
import id.seimbang.authoring.PolicyDraft;
import id.seimbang.authoring.PolicyLifecycle;
import id.seimbang.authoring.ScenarioRunner;
import id.seimbang.system.DomainException;

/**
 * The policy officer's page: the active version, open and closed drafts with their files, check results and
 * the four-eyes buttons, the version history with diffs, zip download and upload. Actions post to this
 * controller, which calls the same {@link PolicyLifecycle} as the REST API and redirects back.
 */
@Controller
class PoliciesPageController {

    private final PolicyLifecycle lifecycle;
    private final MessageSource messages;

    PoliciesPageController(PolicyLifecycle lifecycle, MessageSource messages) {
        this.lifecycle = lifecycle;
        this.messages = messages;
    }

    /** One draft on the page: its files with their problems, and its own scenarios. */
    record DraftPanel(PolicyDraft draft, List<FileRow> files, List<String> scenarios, List<PolicyProblem> general) {
    }

    record FileRow(String path, boolean dmn, List<PolicyProblem> problems) {
    }

    @GetMapping("/policies")
    String page(Model model) {
        List<PolicyVersion> history = lifecycle.history();
        Optional<PolicyVersion> active = history.stream()
                .filter(v -> v.status() == id.seimbang.policy.PolicyStatus.ACTIVE).findFirst();
        model.addAttribute("active", active.orElse(null));
        model.addAttribute("activeFiles", active.map(v -> lifecycle.versionFiles(v.version())).orElse(List.of())
                .stream().map(PolicyFile::path).toList());
        model.addAttribute("drafts", lifecycle.drafts().stream().map(this::panel).toList());
        model.addAttribute("history", history);
        return "policy/policies";
    }

    private DraftPanel panel(PolicyDraft draft) {
        Map<String, List<PolicyProblem>> byFile = draft.validation() == null ? Map.of() : draft.validation().byFile();
        List<FileRow> files = new ArrayList<>();
        for (PolicyFile f : lifecycle.files(draft.id())) {
            files.add(new FileRow(f.path(), f.isDmn(), byFile.getOrDefault(f.path(), List.of())));
        }
        List<PolicyProblem> general = new ArrayList<>(byFile.getOrDefault("", List.of()));
        byFile.forEach((path, problems) -> {
            if (!path.isEmpty() && files.stream().noneMatch(f -> f.path().equals(path))) {
                general.addAll(problems);
            }
        });
        return new DraftPanel(draft, files,
                lifecycle.draftScenarios(draft.id()).stream().map(ScenarioRunner.Source::name).toList(), general);
    }

    @GetMapping("/policies/diff")
    String diff(@RequestParam String from, @RequestParam String to, Model model) {
        model.addAttribute("diff", lifecycle.diff(from, to));
        return "policy/diff";
    }

    @GetMapping("/policies/drafts/{id}/diff")
    String draftDiff(@PathVariable long id, Model model) {
        PolicyDiff diff = lifecycle.draftDiff(id);
        model.addAttribute("diff", diff);
        return "policy/diff";
    }

    @PostMapping("/policies/drafts")
    String create(@RequestParam(required = false) String fromVersion, Principal principal, RedirectAttributes flash) {
        return act(flash, "policies.flash.created", () -> lifecycle.createDraft(fromVersion, Actor.of(principal), null).id());
    }

    @PostMapping("/policies/drafts/upload")
    String upload(@RequestParam("file") MultipartFile file, Principal principal, RedirectAttributes flash) {
        return act(flash, "policies.flash.uploaded", () -> {
            try {
                return lifecycle.createDraftFromFiles(PolicyZip.read(file.getInputStream()), Actor.of(principal),
                        "Upload " + file.getOriginalFilename()).id();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    @PostMapping("/policies/drafts/{id}/{action}")
    String action(@PathVariable long id, @PathVariable String action, Principal principal, RedirectAttributes flash) {
        return act(flash, "policies.flash." + action, () -> {
            switch (action) {
                case "check" -> lifecycle.check(id);
                case "submit" -> lifecycle.submit(id, Actor.of(principal));
                case "approve" -> lifecycle.approve(id, Actor.of(principal));
                case "reject" -> lifecycle.reject(id, Actor.of(principal), null);
                case "withdraw" -> lifecycle.withdraw(id, Actor.of(principal));
                case "publish" -> lifecycle.publish(id, Actor.of(principal));
                default -> throw DomainException.notFound("action", action);
            }
            return id;
        });
    }

    private interface Action {
        long run();
    }

    /** Runs an action and redirects to the draft with a message; a refusal is shown, not thrown. */
    private String act(RedirectAttributes flash, String okKey, Action action) {
        try {
            long id = action.run();
            flash.addFlashAttribute("flashOk", messages.getMessage(okKey, new Object[] {id}, LocaleContextHolder.getLocale()));
            return "redirect:/policies#draft-" + id;
        } catch (DomainException e) {
            flash.addFlashAttribute("flashError", e.lines(LocaleContextHolder.getLocale()));
            return "redirect:/policies";
        }
    }
}
