package id.seimbang.placement;

import java.util.List;

import id.seimbang.system.Bilingual;

/**
 * What the placement tables decided for one input tuple.
 *
 * @param fitLevel          Sangat Sesuai / Sesuai / Kurang Sesuai / Tidak Sesuai
 * @param penalty           placement penalty, ≥ 0, in balance-gain units
 * @param excluded          the move must not be proposed (fit is Tidak Sesuai)
 * @param relocationSupport NONE / TRANSPORT / TRANSPORT_AND_HOUSING
 * @param acceptanceRisk    LOW / MEDIUM / HIGH
 * @param matchedRows       rows that decided, per table, in evaluation order
 */
public record PlacementResult(String fitLevel, int penalty, boolean excluded, String relocationSupport,
        String acceptanceRisk, List<Bilingual> reasons, List<MatchedRow> matchedRows) {

    public PlacementResult {
        reasons = List.copyOf(reasons);
        matchedRows = List.copyOf(matchedRows);
    }
}
