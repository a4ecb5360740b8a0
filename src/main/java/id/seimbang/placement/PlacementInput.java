package id.seimbang.placement;

import java.util.Collection;
import java.util.List;
import java.util.Objects;

import id.seimbang.workforce.Employee;
import id.seimbang.workforce.Position;
import id.seimbang.workforce.Sector;
import id.seimbang.workforce.TransferRequest;
import id.seimbang.workforce.Unit;

/**
 * The plain values the placement tables read for one (employee, target cell) pair. Nothing else of
 * the employee reaches the tables, so equal inputs give equal results: this record is the memo key.
 * Of the target only sector, job family, strategic, distance band, spouse and request are read
 * ({@link EmployeePlacement} relies on it).
 *
 * @param skpPredicate latest SKP predicate name ({@code SANGAT_BAIK} … {@code SANGAT_KURANG}), or
 *                     {@link #NO_SKP} when the employee has no appraisal yet
 * @param talentBox    nine-box talent position 1–9, or null when not mapped
 */
public record PlacementInput(
        String educationField,
        List<String> competencies,
        Sector targetSector,
        String targetJobFamily,
        DistanceBand distanceBand,
        boolean requested,
        boolean spouseInTargetKabupaten,
        boolean healthReason,
        String skpPredicate,
        Integer talentBox,
        boolean strategic) {

    /** The SKP value the tables read for an employee without any appraisal. */
    public static final String NO_SKP = "BELUM_ADA";

    public PlacementInput {
        Objects.requireNonNull(educationField, "educationField");
        Objects.requireNonNull(targetSector, "targetSector");
        Objects.requireNonNull(targetJobFamily, "targetJobFamily");
        Objects.requireNonNull(distanceBand, "distanceBand");
        Objects.requireNonNull(skpPredicate, "skpPredicate");
        // sorted and distinct so that the same set of competencies is the same memo key
        competencies = normalised(competencies);
    }

    /** Sorted and distinct; lists that already are (the common case in a province-wide plan) are not re-sorted. */
    private static List<String> normalised(List<String> competencies) {
        for (int i = 1; i < competencies.size(); i++) {
            if (competencies.get(i - 1).compareTo(competencies.get(i)) >= 0) {
                return competencies.stream().distinct().sorted().toList();
            }
        }
        return List.copyOf(competencies);
    }

    public static PlacementInput of(Employee employee, Unit target, Position targetPosition, boolean requested) {
        // Employee keeps its appraisals sorted by year, so the last one is the latest
        String latestSkp = employee.skp().isEmpty() ? NO_SKP
                : employee.skp().get(employee.skp().size() - 1).predicate().name();
        return new PlacementInput(
                employee.educationField() == null ? "" : employee.educationField(),
                List.copyOf(employee.competencies()),
                target.sector(),
                targetPosition.jobFamily(),
                DistanceBands.band(employee, target),
                requested,
                spouseIn(employee, target),
                employee.healthReason(),
                latestSkp,
                employee.talentBox(),
                targetPosition.strategic());
    }

    /** Whether the employee's spouse lives in the target unit's kabupaten. */
    static boolean spouseIn(Employee employee, Unit target) {
        return employee.spouseKabupatenCode() != null && employee.spouseKabupatenCode().equals(target.kabupatenCode());
    }

    /**
     * Whether one of the employee's requests names this target: the unit, and the position too when
     * the request names one.
     */
    public static boolean requested(Collection<TransferRequest> requests, Unit target, Position targetPosition) {
        return requests.stream().anyMatch(r -> r.unitCode() != null && r.unitCode().equals(target.code())
                && (r.positionCode() == null || r.positionCode().equals(targetPosition.code())));
    }

    PlacementInput withEducationField(String field) {
        return new PlacementInput(field, competencies, targetSector, targetJobFamily, distanceBand, requested,
                spouseInTargetKabupaten, healthReason, skpPredicate, talentBox, strategic);
    }
}
