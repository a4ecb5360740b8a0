package id.seimbang.authoring.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

import id.seimbang.authoring.DraftStatus;
import id.seimbang.authoring.PolicyDraft;
import id.seimbang.authoring.PolicyFileAccess;
import id.seimbang.authoring.PolicyLifecycle;

/**
 * Editor pages for one file of a draft: the KIE DMN editor for .dmn, a text editor with line numbers for
 * .drl and .properties. The page gets the URLs to load from and save to as data attributes, so where the
 * content lives is decided here and nowhere in the page script.
 */
@Controller
class PolicyEditorController {

    private final PolicyLifecycle lifecycle;
    private final PolicyFileAccess access;

    PolicyEditorController(PolicyLifecycle lifecycle, PolicyFileAccess access) {
        this.lifecycle = lifecycle;
        this.access = access;
    }

    @GetMapping("/policies/drafts/{id}/editor")
    String editor(@PathVariable long id, @RequestParam String file, Model model, HttpServletRequest reader) {
        PolicyFilePath path = PolicyFilePath.parse("file", file);
        PolicyDraft draft = lifecycle.draft(id);
        lifecycle.content(id, path.value()); // 404 before rendering an editor for a file the draft lacks
        String contentUrl = UriComponentsBuilder.fromPath("/api/v1/policy-drafts/{id}/files/content")
                .queryParam("path", path.value()).encode().buildAndExpand(id).toUriString();
        model.addAttribute("file", path.value());
        model.addAttribute("draft", draft);
        // Shown as an editor only to someone who may save it (the service refuses the others anyway).
        boolean open = draft.status() == DraftStatus.DRAFT;
        boolean maySave = access.mayWrite(reader::isUserInRole, path.value());
        model.addAttribute("editable", open && maySave);
        model.addAttribute("readOnlyByRole", open && !maySave);
        model.addAttribute("neededRoles", path.kind() == PolicyFilePath.Kind.DRL ? "RULE_AUTHOR"
                : "POLICY_OFFICER / RULE_AUTHOR");
        model.addAttribute("contentUrl", contentUrl);
        model.addAttribute("saveUrl", contentUrl);
        return path.kind() == PolicyFilePath.Kind.DMN ? "policy/dmn-editor" : "policy/text-editor";
    }
}
