package id.seimbang.recommendation;

import java.time.LocalDate;
import java.util.List;

import id.seimbang.system.Bilingual;

/** A recorded decision told in plain words, Indonesian first with English alongside. */
public record Explanation(
        String decisionId,
        String policyVersion,
        LocalDate asOf,
        String nip,
        String employeeName,
        Bilingual summary,
        List<Bilingual> eligibility,
        List<MoveExplanation> moves,
        Bilingual requestedTarget,
        List<Bilingual> requestedTargetReasons) {

    /** Why one recommended move is recommended. */
    public record MoveExplanation(int rank, String unitCode, String unitName, String positionCode,
            String positionName, List<Bilingual> because) {
    }
}
