package id.seimbang.audit.web;

import java.time.Instant;
import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import id.seimbang.audit.AuditKind;
import id.seimbang.audit.AuditTrail;
import id.seimbang.system.DomainException;
import id.seimbang.system.Bilingual;
import id.seimbang.system.Clocks;

/**
 * The auditors' list of records (decisions, plans, publications, imports...), searched by kind, subject and a
 * date range in Jakarta time, and the button that walks the whole hash chain.
 */
@Controller
class AuditPageController {

    /** Records shown at once; narrower criteria find older ones. */
    static final int PAGE_LIMIT = 200;

    private final AuditTrail trail;

    AuditPageController(AuditTrail trail) {
        this.trail = trail;
    }

    @GetMapping("/audit")
    String search(@RequestParam(required = false) AuditKind kind, @RequestParam(required = false) String subject,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Model model) {
        if (from != null && to != null && to.isBefore(from)) {
            throw DomainException.badRequest("to", Bilingual.of("'sampai' tidak boleh sebelum 'dari'",
                    "'to' must not be before 'from'"));
        }
        String subjectFilter = subject == null || subject.isBlank() ? null : subject.strip();
        // Dates are whole days in Jakarta; 'to' is inclusive on the page, exclusive in the search.
        Instant start = from == null ? null : from.atStartOfDay(Clocks.JAKARTA).toInstant();
        Instant end = to == null ? null : to.plusDays(1).atStartOfDay(Clocks.JAKARTA).toInstant();
        model.addAttribute("records", trail.search(kind, subjectFilter, start, end, PAGE_LIMIT));
        model.addAttribute("kinds", AuditKind.values());
        model.addAttribute("kind", kind);
        model.addAttribute("subject", subjectFilter);
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        model.addAttribute("limit", PAGE_LIMIT);
        model.addAttribute("zone", Clocks.JAKARTA);
        return "audit/trail";
    }

    /** Verification reads only; a POST so that a crawler or a prefetch never starts a walk of the whole chain. */
    @PostMapping("/audit/verify")
    String verify(Model model) {
        model.addAttribute("verification", trail.verify());
        return search(null, null, null, null, model);
    }
}
