package id.seimbang.eligibility;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import io.swagger.v3.oas.annotations.media.Schema;

import id.seimbang.workforce.EducationLevel;
import id.seimbang.workforce.EmploymentStatus;
import id.seimbang.workforce.PositionType;
import id.seimbang.workforce.Sanction;
import id.seimbang.workforce.SkpAppraisal;

/**
 * Body of {@code POST /api/v1/eligibility}: either {@code nip} (looked up in the workforce data) or
 * {@code employee} (inline facts), an optional {@code asOf} (default today in Asia/Jakarta) and an
 * optional {@code target} cell.
 */
@Schema(description = "Either nip or employee; asOf defaults to today in Asia/Jakarta; target optional")
record EligibilityRequest(
        @Pattern(regexp = "\\d{18}", message = "NIP harus 18 digit / NIP must be 18 digits") String nip,
        @Valid InlineEmployee employee,
        LocalDate asOf,
        @Valid Target target) {

    /** Employee facts for systems that hold their own data. */
    public record InlineEmployee(
            @NotBlank @Pattern(regexp = "\\d{18}", message = "NIP harus 18 digit / NIP must be 18 digits") String nip,
            @NotNull EmploymentStatus status,
            @Schema(description = "Instansi of the current unit; needed for the first-placement rule")
            String instansiCode,
            String unitCode,
            @NotBlank String positionCode,
            @Schema(description = "Current position facts when the position is not in our data")
            @Valid InlinePosition position,
            @NotNull LocalDate positionTmt,
            @NotNull LocalDate cpnsTmt,
            @NotNull LocalDate birthDate,
            EducationLevel educationLevel,
            String educationField,
            List<@Valid @NotNull SkpAppraisal> skp,
            List<@Valid @NotNull Sanction> sanctions,
            boolean legalProcess,
            @Schema(description = "Start of a study leave; empty = already running")
            LocalDate studyLeaveFrom,
            LocalDate studyLeaveUntil,
            @Schema(description = "Start of a service bond; empty = already running")
            LocalDate serviceBondFrom,
            LocalDate serviceBondUntil,
            @Schema(description = "Units the employee asked to move to (own request)")
            List<String> requestedUnitCodes) {
    }

    /** The target cell; {@code instansiCode} and {@code position} describe it when it is not in our data. */
    public record Target(
            @NotBlank String unitCode,
            @NotBlank String positionCode,
            String instansiCode,
            @Valid InlinePosition position) {
    }

    public record InlinePosition(
            String name,
            @NotNull PositionType type,
            @NotBlank String level,
            @NotBlank String jobFamily,
            EducationLevel minEducationLevel,
            Set<String> educationFields) {
    }
}
