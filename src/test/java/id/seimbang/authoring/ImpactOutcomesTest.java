package id.seimbang.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import id.seimbang.authoring.EquityReport.Outcome;
import id.seimbang.placement.MoveDistance;

/** What the draft does to one employee, as the equity report counts it (ImpactAnalysis.outcomes). */
class ImpactOutcomesTest {

    private static final MoveDistance NEAR = new MoveDistance(20, false);
    private static final MoveDistance FAR = new MoveDistance(220, true);

    @Test
    void eligibleOnlyUnderTheActivePolicyIsNewlyBlockedAndChanged() {
        assertThat(ImpactAnalysis.outcomes(true, false, false, null, null, null, null))
                .containsExactlyInAnyOrder(Outcome.CHANGED, Outcome.NEWLY_BLOCKED);
        // The other way round is a change, not an adverse one.
        assertThat(ImpactAnalysis.outcomes(false, true, false, null, null, null, null))
                .containsExactly(Outcome.CHANGED);
        assertThat(ImpactAnalysis.outcomes(true, true, false, NEAR, NEAR, null, null)).isEmpty();
    }

    @Test
    void aBestMoveThatBecomesLongDistanceIsNewlyLongDistance() {
        assertThat(ImpactAnalysis.outcomes(true, true, true, NEAR, FAR, null, null))
                .containsExactlyInAnyOrder(Outcome.CHANGED, Outcome.NEWLY_LONG_DISTANCE);
        assertThat(ImpactAnalysis.outcomes(true, true, true, null, FAR, null, null))
                .contains(Outcome.NEWLY_LONG_DISTANCE);
        // Far under both: not newly far; far to near: not adverse.
        assertThat(ImpactAnalysis.outcomes(true, true, true, FAR, FAR, null, null)).containsExactly(Outcome.CHANGED);
        assertThat(ImpactAnalysis.outcomes(true, true, true, FAR, NEAR, null, null)).containsExactly(Outcome.CHANGED);
    }

    @Test
    void planMovesAreCountedUnderEachPolicyAndANewlyFarOneIsAdverse() {
        assertThat(ImpactAnalysis.outcomes(true, true, false, null, null, NEAR, FAR)).containsExactlyInAnyOrder(
                Outcome.PLAN_MOVED_ACTIVE, Outcome.PLAN_MOVED_DRAFT, Outcome.PLAN_LONG_DISTANCE_DRAFT,
                Outcome.PLAN_NEWLY_LONG_DISTANCE);
        assertThat(ImpactAnalysis.outcomes(true, true, false, null, null, null, FAR)).containsExactlyInAnyOrder(
                Outcome.PLAN_MOVED_DRAFT, Outcome.PLAN_LONG_DISTANCE_DRAFT, Outcome.PLAN_NEWLY_LONG_DISTANCE);
        assertThat(ImpactAnalysis.outcomes(true, true, false, null, null, FAR, FAR)).containsExactlyInAnyOrder(
                Outcome.PLAN_MOVED_ACTIVE, Outcome.PLAN_LONG_DISTANCE_ACTIVE, Outcome.PLAN_MOVED_DRAFT,
                Outcome.PLAN_LONG_DISTANCE_DRAFT);
        assertThat(ImpactAnalysis.outcomes(true, true, false, null, null, FAR, null)).containsExactlyInAnyOrder(
                Outcome.PLAN_MOVED_ACTIVE, Outcome.PLAN_LONG_DISTANCE_ACTIVE);
    }
}
