package id.seimbang.authoring.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.Principal;
import java.time.Instant;
import java.util.HexFormat;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import id.seimbang.policy.PolicyFile;
import id.seimbang.system.Actor;
import id.seimbang.authoring.PolicyLifecycle;
import id.seimbang.system.Bilingual;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Raw content of one file of a draft, for the editor pages: read it, save it (only while DRAFT), delete it. */
@RestController
@RequestMapping("/api/v1/policy-drafts/{id}/files/content")
@Tag(name = "Policy drafts", description = "Draf kebijakan / policy drafts: edit, check, four-eyes publish")
class PolicyDraftFileController {

    static final MediaType TEXT_UTF8 = new MediaType("text", "plain", StandardCharsets.UTF_8);
    static final MediaType XML_UTF8 = new MediaType("application", "xml", StandardCharsets.UTF_8);

    private final PolicyLifecycle lifecycle;

    PolicyDraftFileController(PolicyLifecycle lifecycle) {
        this.lifecycle = lifecycle;
    }

    /** A saved file: its path, size and SHA-256, and a message for the reader. */
    record SavedFile(String path, long bytes, String sha256, Instant savedAt, Bilingual message) {
    }

    @GetMapping
    @Operation(summary = "Read a file of a draft", description = "path is under rules/ or decision-tables/.")
    ResponseEntity<String> read(@PathVariable long id, @RequestParam String path) {
        PolicyFilePath file = PolicyFilePath.parse("path", path);
        return ResponseEntity.ok()
                .contentType(file.kind() == PolicyFilePath.Kind.DMN ? XML_UTF8 : TEXT_UTF8)
                .body(lifecycle.content(id, file.value()));
    }

    @PutMapping
    @Operation(summary = "Save (or add) a file of a draft",
            description = "The body is the whole file as UTF-8. A .dmn must be well-formed XML (no DOCTYPE). "
                    + "Only a draft in status DRAFT can be edited (409 otherwise). Saving clears earlier results.")
    SavedFile save(@PathVariable long id, @RequestParam String path, @RequestBody(required = false) byte[] content,
            Principal principal) {
        String who = Actor.of(principal);
        PolicyFilePath file = PolicyFilePath.parse("path", path);
        // An empty body arrives as null; the check refuses it with a message naming the file.
        byte[] body = content == null ? new byte[0] : content;
        String text = PolicyFileContentCheck.check(file, body);
        lifecycle.saveFile(id, new PolicyFile(file.value(), text), who);
        return new SavedFile(file.value(), body.length, sha256(body), Instant.now(),
                Bilingual.of("Tersimpan di draf " + id + ": " + file.value(), "Saved to draft " + id + ": " + file.value()));
    }

    @DeleteMapping
    @Operation(summary = "Remove a file from a draft")
    ResponseEntity<Void> delete(@PathVariable long id, @RequestParam String path, Principal principal) {
        String who = Actor.of(principal);
        lifecycle.deleteFile(id, PolicyFilePath.parse("path", path).value(), who);
        return ResponseEntity.noContent().build();
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
