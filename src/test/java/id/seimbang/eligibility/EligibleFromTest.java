package id.seimbang.eligibility;

import static id.seimbang.eligibility.EmployeeFixtures.ANALIS_KEUANGAN;
import static id.seimbang.eligibility.EmployeeFixtures.AS_OF;
import static id.seimbang.eligibility.EmployeeFixtures.eligiblePns;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import id.seimbang.policy.PolicyFixtures;
import id.seimbang.policy.PolicySnapshot;
import id.seimbang.workforce.Employee;
import id.seimbang.workforce.EmploymentStatus;
import id.seimbang.workforce.SanctionLevel;
import id.seimbang.workforce.SkpAppraisal;
import id.seimbang.workforce.SkpPredicate;

/**
 * Issue 19 point 1, "eligible from when", on the shipped policy: each blocking rule kind, combinations, a leap
 * day, and rules that do not clear with time. Every date found is checked against the rules themselves: the rule
 * blocks the day before and not on the day (see {@link #assertExact}).
 */
class EligibleFromTest {

    private final EligibilityService service = new EligibilityService();
    private PolicySnapshot policy = PolicyFixtures.shippedPolicy();

    private EligibleFrom eligibleFrom(Employee e, LocalDate asOf) {
        EligibleFrom result = service.eligibleFrom(policy, e, ANALIS_KEUANGAN, asOf);
        if (result != null) {
            assertExact(e, result);
        }
        return result;
    }

    private EligibleFrom eligibleFrom(EmployeeFixtures e) {
        return eligibleFrom(e.build(), AS_OF);
    }

    /** The employee as the look ahead sees it: its assumed SKP years added. */
    private static Employee ahead(Employee e, EligibleFrom result) {
        List<SkpAppraisal> skp = new java.util.ArrayList<>(e.skp());
        skp.addAll(result.skpAssumed());
        return e.withSkp(skp);
    }

    private boolean blocks(Employee e, String ruleId, LocalDate on) {
        return service.evaluateEmployee(policy, e, ANALIS_KEUANGAN, on).outcomes().stream()
                .anyMatch(o -> o.severity() == Severity.BLOCK && o.ruleId().equals(ruleId));
    }

    private boolean eligible(Employee e, LocalDate on) {
        return service.evaluateEmployee(policy, e, ANALIS_KEUANGAN, on).eligible();
    }

    /** Each date is exact by the rules: blocked the day before, clear on the day. */
    private void assertExact(Employee employee, EligibleFrom result) {
        Employee e = ahead(employee, result);
        for (EligibleFrom.Clearance c : result.rules()) {
            if (c.clearsOn() != null) {
                assertThat(blocks(e, c.ruleId(), c.clearsOn())).as(c.ruleId() + " on " + c.clearsOn()).isFalse();
                assertThat(blocks(e, c.ruleId(), c.clearsOn().minusDays(1))).as(c.ruleId() + " the day before").isTrue();
            } else {
                assertThat(blocks(e, c.ruleId(), result.horizon())).as(c.ruleId() + " at the horizon").isTrue();
            }
        }
        if (result.date() != null) {
            assertThat(eligible(e, result.date())).as("eligible on " + result.date()).isTrue();
            assertThat(eligible(e, result.date().minusDays(1))).as("the day before " + result.date()).isFalse();
        }
    }

    @Test
    void anEligibleEmployeeHasNone() {
        assertThat(eligibleFrom(eligiblePns())).isNull();
    }

    @Test
    void timeInPositionClearsWhenTheMinimumIsReached() {
        EligibleFrom r = eligibleFrom(eligiblePns().withPositionTmt(LocalDate.of(2025, 7, 1)));
        assertThat(r.date()).isEqualTo(LocalDate.of(2027, 7, 1));
        assertThat(r.rules()).containsExactly(new EligibleFrom.Clearance("ELIG-MASA-JABATAN", LocalDate.of(2027, 7, 1)));
        assertThat(r.horizon()).isEqualTo(AS_OF.plusMonths(120));
    }

    @Test
    void theMinimumComesFromThePolicyNotFromJava() {
        policy = PolicyFixtures.compiler().compile(PolicyFixtures.withParameter("position.min-months", "36"));
        EligibleFrom r = eligibleFrom(eligiblePns().withPositionTmt(LocalDate.of(2025, 7, 1)));
        assertThat(r.date()).isEqualTo(LocalDate.of(2028, 7, 1));
    }

    @Test
    void aSanctionClearsTheDayAfterItEnds() {
        EligibleFrom r = eligibleFrom(eligiblePns()
                .withSanction(SanctionLevel.SEDANG, LocalDate.of(2026, 3, 10), LocalDate.of(2027, 3, 15)));
        assertThat(r.rule("ELIG-HUKDIS").clearsOn()).isEqualTo(LocalDate.of(2027, 3, 16));
        assertThat(r.date()).isEqualTo(LocalDate.of(2027, 3, 16));
    }

