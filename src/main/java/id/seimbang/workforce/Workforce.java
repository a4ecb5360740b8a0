package id.seimbang.workforce;

import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * An immutable, indexed snapshot of all workforce facts. Decisions and plans read from one snapshot
 * so that every employee is evaluated against the same staffing; an import replaces the snapshot.
 */
public final class Workforce {

    private final Map<String, Kabupaten> kabupaten;
    private final Map<String, Instansi> instansi;
    private final Map<String, Unit> units;
    private final Map<String, Position> positions;
    private final Map<CellKey, FormationCell> cells;
    private final Map<String, Employee> employees;
    private final Map<CellKey, List<Employee>> staffByCell;
    private final Map<String, List<TransferRequest>> requestsByNip;

    public Workforce(Collection<Kabupaten> kabupaten, Collection<Instansi> instansi, Collection<Unit> units,
            Collection<Position> positions, Collection<FormationCell> cells, Collection<Employee> employees,
            Collection<TransferRequest> requests) {
        this.kabupaten = index(kabupaten, Kabupaten::code);
        this.instansi = index(instansi, Instansi::code);
        this.units = index(units, Unit::code);
        this.positions = index(positions, Position::code);
        this.cells = index(cells, FormationCell::key);
        this.employees = index(employees, Employee::nip);
        this.staffByCell = employees.stream().sorted(Comparator.comparing(Employee::nip))
                .collect(Collectors.groupingBy(Employee::cell, Collectors.toUnmodifiableList()));
        this.requestsByNip = requests.stream().sorted(Comparator.comparing(TransferRequest::date))
                .collect(Collectors.groupingBy(TransferRequest::nip, Collectors.toUnmodifiableList()));
    }

    private static <K extends Comparable<? super K>, V> Map<K, V> index(Collection<V> values, Function<V, K> key) {
        // A plain HashMap behind an unmodifiable view: lookups are on every decision's hot path, and
        // Map.copyOf's probing table is slower to read.
        Map<K, V> map = new HashMap<>(values.size() * 2);
        values.forEach(v -> map.put(key.apply(v), v));
        return Collections.unmodifiableMap(map);
    }

    public Collection<Kabupaten> kabupaten() { return kabupaten.values(); }
    public Collection<Instansi> instansi() { return instansi.values(); }
    public Collection<Unit> units() { return units.values(); }
    public Collection<Position> positions() { return positions.values(); }
    public Collection<FormationCell> cells() { return cells.values(); }
    public Collection<Employee> employees() { return employees.values(); }

    public Optional<Kabupaten> kabupaten(String code) { return Optional.ofNullable(kabupaten.get(code)); }
    public Optional<Instansi> instansi(String code) { return Optional.ofNullable(instansi.get(code)); }
    public Optional<Unit> unit(String code) { return Optional.ofNullable(units.get(code)); }
    public Optional<Position> position(String code) { return Optional.ofNullable(positions.get(code)); }
    public Optional<FormationCell> cell(CellKey key) { return Optional.ofNullable(cells.get(key)); }
    public Optional<Employee> employee(String nip) { return Optional.ofNullable(employees.get(nip)); }

    /** Employees currently placed in the cell (B), sorted by NIP. */
    public List<Employee> staffOf(CellKey cell) {
        return staffByCell.getOrDefault(cell, List.of());
    }

    /** Every transfer request, by NIP and then oldest first. */
    public List<TransferRequest> requests() {
        return requestsByNip.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .flatMap(e -> e.getValue().stream()).toList();
    }

    /** The employee's transfer requests, oldest first. */
    public List<TransferRequest> requestsOf(String nip) {
        return requestsByNip.getOrDefault(nip, List.of());
    }
}
