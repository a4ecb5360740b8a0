package id.seimbang.eligibility;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;


import id.seimbang.system.DomainException;
import id.seimbang.system.Bilingual;
import id.seimbang.system.FieldProblem;
import id.seimbang.workforce.CellKey;
import id.seimbang.workforce.Employee;
import id.seimbang.workforce.FormationCell;
import id.seimbang.workforce.Position;
import id.seimbang.workforce.RequestReason;
import id.seimbang.workforce.TransferRequest;
import id.seimbang.workforce.Unit;
import id.seimbang.workforce.Workforce;

/**
 * Turns a request into an employee and the workforce facts the rules need: our data for a NIP, or a
 * small workforce made of the inline facts (completed from our data where it knows the codes).
 */
final class EligibilityRequests {

    record Resolved(Employee employee, Workforce workforce, CellKey target) {
    }

    private EligibilityRequests() {
    }

    static Resolved resolve(EligibilityRequest request, Supplier<Workforce> workforceSource) {
        boolean byNip = request.nip() != null;
        if (byNip == (request.employee() != null)) {
            throw DomainException.badRequest("nip", Bilingual.of("Isi salah satu: nip atau employee",
                    "Give exactly one of nip and employee"));
        }
        Workforce data = workforceSource.get();
        EligibilityRequest.Target target = request.target();
        CellKey targetKey = target == null ? null : new CellKey(target.unitCode(), target.positionCode());
        if (byNip) {
            Employee employee = data.employee(request.nip())
                    .orElseThrow(() -> DomainException.notFound("nip", request.nip()));
            if (target == null || (data.unit(target.unitCode()).isPresent() && data.position(target.positionCode()).isPresent()
                    && target.position() == null && target.instansiCode() == null)) {
                return new Resolved(employee, data, targetKey);
            }
            Unit currentUnit = data.unit(employee.unitCode()).orElse(null);
            Position currentPosition = data.position(employee.positionCode()).orElse(null);
            return new Resolved(employee, small(employee, currentUnit, currentPosition, target, data,
                    data.requestsOf(employee.nip())), targetKey);
        }
        EligibilityRequest.InlineEmployee e = request.employee();
        periodCheck("employee.studyLeaveFrom", e.studyLeaveFrom(), e.studyLeaveUntil());
        periodCheck("employee.serviceBondFrom", e.serviceBondFrom(), e.serviceBondUntil());
        Employee employee = new Employee(e.nip(), e.nip(), e.status(), null, e.unitCode(), e.positionCode(),
                e.positionTmt(), e.cpnsTmt(), e.birthDate(), null, e.educationLevel(), e.educationField(), Set.of(),
                e.skp() == null ? List.of() : e.skp(), e.sanctions() == null ? List.of() : e.sanctions(),
                e.legalProcess(), e.studyLeaveFrom(), e.studyLeaveUntil(), e.serviceBondFrom(),
                e.serviceBondUntil(), null, 0, 0, null, null, false, null);
        Unit currentUnit = e.instansiCode() != null ? unit(e.unitCode(), e.instansiCode())
                : e.unitCode() == null ? null : data.unit(e.unitCode()).orElse(null);
        Position currentPosition = e.position() != null ? position(e.positionCode(), e.position())
                : data.position(e.positionCode()).orElse(null);
        if (target != null && currentUnit == null) {
            throw DomainException.badRequest("employee.instansiCode", Bilingual.of(
                    "Instansi pegawai diperlukan untuk menilai mutasi ke target",
                    "The employee's instansi is needed to evaluate a move to the target"));
        }
        if (target != null && currentPosition == null) {
            throw DomainException.badRequest("employee.position", Bilingual.of(
                    "Jabatan '" + e.positionCode() + "' tidak dikenal; sertakan jenis, jenjang dan rumpun jabatan",
                    "Position '" + e.positionCode() + "' is unknown; give its type, level and job family"));
        }
        List<TransferRequest> requests = e.requestedUnitCodes() == null ? List.of() : e.requestedUnitCodes().stream()
                .map(u -> new TransferRequest(e.nip(), u, null, RequestReason.PERSONAL, null)).toList();
        return new Resolved(employee, small(employee, currentUnit, currentPosition, target, data, requests), targetKey);
    }

    /** A workforce holding just this employee, their current cell and the target. */
    private static Workforce small(Employee employee, Unit currentUnit, Position currentPosition,
            EligibilityRequest.Target target, Workforce data, List<TransferRequest> requests) {
        List<Unit> units = new ArrayList<>();
        List<Position> positions = new ArrayList<>();
        if (currentUnit != null) {
            units.add(currentUnit);
        }
        if (currentPosition != null) {
            positions.add(currentPosition);
        }
        List<FormationCell> cells = new ArrayList<>();
        if (target != null) {
            Unit targetUnit = target.instansiCode() != null ? unit(target.unitCode(), target.instansiCode())
                    : data.unit(target.unitCode()).orElseThrow(() -> unknown("target.unitCode",
                            "Unit '" + target.unitCode() + "' tidak dikenal; sertakan target.instansiCode",
                            "Unit '" + target.unitCode() + "' is unknown; give target.instansiCode"));
            Position targetPosition = target.position() != null ? position(target.positionCode(), target.position())
                    : data.position(target.positionCode()).orElseThrow(() -> unknown("target.positionCode",
                            "Jabatan '" + target.positionCode() + "' tidak dikenal; sertakan target.position",
                            "Position '" + target.positionCode() + "' is unknown; give target.position"));
            units.add(targetUnit);
            positions.add(targetPosition);
            cells.add(new FormationCell(target.unitCode(), target.positionCode(), 0));
        }
        return new Workforce(List.of(), List.of(), distinct(units, Unit::code), distinct(positions, Position::code), cells,
                List.of(employee), requests);
    }

    // The target may be the current unit or position; the later (target) facts win.
    private static <T> List<T> distinct(List<T> values, java.util.function.Function<T, String> key) {
        java.util.Map<String, T> byKey = new java.util.LinkedHashMap<>();
        values.forEach(v -> byKey.put(key.apply(v), v));
        return List.copyOf(byKey.values());
    }

    private static void periodCheck(String field, LocalDate from, LocalDate until) {
        Bilingual problem = Employee.periodProblem(from, until);
        if (problem != null) {
            throw DomainException.badRequest(field, problem);
        }
    }

    private static DomainException unknown(String field, String indonesian, String english) {
        return new DomainException(DomainException.Kind.NOT_FOUND, Bilingual.of("Data tidak ditemukan", "Not found"),
                List.of(FieldProblem.of(field, Bilingual.of(indonesian, english))));
    }

    /** Eligibility reads only the instansi of a unit; location and sector are placement's business. */
    private static Unit unit(String code, String instansiCode) {
        return new Unit(code, code, instansiCode, null, null, 0, 0, null, true);
    }

    private static Position position(String code, EligibilityRequest.InlinePosition p) {
        return new Position(code, p.name() == null ? code : p.name(), p.type(), p.level(), p.jobFamily(),
                p.minEducationLevel(), p.educationFields() == null ? Set.of() : p.educationFields(), false);
    }
}