    @Test
    void overlappingSanctionsClearWhenTheLastEnds() {
        EligibleFrom r = eligibleFrom(eligiblePns()
                .withSanction(SanctionLevel.RINGAN, LocalDate.of(2026, 6, 1), LocalDate.of(2027, 1, 31))
                .withSanction(SanctionLevel.SEDANG, LocalDate.of(2027, 1, 15), LocalDate.of(2027, 8, 20)));
        assertThat(r.date()).isEqualTo(LocalDate.of(2027, 8, 21));
    }

    @Test
    void studyLeaveAndServiceBondClearTheDayAfterTheyEnd() {
        EligibleFrom leave = eligibleFrom(eligiblePns().withStudyLeave(LocalDate.of(2024, 9, 1), LocalDate.of(2028, 2, 29)));
        assertThat(leave.rules()).containsExactly(new EligibleFrom.Clearance("ELIG-TUGAS-BELAJAR", LocalDate.of(2028, 3, 1)));
        EligibleFrom bond = eligibleFrom(eligiblePns().withServiceBondUntil(LocalDate.of(2027, 12, 31)));
        assertThat(bond.rules()).containsExactly(new EligibleFrom.Clearance("ELIG-IKATAN-DINAS", LocalDate.of(2028, 1, 1)));
        assertThat(bond.date()).isEqualTo(LocalDate.of(2028, 1, 1));
    }

    @Test
    void theRotationSignalIsNotABlockAndDoesNotDelay() {
        // Six years in position: the rotation signal fires, but only the sanction blocks.
        Employee e = eligiblePns().withPositionTmt(LocalDate.of(2020, 10, 1))
                .withSanction(SanctionLevel.RINGAN, LocalDate.of(2026, 10, 1), LocalDate.of(2027, 1, 5)).build();
        assertThat(service.evaluateEmployee(policy, e, ANALIS_KEUANGAN, AS_OF).outcomes())
                .extracting(RuleOutcome::ruleId).contains("SIG-ROTASI");
        EligibleFrom r = eligibleFrom(e, AS_OF);
        assertThat(r.rules()).extracting(EligibleFrom.Clearance::ruleId).containsExactly("ELIG-HUKDIS");
        assertThat(r.date()).isEqualTo(LocalDate.of(2027, 1, 6));
    }

    @Test
    void twoRulesClearingOnDifferentDatesGiveTheLaterOne() {
        EligibleFrom r = eligibleFrom(eligiblePns().withPositionTmt(LocalDate.of(2025, 7, 1))
                .withSanction(SanctionLevel.SEDANG, LocalDate.of(2026, 3, 10), LocalDate.of(2027, 3, 15)));
        assertThat(r.rules()).containsExactly(
                new EligibleFrom.Clearance("ELIG-HUKDIS", LocalDate.of(2027, 3, 16)),
                new EligibleFrom.Clearance("ELIG-MASA-JABATAN", LocalDate.of(2027, 7, 1)));
        assertThat(r.date()).isEqualTo(LocalDate.of(2027, 7, 1));
    }

    @Test
    void aRuleThatNeverClearsLeavesNoDate() {
        EligibleFrom r = eligibleFrom(eligiblePns().withStatus(EmploymentStatus.PPPK)
                .withPositionTmt(LocalDate.of(2025, 7, 1)));
        assertThat(r.date()).isNull();
        assertThat(r.rule("ELIG-STATUS-PNS").clearsOn()).isNull();
        assertThat(r.rule("ELIG-MASA-JABATAN").clearsOn()).isEqualTo(LocalDate.of(2027, 7, 1));
    }

    @Test
    void aLegalProcessDoesNotClearWithTime() {
        EligibleFrom r = eligibleFrom(eligiblePns().withLegalProcess());
        assertThat(r.rules()).containsExactly(new EligibleFrom.Clearance("ELIG-PROSES-HUKUM", null));
        assertThat(r.date()).isNull();
    }

    @Test
    void bupDoesNotClearWithTime() {
        // Born 10 March 1969, pelaksana: BUP 58, retires 1 April 2027; within 12 months of BUP on the as-of date.
        EligibleFrom r = eligibleFrom(eligiblePns().withBirthDate(LocalDate.of(1969, 3, 10)));
        assertThat(r.rules()).containsExactly(new EligibleFrom.Clearance("ELIG-BUP", null));
        assertThat(r.date()).isNull();
    }

    @Test
    void bupStartingToBlockBeforeTheOtherRuleClearsLeavesNoDate() {
        // Time in position clears on 1 July 2027, but BUP (retires 1 January 2028) blocks from 1 January 2027.
        EligibleFrom r = eligibleFrom(eligiblePns().withPositionTmt(LocalDate.of(2025, 7, 1))
                .withBirthDate(LocalDate.of(1969, 12, 10)));
        assertThat(r.rules()).containsExactly(new EligibleFrom.Clearance("ELIG-MASA-JABATAN", LocalDate.of(2027, 7, 1)));
        assertThat(r.date()).isNull();
        assertThat(blocks(eligiblePns().withBirthDate(LocalDate.of(1969, 12, 10)).build(), "ELIG-BUP",
                LocalDate.of(2027, 7, 1))).isTrue();
    }

