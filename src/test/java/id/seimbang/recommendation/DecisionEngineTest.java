package id.seimbang.recommendation;

import static id.seimbang.recommendation.DecisionFixtures.ANALIS;
import static id.seimbang.recommendation.DecisionFixtures.AS_OF;
import static id.seimbang.recommendation.DecisionFixtures.FAR;
import static id.seimbang.recommendation.DecisionFixtures.accountant;
import static id.seimbang.recommendation.DecisionFixtures.inputs;
import static id.seimbang.recommendation.DecisionFixtures.requestFor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;

import id.seimbang.eligibility.EligibilityService;
import id.seimbang.eligibility.RuleOutcome;
import id.seimbang.placement.PlacementEvaluators;
import id.seimbang.placement.PlacementProperties;
import id.seimbang.policy.PolicyFixtures;
import id.seimbang.policy.PolicySnapshot;
import id.seimbang.workforce.Employee;
import id.seimbang.workforce.Position;
import id.seimbang.workforce.Sector;
import id.seimbang.workforce.SkpPredicate;
import id.seimbang.workforce.Unit;

/** The decision pipeline on a region small enough to check every gain by hand, with the shipped policy. */
class DecisionEngineTest {

    private final PolicySnapshot policy = PolicyFixtures.shippedPolicy();
    private final DecisionEngine engine = new DecisionEngine(new EligibilityService(),
            new PlacementEvaluators(PlacementProperties.DEFAULTS));

    @Test
    void ranksMovesByScoreWithHandComputedGains() {
        DecisionOutcome outcome = engine.evaluate(policy, inputs(accountant("198804102012031001"), List.of()));

        assertThat(outcome.eligible()).isTrue();
        // gain A→B = 2(3 − (−2)) − 2 = 8; A→C = 2(3 − (−1)) − 2 = 6; A→FAR = 2(3 − 0) − 2 = 4 (but far away)
        assertThat(outcome.moves()).extracting(MoveOption::unitCode).startsWith("U-B", "U-C");
        MoveOption best = outcome.moves().get(0);
        assertThat(best.gapFrom()).isCloseTo(3.0, within(1e-9));
        assertThat(best.gapTo()).isCloseTo(-2.0, within(1e-9));
        assertThat(best.gain()).isCloseTo(8.0, within(1e-9));
        assertThat(outcome.moves().get(1).gain()).isCloseTo(6.0, within(1e-9));
        // finance graduate, finance post, same kabupaten: no placement penalty, so score = gain
        assertThat(best.penalty()).isZero();
        assertThat(best.score()).isCloseTo(8.0, within(1e-9));
        assertThat(best.fitLevel()).isEqualTo("Sangat Sesuai");
        assertThat(best.matchedRows()).isNotEmpty();
        // Σg² in scope: 9 + 4 + 1 + 0 + 36 = 50 before; the top move takes 8 off
        assertThat(outcome.region().imbalanceBefore()).isCloseTo(50.0, within(1e-9));
        assertThat(outcome.region().imbalanceAfterTopMove()).isCloseTo(42.0, within(1e-9));
        // a nurse's post is not compatible with an accountant's position: never proposed
        assertThat(outcome.moves()).extracting(MoveOption::unitCode).doesNotContain("U-H");
    }

    @Test
    void rankingIsScoreThenGainThenUnitCode() {
        MoveOption lessGain = move("U-A", 5, 1);   // score 4, gain 5
        MoveOption tieY = move("U-Y", 6, 2);       // score 4, gain 6
        MoveOption tieX = move("U-X", 6, 2);       // score 4, gain 6
        MoveOption best = move("U-Z", 9, 0);       // score 9

        assertThat(List.of(lessGain, tieY, tieX, best).stream().sorted(DecisionEngine.RANKING))
                .containsExactly(best, tieX, tieY, lessGain);
    }

    @Test
    void ineligibleEmployeeGetsEveryReasonAndNoMoves() {
        Employee employee = DecisionFixtures.employee("198804102012031002", AS_OF.minusMonths(10),
                SkpPredicate.KURANG);

        DecisionOutcome outcome = engine.evaluate(policy, inputs(employee, List.of()));

        assertThat(outcome.eligible()).isFalse();
        assertThat(outcome.moves()).isEmpty();
        assertThat(outcome.eligibility()).extracting(RuleOutcome::ruleId)
                .contains("ELIG-MASA-JABATAN", "ELIG-SKP");
        assertThat(outcome.candidatesConsidered()).isZero();
    }

