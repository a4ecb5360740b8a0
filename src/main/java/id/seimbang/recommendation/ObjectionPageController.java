package id.seimbang.recommendation;

import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.seimbang.system.Actor;
import id.seimbang.system.Clocks;
import id.seimbang.system.DomainException;

/**
 * The objections page (issue 19 point 3) for the people who record and resolve them in a browser: the list with the
 * API's filters (status, age, overdue), a form to record an objection to a decision, and a resolution form on each
 * open one. Every step goes through {@link ObjectionService}, as the API does, so the checks, four eyes and audit
 * records are the same; a refused step is shown beside its form with the input kept.
 */
@Controller
class ObjectionPageController {

    /** The page lists at most this many; the filters narrow it down, the API pages further. */
    static final int PAGE_LIMIT = 200;

    private final ObjectionService objections;
    private final Clock clock;

    ObjectionPageController(ObjectionService objections, Clock clock) {
        this.objections = objections;
        this.clock = clock;
    }

    /** The filter as the browser sends it; the same meaning as the API's query parameters. */
    record Filter(ObjectionStatus status, Integer olderThanDays, boolean overdue) {
    }

    /** The record form; {@code attachments} holds one SHA-256 per line. */
    record RecordForm(String decisionId, String text,
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate receivedOn, String attachments,
            String returnTo) {

        ObjectionRequest request() {
            List<String> hashes = attachments == null ? List.of()
                    : Arrays.stream(attachments.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
            return new ObjectionRequest(text, receivedOn, hashes);
        }
    }

    record ResolutionForm(ObjectionStatus outcome, String reasons) {
    }

    @GetMapping("/objections")
    String list(@RequestParam(required = false) ObjectionStatus status,
            @RequestParam(required = false) Integer olderThanDays, @RequestParam(defaultValue = "false") boolean overdue,
            Model model) {
        return page(new Filter(status, olderThanDays, overdue), model);
    }

    @PostMapping("/objections")
    String record(@ModelAttribute RecordForm form, Model model, Principal principal, RedirectAttributes redirect) {
        try {
            Objection recorded = objections.record(form.decisionId() == null ? "" : form.decisionId().strip(),
                    form.request(), Actor.of(principal));
            redirect.addFlashAttribute("recorded", recorded.objectionId());
            if ("decision".equals(form.returnTo())) {
                redirect.addAttribute("id", recorded.decisionId());
                return "redirect:/decisions/{id}#objections";
            }
            return "redirect:/objections#objection-" + recorded.objectionId();
        } catch (DomainException e) {
            model.addAttribute("recordForm", form);
            model.addAttribute("recordErrors", e.reasonsByField());
            return page(new Filter(null, null, false), model);
        }
    }

    @PostMapping("/objections/{objectionId}/resolution")
    String resolve(@PathVariable String objectionId, @ModelAttribute ResolutionForm form, Model model,
            Principal principal, RedirectAttributes redirect) {
        try {
            objections.resolve(objectionId, new ResolutionRequest(form.outcome(), form.reasons()), Actor.of(principal));
            redirect.addFlashAttribute("resolved", objectionId);
            return "redirect:/objections#objection-" + objectionId;
        } catch (DomainException e) {
            if (e.kind() == DomainException.Kind.NOT_FOUND) {
                throw e; // an unknown objection: the not-found page
            }
            model.addAttribute("resolveId", objectionId);
            model.addAttribute("resolveForm", form);
            model.addAttribute("resolveErrors", e.reasonsByField());
            return page(new Filter(null, null, false), model);
        }
    }

    private String page(Filter filter, Model model) {
        model.addAttribute("filter", filter);
        model.addAttribute("statuses", ObjectionStatus.values());
        model.addAttribute("outcomes", List.of(ObjectionStatus.UPHELD, ObjectionStatus.REJECTED,
                ObjectionStatus.REPLACED));
        model.addAttribute("daysToResolve", objections.daysToResolve());
        model.addAttribute("today", Clocks.todayInJakarta(clock));
        model.addAttribute("limit", PAGE_LIMIT);
        if (!model.containsAttribute("recordForm")) {
            model.addAttribute("recordForm", new RecordForm(null, null, null, null, null));
        }
        try {
            model.addAttribute("objections", objections.search(filter.status(), filter.olderThanDays(),
                    filter.overdue(), PAGE_LIMIT));
        } catch (DomainException e) {
            model.addAttribute("objections", List.of());
            model.addAttribute("filterErrors", e.reasonsByField());
        }
        return "recommendation/objections";
    }
}
