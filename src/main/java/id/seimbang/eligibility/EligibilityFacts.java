package id.seimbang.eligibility;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import id.seimbang.policy.PolicyParameters;
import id.seimbang.workforce.Employee;
import id.seimbang.workforce.Position;
import id.seimbang.workforce.Sanction;
import id.seimbang.workforce.SkpAppraisal;
import id.seimbang.workforce.Unit;

/** Date arithmetic that turns an employee into rule inputs. Computes; never decides. */
final class EligibilityFacts {

    private EligibilityFacts() {
    }

    static EmployeeFacts employee(Employee e, Position current, LocalDate asOf, PolicyParameters p) {
        int bupAge = p.bupAge(current);
        LocalDate bupDate = bupDate(e.birthDate(), bupAge);
        Sanction active = e.sanctions().stream().filter(s -> s.activeOn(asOf))
                .max(Comparator.comparing(Sanction::level).thenComparing(Sanction::until))
                .orElse(null);
        return new EmployeeFacts(e.nip(), asOf, e.status(), e.positionTmt(), months(e.positionTmt(), asOf),
                e.birthDate(), months(e.birthDate(), asOf), bupAge, bupDate, months(asOf, bupDate),
                e.cpnsTmt(), months(e.cpnsTmt(), asOf),
                active == null ? null : active.level(), active == null ? null : active.until(),
                e.legalProcess(),
                activeOn(e.studyLeaveFrom(), e.studyLeaveUntil(), asOf), e.studyLeaveFrom(), e.studyLeaveUntil(),
                activeOn(e.serviceBondFrom(), e.serviceBondUntil(), asOf), e.serviceBondFrom(), e.serviceBondUntil(),
                skpYears(e, asOf, p));
    }

    /**
     * BUP date, our reading of PP 11/2017 jo PP 17/2020 and the pension law: the employee reaches BUP
     * age on the birthday in the BUP year ("BUP birthday", by the month rule of {@link CalendarMonths}: born
     * 29 February, in a non-leap BUP year the birthday is 28 February) and retires on the first day of the
     * following month.
     */
    static LocalDate bupDate(LocalDate birthDate, int bupAge) {
        return CalendarMonths.after(birthDate, bupAge * 12).plusMonths(1).withDayOfMonth(1);
    }

    private static int months(LocalDate from, LocalDate to) {
        return CalendarMonths.completed(from, to);
    }

    /** A period with an optional start (none: already running) and an end runs on {@code asOf}, both days included. */
    private static boolean activeOn(LocalDate from, LocalDate until, LocalDate asOf) {
        return until != null && !asOf.isAfter(until) && (from == null || !asOf.isBefore(from));
    }

    /**
     * The last {@code skp.years-checked} completed appraisal years on the as-of date ({@link SkpPeriods}). A
     * year with no appraisal gets score 0, which fails any threshold.
     */
    static List<SkpYear> skpYears(Employee e, LocalDate asOf, PolicyParameters p) {
        List<SkpYear> years = new ArrayList<>();
        for (int year : SkpPeriods.lastCompleted(asOf, p.skpYearCountsFrom(), p.skpYearsChecked())) {
            SkpAppraisal a = e.skpFor(year).orElse(null);
            years.add(a == null ? new SkpYear(year, null, 0)
                    : new SkpYear(year, a.predicate().label(), a.predicate().score()));
        }
        return years;
    }

    /** Whether a move goes to another instansi (or from an unknown unit). */
    static boolean crossInstansi(Unit currentUnit, Unit targetUnit) {
        return currentUnit == null || !java.util.Objects.equals(currentUnit.instansiCode(), targetUnit.instansiCode());
    }

    static MoveFacts move(Employee e, Unit currentUnit, Position current, Unit targetUnit, Position target,
            boolean ownRequest, LocalDate asOf) {
        return new MoveFacts(new id.seimbang.workforce.CellKey(targetUnit.code(), target.code()),
                crossInstansi(currentUnit, targetUnit),
                ownRequest,
                months(e.cpnsTmt(), asOf),
                e.positionCode(), target.code(), target.name(),
                current == null ? null : current.jobFamily(), target.jobFamily(),
                current == null ? null : current.level(), target.level(),
                e.educationLevel(), e.educationLevel() == null ? 0 : e.educationLevel().rank(),
                target.minEducationLevel(), target.minEducationLevel() == null ? 0 : target.minEducationLevel().rank(),
                e.educationField(), target.educationFields());
    }
}
