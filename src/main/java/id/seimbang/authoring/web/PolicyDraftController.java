package id.seimbang.authoring.web;

import java.io.IOException;
import java.net.URI;
import java.security.Principal;
import java.util.List;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import id.seimbang.system.Actor;
import id.seimbang.authoring.ImpactReport;
import id.seimbang.authoring.PolicyDiff;
import id.seimbang.authoring.PolicyDraft;
import id.seimbang.authoring.PolicyLifecycle;
import id.seimbang.authoring.ScenarioReport;
import id.seimbang.authoring.ValidationReport;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Drafts of the policy: create, inspect, check, and the four-eyes path to publication. */
@RestController
@RequestMapping("/api/v1/policy-drafts")
@Tag(name = "Policy drafts", description = "Draf kebijakan / policy drafts: edit, check, four-eyes publish")
class PolicyDraftController {

    private final PolicyLifecycle lifecycle;

    PolicyDraftController(PolicyLifecycle lifecycle) {
        this.lifecycle = lifecycle;
    }

    /** Body of a new draft: the version to copy (default: the active one; an older one to roll back). */
    record NewDraft(String fromVersion, String note) {
    }

    /** A draft with the paths of its files and the names of its own scenarios. */
    record DraftView(PolicyDraft draft, List<String> files, List<String> scenarios) {
    }

    record Note(String note) {
    }

    @GetMapping
    @Operation(summary = "All drafts, newest first")
    List<PolicyDraft> list() {
        return lifecycle.drafts();
    }

    @PostMapping
    @Operation(summary = "Create a draft as a copy of a version",
            description = "fromVersion defaults to the active version. A rollback is a draft from an older version, "
                    + "then submitted, approved and published like any other.")
    ResponseEntity<DraftView> create(@RequestBody(required = false) NewDraft body, Principal principal) {
        String who = Actor.of(principal);
        PolicyDraft draft = lifecycle.createDraft(body == null ? null : body.fromVersion(), who,
                body == null ? null : body.note());
        return ResponseEntity.created(URI.create("/api/v1/policy-drafts/" + draft.id())).body(view(draft.id()));
    }

    @PostMapping(path = "/upload", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Upload a zip of rules/ and decision-tables/ as a new draft",
            description = "Only .drl, .dmn and .properties under rules/ or decision-tables/; at most 200 files, "
                    + "5 MB each, 20 MB in all.")
    ResponseEntity<DraftView> upload(@RequestPart("file") MultipartFile file, Principal principal) throws IOException {
        String who = Actor.of(principal);
        PolicyDraft draft = lifecycle.createDraftFromFiles(PolicyZip.read(file.getInputStream()), who,
                "Upload " + file.getOriginalFilename());
        return ResponseEntity.created(URI.create("/api/v1/policy-drafts/" + draft.id())).body(view(draft.id()));
    }

    @GetMapping("/{id}")
    @Operation(summary = "A draft with its status, results, files and scenarios")
    DraftView get(@PathVariable long id) {
        return view(id);
    }

    @GetMapping("/{id}/diff")
    @Operation(summary = "Unified diff of the draft against the version it was copied from")
    PolicyDiff diff(@PathVariable long id) {
        return lifecycle.draftDiff(id);
    }

    @PutMapping(path = "/{id}/scenarios/{name}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Add or replace a scenario of the draft (carried into the version it publishes)")
    DraftView putScenario(@PathVariable long id, @PathVariable String name, @RequestBody String scenario,
            Principal principal) {
        Actor.of(principal);
        lifecycle.addScenario(id, name, scenario);
        return view(id);
    }

    @PostMapping("/{id}/validate")
    @Operation(summary = "Compile the draft: DRL (file, line), DMN schema/model/compilation, table gaps and overlaps")
    ValidationReport validate(@PathVariable long id) {
        return lifecycle.validate(id);
    }

    @PostMapping("/{id}/scenarios/run")
    @Operation(summary = "Run the shipped scenarios and the draft's own against the draft")
    ScenarioReport runScenarios(@PathVariable long id) {
        return lifecycle.runScenarios(id);
    }

    @PostMapping("/{id}/impact")
    @Operation(summary = "Compare the draft with the active policy on the current workforce",
            description = "Employees whose eligibility or best move changes, the imbalance after the optimal province "
                    + "plan under each policy, and the equity report (`equity`): per sex, age band, golongan, position "
                    + "type and kabupaten, the rates of changed, newly blocked and newly long-distance employees and of "
                    + "plan moves under each policy, the disparity ratios (group rate / whole-workforce rate) and the "
                    + "groups flagged by the four-fifths rule (ratio above 1 / seimbang.policy.equity.four-fifths, at "
                    + "least seimbang.policy.equity.min-group-size members). The report is saved with the draft and "
                    + "copied into the approval's audit record.")
    ImpactReport impact(@PathVariable long id) {
        return lifecycle.impact(id);
    }

    @PostMapping("/{id}/check")
    @Operation(summary = "Validate, run scenarios and analyse impact in one call")
    DraftView check(@PathVariable long id) {
        lifecycle.check(id);
        return view(id);
    }

    @PostMapping("/{id}/submit")
    @Operation(summary = "Ask for review (DRAFT → SUBMITTED); the draft can no longer be edited")
    DraftView submit(@PathVariable long id, Principal principal) {
        lifecycle.submit(id, Actor.of(principal));
        return view(id);
    }

    @PostMapping("/{id}/approve")
    @Operation(summary = "Approve (SUBMITTED → APPROVED) by someone other than the author and submitter (403)")
    DraftView approve(@PathVariable long id, Principal principal) {
        lifecycle.approve(id, Actor.of(principal));
        return view(id);
    }

    @PostMapping("/{id}/reject")
    @Operation(summary = "Reject a submitted or approved draft")
    DraftView reject(@PathVariable long id, @RequestBody(required = false) Note note, Principal principal) {
        lifecycle.reject(id, Actor.of(principal), note == null ? null : note.note());
        return view(id);
    }

    @PostMapping("/{id}/withdraw")
    @Operation(summary = "The author withdraws the draft")
    DraftView withdraw(@PathVariable long id, Principal principal) {
        lifecycle.withdraw(id, Actor.of(principal));
        return view(id);
    }

    @PostMapping("/{id}/publish")
    @Operation(summary = "Publish an approved draft",
            description = "Compiles and runs every scenario (422 when either fails), then makes it the active "
                    + "version if the version active at approval still is (409 otherwise), without a restart.")
    PolicyLifecycle.Publication publish(@PathVariable long id, Principal principal) {
        return lifecycle.publish(id, Actor.of(principal));
    }

    private DraftView view(long id) {
        PolicyDraft draft = lifecycle.draft(id);
        return new DraftView(draft, lifecycle.files(id).stream().map(f -> f.path()).toList(),
                lifecycle.draftScenarios(id).stream().map(s -> s.name()).toList());
    }
}
