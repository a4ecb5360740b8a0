package id.seimbang.workforce.web;

import java.security.Principal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

import id.seimbang.system.Actor;
import id.seimbang.system.DomainException;
import id.seimbang.workforce.Surge;
import id.seimbang.workforce.SurgeService;

/**
 * Withdraws a surge from the dashboard's list of temporary workloads (issue 20 point 1), through the same
 * {@link SurgeService#withdraw} as {@code DELETE /api/v1/surges}; the answer is a message on the dashboard.
 */
@Controller
class SurgePageController {

    private final SurgeService surges;
    private final MessageSource messages;

    SurgePageController(SurgeService surges, MessageSource messages) {
        this.surges = surges;
        this.messages = messages;
    }

    /** {@code confirm} is the form's "I am sure" box: without it nothing is withdrawn. */
    @PostMapping("/surges/withdraw")
    String withdraw(@RequestParam(required = false) String unitCode, @RequestParam(required = false) String positionCode,
            @RequestParam(required = false) String jobFamily,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) boolean confirm,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            Principal principal, RedirectAttributes flash) {
        String back = "redirect:" + UriComponentsBuilder.fromPath("/").queryParamIfPresent("date",
                Optional.ofNullable(date)).fragment("surges-heading").build().toUriString();
        if (!confirm) {
            flash.addFlashAttribute("surgeError", List.of(text("surges.flash.unconfirmed")));
            return back;
        }
        try {
            Surge withdrawn = surges.withdraw(blankToNull(unitCode), blankToNull(positionCode), blankToNull(jobFamily),
                    from, Actor.of(principal));
            flash.addFlashAttribute("surgeOk", text("surges.flash.withdrawn", withdrawn.unitCode(),
                    withdrawn.positionCode() != null ? withdrawn.positionCode() : withdrawn.jobFamily(),
                    withdrawn.from().toString(), withdrawn.until().toString()));
        } catch (DomainException e) {
            flash.addFlashAttribute("surgeError", e.lines(LocaleContextHolder.getLocale()));
        }
        return back;
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
