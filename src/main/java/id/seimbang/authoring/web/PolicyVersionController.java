package id.seimbang.authoring.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import id.seimbang.policy.PolicyFile;
import id.seimbang.policy.PolicyVersion;
import id.seimbang.authoring.PolicyDiff;
import id.seimbang.authoring.PolicyLifecycle;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** History of policy versions: who, when, hash, status; diffs between versions; zip download. */
@RestController
@RequestMapping("/api/v1/policy-versions")
@Tag(name = "Policy versions", description = "Riwayat versi kebijakan / policy version history, diff, zip")
class PolicyVersionController {

    private final PolicyLifecycle lifecycle;

    PolicyVersionController(PolicyLifecycle lifecycle) {
        this.lifecycle = lifecycle;
    }

    @GetMapping
    @Operation(summary = "Every version, newest first: hash, status, author, approver, publisher, times")
    List<PolicyVersion> history() {
        return lifecycle.history();
    }

    @GetMapping("/diff")
    @Operation(summary = "Unified diff per file between two versions")
    PolicyDiff diff(@RequestParam String from, @RequestParam String to) {
        return lifecycle.diff(from, to);
    }

    @GetMapping(path = "/{version}/files")
    @Operation(summary = "The files of a version")
    List<PolicyFile> files(@PathVariable String version) {
        return lifecycle.versionFiles(version);
    }

    @GetMapping(path = "/{version}/zip", produces = "application/zip")
    @Operation(summary = "A version as a zip of rules/ and decision-tables/ (uploadable as a new draft)")
    ResponseEntity<byte[]> zip(@PathVariable String version) throws IOException {
        // Built in memory (a policy is a few hundred KB): the response is complete before it is sent.
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PolicyZip.write(lifecycle.versionFiles(version), bytes);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("application/zip"))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("policy-" + version.substring(0, Math.min(12, version.length())) + ".zip").build()
                        .toString())
                .body(bytes.toByteArray());
    }
}
