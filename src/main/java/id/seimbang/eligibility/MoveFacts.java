package id.seimbang.eligibility;

import java.util.Objects;
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

    // Written out rather than generated: the generated ones go through method handles that the JIT did not inline,
    // and a decision groups thousands of targets by these facts (over half of a decision's time in a profile).
    // MoveFactsGroupingTest checks that every component takes part.
    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof MoveFacts m && crossInstansi == m.crossInstansi && ownRequest == m.ownRequest
                && monthsSinceCpns == m.monthsSinceCpns && educationRank == m.educationRank
                && requiredEducationRank == m.requiredEducationRank && educationLevel == m.educationLevel
                && requiredEducation == m.requiredEducation && Objects.equals(target, m.target)
                && Objects.equals(currentPositionCode, m.currentPositionCode)
                && Objects.equals(targetPositionCode, m.targetPositionCode)
                && Objects.equals(targetPositionName, m.targetPositionName)
                && Objects.equals(currentJobFamily, m.currentJobFamily)
                && Objects.equals(targetJobFamily, m.targetJobFamily) && Objects.equals(currentLevel, m.currentLevel)
                && Objects.equals(targetLevel, m.targetLevel) && Objects.equals(educationField, m.educationField)
                && requiredFields.equals(m.requiredFields);
    }

    @Override
    public int hashCode() {
        int h = Objects.hashCode(target);
        h = 31 * h + Boolean.hashCode(crossInstansi);
        h = 31 * h + Boolean.hashCode(ownRequest);
        h = 31 * h + monthsSinceCpns;
        h = 31 * h + Objects.hashCode(currentPositionCode);
        h = 31 * h + Objects.hashCode(targetPositionCode);
        h = 31 * h + Objects.hashCode(targetPositionName);
        h = 31 * h + Objects.hashCode(currentJobFamily);
        h = 31 * h + Objects.hashCode(targetJobFamily);
        h = 31 * h + Objects.hashCode(currentLevel);
        h = 31 * h + Objects.hashCode(targetLevel);
        h = 31 * h + Objects.hashCode(educationLevel);
        h = 31 * h + educationRank;
        h = 31 * h + Objects.hashCode(requiredEducation);
        h = 31 * h + requiredEducationRank;
        h = 31 * h + Objects.hashCode(educationField);
        return 31 * h + requiredFields.hashCode();
    }

    /** The same facts for another cell of the same kind (same position and relations). */
    MoveFacts withTarget(CellKey cell) {
        return new MoveFacts(cell, crossInstansi, ownRequest, monthsSinceCpns, currentPositionCode,
                targetPositionCode, targetPositionName, currentJobFamily, targetJobFamily, currentLevel, targetLevel,
                educationLevel, educationRank, requiredEducation, requiredEducationRank, educationField,
                requiredFields);
    }

    /** The same facts without the cell key: what the rules decide on (the key only names the result). */
    MoveFacts withoutTarget() {
        return new MoveFacts(null, crossInstansi, ownRequest, monthsSinceCpns, currentPositionCode,
                targetPositionCode, targetPositionName, currentJobFamily, targetJobFamily, currentLevel, targetLevel,
                educationLevel, educationRank, requiredEducation, requiredEducationRank, educationField,
                requiredFields);
    }
}
