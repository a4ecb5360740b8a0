package id.seimbang.workforce;

import id.seimbang.system.FullPrecision;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import id.seimbang.system.Bilingual;

/**
 * All facts about one civil servant that policy may look at (architecture §2). Optional facts are null:
 * {@code studyLeaveFrom}/{@code studyLeaveUntil} and {@code serviceBondFrom}/{@code serviceBondUntil} (a start
 * without an end is refused on import; no start means already running), {@code spouseKabupatenCode},
 * {@code talentBox} (1–9 in the nine-box talent grid, 9 best).
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
        LocalDate studyLeaveFrom,
        LocalDate studyLeaveUntil,
        LocalDate serviceBondFrom,
        LocalDate serviceBondUntil,
        String homeKabupatenCode,
        // Coordinates are facts (distances, placement): never rounded at the edge.
        @FullPrecision double homeLatitude,
        @FullPrecision double homeLongitude,
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

    /**
     * What is wrong with an optional period (study leave, service bond) given by its start and end, or null:
     * a start needs an end, and the end may not come before it.
     */
    public static Bilingual periodProblem(LocalDate from, LocalDate until) {
        if (from != null && until == null) {
            return Bilingual.of("Tanggal mulai " + from + " tanpa tanggal selesai", "Start date " + from + " without an end date");
        }
        if (from != null && until.isBefore(from)) {
            return Bilingual.of("Tanggal selesai " + until + " sebelum tanggal mulai " + from,
                    "End date " + until + " is before start date " + from);
        }
        return null;
    }

    /** The same employee with other SKP appraisals (e.g. later years assumed for a look ahead). */
    public Employee withSkp(List<SkpAppraisal> appraisals) {
        return new Employee(nip, name, status, golongan, unitCode, positionCode, positionTmt, cpnsTmt, birthDate, sex,
                educationLevel, educationField, competencies, appraisals, sanctions, legalProcess, studyLeaveFrom,
                studyLeaveUntil, serviceBondFrom, serviceBondUntil, homeKabupatenCode, homeLatitude, homeLongitude,
                homeIsland, spouseKabupatenCode, healthReason, talentBox);
    }

    /** The same employee with another education (a counterfactual: "what would change the answer"). */
    public Employee withEducation(EducationLevel level, String field) {
        return new Employee(nip, name, status, golongan, unitCode, positionCode, positionTmt, cpnsTmt, birthDate, sex,
                level, field, competencies, skp, sanctions, legalProcess, studyLeaveFrom, studyLeaveUntil,
                serviceBondFrom, serviceBondUntil, homeKabupatenCode, homeLatitude, homeLongitude, homeIsland,
                spouseKabupatenCode, healthReason, talentBox);
    }

    /** The same employee with the spouse in another kabupaten (a counterfactual). */
    public Employee withSpouseKabupaten(String kabupatenCode) {
        return new Employee(nip, name, status, golongan, unitCode, positionCode, positionTmt, cpnsTmt, birthDate, sex,
                educationLevel, educationField, competencies, skp, sanctions, legalProcess, studyLeaveFrom,
                studyLeaveUntil, serviceBondFrom, serviceBondUntil, homeKabupatenCode, homeLatitude, homeLongitude,
                homeIsland, kabupatenCode, healthReason, talentBox);
    }

    /** The appraisal for a year, if one was recorded. */
    public Optional<SkpAppraisal> skpFor(int year) {
        return skp.stream().filter(a -> a.year() == year).findFirst();
    }
}