    @Test
    void anIneligibleEmployeeIsToldWhenAndIsEligibleThenNotTheDayBefore() {
        // 10 months in position on AS_OF; SKP recorded up to 2025, so 2026 is assumed Baik on later dates.
        Employee employee = DecisionFixtures.employee("198804102012031005", AS_OF.minusMonths(10), SkpPredicate.BAIK);

        DecisionOutcome outcome = engine.evaluate(policy, inputs(employee, List.of()));

        java.time.LocalDate from = AS_OF.minusMonths(10).plusMonths(24);
        assertThat(outcome.eligibleFrom().date()).isEqualTo(from);
        assertThat(outcome.eligibleFrom().rules()).containsExactly(
                new id.seimbang.eligibility.EligibleFrom.Clearance("ELIG-MASA-JABATAN", from));
        assertThat(outcome.eligibleFrom().skpAssumed()).extracting(a -> a.year()).containsExactly(2026);
        assertThat(engine.evaluate(policy, at(inputs(employee.withSkp(withAssumed(employee, outcome)), List.of()), from))
                .eligible()).isTrue();
        assertThat(engine.evaluate(policy, at(inputs(employee.withSkp(withAssumed(employee, outcome)), List.of()),
                from.minusDays(1))).eligible()).isFalse();
        assertThat(engine.evaluate(policy, inputs(accountant("198804102012031006"), List.of())).eligibleFrom()).isNull();
    }

    private static List<id.seimbang.workforce.SkpAppraisal> withAssumed(Employee e, DecisionOutcome outcome) {
        List<id.seimbang.workforce.SkpAppraisal> all = new ArrayList<>(e.skp());
        all.addAll(outcome.eligibleFrom().skpAssumed());
        return all;
    }

    private static DecisionInputs at(DecisionInputs in, java.time.LocalDate asOf) {
        return new DecisionInputs(in.employee(), in.requests(), asOf, in.scope(), in.limit(), in.units(), in.positions(),
                in.cells());
    }

    @Test
    void requestedFarTargetComesBackWithItsReasons() {
        Employee employee = accountant("198804102012031003");

        DecisionOutcome outcome = engine.evaluate(policy, inputs(employee, List.of(requestFor(employee, FAR))));

        RequestedTarget requested = outcome.requestedTarget();
        assertThat(requested.unitCode()).isEqualTo("U-FAR");
        MoveOption evaluation = requested.evaluation();
        assertThat(evaluation.gain()).isCloseTo(4.0, within(1e-9));
        assertThat(evaluation.relocationSupport()).isEqualTo("TRANSPORT_AND_HOUSING");
        assertThat(evaluation.acceptanceRisk()).isEqualTo("HIGH");
        assertThat(evaluation.reasons()).isNotEmpty();
        // the inter-island relocation costs more than the balance gains, even with the request's discount
        assertThat(evaluation.penalty()).isGreaterThan(evaluation.gain());
        assertThat(requested.status()).isEqualTo(RequestedTarget.Status.NOT_BENEFICIAL);
        assertThat(outcome.moves()).extracting(MoveOption::unitCode).doesNotContain("U-FAR");
    }

    @Test
    void requestOfAnIneligibleEmployeeIsStillExplained() {
        Employee employee = DecisionFixtures.employee("198804102012031004", AS_OF.minusMonths(10), SkpPredicate.BAIK);

        DecisionOutcome outcome = engine.evaluate(policy, inputs(employee,
                List.of(requestFor(employee, DecisionFixtures.B))));

        assertThat(outcome.moves()).isEmpty();
        assertThat(outcome.requestedTarget().status()).isEqualTo(RequestedTarget.Status.EMPLOYEE_NOT_ELIGIBLE);
        assertThat(outcome.requestedTarget().evaluation().gain()).isCloseTo(8.0, within(1e-9));
    }

    @Test
    void outcomeDoesNotDependOnTheOrderOfTheFacts() {
        // U-D is a twin of U-B (same place, same gap −2): only the unit-code tie-break orders the two
        Unit twin = new Unit("U-D", "BKPSDM Kota", "KOTA-1771", "1771", Sector.FINANCE, -3.79, 102.26, "SUMATERA",
                true);
        DecisionInputs in = inputs(accountant("198804102012031005"), List.of());
        List<Unit> units = new ArrayList<>(in.units());
        units.add(twin);
        List<CellFacts> cells = new ArrayList<>(in.cells());
        cells.add(new CellFacts("U-D", ANALIS.code(), 6250, 3));
        DecisionInputs listed = withFacts(in, units, in.positions(), cells);
        DecisionInputs reversed = withFacts(in, reversedCopy(units), reversedCopy(in.positions()),
                reversedCopy(cells));

        DecisionOutcome outcome = engine.evaluate(policy, listed);

        assertThat(outcome.moves()).extracting(MoveOption::unitCode).startsWith("U-B", "U-D", "U-C");
        assertThat(engine.evaluate(policy, reversed)).isEqualTo(outcome);
    }

    private static DecisionInputs withFacts(DecisionInputs in, List<Unit> units, List<Position> positions,
            List<CellFacts> cells) {
        return new DecisionInputs(in.employee(), in.requests(), in.asOf(), in.scope(), in.limit(), units, positions,
                cells);
    }

    private static <T> List<T> reversedCopy(List<T> list) {
        List<T> copy = new ArrayList<>(list);
        Collections.reverse(copy);
        return copy;
    }

    private static MoveOption move(String unit, double gain, double penalty) {
        return new MoveOption(unit, unit, "P", "P", true, 0, 0, gain, penalty, gain - penalty, null, null, null,
                List.of(), List.of(), List.of());
    }
}
