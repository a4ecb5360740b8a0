package id.seimbang.policy.web;

import java.nio.charset.StandardCharsets;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Raw content of one policy file for the editor pages: read it, save it to the working copy. */
@RestController
@RequestMapping("/api/v1/policy-files/content")
@Tag(name = "Policy files", description = "Content of DMN, DRL and parameter files for the editors")
class PolicyFileContentController {

    static final MediaType TEXT_UTF8 = new MediaType("text", "plain", StandardCharsets.UTF_8);
    static final MediaType XML_UTF8 = new MediaType("application", "xml", StandardCharsets.UTF_8);

    private final PolicyFileStore store;

    PolicyFileContentController(PolicyFileStore store) {
        this.store = store;
    }

    @GetMapping
    @Operation(summary = "Read a policy file",
            description = "path is relative to the policy folder, under rules/ or decision-tables/. "
                    + "Returns the working copy if the file was saved, otherwise the policy source.")
    ResponseEntity<String> read(@RequestParam String path) {
        PolicyFilePath file = PolicyFilePath.parse("path", path);
        return ResponseEntity.ok()
                .contentType(file.kind() == PolicyFilePath.Kind.DMN ? XML_UTF8 : TEXT_UTF8)
                .body(store.read(file));
    }

    @PutMapping
    @Operation(summary = "Save a policy file to the working copy",
            description = "The body is the whole file as UTF-8. A .dmn must be well-formed XML (no DOCTYPE).")
    PolicyFileStore.SavedFile save(@RequestParam String path, @RequestBody(required = false) byte[] content) {
        // An empty body arrives as null; the store refuses it with a message naming the file.
        return store.save(PolicyFilePath.parse("path", path), content == null ? new byte[0] : content);
    }
}
