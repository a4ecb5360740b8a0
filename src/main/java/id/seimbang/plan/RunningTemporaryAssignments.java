package id.seimbang.plan;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import com.github.benmanes.caffeine.cache.Cache;

import id.seimbang.system.Caches;
import id.seimbang.temporary.RunningAssignment;
import id.seimbang.temporary.RunningAssignments;
import id.seimbang.workforce.CellKey;

/**
 * The running temporary assignments of every plan, from one query: the moves marked EXECUTED
 * ({@code plan_move_execution}, V18) with the new last day of their latest change ({@code temporary_assignment_change},
 * V19), if any; the home and target cells and the period come from the plan's stored result. A completed plan's result
 * never changes, so the assignments of each plan (a transfer plan's as none) are kept in a bounded cache
 * ({@code seimbang.plan.planned-assignments-cache}) and read again only once evicted. Markings and changes are only
 * ever added (each move is marked once, each change is a new row), so the row counts of both tables are their
 * revision: every call reads the two counts, and the running assignments of every plan are read again only when
 * a count differs from the one they were read at. Another instance's marking still counts at once.
 */
@Component
class RunningTemporaryAssignments implements RunningAssignments {

    private static final String EXECUTED_WITH_LATEST_END = "SELECT e.plan_id, e.nip, c.new_until "
            + "FROM plan_move_execution e LEFT JOIN temporary_assignment_change c ON c.plan_id = e.plan_id "
            + "AND c.nip = e.nip AND c.seq = (SELECT MAX(m.seq) FROM temporary_assignment_change m "
            + "WHERE m.plan_id = e.plan_id AND m.nip = e.nip) WHERE e.status = 'EXECUTED' ORDER BY e.plan_id, e.nip";

    private final JdbcTemplate jdbc;
    private final PlanRepository plans;
    /** Bounded: one entry per completed plan ever marked, and the plans keep coming. */
    private final Cache<String, Map<String, RunningAssignment>> asPlanned;

    RunningTemporaryAssignments(JdbcTemplate jdbc, PlanRepository plans, PlanProperties properties) {
        this.jdbc = jdbc;
        this.plans = plans;
        this.asPlanned = Caches.newBuilder().maximumSize(properties.plannedAssignmentsCache()).build();
    }

    private static final String REVISION = "SELECT (SELECT COUNT(*) FROM plan_move_execution), "
            + "(SELECT COUNT(*) FROM temporary_assignment_change)";

    /** The insert-only tables' row counts: any marking or change makes a new revision. */
    private record Revision(long markings, long changes) {
    }

    /** Every running assignment (whatever its days) as read at a revision. */
    private record Read(Revision revision, List<RunningAssignment> all) {
    }

    private final AtomicReference<Read> last = new AtomicReference<>();

    private record Executed(String planId, String nip, LocalDate changedUntil) {
    }

    @Override
    public List<RunningAssignment> during(LocalDate first, LocalDate last) {
        return all().stream().filter(r -> r.runsDuring(first, last)).toList();
    }

    /**
     * Every running assignment, read again only at a new revision. The revision is read before the rows: a marking
     * committed in between is in the rows but not the revision, so the next call reads again (never the reverse).
     */
    private List<RunningAssignment> all() {
        Revision revision = jdbc.queryForObject(REVISION, (rs, n) -> new Revision(rs.getLong(1), rs.getLong(2)));
        Read read = this.last.get();
        if (read != null && read.revision().equals(revision)) {
            return read.all();
        }
        List<RunningAssignment> all = readAll();
        this.last.set(new Read(revision, all));
        return all;
    }

    private final AtomicLong reads = new AtomicLong();

    /** How often the markings and changes were read (not the revision): once per revision seen. */
    long reads() {
        return reads.get();
    }

    private List<RunningAssignment> readAll() {
        reads.incrementAndGet();
        List<Executed> executed = jdbc.query(EXECUTED_WITH_LATEST_END, (rs, n) -> {
            Date until = rs.getDate("new_until");
            return new Executed(rs.getString("plan_id"), rs.getString("nip"), until == null ? null : until.toLocalDate());
        });
        List<RunningAssignment> running = new ArrayList<>();
        for (Executed e : executed) {
            RunningAssignment planned = asPlanned.get(e.planId(), this::assignmentsOf).get(e.nip());
            if (planned == null) {
                continue; // a move of a transfer plan
            }
            RunningAssignment now = e.changedUntil() == null ? planned : new RunningAssignment(planned.planId(),
                    planned.nip(), planned.home(), planned.target(), planned.from(), e.changedUntil());
            running.add(now);
        }
        return List.copyOf(running);
    }

    /** The assignments of a completed plan of temporary assignments as planned, by NIP; none for a transfer plan. */
    private Map<String, RunningAssignment> assignmentsOf(String planId) {
        PlanResult result = plans.find(planId).map(PlanView::result).orElse(null);
        if (result == null || result.temporary() == null) {
            return Map.of();
        }
        PlanResult.Temporary t = result.temporary();
        return result.moves().stream().collect(Collectors.toUnmodifiableMap(PlannedMove::nip, m -> new RunningAssignment(
                planId, m.nip(), new CellKey(m.fromUnit(), m.fromPosition()), new CellKey(m.toUnit(), m.toPosition()),
                t.from(), t.until()), (a, b) -> a));
    }
}
