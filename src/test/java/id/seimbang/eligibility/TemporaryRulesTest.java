package id.seimbang.eligibility;

import static id.seimbang.eligibility.EmployeeFixtures.ANALIS_KEUANGAN;
import static id.seimbang.eligibility.EmployeeFixtures.AS_OF;
import static id.seimbang.eligibility.EmployeeFixtures.eligiblePns;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import id.seimbang.policy.PolicyFixtures;
import id.seimbang.policy.PolicySnapshot;
import id.seimbang.system.DomainException;
import id.seimbang.workforce.Employee;
import id.seimbang.workforce.SanctionLevel;

/**
 * Each rule of rules/temporary-assignment.drl (issue 20 point 2) on the shipped policy, on both sides of its
 * boundary; and the separation from the transfer rules both ways.
 */
class TemporaryRulesTest {

    /** A four-week vaccination campaign. */
    static final LocalDate FROM = AS_OF.plusDays(5);
    static final LocalDate UNTIL = FROM.plusWeeks(4);

    private final EligibilityService service = new EligibilityService();

    /** Home cell: 4 staff, need 4, so 3 stay; 0.75 × 4 = 3 is the floor and 3 is not below it. */
    private TemporaryEligibility evaluate(EmployeeFixtures employee) {
        return evaluate(employee.build(), 4, 3, 4.0);
    }

    private TemporaryEligibility evaluate(Employee employee, int staff, int during, double need) {
        return service.evaluateTemporary(PolicyFixtures.shippedPolicy(),
                TemporaryFacts.of(employee, FROM, UNTIL, staff, during, need));
    }

    private static RuleOutcome only(TemporaryEligibility result, String ruleId) {
        assertThat(result.outcomes()).extracting(RuleOutcome::ruleId).containsExactly(ruleId);
        assertThat(result.allowed()).isFalse();
        return result.outcomes().get(0);
    }

    @Test
    void noMinimumTimeInPositionAndNoOtherTransferRule() {
        // one month in position, a contract employee near retirement: transfer rules would block all of this
        TemporaryEligibility result = evaluate(eligiblePns().withPositionTmt(AS_OF.minusMonths(1))
                .withStatus(id.seimbang.workforce.EmploymentStatus.PPPK).withBirthDate(LocalDate.of(1968, 12, 1)));
        assertThat(result.outcomes()).isEmpty();
        assertThat(result.allowed()).isTrue();
        assertThat(result.policyVersion()).isEqualTo(PolicyFixtures.shippedPolicy().version());
    }

    @Test
    void studyLeaveDuringThePeriodBlocks() {
        RuleOutcome outcome = only(evaluate(eligiblePns().withStudyLeave(UNTIL, UNTIL.plusYears(2))),
                "TEMP-TUGAS-BELAJAR");
        assertThat(outcome.regulation()).contains("tugas belajar");
        assertThat(outcome.message().en()).isEqualTo("On study leave until " + UNTIL.plusYears(2)
                + ", within the assignment period " + FROM + " to " + UNTIL);
        // ended the day before the period: allowed
        assertThat(evaluate(eligiblePns().withStudyLeave(AS_OF.minusYears(2), FROM.minusDays(1))).allowed()).isTrue();
        // starts the day after: allowed
        assertThat(evaluate(eligiblePns().withStudyLeave(UNTIL.plusDays(1), UNTIL.plusYears(1))).allowed()).isTrue();
    }

    @Test
    void aSanctionInForceDuringThePeriodBlocks() {
        RuleOutcome outcome = only(evaluate(eligiblePns().withSanction(SanctionLevel.RINGAN, AS_OF.minusMonths(3),
                FROM)), "TEMP-HUKDIS");
        assertThat(outcome.regulation()).isEqualTo("PP No. 94 Tahun 2021 tentang Disiplin PNS");
        assertThat(outcome.message().id()).startsWith("Menjalani hukuman disiplin RINGAN sampai " + FROM);
        // the heaviest one is named
        assertThat(only(evaluate(eligiblePns().withSanction(SanctionLevel.RINGAN, AS_OF, UNTIL)
                .withSanction(SanctionLevel.BERAT, UNTIL, UNTIL.plusYears(1))), "TEMP-HUKDIS").message().en())
                .startsWith("Serving a BERAT disciplinary sanction");
        assertThat(evaluate(eligiblePns().withSanction(SanctionLevel.BERAT, AS_OF.minusYears(1), FROM.minusDays(1)))
                .allowed()).isTrue();
    }

    @Test
    void theHomeCellMustKeepItsShareOfTheNeed() {
        Employee e = eligiblePns().build();
        // need 4, share 0.75: floor 3; 3 staying is enough, 2 is not
        assertThat(evaluate(e, 4, 3, 4.0).allowed()).isTrue();
        RuleOutcome outcome = only(evaluate(e, 3, 2, 4.0), "TEMP-SEL-ASAL");
        assertThat(outcome.message().en()).isEqualTo("Home cell U-BPKAD-PROV/" + ANALIS_KEUANGAN.code()
                + " would keep 2 staff during the assignment; need 4.00, at least 3.00 (75% of the need)");
        assertThat(outcome.regulation()).contains("temporary.home-min-share");
        // the parameter is the policy's: at 0.5 the same cell may let the employee go
        PolicySnapshot half = PolicyFixtures.compiler().compile(PolicyFixtures.withParameter("temporary.home-min-share", "0.5"));
        assertThat(service.evaluateTemporary(half, TemporaryFacts.of(e, FROM, UNTIL, 3, 2, 4.0)).allowed()).isTrue();
    }

    @Test
    void allReasonsAreReportedTogether() {
        TemporaryEligibility result = evaluate(eligiblePns().withStudyLeave(FROM, UNTIL)
                .withSanction(SanctionLevel.SEDANG, FROM, UNTIL).build(), 1, 0, 2.0);
        assertThat(result.outcomes()).extracting(RuleOutcome::ruleId)
                .containsExactly("TEMP-HUKDIS", "TEMP-SEL-ASAL", "TEMP-TUGAS-BELAJAR");
    }

    @Test
    void transferRulesAndTemporaryRulesDoNotMeet() {
        // a transfer evaluation of an employee on study leave names the transfer rule only
        EmployeeEligibility transfer = service.evaluateEmployee(PolicyFixtures.shippedPolicy(),
                eligiblePns().withStudyLeave(AS_OF.minusMonths(1), AS_OF.plusYears(1)).build(), ANALIS_KEUANGAN, AS_OF);
        assertThat(transfer.outcomes()).extracting(RuleOutcome::ruleId).containsExactly("ELIG-TUGAS-BELAJAR");
    }

    @Test
    void aPolicyWithoutTheTemporaryRulesRefusesRatherThanAllowingEverything() {
        PolicySnapshot without = PolicyFixtures.compiler().compile(PolicyFixtures.shippedFiles().stream()
                .filter(f -> !f.path().equals("rules/temporary-assignment.drl")).toList());
        assertThatThrownBy(() -> service.evaluateTemporary(without,
                TemporaryFacts.of(eligiblePns().build(), FROM, UNTIL, 4, 3, 4.0)))
                .isInstanceOf(DomainException.class)
                .satisfies(e -> assertThat(((DomainException) e).kind()).isEqualTo(DomainException.Kind.UNPROCESSABLE))
                .hasMessageContaining("Policy without temporary-assignment rules");
        assertThat(List.of(without.files().size())).isNotEmpty();
    }
}
