package id.seimbang.eligibility;

import static id.seimbang.eligibility.EmployeeFixtures.ANALIS_KEUANGAN;
import static id.seimbang.eligibility.EmployeeFixtures.eligiblePns;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import id.seimbang.policy.PolicyFixtures;
import id.seimbang.policy.PolicySnapshot;
import id.seimbang.workforce.EducationLevel;
import id.seimbang.workforce.Employee;
import id.seimbang.workforce.Position;
import id.seimbang.workforce.PositionType;

/**
 * The regulation cases of issue 18 with their exact dates, on the shipped policy: teachers' BUP (UU 14/2005),
 * one month rule at month ends, the SKP years early in January, and study leave or a service bond that has not
 * started yet.
 */
class RegulationCasesTest {

    private static final Position GURU_AP = new Position("GURU_AP", "Guru Ahli Pertama", PositionType.FUNGSIONAL,
            "AHLI_PERTAMA", "EDUCATION", EducationLevel.S1, Set.of(), false);
    private static final Position PERAWAT_AP = new Position("PERAWAT_AP", "Perawat Ahli Pertama",
            PositionType.FUNGSIONAL, "AHLI_PERTAMA", "HEALTH", EducationLevel.S1, Set.of(), false);

    private final EligibilityService service = new EligibilityService();

    private EmployeeEligibility evaluate(Employee employee, Position position, LocalDate asOf) {
        return evaluate(PolicyFixtures.shippedPolicy(), employee, position, asOf);
    }

    private EmployeeEligibility evaluate(PolicySnapshot policy, Employee employee, Position position, LocalDate asOf) {
        return service.evaluateEmployee(policy, employee, position, asOf);
    }

    /** The blocking rules (a rotation signal does not block). */
    private static java.util.List<String> blocks(EmployeeEligibility result) {
        return result.outcomes().stream().filter(o -> o.severity() == Severity.BLOCK).map(RuleOutcome::ruleId).toList();
    }

    @Nested
    class TeachersRetireAt60 {
        private final Employee bornLastDayOf1968 = eligiblePns().withBirthDate(LocalDate.of(1968, 12, 31))
                .withPosition("GURU_AP").withPositionTmt(LocalDate.of(2020, 1, 1)).build();

        @Test
        void aTeacherBorn31December1968IsNotBlockedByBup() {
            EmployeeEligibility result = evaluate(bornLastDayOf1968, GURU_AP, LocalDate.of(2026, 11, 26));
            assertThat(result.facts().bupAge()).isEqualTo(60);
            assertThat(result.facts().bupDate()).isEqualTo(LocalDate.of(2029, 1, 1));
            assertThat(result.eligible()).isTrue();
            assertThat(blocks(result)).isEmpty();
        }

        @Test
        void theSameBirthDateInAnotherAhliPertamaPositionRetiresAt58AndIsBlocked() {
            EmployeeEligibility result = evaluate(bornLastDayOf1968, PERAWAT_AP, LocalDate.of(2026, 11, 26));
            assertThat(result.facts().bupAge()).isEqualTo(58);
            assertThat(result.facts().bupDate()).isEqualTo(LocalDate.of(2027, 1, 1));
            assertThat(blocks(result)).containsExactly("ELIG-BUP");
        }

        @Test
        void theTeacherIsBlockedTwelveMonthsBeforeHerOwnBup() {
            assertThat(evaluate(bornLastDayOf1968, GURU_AP, LocalDate.of(2028, 1, 1)).eligible()).isTrue();
            EmployeeEligibility late = evaluate(bornLastDayOf1968, GURU_AP, LocalDate.of(2028, 1, 2));
            assertThat(blocks(late)).containsExactly("ELIG-BUP");
            assertThat(late.outcomes().get(0).message().id()).contains("BUP 60").contains("2029-01-01");
            assertThat(late.outcomes().get(0).regulation()).contains("UU No. 14 Tahun 2005");
        }

        @Test
        void theTeachersAgeIsAParameter() {
            PolicySnapshot at58 = PolicyFixtures.compiler().compile(PolicyFixtures.withParameter("bup.position.GURU_AP", "58"));
            assertThat(blocks(evaluate(at58, bornLastDayOf1968, GURU_AP, LocalDate.of(2026, 11, 26))))
                    .containsExactly("ELIG-BUP");
        }
    }

