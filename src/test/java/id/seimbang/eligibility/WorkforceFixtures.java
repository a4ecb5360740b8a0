package id.seimbang.eligibility;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import id.seimbang.workforce.EducationLevel;
import id.seimbang.workforce.Employee;
import id.seimbang.workforce.FormationCell;
import id.seimbang.workforce.Instansi;
import id.seimbang.workforce.InstansiLevel;
import id.seimbang.workforce.Kabupaten;
import id.seimbang.workforce.Position;
import id.seimbang.workforce.PositionType;
import id.seimbang.workforce.RequestReason;
import id.seimbang.workforce.Sector;
import id.seimbang.workforce.TransferRequest;
import id.seimbang.workforce.Unit;
import id.seimbang.workforce.Workforce;

/**
 * A small province for move rules: the fixture employee sits in the provincial finance agency
 * ({@code U-BPKAD-PROV}); another provincial unit, and a regency unit of another instansi.
 */
public final class WorkforceFixtures {

    public static final String SAME_INSTANSI_UNIT = "U-BAPENDA-PROV";
    public static final String OTHER_INSTANSI_UNIT = "U-BPKAD-KAB";

    public static final Position ANALIS_KEUANGAN_2 = new Position("ANALIS-ANGGARAN", "Analis Anggaran",
            PositionType.PELAKSANA, "PELAKSANA", "KEUANGAN", EducationLevel.S1, Set.of(), false);
    public static final Position PRANATA_KOMPUTER = new Position("PRANATA-KOMPUTER", "Pranata Komputer",
            PositionType.PELAKSANA, "PELAKSANA", "TEKNOLOGI_INFORMASI", EducationLevel.D3, Set.of(), false);
    public static final Position KASUBBAG_KEUANGAN = new Position("KASUBBAG-KEU", "Kepala Subbagian Keuangan",
            PositionType.PENGAWAS, "PENGAWAS", "KEUANGAN", EducationLevel.S1, Set.of(), false);
    public static final Position AUDITOR_S2 = new Position("ANALIS-KEU-S2", "Analis Keuangan Madya",
            PositionType.PELAKSANA, "PELAKSANA", "KEUANGAN", EducationLevel.S2, Set.of(), false);
    public static final Position ANALIS_PAJAK = new Position("ANALIS-PAJAK", "Analis Pajak",
            PositionType.PELAKSANA, "PELAKSANA", "KEUANGAN", EducationLevel.D4, Set.of("Perpajakan"), false);

    private WorkforceFixtures() {
    }

    /** The province with {@code employee} in it and, when {@code requestedUnit} is not null, their request. */
    public static Workforce province(Employee employee, String requestedUnit) {
        List<Kabupaten> kabupaten = List.of(new Kabupaten("KAB-01", "Kota Bandung", -6.91, 107.61),
                new Kabupaten("KAB-02", "Kabupaten Garut", -7.21, 107.90));
        List<Instansi> instansi = List.of(new Instansi("PROV", "Pemerintah Provinsi", InstansiLevel.PROVINSI, "KAB-01"),
                new Instansi("GARUT", "Pemerintah Kabupaten Garut", InstansiLevel.KABUPATEN, "KAB-02"));
        List<Unit> units = List.of(
                new Unit("U-BPKAD-PROV", "BPKAD Provinsi", "PROV", "KAB-01", Sector.FINANCE, -6.91, 107.61, "Jawa", true),
                new Unit(SAME_INSTANSI_UNIT, "Bapenda Provinsi", "PROV", "KAB-01", Sector.FINANCE, -6.90, 107.62, "Jawa", true),
                new Unit(OTHER_INSTANSI_UNIT, "BPKAD Kabupaten Garut", "GARUT", "KAB-02", Sector.FINANCE, -7.21, 107.90, "Jawa", true));
        List<Position> positions = List.of(EmployeeFixtures.ANALIS_KEUANGAN, ANALIS_KEUANGAN_2, PRANATA_KOMPUTER,
                KASUBBAG_KEUANGAN, AUDITOR_S2, ANALIS_PAJAK);
        List<FormationCell> cells = units.stream().flatMap(u -> positions.stream()
                .map(p -> new FormationCell(u.code(), p.code(), 2500))).toList();
        List<TransferRequest> requests = requestedUnit == null ? List.of()
                : List.of(new TransferRequest(employee.nip(), requestedUnit, null, RequestReason.FAMILY,
                        LocalDate.of(2026, 6, 1)));
        return new Workforce(kabupaten, instansi, units, positions, cells, List.of(employee), requests);
    }
}
