package id.seimbang.placement;

import id.seimbang.system.FullPrecision;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

import id.seimbang.workforce.Sector;
import id.seimbang.workforce.SkpPredicate;

/**
 * One (employee, target cell) pair to evaluate: the employee by NIP or as inline facts, the target
 * by unit and position codes or as inline facts.
 */
@Schema(description = "Pegawai (NIP atau fakta langsung) dan sel tujuan / Employee (NIP or inline facts) and target cell")
record PlacementRequest(
        @Schema(description = "NIP of a known employee; give this or 'employee'", example = "199001012015031001")
        String nip,
        @Schema(description = "Inline employee facts; give this or 'nip'")
        EmployeeFacts employee,
        @Schema(description = "Target unit code; give this or 'unit'", example = "DINKES")
        String unitCode,
        @Schema(description = "Target position code; give this or 'position'", example = "PERAWAT_AHLI_PERTAMA")
        String positionCode,
        @Schema(description = "Inline target unit facts; give this or 'unitCode'")
        UnitFacts unit,
        @Schema(description = "Inline target position facts; give this or 'positionCode'")
        PositionFacts position,
        @Schema(description = "Whether the employee asked for this target; default: read from the employee's "
                + "transfer requests (NIP) or false (inline)")
        Boolean requested) {

    /** The facts of an employee the placement tables read. */
    public record EmployeeFacts(
            @Schema(example = "KEPERAWATAN") String educationField,
            @Schema(example = "[\"STR_PERAWAT\"]") List<String> competencies,
            @Schema(example = "1771") String homeKabupatenCode,
            @Schema(example = "-3.80") @FullPrecision double homeLatitude,
            @Schema(example = "102.27") @FullPrecision double homeLongitude,
            @Schema(example = "SUMATRA") String homeIsland,
            @Schema(example = "1702") String spouseKabupatenCode,
            boolean healthReason,
            @Schema(description = "Latest SKP predicate; null when not appraised yet") SkpPredicate skpPredicate,
            @Schema(description = "Talent box 1-9, or null", example = "7") Integer talentBox) {
    }

    /** The facts of a target unit the placement tables read. */
    public record UnitFacts(
            @Schema(example = "1771") String kabupatenCode,
            @Schema(example = "HEALTH") Sector sector,
            @Schema(example = "-3.7956") @FullPrecision double latitude,
            @Schema(example = "102.2592") @FullPrecision double longitude,
            @Schema(example = "SUMATRA") String island) {
    }

    /** The facts of a target position the placement tables read. */
    public record PositionFacts(
            @Schema(example = "HEALTH") String jobFamily,
            boolean strategic) {
    }
}
