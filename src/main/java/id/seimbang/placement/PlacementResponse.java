package id.seimbang.placement;

import java.util.List;

import id.seimbang.system.Bilingual;

/** The placement decision for one pair, with the rows that decided it and the policy that was used. */
record PlacementResponse(
        String policyVersion,
        String fitLevel,
        int penalty,
        boolean excluded,
        String relocationSupport,
        String acceptanceRisk,
        String distanceBand,
        List<Bilingual> reasons,
        List<MatchedRow> matchedRows) {

    static PlacementResponse of(String policyVersion, PlacementInput input, PlacementResult result) {
        return new PlacementResponse(policyVersion, result.fitLevel(), result.penalty(), result.excluded(),
                result.relocationSupport(), result.acceptanceRisk(), input.distanceBand().code(), result.reasons(),
                result.matchedRows());
    }
}
