package id.seimbang.plan.web;

import java.security.Principal;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

import id.seimbang.plan.AssignmentChangeRequest;
import id.seimbang.plan.AssignmentChangeService;
import id.seimbang.plan.MoveExecutionRequest;
import id.seimbang.plan.PlanFollowUp;
import id.seimbang.plan.PlanFollowUpService;
import id.seimbang.plan.PlanRequest;
import id.seimbang.plan.PlanStatus;
import id.seimbang.plan.PlanService;
import id.seimbang.plan.PlanView;
import id.seimbang.workforce.Scope;
import id.seimbang.system.DomainException;
import id.seimbang.system.Clocks;
import id.seimbang.workforce.Instansi;
import id.seimbang.workforce.Kabupaten;
import id.seimbang.workforce.Unit;
import id.seimbang.workforce.Workforce;
import id.seimbang.workforce.WorkforceService;

/**
 * The planners' pages: start a transfer plan, watch its progress (the page polls {@code GET /api/v1/plans/{id}}),
 * then read its moves, the before/after balance per unit, the objective against the greedy baseline, and
 * download it. Starting goes through {@link PlanService#start} like the API does.
 */
@Controller
class PlanPageController {

    static final int LISTED = 50;

    private final PlanService plans;
    private final PlanFollowUpService followUps;
    private final AssignmentChangeService assignmentChanges;
    private final WorkforceService workforce;
    private final Validator validator;

    PlanPageController(PlanService plans, PlanFollowUpService followUps, AssignmentChangeService assignmentChanges,
            WorkforceService workforce, Validator validator) {
        this.plans = plans;
        this.followUps = followUps;
        this.assignmentChanges = assignmentChanges;
        this.workforce = workforce;
        this.validator = validator;
    }

    @GetMapping("/plans")
    String plans(Model model) {
        String firstInstansi = workforce.current().instansi().stream().map(Instansi::code).sorted().findFirst().orElse(null);
        return form(PlanForm.defaults(firstInstansi), Map.of(), model);
    }

    @PostMapping("/plans")
    String start(@ModelAttribute PlanForm form, Model model, Principal principal) {
        if (form.scope() == null) {
            return form(form, Map.of("scope", "wajib diisi / required"), model);
        }
        PlanRequest request = form.request();
        Set<ConstraintViolation<PlanRequest>> violations = validator.validate(request);
        if (!violations.isEmpty()) {
            // The API's own bilingual constraint messages, by field.
            return form(form, violations.stream().collect(Collectors.toMap(v -> v.getPropertyPath().toString(),
                    ConstraintViolation::getMessage, (a, b) -> a)), model);
        }
        try {
            PlanView plan = plans.start(request, principal == null ? "anonymous" : principal.getName());
            return "redirect:/plans/" + plan.id();
        } catch (DomainException e) {
            // An unknown or missing scope code: shown on the form rather than as a JSON problem.
            return form(form, e.problems().stream().collect(Collectors.toMap(p -> p.field(),
                    p -> p.reason() + " / " + p.reasonEn(), (a, b) -> a)), model);
        }
    }

    @GetMapping("/plans/{id}")
    String plan(@PathVariable String id, Model model) {
        return plan(id, null, Map.of(), model);
    }

    /**
     * Marks a move executed or not (issue 20 point 4) through {@link PlanFollowUpService#mark}, as the API does; a
     * refused marking is shown beside the move's form.
     */
    @PostMapping("/plans/{id}/moves/{nip}/execution")
    String markExecution(@PathVariable String id, @PathVariable String nip, @ModelAttribute ExecutionForm form,
            Model model, Principal principal) {
        try {
            followUps.mark(id, nip, form.request(), principal == null ? "anonymous" : principal.getName());
            return "redirect:/plans/" + id + "#follow-up";
        } catch (DomainException e) {
            if (e.kind() == DomainException.Kind.NOT_FOUND && e.problems().stream().anyMatch(p -> p.field().equals("id"))) {
                throw e;
            }
            return plan(id, nip, e.reasonsByField(), model);
        }
    }