    @Nested
    class OneMonthRule {
        @ParameterizedTest(name = "{0} to {1}: {2} months")
        @CsvSource({
                "2024-02-29, 2026-02-28, 24", // 29 February: the anniversary in a common year is 28 February
                "2024-02-29, 2026-02-27, 23",
                "2024-02-29, 2028-02-29, 48",
                "2025-01-31, 2025-02-28, 1", // the 31st: a shorter month ends the month
                "2025-01-31, 2025-02-27, 0",
                "2025-03-31, 2025-04-30, 1",
                "2025-03-31, 2025-04-29, 0",
                "2025-01-30, 2025-02-28, 1", // the 30th, too
                "2025-04-30, 2025-05-30, 1", // ... but a longer month waits for the same day
                "2025-04-30, 2025-05-29, 0",
                "2024-11-26, 2026-11-26, 24", // the as-of date on the anniversary completes the month
                "2024-11-26, 2026-11-25, 23",
                "2026-11-26, 2026-11-26, 0",
                "2027-02-01, 2027-01-15, 0", // earlier: minus the whole months back
                "2027-02-01, 2026-12-31, -1"})
        void completedMonths(LocalDate from, LocalDate to, int months) {
            assertThat(CalendarMonths.completed(from, to)).isEqualTo(months);
            if (!to.isBefore(from)) {
                assertThat(CalendarMonths.after(from, months)).isBeforeOrEqualTo(to);
                assertThat(CalendarMonths.after(from, months + 1)).isAfter(to);
            }
        }

        @Test
        void aPositionStarted29February2024Reaches24MonthsOn28February2026() {
            Employee e = eligiblePns().withPositionTmt(LocalDate.of(2024, 2, 29)).build();
            assertThat(evaluate(e, ANALIS_KEUANGAN, LocalDate.of(2026, 2, 28)).eligible()).isTrue();
            assertThat(blocks(evaluate(e, ANALIS_KEUANGAN, LocalDate.of(2026, 2, 27)))).containsExactly("ELIG-MASA-JABATAN");
        }

        @Test
        void positionsStartedOnThe30thAnd31stReachTheirMonthsAtTheEndOfShorterMonths() {
            Employee started31 = eligiblePns().withPositionTmt(LocalDate.of(2024, 8, 31)).build();
            Employee started30 = eligiblePns().withPositionTmt(LocalDate.of(2024, 4, 30)).build();
            PolicySnapshot sixMonths = PolicyFixtures.compiler().compile(PolicyFixtures.withParameter("position.min-months", "6"));
            // 31 August + 6 months = 28 February 2025; 30 April + 24 months = 30 April 2026 (April has 30 days)
            assertThat(evaluate(sixMonths, started31, ANALIS_KEUANGAN, LocalDate.of(2025, 2, 28)).eligible()).isTrue();
            assertThat(blocks(evaluate(sixMonths, started31, ANALIS_KEUANGAN, LocalDate.of(2025, 2, 27))))
                    .containsExactly("ELIG-MASA-JABATAN");
            assertThat(evaluate(started30, ANALIS_KEUANGAN, LocalDate.of(2026, 4, 30)).eligible()).isTrue();
            assertThat(blocks(evaluate(started30, ANALIS_KEUANGAN, LocalDate.of(2026, 4, 29))))
                    .containsExactly("ELIG-MASA-JABATAN");
        }

        @Test
        void theAsOfDateOnTheAnniversaryCountsForTenureRotationAndBup() {
            LocalDate asOf = LocalDate.of(2026, 11, 26);
            assertThat(evaluate(eligiblePns().withPositionTmt(asOf.minusYears(2)).build(), ANALIS_KEUANGAN, asOf)
                    .eligible()).isTrue();
            EmployeeEligibility fiveYears = evaluate(eligiblePns().withPositionTmt(asOf.minusYears(5)).build(),
                    ANALIS_KEUANGAN, asOf);
            assertThat(fiveYears.outcomes()).extracting(RuleOutcome::ruleId).containsExactly("SIG-ROTASI");
            assertThat(evaluate(eligiblePns().withPositionTmt(asOf.minusYears(5).plusDays(1)).build(), ANALIS_KEUANGAN,
                    asOf).outcomes()).isEmpty();
            // BUP 58 on 26 November 2027, retires 1 December 2027: exactly 12 months before on 1 December 2026
            Employee bup = eligiblePns().withBirthDate(LocalDate.of(1969, 11, 26)).build();
            assertThat(evaluate(bup, ANALIS_KEUANGAN, LocalDate.of(2026, 12, 1)).eligible()).isTrue();
            assertThat(blocks(evaluate(bup, ANALIS_KEUANGAN, LocalDate.of(2026, 12, 2)))).containsExactly("ELIG-BUP");
        }
    }

