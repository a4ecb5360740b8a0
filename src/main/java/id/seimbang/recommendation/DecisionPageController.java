package id.seimbang.recommendation;

import java.time.Clock;
import java.util.List;
import java.util.Locale;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import id.seimbang.audit.AuditTrail;
import id.seimbang.policy.ActivePolicy;
import id.seimbang.policy.PolicyFile;
import id.seimbang.policy.PolicySnapshot;
import id.seimbang.system.Clocks;

/**
 * The explanation page of a recorded decision, also served for {@code GET /api/v1/decisions/{id}/explanation}
 * when the client asks for HTML. Replay and chain verification are buttons (POST): each runs once per click, then
 * redirects to the page, which shows the result once (a reload does not post again).
 */
@Controller
class DecisionPageController {

    private final DecisionService decisions;
    private final AuditTrail trail;
    private final ActivePolicy activePolicy;
    private final ExplanationWriter explanations;
    private final ObjectionService objections;
    private final LetterWriter letters;
    private final Clock clock;

    DecisionPageController(DecisionService decisions, AuditTrail trail, ActivePolicy activePolicy,
            ExplanationWriter explanations, ObjectionService objections, LetterWriter letters, Clock clock) {
        this.clock = clock;
        this.letters = letters;
        this.explanations = explanations;
        this.objections = objections;
        this.decisions = decisions;
        this.trail = trail;
        this.activePolicy = activePolicy;
    }

    @GetMapping("/decisions/{id}")
    String decision(@PathVariable String id, Model model) {
        DecisionRecord record = decisions.find(id);
        model.addAttribute("record", record);
        model.addAttribute("explanation", explanations.explain(record));
        model.addAttribute("zone", Clocks.JAKARTA);
        // issue 19 point 3: the objection history, oldest received first
        model.addAttribute("objections", objections.ofDecision(id));
        model.addAttribute("daysToResolve", objections.daysToResolve());
        model.addAttribute("today", Clocks.todayInJakarta(clock));
        // The files are at hand only for the active version; older versions are shown by their hash.
        PolicySnapshot active = activePolicy.current();
        model.addAttribute("policyFiles", active.version().equals(record.policyVersion())
                ? active.files().stream().map(PolicyFile::path).sorted().toList() : List.of());
        return "recommendation/decision";
    }

    /** Issue 19 point 5: the printable letter to the employee, in the page's language (Indonesian, {@code ?lang=en}). */
    @GetMapping("/decisions/{id}/letter")
    String letter(@PathVariable String id, Model model, Locale locale) {
        DecisionRecord record = decisions.find(id);
        model.addAttribute("letter", letters.letter(record, locale, verificationUrl(id)));
        model.addAttribute("pdf", false);
        model.addAttribute("letterCss", letters.css());
        return LetterWriter.TEMPLATE;
    }

    /** The decision page as an absolute URL, printed on the letter (text and QR code). */
    static String verificationUrl(String id) {
        return ServletUriComponentsBuilder.fromCurrentContextPath().path("/decisions/{id}").buildAndExpand(id).toUriString();
    }

    @GetMapping(path = "/api/v1/decisions/{id}/explanation", produces = MediaType.TEXT_HTML_VALUE)
    String explanationPage(@PathVariable String id, Model model) {
        return decision(id, model);
    }

    /** Post-redirect-get: the result travels as a flash attribute, so reloading the page does not replay again. */
    @PostMapping("/decisions/{id}/replay")
    String replay(@PathVariable String id, RedirectAttributes redirect) {
        ReplayReport report = decisions.replay(id);
        redirect.addFlashAttribute("replay", new ReplayResult(report.identical(), report.recompiled(),
                List.copyOf(report.differences()), List.copyOf(report.notRecorded())));
        redirect.addAttribute("id", id);
        return "redirect:/decisions/{id}#audit-record";
    }

    /**
     * What the page shows of a replay. Flash attributes live in the page session, which is in the database
     * (Spring Session JDBC), so they must be serializable; the replayed outcome itself is not shown.
     */
    public record ReplayResult(boolean identical, boolean recompiled, List<ReplayReport.Difference> differences,
            List<String> notRecorded) implements java.io.Serializable {
    }

    /** Issue 19 point 2: what would change the answer, shown once on the page (records nothing). */
    @PostMapping("/decisions/{id}/counterfactuals")
    String counterfactuals(@PathVariable String id, RedirectAttributes redirect) {
        redirect.addFlashAttribute("counterfactuals", decisions.counterfactuals(id));
        redirect.addAttribute("id", id);
        return "redirect:/decisions/{id}#counterfactuals";
    }

    @PostMapping("/decisions/{id}/verify")
    String verify(@PathVariable String id, RedirectAttributes redirect) {
        decisions.find(id);
        redirect.addFlashAttribute("verification", trail.verify());
        redirect.addAttribute("id", id);
        return "redirect:/decisions/{id}#audit-record";
    }
}