    /** Ends a temporary assignment early or extends it (issue 20 point 2) through {@link AssignmentChangeService}. */
    @PostMapping("/plans/{id}/moves/{nip}/end")
    String endAssignment(@PathVariable String id, @PathVariable String nip, @ModelAttribute AssignmentChangeForm form,
            Model model, Principal principal) {
        return changeAssignment(id, nip, "end", form, model, principal);
    }

    @PostMapping("/plans/{id}/moves/{nip}/extension")
    String extendAssignment(@PathVariable String id, @PathVariable String nip,
            @ModelAttribute AssignmentChangeForm form, Model model, Principal principal) {
        return changeAssignment(id, nip, "extension", form, model, principal);
    }

    private String changeAssignment(String id, String nip, String change, AssignmentChangeForm form, Model model,
            Principal principal) {
        String who = principal == null ? "anonymous" : principal.getName();
        AssignmentChangeRequest request = new AssignmentChangeRequest(form.until(), form.reason());
        try {
            if (change.equals("end")) {
                assignmentChanges.end(id, nip, request, who);
            } else {
                assignmentChanges.extend(id, nip, request, who);
            }
            return "redirect:/plans/" + id + "#moves-heading";
        } catch (DomainException e) {
            if (e.kind() == DomainException.Kind.NOT_FOUND && e.problems().stream().anyMatch(p -> p.field().equals("id"))) {
                throw e;
            }
            model.addAttribute("changeNip", nip);
            model.addAttribute("changeErrors", e.problems().stream().map(p -> p.field() + ": " + p.reason() + " / "
                    + p.reasonEn()).toList());
            return plan(id, null, Map.of(), model);
        }
    }

    private String plan(String id, String markedNip, Map<String, String> markErrors, Model model) {
        PlanView plan = plans.view(id);
        model.addAttribute("markNip", markedNip);
        model.addAttribute("markErrors", markErrors);
        model.addAttribute("plan", plan);
        model.addAttribute("zone", Clocks.JAKARTA);
        if (plan.result() != null) {
            Workforce w = workforce.current();
            Map<String, String> names = w.units().stream().collect(Collectors.toMap(Unit::code, Unit::name));
            model.addAttribute("unitNames", names);
            List<UnitChange> units = UnitChange.of(plan.result().cells(), names);
            model.addAttribute("units", units);
            model.addAttribute("risingUnits", units.stream().filter(UnitChange::rises).toList());
            model.addAttribute("changedCells", plan.result().cells().stream()
                    .filter(c -> c.staffBefore() != c.staffAfter()).toList());
        }
        if (plan.status() == PlanStatus.COMPLETED && plan.result().temporary() != null) {
            model.addAttribute("assignments", assignmentChanges.assignments(id).stream()
                    .collect(Collectors.toMap(AssignmentChangeService.Assignment::nip, a -> a)));
        }
        if (plan.status() == PlanStatus.COMPLETED) {
            PlanFollowUp followUp = followUps.followUp(id);
            model.addAttribute("followUp", followUp);
            model.addAttribute("followed", followUp.moves().stream()
                    .collect(Collectors.toMap(PlanFollowUp.FollowedMove::nip, m -> m)));
        }
        return "plan/plan";
    }

    /** Stops a queued or running plan; a plan that finished meanwhile is simply shown as it ended. */
    @PostMapping("/plans/{id}/cancel")
    String cancel(@PathVariable String id) {
        if (!plans.view(id).status().finished()) {
            try {
                plans.cancel(id);
            } catch (DomainException e) {
                // It finished between the two calls: nothing left to stop.
            }
        }
        return "redirect:/plans/" + id;
    }

    private String form(PlanForm form, Map<String, String> errors, Model model) {
        Workforce w = workforce.current();
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("scopes", Scope.values());
        model.addAttribute("works", id.seimbang.placement.TemporaryWork.values());
        model.addAttribute("instansiList", w.instansi().stream().sorted(Comparator.comparing(Instansi::code)).toList());
        model.addAttribute("kabupatenList", w.kabupaten().stream().sorted(Comparator.comparing(Kabupaten::code)).toList());
        model.addAttribute("plans", plans.list(LISTED));
        model.addAttribute("zone", Clocks.JAKARTA);
        return "plan/plans";
    }
}
