package id.seimbang.eligibility;

import static id.seimbang.eligibility.EmployeeFixtures.ANALIS_KEUANGAN;
import static id.seimbang.eligibility.EmployeeFixtures.AS_OF;
import static id.seimbang.eligibility.EmployeeFixtures.eligiblePns;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import id.seimbang.policy.PolicyFixtures;
import id.seimbang.policy.PolicySnapshot;
import id.seimbang.system.Bilingual;
import id.seimbang.workforce.EducationLevel;
import id.seimbang.workforce.Employee;
import id.seimbang.workforce.EmploymentStatus;
import id.seimbang.workforce.Position;
import id.seimbang.workforce.PositionType;
import id.seimbang.workforce.SanctionLevel;
import id.seimbang.workforce.SkpPredicate;

/** Each employee-level rule of the shipped DRL, on both sides of its boundary. */
class EmployeeRulesTest {

    private final EligibilityService service = new EligibilityService();

    private EmployeeEligibility evaluate(EmployeeFixtures employee) {
        return evaluate(employee.build(), ANALIS_KEUANGAN, AS_OF);
    }

    private EmployeeEligibility evaluate(Employee employee, Position position, LocalDate asOf) {
        return service.evaluateEmployee(PolicyFixtures.shippedPolicy(), employee, position, asOf);
    }

    private static RuleOutcome only(EmployeeEligibility result, String ruleId) {
        assertThat(result.outcomes()).extracting(RuleOutcome::ruleId).containsExactly(ruleId);
        return result.outcomes().get(0);
    }

    private static void passes(EmployeeEligibility result) {
        assertThat(result.outcomes()).isEmpty();
        assertThat(result.eligible()).isTrue();
    }

    @Test
    void fixtureEmployeeIsEligibleWithNoOutcome() {
        EmployeeEligibility result = evaluate(eligiblePns());
        passes(result);
        assertThat(result.policyVersion()).isEqualTo(PolicyFixtures.shippedPolicy().version());
        assertThat(result.facts().monthsInPosition()).isEqualTo(36);
    }

    @Nested
    class StatusPns {
        @Test
        void pppkAndCpnsAreBlocked() {
            RuleOutcome o = only(evaluate(eligiblePns().withStatus(EmploymentStatus.PPPK)), "ELIG-STATUS-PNS");
            assertThat(o.severity()).isEqualTo(Severity.BLOCK);
            assertThat(o.message().id()).contains("PPPK");
            only(evaluate(eligiblePns().withStatus(EmploymentStatus.CPNS)), "ELIG-STATUS-PNS");
        }
    }

    @Nested
    class MasaJabatan {
        @Test
        void exactly24MonthsPasses() {
            passes(evaluate(eligiblePns().withPositionTmt(AS_OF.minusMonths(24))));
        }

        @Test
        void twentyThreeMonthsThirtyDaysIsBlocked() {
            RuleOutcome o = only(evaluate(eligiblePns().withPositionTmt(AS_OF.minusMonths(24).plusDays(1))),
                    "ELIG-MASA-JABATAN");
            assertThat(o.message()).isEqualTo(Bilingual.of("Masa jabatan 1 tahun 11 bulan; minimal 2 tahun",
                    "1 year 11 months in position; at least 2 years required"));
            assertThat(o.regulation()).contains("Peraturan BKN No. 5 Tahun 2019");
        }

        @Test
        void messageFillsInTheFacts() {
            RuleOutcome o = only(evaluate(eligiblePns().withPositionTmt(AS_OF.minusMonths(16))), "ELIG-MASA-JABATAN");
            assertThat(o.message()).isEqualTo(Bilingual.of("Masa jabatan 1 tahun 4 bulan; minimal 2 tahun",
                    "1 year 4 months in position; at least 2 years required"));
        }


    }

    @Nested
    class Skp {
        @Test
        void baikInBothYearsPasses() {
            passes(evaluate(eligiblePns().withSkp(2024, SkpPredicate.BAIK).withSkp(2025, SkpPredicate.BAIK)));
        }

        @Test
        void butuhPerbaikanInOneYearIsBlocked() {
            RuleOutcome o = only(evaluate(eligiblePns().withSkp(2025, SkpPredicate.BUTUH_PERBAIKAN)), "ELIG-SKP");
            assertThat(o.message().id())
                    .isEqualTo("Predikat SKP di bawah Baik (2025: Butuh Perbaikan); tahun yang diperiksa: 2024, 2025");
        }

        @Test
        void missingYearCountsAsFailing() {
            RuleOutcome o = only(evaluate(eligiblePns().withoutSkp(2024)), "ELIG-SKP");
            assertThat(o.message().en()).isEqualTo("SKP predicate below Baik (2024: missing); years checked: 2024, 2025");
        }

