package id.seimbang.recommendation;

import java.util.List;

import id.seimbang.eligibility.RuleOutcome;
import id.seimbang.placement.MatchedRow;
import id.seimbang.system.Bilingual;

/**
 * One evaluated move of the employee to a target cell. {@code gain} is the workload-balance gain
 * 2(g_from − g_to) − 2, {@code score} = gain − penalty. {@code allowed} is false when a move-level rule
 * blocks it or the placement tables exclude it (fit Tidak Sesuai); then penalty and score are not ranked.
 */
public record MoveOption(
        String unitCode,
        String unitName,
        String positionCode,
        String positionName,
        boolean allowed,
        double gapFrom,
        double gapTo,
        double gain,
        Double penalty,
        Double score,
        String fitLevel,
        String relocationSupport,
        String acceptanceRisk,
        List<Bilingual> reasons,
        List<RuleOutcome> ruleOutcomes,
        List<MatchedRow> matchedRows) {
}
