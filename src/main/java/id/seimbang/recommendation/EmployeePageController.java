package id.seimbang.recommendation;

import java.security.Principal;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import id.seimbang.placement.TemporaryWork;
import id.seimbang.policy.ActivePolicy;
import id.seimbang.system.DomainException;
import id.seimbang.system.Bilingual;
import id.seimbang.system.Clocks;
import id.seimbang.temporary.TemporaryTerms;
import id.seimbang.workforce.Employee;
import id.seimbang.workforce.Kabupaten;
import id.seimbang.workforce.Nip;
import id.seimbang.workforce.Scope;
import id.seimbang.workforce.Workforce;
import id.seimbang.workforce.WorkforceService;

/**
 * The employee page: facts, eligibility with every reason, ranked moves and the requested target, evaluated
 * with the active policy but not recorded; the "record" button makes the real decision, which goes into the
 * audit trail, and opens its explanation. It lives beside {@link DecisionService} because the preview uses the
 * same inputs and evaluation as a decision (package-private {@code gather} and {@code evaluate}), so what is shown
 * is what would be recorded.
 */
@Controller
class EmployeePageController {

    static final int EARLIER_DECISIONS = 20;

    private final WorkforceService workforce;
    private final ActivePolicy activePolicy;
    private final DecisionService decisions;

    EmployeePageController(WorkforceService workforce, ActivePolicy activePolicy, DecisionService decisions) {
        this.workforce = workforce;
        this.activePolicy = activePolicy;
        this.decisions = decisions;
    }

    @GetMapping("/employees/{nip}")
    String employee(@PathVariable String nip, @RequestParam(required = false) Scope scope,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            @RequestParam(required = false) Integer limit,
            @RequestParam(required = false) TemporaryWork temporaryWork,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate temporaryFrom,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate temporaryUntil,
            Model model) {
        Workforce w = workforce.current();
        Employee employee = find(w, nip);
        DecisionService.Gathered gathered = decisions.gather(request(nip, scope, asOf, limit,
                terms(temporaryWork, temporaryFrom, temporaryUntil)), w);
        DecisionInputs inputs = gathered.inputs();
        DecisionOutcome preview = decisions.evaluate(activePolicy.current(), gathered);
        model.addAttribute("employee", employee);
        model.addAttribute("unit", w.unit(employee.unitCode()).orElse(null));
        model.addAttribute("position", w.position(employee.positionCode()).orElse(null));
        model.addAttribute("kabupatenNames", w.kabupaten().stream()
                .collect(Collectors.toMap(Kabupaten::code, Kabupaten::name)));
        model.addAttribute("inputs", inputs);
        model.addAttribute("outcome", preview);
        model.addAttribute("scopes", Scope.values());
        model.addAttribute("works", TemporaryWork.values());
        model.addAttribute("earlier", decisions.search(nip, null, null, EARLIER_DECISIONS));
        model.addAttribute("zone", Clocks.JAKARTA);
        return "recommendation/employee";
    }

    /** Records the decision with the options shown on the page and opens its explanation. */
    @PostMapping("/employees/{nip}/decisions")
    String record(@PathVariable String nip, @RequestParam(required = false) Scope scope,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            @RequestParam(required = false) Integer limit,
            @RequestParam(required = false) TemporaryWork temporaryWork,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate temporaryFrom,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate temporaryUntil,
            Principal principal) {
        find(workforce.current(), nip);
        DecisionView decision = decisions.decide(request(nip, scope, asOf, limit,
                terms(temporaryWork, temporaryFrom, temporaryUntil)),
                principal == null ? "anonymous" : principal.getName());
        return "redirect:/decisions/" + decision.decisionId();
    }

    private static Employee find(Workforce w, String nip) {
        List<Bilingual> problems = Nip.problems(nip);
        if (!problems.isEmpty()) {
            throw DomainException.badRequest("nip", problems.get(0));
        }
        return w.employee(nip).orElseThrow(() -> DomainException.notFound("nip", nip));
    }

    private static DecisionRequest request(String nip, Scope scope, LocalDate asOf, Integer limit,
            TemporaryTerms temporary) {
        // The same bounds as the API's DecisionRequest.limit (@Min 1, @Max 200).
        if (limit != null && (limit < 1 || limit > 200)) {
            throw DomainException.badRequest("limit", Bilingual.of("harus antara 1 dan 200", "must be between 1 and 200"));
        }
        return new DecisionRequest(nip, null, null, null, null, asOf, scope, limit, temporary);
    }

    /**
     * The decision's optional temporary part from the form, as the API's {@code temporary{work,from,until}}: none when
     * all three fields are empty; otherwise the terms as given, checked by the decision like the API's (400 naming
     * {@code temporary.work}, {@code temporary.from} or {@code temporary.until}).
     */
    private static TemporaryTerms terms(TemporaryWork work, LocalDate from, LocalDate until) {
        return work == null && from == null && until == null ? null : new TemporaryTerms(work, from, until);
    }
}
