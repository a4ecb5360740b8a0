package id.seimbang.workforce;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.github.benmanes.caffeine.cache.Cache;

import id.seimbang.system.Caches;

/**
 * An immutable, indexed snapshot of all workforce facts. Decisions and plans read from one snapshot
 * so that every employee is evaluated against the same staffing; an import replaces the snapshot.
 * <p>
 * The snapshot also holds the ABK workload history ({@link WorkloadPeriod}) and temporary workloads ({@link Surge}).
 * {@link #asOf(LocalDate)} gives the view whose cells carry the workload in force on a date; it is built once per
 * date and kept with the snapshot, and is this very snapshot when nothing dated changes a cell's workload.
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
    /** Each cell's ABK periods, oldest first; empty when no cell has any. */
    private final Map<CellKey, List<WorkloadPeriod>> periodsByCell;
    private final List<Surge> surges;
    /** Each cell's recorded placements (V20), any order; empty when none is recorded. */
    private final Map<CellKey, List<Placement>> placementsByCell;
    /** The first day of the placement history (the earliest placement's first day); null when none is recorded. */
    private final LocalDate placementsFrom;
    /** The snapshot the dated views are derived from: this one, or the one this view was derived from. */
    private final Workforce base;
    /** The first days of all periods, oldest first. */
    private final java.util.NavigableSet<LocalDate> periodStarts;
    /**
     * Dated views of this snapshot by what is in force (the latest period start, the surges covering the date), so
     * that every date with the same workloads shares one view and with it the indexes kept per view. Held only by
     * a base snapshot (null in a view).
     */
    private final Cache<InForce, Workforce> views;

    /** What is in force on a date: the latest period start on or before it (null: none) and the surges covering it. */
    private record InForce(LocalDate periodStart, List<Surge> surges) {
    }

    public Workforce(Collection<Kabupaten> kabupaten, Collection<Instansi> instansi, Collection<Unit> units,
            Collection<Position> positions, Collection<FormationCell> cells, Collection<Employee> employees,
            Collection<TransferRequest> requests) {
        this(kabupaten, instansi, units, positions, cells, employees, requests, List.of(), List.of());
    }

    public Workforce(Collection<Kabupaten> kabupaten, Collection<Instansi> instansi, Collection<Unit> units,
            Collection<Position> positions, Collection<FormationCell> cells, Collection<Employee> employees,
            Collection<TransferRequest> requests, Collection<WorkloadPeriod> periods, Collection<Surge> surges) {
        this(kabupaten, instansi, units, positions, cells, employees, requests, periods, surges, List.of());
    }

    public Workforce(Collection<Kabupaten> kabupaten, Collection<Instansi> instansi, Collection<Unit> units,
            Collection<Position> positions, Collection<FormationCell> cells, Collection<Employee> employees,
            Collection<TransferRequest> requests, Collection<WorkloadPeriod> periods, Collection<Surge> surges,
            Collection<Placement> placements) {
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
        this.periodsByCell = periods.stream().sorted(Comparator.comparing(WorkloadPeriod::effectiveFrom))
                .collect(Collectors.groupingBy(WorkloadPeriod::key, Collectors.toUnmodifiableList()));
        this.surges = surges.stream().sorted(Comparator.comparing(Surge::from).thenComparing(Surge::key)).toList();
        this.placementsByCell = placements.stream()
                .collect(Collectors.groupingBy(Placement::cell, Collectors.toUnmodifiableList()));
        this.placementsFrom = placements.stream().map(Placement::from).min(Comparator.naturalOrder()).orElse(null);
        this.base = this;
        TreeSet<LocalDate> starts = new TreeSet<>();
        periods.forEach(p -> starts.add(p.effectiveFrom()));
        this.periodStarts = Collections.unmodifiableNavigableSet(starts);
        // A handful of combinations are in force over the dates asked for (each period, each surge's span).
        this.views = Caches.newBuilder().maximumSize(64).build();
    }

    /** A dated view: the base's facts, with the cells' workload in force on one date. */
    private Workforce(Workforce base, Map<CellKey, FormationCell> cells) {
        this.kabupaten = base.kabupaten;
        this.instansi = base.instansi;
        this.units = base.units;
        this.positions = base.positions;
        this.cells = Collections.unmodifiableMap(cells);
        this.employees = base.employees;
        this.staffByCell = base.staffByCell;
        this.requestsByNip = base.requestsByNip;
        this.periodsByCell = base.periodsByCell;
        this.surges = base.surges;
        this.placementsByCell = base.placementsByCell;
        this.placementsFrom = base.placementsFrom;
        this.base = base;
        this.periodStarts = base.periodStarts;
        this.views = null;
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

    /**
     * The first day of the recorded placement history (V20), if any placement is recorded: staff on an earlier day
     * is not known.
     */
    public Optional<LocalDate> placementsRecordedFrom() {
        return Optional.ofNullable(placementsFrom);
    }

    /**
     * The day whose staff {@link #staffOn} gives for {@code date}: the date itself inside the recorded history, its
     * first day for a date before it, and {@code today} for a later date or when no history is recorded (the staff
     * of a future day is not known beyond today's).
     */
    public LocalDate staffDay(LocalDate date, LocalDate today) {
        if (placementsFrom == null || date.isAfter(today)) {
            return today;
        }
        return date.isBefore(placementsFrom) ? placementsFrom : date;
    }

    /**
     * The staff B of the cell on {@link #staffDay staffDay(date, today)}: the placements recorded in force that
     * day, or today's staff ({@link #staffOf}) when that day is today or no placement is recorded.
     */
    public int staffOn(CellKey cell, LocalDate date, LocalDate today) {
        LocalDate day = staffDay(date, today);
        if (placementsFrom == null || day.equals(today)) {
            return staffOf(cell).size();
        }
        int n = 0;
        for (Placement p : placementsByCell.getOrDefault(cell, List.of())) {
            if (p.covers(day)) {
                n++;
            }
        }
        return n;
    }

    /** Whether any cell has an ABK period or any surge is recorded: otherwise every dated view is this snapshot. */
    public boolean hasDatedWorkload() {
        return !periodsByCell.isEmpty() || !surges.isEmpty();
    }

    /**
     * The snapshot with each cell's workload W in force on {@code date}: the ABK period in force (the latest that
     * starts on or before the date, else the cell's formation value) plus the surges covering the date. The same
     * object for the same date, and this snapshot itself when no dated workload changes any cell.
     */
    public Workforce asOf(LocalDate date) {
        return base.view(date, true);
    }

    /** As {@link #asOf}, without surges: the ABK workload alone (the history of periods). */
    public Workforce abkAsOf(LocalDate date) {
        return base.view(date, false);
    }

    private Workforce view(LocalDate date, boolean withSurges) {
        LocalDate start = periodStarts.floor(date);
        List<Surge> covering = List.of();
        if (withSurges && !surges.isEmpty()) {
            covering = surges.stream().filter(s -> s.covers(date)).toList();
        }
        if (start == null && covering.isEmpty()) {
            return this; // nothing dated in force: the formation values
        }
        List<Surge> active = covering;
        return views.get(new InForce(start, active), k -> derive(start, active));
    }

    /** The cells with the workload of the periods starting on or before {@code start}, plus {@code active}. */
    private Workforce derive(LocalDate start, List<Surge> active) {
        Map<CellKey, FormationCell> dated = new HashMap<>(cells.size() * 2);
        boolean changed = false;
        for (FormationCell cell : cells.values()) {
            double w = start == null ? cell.workloadHours() : abkWorkload(cell, start);
            if (w != cell.workloadHours()) {
                changed = true;
            }
            dated.put(cell.key(), w == cell.workloadHours() ? cell
                    : new FormationCell(cell.unitCode(), cell.positionCode(), w));
        }
        for (Surge surge : active) {
            List<CellKey> targets = surgeCells(surge);
            for (CellKey key : targets) {
                FormationCell cell = dated.get(key);
                dated.put(key, new FormationCell(key.unitCode(), key.positionCode(),
                        cell.workloadHours() + (double) surge.extraHours() / targets.size()));
                changed = true;
            }
        }
        return changed ? new Workforce(this, dated) : this;
    }

    private double abkWorkload(FormationCell cell, LocalDate date) {
        double w = cell.workloadHours();
        for (WorkloadPeriod period : periodsByCell.getOrDefault(cell.key(), List.of())) {
            if (period.effectiveFrom().isAfter(date)) {
                break;
            }
            w = period.workloadHours();
        }
        return w;
    }

    /** The cells a surge adds to: its cell, or the unit's cells whose position has its job family (by key). */
    public List<CellKey> surgeCells(Surge surge) {
        if (surge.positionCode() != null) {
            CellKey key = new CellKey(surge.unitCode(), surge.positionCode());
            return base.cells.containsKey(key) ? List.of(key) : List.of();
        }
        List<CellKey> keys = new ArrayList<>();
        for (FormationCell cell : base.cells.values()) {
            Position p = positions.get(cell.positionCode());
            if (cell.unitCode().equals(surge.unitCode()) && p != null && surge.jobFamily().equals(p.jobFamily())) {
                keys.add(cell.key());
            }
        }
        keys.sort(Comparator.naturalOrder());
        return keys;
    }

    /** The cell's ABK periods, oldest first (empty when only its formation value applies). */
    public List<WorkloadPeriod> periodsOf(CellKey cell) {
        return periodsByCell.getOrDefault(cell, List.of());
    }

    /** Every ABK period, by cell and then oldest first. */
    public List<WorkloadPeriod> periods() {
        return periodsByCell.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .flatMap(e -> e.getValue().stream()).toList();
    }

    /** The first days of the ABK periods of any cell, oldest first. */
    public SortedSet<LocalDate> periodStarts() {
        return periodStarts;
    }

    /** Every recorded surge, by first day. */
    public List<Surge> surges() {
        return surges;
    }

    /** The recorded surge with this {@link Surge#key()}, if any. */
    public Optional<Surge> surge(String key) {
        return surges.stream().filter(s -> s.key().equals(key)).findFirst();
    }

    /** The surges in force on the date. */
    public List<Surge> surgesOn(LocalDate date) {
        return surges.stream().filter(s -> s.covers(date)).toList();
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
