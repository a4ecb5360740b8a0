package id.seimbang.workforce;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * All facts about one civil servant that policy may look at (DESIGN §2). Optional facts are null:
 * {@code studyLeaveUntil}, {@code serviceBondUntil}, {@code spouseKabupatenCode}, {@code talentBox}
 * (1–9 in the nine-box talent grid, 9 best).
 */
public record Employee(
        String nip,
        String name,
        EmploymentStatus status,
        String golongan,
        String unitCode,
        String positionCode,
        LocalDate positionTmt,
        LocalDate cpnsTmt,
        LocalDate birthDate,
        Sex sex,
        EducationLevel educationLevel,
        String educationField,
        Set<String> competencies,
        List<SkpAppraisal> skp,
        List<Sanction> sanctions,
        boolean legalProcess,
        LocalDate studyLeaveUntil,
        LocalDate serviceBondUntil,
        String homeKabupatenCode,
        double homeLatitude,
        double homeLongitude,
        String homeIsland,
        String spouseKabupatenCode,
        boolean healthReason,
        Integer talentBox) {

    public Employee {
        competencies = Set.copyOf(competencies);
        skp = skp.stream().sorted(Comparator.comparingInt(SkpAppraisal::year)).toList();
        sanctions = List.copyOf(sanctions);
    }

    public CellKey cell() {
        return new CellKey(unitCode, positionCode);
    }

    /** The appraisal for a year, if one was recorded. */
    public Optional<SkpAppraisal> skpFor(int year) {
        return skp.stream().filter(a -> a.year() == year).findFirst();
    }
}