    @Nested
    class SkpYearsEarlyInJanuary {
        private final Employee without2026 = eligiblePns().withoutSkp(2026).build();

        @Test
        void on5January2027TheCheckedYearsAre2024And2025() {
            EmployeeEligibility result = evaluate(without2026, ANALIS_KEUANGAN, LocalDate.of(2027, 1, 5));
            assertThat(result.facts().skpChecked()).extracting(SkpYear::year).containsExactly(2024, 2025);
            assertThat(result.eligible()).isTrue();
        }

        @Test
        void theMessageNamesTheYearsChecked() {
            Employee without2025 = eligiblePns().withoutSkp(2025).withoutSkp(2026).build();
            RuleOutcome o = evaluate(without2025, ANALIS_KEUANGAN, LocalDate.of(2027, 1, 5)).outcomes().get(0);
            assertThat(o.severity()).isEqualTo(Severity.BLOCK);
            assertThat(o.ruleId()).isEqualTo("ELIG-SKP");
            assertThat(o.message().id()).isEqualTo("Predikat SKP di bawah Baik (2025: tidak ada); tahun yang diperiksa: 2024, 2025");
            assertThat(o.message().en()).isEqualTo("SKP predicate below Baik (2025: missing); years checked: 2024, 2025");
        }

        @Test
        void from1AprilThe2026AppraisalCounts() {
            assertThat(evaluate(without2026, ANALIS_KEUANGAN, LocalDate.of(2027, 3, 31)).eligible()).isTrue();
            EmployeeEligibility april = evaluate(without2026, ANALIS_KEUANGAN, LocalDate.of(2027, 4, 1));
            assertThat(april.facts().skpChecked()).extracting(SkpYear::year).containsExactly(2025, 2026);
            assertThat(blocks(april)).containsExactly("ELIG-SKP");
            assertThat(april.outcomes().get(0).message().en()).endsWith("(2026: missing); years checked: 2025, 2026");
        }

        @Test
        void theCutOffDayIsAParameter() {
            PolicySnapshot january = PolicyFixtures.compiler().compile(PolicyFixtures.withParameter("skp.year-counts-from", "01-01"));
            EmployeeEligibility result = evaluate(january, without2026, ANALIS_KEUANGAN, LocalDate.of(2027, 1, 5));
            assertThat(result.facts().skpChecked()).extracting(SkpYear::year).containsExactly(2025, 2026);
            assertThat(blocks(result)).containsExactly("ELIG-SKP");
        }
    }

    @Nested
    class LeaveThatHasNotStarted {
        private final LocalDate asOf = LocalDate.of(2026, 11, 26);

        @Test
        void studyLeaveStartingAfterTheAsOfDateDoesNotBlockNow() {
            Employee e = eligiblePns().withStudyLeave(LocalDate.of(2027, 1, 1), LocalDate.of(2028, 12, 31)).build();
            assertThat(evaluate(e, ANALIS_KEUANGAN, asOf).eligible()).isTrue();
            assertThat(blocks(evaluate(e, ANALIS_KEUANGAN, LocalDate.of(2027, 1, 1)))).containsExactly("ELIG-TUGAS-BELAJAR");
            assertThat(blocks(evaluate(e, ANALIS_KEUANGAN, LocalDate.of(2029, 1, 1)))).doesNotContain("ELIG-TUGAS-BELAJAR");
        }

        @Test
        void serviceBondStartingAfterTheAsOfDateDoesNotBlockNow() {
            Employee e = eligiblePns().withServiceBond(asOf.plusDays(1), LocalDate.of(2030, 6, 30)).build();
            assertThat(evaluate(e, ANALIS_KEUANGAN, asOf).eligible()).isTrue();
            assertThat(blocks(evaluate(e, ANALIS_KEUANGAN, asOf.plusDays(1)))).containsExactly("ELIG-IKATAN-DINAS");
        }

        @Test
        void withoutAStartDateBothStillBlockUntilTheirEnd() {
            Employee e = eligiblePns().withStudyLeaveUntil(asOf).withServiceBondUntil(asOf).build();
            assertThat(blocks(evaluate(e, ANALIS_KEUANGAN, asOf)))
                    .containsExactly("ELIG-IKATAN-DINAS", "ELIG-TUGAS-BELAJAR");
        }
    }
}
