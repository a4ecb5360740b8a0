package id.seimbang.placement;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

import id.seimbang.placement.PlacementRequest.EmployeeFacts;
import id.seimbang.system.DomainException;
import id.seimbang.system.Bilingual;
import id.seimbang.system.FieldProblem;
import id.seimbang.workforce.Employee;
import id.seimbang.workforce.Position;
import id.seimbang.workforce.Unit;
import id.seimbang.workforce.Workforce;

/** Turns a placement request into the table inputs and evaluates them with the active policy. */
@Service
class PlacementService {

    private final ObjectProvider<PlacementPolicySource> policies;
    private final Supplier<Workforce> facts;

    PlacementService(ObjectProvider<PlacementPolicySource> policies, Supplier<Workforce> facts) {
        this.policies = policies;
        this.facts = facts;
    }

    PlacementResponse evaluate(PlacementRequest request) {
        PlacementInput input = input(request);
        PlacementPolicy policy = policy();
        return PlacementResponse.of(policy.version(), input, policy.evaluator().evaluate(input));
    }

    private PlacementPolicy policy() {
        PlacementPolicySource source = policies.getIfAvailable();
        return (source == null ? Optional.<PlacementPolicy>empty() : source.active())
                .orElseThrow(() -> unavailable("policy", Bilingual.of("Belum ada kebijakan aktif",
                        "No policy version is active")));
    }

    private PlacementInput input(PlacementRequest request) {
        exactlyOne("nip", request.nip(), "employee", request.employee());
        exactlyOne("unitCode", request.unitCode(), "unit", request.unit());
        exactlyOne("positionCode", request.positionCode(), "position", request.position());
        Workforce workforce = needsWorkforce(request) ? workforce() : null;

        Unit unit = request.unit() != null ? inlineUnit(request.unit())
                : workforce.unit(request.unitCode()).orElseThrow(() -> DomainException.notFound("unitCode", request.unitCode()));
        Position position = request.position() != null ? inlinePosition(request.position())
                : workforce.position(request.positionCode())
                        .orElseThrow(() -> DomainException.notFound("positionCode", request.positionCode()));

        if (request.employee() != null) {
            return inlineInput(request.employee(), unit, position, Boolean.TRUE.equals(request.requested()));
        }
        Employee employee = workforce.employee(request.nip()).orElseThrow(() -> DomainException.notFound("nip", request.nip()));
        boolean requested = request.requested() != null ? request.requested()
                : PlacementInput.requested(workforce.requestsOf(employee.nip()), unit, position);
        return PlacementInput.of(employee, unit, position, requested);
    }

    private static boolean needsWorkforce(PlacementRequest request) {
        return request.nip() != null || request.unitCode() != null || request.positionCode() != null;
    }

    private Workforce workforce() {
        return facts.get();
    }

    private static PlacementInput inlineInput(EmployeeFacts e, Unit unit, Position position, boolean requested) {
        if (e.educationField() == null || e.educationField().isBlank()) {
            throw DomainException.badRequest("employee.educationField", Bilingual.of("Wajib diisi", "Required"));
        }
        if (e.talentBox() != null && (e.talentBox() < 1 || e.talentBox() > 9)) {
            throw DomainException.badRequest("employee.talentBox",
                    Bilingual.of("Kotak talenta harus 1 sampai 9", "Talent box must be 1 to 9"));
        }
        return new PlacementInput(e.educationField(), e.competencies() == null ? List.of() : e.competencies(),
                unit.sector(), position.jobFamily(),
                DistanceBands.band(e.homeKabupatenCode(), e.homeIsland(), e.homeLatitude(), e.homeLongitude(),
                        unit.kabupatenCode(), unit.island(), unit.latitude(), unit.longitude()),
                requested,
                e.spouseKabupatenCode() != null && e.spouseKabupatenCode().equals(unit.kabupatenCode()),
                e.healthReason(),
                e.skpPredicate() == null ? PlacementInput.NO_SKP : e.skpPredicate().name(),
                e.talentBox(),
                position.strategic());
    }

    private static Unit inlineUnit(PlacementRequest.UnitFacts u) {
        if (u.sector() == null) {
            throw DomainException.badRequest("unit.sector", Bilingual.of("Wajib diisi", "Required"));
        }
        return new Unit("INLINE", "INLINE", null, u.kabupatenCode(), u.sector(), u.latitude(), u.longitude(),
                u.island(), true);
    }

    private static Position inlinePosition(PlacementRequest.PositionFacts p) {
        if (p.jobFamily() == null || p.jobFamily().isBlank()) {
            throw DomainException.badRequest("position.jobFamily", Bilingual.of("Wajib diisi", "Required"));
        }
        return new Position("INLINE", "INLINE", null, null, p.jobFamily(), null, Set.of(), p.strategic());
    }

    private static void exactlyOne(String codeField, Object code, String factsField, Object facts) {
        if ((code == null) == (facts == null)) {
            throw DomainException.badRequest(codeField, Bilingual.of(
                    "Isi salah satu: '" + codeField + "' atau '" + factsField + "'",
                    "Give exactly one of '" + codeField + "' or '" + factsField + "'"));
        }
    }

    private static DomainException unavailable(String field, Bilingual reason) {
        return new DomainException(DomainException.Kind.UNAVAILABLE,
                Bilingual.of("Layanan belum siap", "Service not ready"), List.of(FieldProblem.of(field, reason)));
    }
}