    @Test
    void leapDayTmtReachesTwoYearsOnTheTwentyEighthOfFebruary() {
        LocalDate asOf = LocalDate.of(2025, 6, 1);
        Employee e = eligiblePns().withPositionTmt(LocalDate.of(2024, 2, 29)).build();
        EligibleFrom r = eligibleFrom(e, asOf);
        // The policy's month rule (CalendarMonths): 24 months after 29 February 2024 are complete on 28 February 2026.
        assertThat(r.date()).isEqualTo(LocalDate.of(2026, 2, 28));
        assertThat(eligible(e, LocalDate.of(2026, 2, 27))).isFalse();
    }

    @Test
    void laterSkpYearsAreAssumedAtTheLatestPredicate() {
        // SKP recorded up to 2025 (Sangat Baik); on 1 July 2027 the years checked are 2025 and 2026.
        Employee e = eligiblePns().withoutSkp(2026).withPositionTmt(LocalDate.of(2025, 7, 1)).build();
        assertThat(blocks(e, "ELIG-SKP", LocalDate.of(2027, 7, 1))).as("without the assumption").isTrue();
        EligibleFrom r = eligibleFrom(e, AS_OF);
        assertThat(r.date()).isEqualTo(LocalDate.of(2027, 7, 1));
        assertThat(r.skpAssumed()).containsExactly(new SkpAppraisal(2026, SkpPredicate.SANGAT_BAIK));
    }

    @Test
    void aLatestPredicateBelowTheMinimumNeverClears() {
        Employee e = eligiblePns().withoutSkp(2026).withSkp(2025, SkpPredicate.BUTUH_PERBAIKAN).build();
        EligibleFrom r = eligibleFrom(e, AS_OF);
        assertThat(r.rules()).containsExactly(new EligibleFrom.Clearance("ELIG-SKP", null));
        assertThat(r.date()).isNull();
    }

    @Test
    void candidatesAreTheAnniversariesOfTheFactDatesAndTheFirstOfTheMonth() {
        EligibleFromSearch search = new EligibleFromSearch(d -> java.util.Set.of(),
                List.of(LocalDate.of(2024, 2, 29), LocalDate.of(2020, 1, 31)));
        assertThat(search.candidates(LocalDate.of(2026, 2, 10), LocalDate.of(2026, 3, 10))).containsExactly(
                LocalDate.of(2026, 2, 28), LocalDate.of(2026, 3, 1));
    }

    /**
     * Issue 17: the cached search answers every key as the rules do. Each pair below differs in one part of the key
     * (as-of date, the employee's facts, the policy version, the position) and has different answers, asked
     * alternately of one cached service; a cache that left a part out of its key would answer one with the other's.
     */
    @Test
    void theCachedSearchAnswersEachPolicyEmployeePositionAndDateAsTheRulesDo() {
        EligibilityService cached = new EligibilityService(new EligibilityProperties(100));
        Employee recent = eligiblePns().withPositionTmt(LocalDate.of(2025, 7, 1)).build();
        Employee sanctioned = eligiblePns().withPositionTmt(LocalDate.of(2025, 7, 1))
                .withSanction(SanctionLevel.SEDANG, LocalDate.of(2026, 3, 10), LocalDate.of(2028, 3, 15)).build();
        PolicySnapshot longer = PolicyFixtures.compiler().compile(PolicyFixtures.withParameter("position.min-months", "36"));
        id.seimbang.workforce.Position other = new id.seimbang.workforce.Position(ANALIS_KEUANGAN.code(),
                ANALIS_KEUANGAN.name(), ANALIS_KEUANGAN.type(), ANALIS_KEUANGAN.level(), ANALIS_KEUANGAN.jobFamily(),
                ANALIS_KEUANGAN.minEducationLevel(), ANALIS_KEUANGAN.educationFields(), !ANALIS_KEUANGAN.strategic());
        record Ask(PolicySnapshot policy, Employee employee, id.seimbang.workforce.Position position, LocalDate asOf) {
        }
        List<Ask> asks = List.of(new Ask(policy, recent, ANALIS_KEUANGAN, AS_OF),
                new Ask(policy, recent, ANALIS_KEUANGAN, AS_OF.plusMonths(6)),
                new Ask(policy, sanctioned, ANALIS_KEUANGAN, AS_OF),
                new Ask(longer, recent, ANALIS_KEUANGAN, AS_OF),
                new Ask(policy, recent, other, AS_OF));
        java.util.Set<EligibleFrom> distinct = new java.util.HashSet<>();
        for (int round = 0; round < 3; round++) {
            for (Ask a : asks) {
                EligibleFrom expected = service.eligibleFrom(a.policy(), a.employee(), a.position(), a.asOf());
                assertThat(cached.eligibleFrom(a.policy(), a.employee(), a.position(), a.asOf())).as(a.toString())
                        .isEqualTo(expected);
                distinct.add(expected);
            }
        }
        assertThat(distinct).as("the asks differ in their answers, or the test could not fail").hasSizeGreaterThanOrEqualTo(4);
    }
}
