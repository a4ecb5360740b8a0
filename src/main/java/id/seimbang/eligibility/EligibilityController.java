package id.seimbang.eligibility;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

import jakarta.validation.Valid;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import id.seimbang.policy.ActivePolicy;
import id.seimbang.policy.PolicySnapshot;
import id.seimbang.system.Clocks;
import id.seimbang.workforce.Position;
import id.seimbang.workforce.Workforce;

@RestController
@RequestMapping("/api/v1/eligibility")
@Tag(name = "Eligibility", description = "Kelayakan mutasi menurut aturan DRL / transfer eligibility by the DRL policy")
class EligibilityController {

    private final EligibilityService service;
    private final ActivePolicy policy;
    private final Supplier<Workforce> workforce;
    private final Clock clock;

    /** {@code workforce}: the current workforce snapshot (wired to WorkforceService::current). */
    EligibilityController(EligibilityService service, ActivePolicy policy, Supplier<Workforce> workforce, Clock clock) {
        this.service = service;
        this.policy = policy;
        this.workforce = workforce;
        this.clock = clock;
    }

    @PostMapping
    @Operation(summary = "Is this employee eligible for transfer (to this target)?",
            description = "Evaluates every eligibility rule of the active policy as of a date (default today in "
                    + "Asia/Jakarta) for an employee given by NIP or inline facts, and the move-level rules when a "
                    + "target cell is given. Returns every rule that fired with its id, regulation, severity and "
                    + "Indonesian/English message, and the policy version. For an employee who is not eligible, "
                    + "eligibleFrom: the rules evaluated at later dates (month steps up to 120 months, refined to "
                    + "the day) give each blocking rule's clearsOn (null: not by the passing of time) and the date "
                    + "on which none blocks, if the facts stay as they are and SKP stays at its latest predicate.")
    EligibilityResponse evaluate(@Valid @RequestBody EligibilityRequest request) {
        EligibilityRequests.Resolved resolved = EligibilityRequests.resolve(request, workforce);
        LocalDate asOf = request.asOf() != null ? request.asOf() : Clocks.todayInJakarta(clock);
        PolicySnapshot snapshot = policy.current();
        Position position = resolved.workforce().position(resolved.employee().positionCode()).orElse(null);
        if (resolved.target() == null) {
            EmployeeEligibility verdict = service.evaluateEmployee(snapshot, resolved.employee(), position, asOf);
            return EligibilityResponse.of(verdict,
                    service.eligibleFrom(snapshot, resolved.employee(), position, verdict), null);
        }
        MoveEligibility result = service.evaluateMoves(snapshot, resolved.employee(), resolved.workforce(),
                List.of(resolved.target()), asOf);
        return EligibilityResponse.of(result.employee(),
                service.eligibleFrom(snapshot, resolved.employee(), position, result.employee()), result.moves().get(0));
    }
}
