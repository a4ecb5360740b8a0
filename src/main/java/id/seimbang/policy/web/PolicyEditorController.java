package id.seimbang.policy.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

import id.seimbang.system.ApiException;

/**
 * Editor pages for one policy file: the KIE DMN editor for .dmn, a text editor with line numbers for
 * .drl and .properties. The page gets the URLs to load from and save to as data attributes, so where the
 * content lives (working copy now, drafts later) is decided here and nowhere in the page script.
 */
@Controller
class PolicyEditorController {

    private final PolicyFileStore store;

    PolicyEditorController(PolicyFileStore store) {
        this.store = store;
    }

    @GetMapping("/policies/editor")
    String editor(@RequestParam String file, Model model) {
        PolicyFilePath path = PolicyFilePath.parse("file", file);
        if (!store.exists(path)) {
            throw ApiException.notFound("file", path.value());
        }
        String contentUrl = UriComponentsBuilder.fromPath("/api/v1/policy-files/content")
                .queryParam("path", path.value()).encode().build().toUriString();
        model.addAttribute("file", path.value());
        model.addAttribute("contentUrl", contentUrl);
        model.addAttribute("saveUrl", contentUrl);
        return path.kind() == PolicyFilePath.Kind.DMN ? "policy/dmn-editor" : "policy/text-editor";
    }
}