        @Test
        void yearsBeforeTheLastTwoAreNotChecked() {
            passes(evaluate(eligiblePns().withSkp(2023, SkpPredicate.SANGAT_KURANG)));
        }
    }

    @Nested
    class Hukdis {
        @Test
        void sanctionEndingOnTheAsOfDateIsStillActive() {
            RuleOutcome o = only(evaluate(eligiblePns().withSanction(SanctionLevel.SEDANG, AS_OF.minusYears(1), AS_OF)),
                    "ELIG-HUKDIS");
            assertThat(o.message().id()).contains("SEDANG").contains(AS_OF.toString());
        }

        @Test
        void sanctionEndedTheDayBeforePasses() {
            passes(evaluate(eligiblePns().withSanction(SanctionLevel.BERAT, AS_OF.minusYears(1), AS_OF.minusDays(1))));
        }
    }

    @Nested
    class ProsesHukum {
        @Test
        void legalProcessIsBlocked() {
            only(evaluate(eligiblePns().withLegalProcess()), "ELIG-PROSES-HUKUM");
        }
    }

    @Nested
    class TugasBelajar {
        @Test
        void studyLeaveUntilTheAsOfDateIsBlocked() {
            only(evaluate(eligiblePns().withStudyLeaveUntil(AS_OF)), "ELIG-TUGAS-BELAJAR");
        }

        @Test
        void studyLeaveEndedPasses() {
            passes(evaluate(eligiblePns().withStudyLeaveUntil(AS_OF.minusDays(1))));
        }
    }

    @Nested
    class IkatanDinas {
        @Test
        void serviceBondUntilTheAsOfDateIsBlocked() {
            only(evaluate(eligiblePns().withServiceBondUntil(AS_OF)), "ELIG-IKATAN-DINAS");
        }

        @Test
        void serviceBondEndedPasses() {
            passes(evaluate(eligiblePns().withServiceBondUntil(AS_OF.minusDays(1))));
        }
    }

    @Nested
    class Bup {
        // Born 15 January 1969, pelaksana (BUP 58): BUP birthday 15 January 2027, retires 1 February 2027.
        private final Employee born1969 = eligiblePns().withBirthDate(LocalDate.of(1969, 1, 15))
                .withPositionTmt(LocalDate.of(2023, 6, 1)).build();

        @Test
        void bupDateIsTheFirstOfTheMonthAfterTheBupBirthday() {
            assertThat(evaluate(born1969, ANALIS_KEUANGAN, AS_OF).facts().bupDate()).isEqualTo(LocalDate.of(2027, 2, 1));
            // A birthday on the 1st still retires at the start of the next month, not on the birthday.
            Employee bornOnFirst = eligiblePns().withBirthDate(LocalDate.of(1969, 1, 1)).build();
            assertThat(evaluate(bornOnFirst, ANALIS_KEUANGAN, AS_OF).facts().bupDate()).isEqualTo(LocalDate.of(2027, 2, 1));
        }

        @Test
        void exactly12MonthsBeforeBupPasses() {
            passes(evaluate(born1969, ANALIS_KEUANGAN, LocalDate.of(2026, 2, 1)));
        }

        @Test
        void oneDayLessThan12MonthsIsBlocked() {
            RuleOutcome o = only(evaluate(born1969, ANALIS_KEUANGAN, LocalDate.of(2026, 2, 2)), "ELIG-BUP");
            assertThat(o.message().id()).contains("BUP 58").contains("2027-02-01").contains("sisa 11 bulan");
        }

        @Test
        void onTheBupBirthdayItselfIsBlocked() {
            RuleOutcome o = only(evaluate(born1969, ANALIS_KEUANGAN, LocalDate.of(2027, 1, 15)), "ELIG-BUP");
            assertThat(o.message().en()).contains("0 months left");
        }

        @Test
        void leapDayBirthTakes28FebruaryAsTheBupBirthdayInACommonYear() {
            // Born 29 Feb 1968; BUP 58 in 2026 (no 29 Feb): birthday 28 Feb 2026, retires 1 March 2026.
            Employee leap = eligiblePns().withBirthDate(LocalDate.of(1968, 2, 29))
                    .withPositionTmt(LocalDate.of(2022, 6, 1)).build();
            assertThat(evaluate(leap, ANALIS_KEUANGAN, AS_OF).facts().bupDate()).isEqualTo(LocalDate.of(2026, 3, 1));
            passes(evaluate(leap, ANALIS_KEUANGAN, LocalDate.of(2025, 3, 1)));
            only(evaluate(leap, ANALIS_KEUANGAN, LocalDate.of(2025, 3, 2)), "ELIG-BUP");
        }

