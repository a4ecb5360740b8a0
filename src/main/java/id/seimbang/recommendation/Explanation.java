package id.seimbang.recommendation;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import id.seimbang.system.Bilingual;

/**
 * A recorded decision told in plain words, Indonesian first with English alongside; {@code temporary}, the proposed
 * temporary assignments of a decision with a temporary part (absent otherwise).
 */
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
        List<Bilingual> requestedTargetReasons,
        @JsonInclude(JsonInclude.Include.NON_NULL) List<Bilingual> temporary) {

    /** Why one recommended move is recommended. */
    public record MoveExplanation(int rank, String unitCode, String unitName, String positionCode,
            String positionName, List<Bilingual> because) {
    }
}
