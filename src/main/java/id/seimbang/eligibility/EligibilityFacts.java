package id.seimbang.eligibility;

import java.time.LocalDate;
import java.time.Period;
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
        int bupAge = current == null ? p.bupAge(null, null) : p.bupAge(current.type(), current.level());
        LocalDate bupDate = bupDate(e.birthDate(), bupAge);
        Sanction active = e.sanctions().stream().filter(s -> s.activeOn(asOf))
                .max(Comparator.comparing(Sanction::level).thenComparing(Sanction::until))
                .orElse(null);
        return new EmployeeFacts(e.nip(), asOf, e.status(), e.positionTmt(), fullMonths(e.positionTmt(), asOf),
                e.birthDate(), fullMonths(e.birthDate(), asOf), bupAge, bupDate, fullMonths(asOf, bupDate),
                e.cpnsTmt(), fullMonths(e.cpnsTmt(), asOf),
                active == null ? null : active.level(), active == null ? null : active.until(),
                e.legalProcess(),
                activeUntil(e.studyLeaveUntil(), asOf), e.studyLeaveUntil(),
                activeUntil(e.serviceBondUntil(), asOf), e.serviceBondUntil(),
                skpYears(e, asOf, p.skpYearsChecked()));
    }

    /**
     * BUP date, our reading of PP 11/2017 jo PP 17/2020 and the pension law: the employee reaches BUP
     * age on the birthday in the BUP year ("BUP birthday") and retires on the first day of the
     * following month. Born 29 February: in a non-leap BUP year the birthday is taken as 28 February,
     * so retirement starts on 1 March.
     */
    static LocalDate bupDate(LocalDate birthDate, int bupAge) {
        return birthDate.plusYears(bupAge).plusMonths(1).withDayOfMonth(1);
    }

    /** Completed months from {@code from} to {@code to}, negative when {@code to} is earlier. */
    static int fullMonths(LocalDate from, LocalDate to) {
        return (int) Period.between(from, to).toTotalMonths();
    }

    private static boolean activeUntil(LocalDate until, LocalDate asOf) {
        return until != null && !asOf.isAfter(until);
    }

    /**
     * The last {@code n} completed appraisal years before the as-of year: the current year's SKP is
     * only final early next year. A year with no appraisal gets score 0, which fails any threshold.
     */
    static List<SkpYear> skpYears(Employee e, LocalDate asOf, int n) {
        List<SkpYear> years = new ArrayList<>();
        for (int year = asOf.getYear() - n; year < asOf.getYear(); year++) {
            SkpAppraisal a = e.skpFor(year).orElse(null);
            years.add(a == null ? new SkpYear(year, null, 0)
                    : new SkpYear(year, a.predicate().label(), a.predicate().score()));
        }
        return years;
    }

    static MoveFacts move(Employee e, Unit currentUnit, Position current, Unit targetUnit, Position target,
            boolean ownRequest, LocalDate asOf) {
        return new MoveFacts(new id.seimbang.workforce.CellKey(targetUnit.code(), target.code()),
                currentUnit == null || !java.util.Objects.equals(currentUnit.instansiCode(), targetUnit.instansiCode()),
                ownRequest,
                fullMonths(e.cpnsTmt(), asOf),
                e.positionCode(), target.code(), target.name(),
                current == null ? null : current.jobFamily(), target.jobFamily(),
                current == null ? null : current.level(), target.level(),
                e.educationLevel(), e.educationLevel() == null ? 0 : e.educationLevel().rank(),
                target.minEducationLevel(), target.minEducationLevel() == null ? 0 : target.minEducationLevel().rank(),
                e.educationField(), target.educationFields());
    }
}
