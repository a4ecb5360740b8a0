package id.seimbang.plan;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
 * ({@code seimbang.plan.planned-assignments-cache}) and read again only once evicted; markings and changes are read
 * at every call, so another instance's marking counts at once.
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

    private record Executed(String planId, String nip, LocalDate changedUntil) {
    }

    @Override
    public List<RunningAssignment> during(LocalDate first, LocalDate last) {
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
            if (now.runsDuring(first, last)) {
                running.add(now);
            }
        }
        return running;
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
