package id.seimbang.eligibility;

import java.util.Set;

import id.seimbang.workforce.CellKey;
import id.seimbang.workforce.EducationLevel;

/**
 * Inputs to the move-level rules for one target cell. {@code crossInstansi}: the target unit belongs to
 * another instansi than the current one (only the relation, not the target's name, so that the verdict for
 * every unit of the same kind is computed once). {@code ownRequest}: the employee has a transfer
 * request for the target unit. Education ranks: {@link EducationLevel#rank()}, 0 when none is required.
 * {@code requiredFields} empty means any field qualifies.
 */
public record MoveFacts(
        CellKey target,
        boolean crossInstansi,
        boolean ownRequest,
        int monthsSinceCpns,
        String currentPositionCode,
        String targetPositionCode,
        String targetPositionName,
        String currentJobFamily,
        String targetJobFamily,
        String currentLevel,
        String targetLevel,
        EducationLevel educationLevel,
        int educationRank,
        EducationLevel requiredEducation,
        int requiredEducationRank,
        String educationField,
        Set<String> requiredFields) {

    public MoveFacts {
        requiredFields = Set.copyOf(requiredFields);
    }

    /** The same facts without the cell key: what the rules decide on (the key only names the result). */
    MoveFacts withoutTarget() {
        return new MoveFacts(null, crossInstansi, ownRequest, monthsSinceCpns, currentPositionCode,
                targetPositionCode, targetPositionName, currentJobFamily, targetJobFamily, currentLevel, targetLevel,
                educationLevel, educationRank, requiredEducation, requiredEducationRank, educationField,
                requiredFields);
    }
}
