package id.seimbang.eligibility;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import id.seimbang.workforce.EducationLevel;
import id.seimbang.workforce.Employee;
import id.seimbang.workforce.EmploymentStatus;
import id.seimbang.workforce.Position;
import id.seimbang.workforce.PositionType;
import id.seimbang.workforce.Sanction;
import id.seimbang.workforce.SanctionLevel;
import id.seimbang.workforce.Sex;
import id.seimbang.workforce.SkpAppraisal;
import id.seimbang.workforce.SkpPredicate;

/**
 * Employees for rule tests: {@link #eligiblePns()} passes every rule as of {@link #AS_OF}; each
 * {@code with...} method breaks (or moves to a boundary) exactly one fact.
 */
public final class EmployeeFixtures {

    public static final LocalDate AS_OF = LocalDate.of(2026, 11, 26);

    /** The fixture employee's position: pelaksana in the finance job family, S1 in accounting or economics. */
    public static final Position ANALIS_KEUANGAN = new Position("ANALIS-KEU", "Analis Keuangan",
            PositionType.PELAKSANA, "PELAKSANA", "KEUANGAN", EducationLevel.S1, Set.of("Akuntansi", "Ekonomi"), false);

    private String nip = "198005102011011001";
    private EmploymentStatus status = EmploymentStatus.PNS;
    private String unitCode = "U-BPKAD-PROV";
    private String positionCode = ANALIS_KEUANGAN.code();
    private LocalDate positionTmt = AS_OF.minusYears(3);
    private LocalDate cpnsTmt = LocalDate.of(2011, 1, 1);
    private LocalDate birthDate = LocalDate.of(1980, 5, 10);
    private EducationLevel educationLevel = EducationLevel.S1;
    private String educationField = "Akuntansi";
    // Baik every year from 2019 to 2026 (Sangat Baik in 2025), so tests at other as-of dates pass SKP too.
    private List<SkpAppraisal> skp = new ArrayList<>(java.util.stream.IntStream.rangeClosed(2019, 2026)
            .mapToObj(y -> new SkpAppraisal(y, y == 2025 ? SkpPredicate.SANGAT_BAIK : SkpPredicate.BAIK)).toList());
    private List<Sanction> sanctions = new ArrayList<>();
    private boolean legalProcess;
    private LocalDate studyLeaveFrom;
    private LocalDate studyLeaveUntil;
    private LocalDate serviceBondFrom;
    private LocalDate serviceBondUntil;

    private EmployeeFixtures() {
    }

    public static EmployeeFixtures eligiblePns() {
        return new EmployeeFixtures();
    }

    public EmployeeFixtures withNip(String value) { nip = value; return this; }
    public EmployeeFixtures withStatus(EmploymentStatus value) { status = value; return this; }
    public EmployeeFixtures withUnit(String value) { unitCode = value; return this; }
    public EmployeeFixtures withPosition(String value) { positionCode = value; return this; }
    public EmployeeFixtures withPositionTmt(LocalDate value) { positionTmt = value; return this; }
    public EmployeeFixtures withCpnsTmt(LocalDate value) { cpnsTmt = value; return this; }
    public EmployeeFixtures withBirthDate(LocalDate value) { birthDate = value; return this; }
    public EmployeeFixtures withEducation(EducationLevel level, String field) {
        educationLevel = level;
        educationField = field;
        return this;
    }
    public EmployeeFixtures withSkp(int year, SkpPredicate predicate) {
        skp.removeIf(a -> a.year() == year);
        skp.add(new SkpAppraisal(year, predicate));
        return this;
    }
    public EmployeeFixtures withoutSkp(int year) { skp.removeIf(a -> a.year() == year); return this; }
    public EmployeeFixtures withSanction(SanctionLevel level, LocalDate from, LocalDate until) {
        sanctions.add(new Sanction(level, from, until));
        return this;
    }
    public EmployeeFixtures withLegalProcess() { legalProcess = true; return this; }
    public EmployeeFixtures withStudyLeaveUntil(LocalDate value) { studyLeaveUntil = value; return this; }
    public EmployeeFixtures withStudyLeave(LocalDate from, LocalDate until) {
        studyLeaveFrom = from;
        studyLeaveUntil = until;
        return this;
    }
    public EmployeeFixtures withServiceBondUntil(LocalDate value) { serviceBondUntil = value; return this; }
    public EmployeeFixtures withServiceBond(LocalDate from, LocalDate until) {
        serviceBondFrom = from;
        serviceBondUntil = until;
        return this;
    }

    public Employee build() {
        return new Employee(nip, "Pegawai " + nip.substring(nip.length() - 4), status, "III/b", unitCode, positionCode,
                positionTmt, cpnsTmt, birthDate, Sex.MALE, educationLevel, educationField, Set.of("akuntansi"), skp,
                sanctions, legalProcess, studyLeaveFrom, studyLeaveUntil, serviceBondFrom, serviceBondUntil, "KAB-01", -6.9, 107.6, "Jawa", null,
                false, null);
    }
}