        @Test
        void leapDayBirthInALeapBupYearKeeps29February() {
            Position jpt = new Position("KADIS", "Kepala Dinas", PositionType.JPT, "JPT", "PIMPINAN", EducationLevel.S1,
                    Set.of(), true);
            Employee leap = eligiblePns().withBirthDate(LocalDate.of(1968, 2, 29)).withPosition("KADIS")
                    .withPositionTmt(LocalDate.of(2024, 6, 1)).build();
            EmployeeEligibility result = evaluate(leap, jpt, LocalDate.of(2027, 3, 1));
            assertThat(result.facts().bupAge()).isEqualTo(60);
            assertThat(result.facts().bupDate()).isEqualTo(LocalDate.of(2028, 3, 1));
            passes(result);
            only(evaluate(leap, jpt, LocalDate.of(2027, 3, 2)), "ELIG-BUP");
        }

        @Test
        void ahliUtamaRetiresAt65AndAhliMudaAt58() {
            Position utama = new Position("JF-AU", "Analis Kebijakan Ahli Utama", PositionType.FUNGSIONAL, "AHLI_UTAMA",
                    "ANALIS_KEBIJAKAN", EducationLevel.S2, Set.of(), true);
            Position muda = new Position("JF-AM", "Analis Kebijakan Ahli Muda", PositionType.FUNGSIONAL, "AHLI_MUDA",
                    "ANALIS_KEBIJAKAN", EducationLevel.S1, Set.of(), false);
            Employee age60 = eligiblePns().withBirthDate(AS_OF.minusYears(60)).build();
            passes(evaluate(age60, utama, AS_OF));
            assertThat(evaluate(age60, utama, AS_OF).facts().bupAge()).isEqualTo(65);
            RuleOutcome o = only(evaluate(age60, muda, AS_OF), "ELIG-BUP");
            assertThat(o.message().en()).contains("already past BUP");
        }
    }

    @Nested
    class Rotasi {
        @Test
        void exactlyFiveYearsInPositionSignalsRotationButStaysEligible() {
            EmployeeEligibility result = evaluate(eligiblePns().withPositionTmt(AS_OF.minusYears(5)));
            RuleOutcome o = only(result, "SIG-ROTASI");
            assertThat(o.severity()).isEqualTo(Severity.SIGNAL);
            assertThat(o.message().id()).isEqualTo("Sudah 5 tahun dalam jabatan; rotasi sudah waktunya (5 tahun)");
            assertThat(result.eligible()).isTrue();
        }

        @Test
        void oneDayShortOfFiveYearsGivesNoSignal() {
            passes(evaluate(eligiblePns().withPositionTmt(AS_OF.minusYears(5).plusDays(1))));
        }
    }

    @Test
    void allFailingReasonsAreReportedTogether() {
        EmployeeEligibility result = evaluate(eligiblePns()
                .withStatus(EmploymentStatus.CPNS)
                .withPositionTmt(AS_OF.minusMonths(8))
                .withSkp(2025, SkpPredicate.KURANG)
                .withSanction(SanctionLevel.RINGAN, AS_OF.minusMonths(1), AS_OF.plusMonths(2))
                .withLegalProcess()
                .withStudyLeaveUntil(AS_OF.plusYears(1))
                .withServiceBondUntil(AS_OF.plusYears(2))
                .withBirthDate(AS_OF.minusYears(58).plusMonths(3)));
        assertThat(result.eligible()).isFalse();
        assertThat(result.outcomes()).extracting(RuleOutcome::ruleId).containsExactly(
                "ELIG-BUP", "ELIG-HUKDIS", "ELIG-IKATAN-DINAS", "ELIG-MASA-JABATAN", "ELIG-PROSES-HUKUM",
                "ELIG-SKP", "ELIG-STATUS-PNS", "ELIG-TUGAS-BELAJAR");
        assertThat(result.outcomes()).allSatisfy(o -> {
            assertThat(o.severity()).isEqualTo(Severity.BLOCK);
            assertThat(o.regulation()).isNotBlank();
            assertThat(o.message().id()).isNotBlank();
            assertThat(o.message().en()).isNotBlank();
        });
    }

    @Test
    void changingMinimumMonthsTo6ChangesTheVerdictForEightMonthsInPosition() {
        Employee eightMonths = eligiblePns().withPositionTmt(AS_OF.minusMonths(8)).build();
        assertThat(evaluate(eightMonths, ANALIS_KEUANGAN, AS_OF).eligible()).isFalse();

        PolicySnapshot sixMonths = PolicyFixtures.compiler().compile(PolicyFixtures.withParameter("position.min-months", "6"));
        EmployeeEligibility result = service.evaluateEmployee(sixMonths, eightMonths, ANALIS_KEUANGAN, AS_OF);
        assertThat(result.eligible()).isTrue();
        assertThat(result.outcomes()).isEmpty();
        assertThat(result.policyVersion()).isNotEqualTo(PolicyFixtures.shippedPolicy().version());
    }
}
