package id.seimbang.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

import id.seimbang.eligibility.EligibilityService;
import id.seimbang.eligibility.MoveEligibility;
import id.seimbang.eligibility.MoveOutcome;
import id.seimbang.placement.EmployeePlacement;
import id.seimbang.placement.PlacementEvaluator;
import id.seimbang.placement.PlacementEvaluators;
import id.seimbang.placement.PlacementResult;
import id.seimbang.placement.TemporaryFit;
import id.seimbang.placement.TemporaryFitEvaluator;
import id.seimbang.system.Bilingual;
import id.seimbang.policy.PolicySnapshot;
import id.seimbang.system.Parallel;
import id.seimbang.temporary.TemporaryAssignmentJudge;
import id.seimbang.workforce.CellKey;
import id.seimbang.workforce.Employee;
import id.seimbang.workforce.Position;
import id.seimbang.workforce.TransferRequest;
import id.seimbang.workforce.Unit;
import id.seimbang.workforce.Workforce;

/**
 * Turns the workforce and the policy into the optimiser's input: the gap of every cell in scope and every
 * move the policy allows (employee eligible, no move rule blocking, placement not excluded), with its
 * cost = moveCost + placement penalty.
 */
@Component
class PlanCandidateBuilder {

    private final EligibilityService eligibility;
    private final TemporaryAssignmentJudge temporary;
    private final PlacementEvaluators placements;
    private final Executor workers;
    private final int parallelism;

    PlanCandidateBuilder(EligibilityService eligibility, TemporaryAssignmentJudge temporary,
            PlacementEvaluators placements, @Qualifier(PlanPools.WORKERS) Executor workers, PlanProperties properties) {
        this.eligibility = eligibility;
        this.temporary = temporary;
        this.placements = placements;
        this.workers = workers;
        this.parallelism = properties.parallelism();
    }

    /** Everything the optimiser and the result need: problem, the placement behind each candidate, counts. */
    record Candidates(Map<CellKey, Double> gaps, List<CandidateMove> moves, List<PlacementResult> placements,
            int employeesInScope, int eligibleEmployees) {
    }

    Candidates build(PolicySnapshot policy, Workforce data, PlanScopeFilter scope, LocalDate asOf, double moveCost,
            double effectiveHours, PlanProgress progress, PlanTimings timings) {
        TreeMap<CellKey, Double> gaps = new TreeMap<>();
        data.cells().stream()
                .filter(c -> data.unit(c.unitCode()).filter(scope.covers()).isPresent())
                .forEach(c -> gaps.put(c.key(), data.staffOf(c.key()).size() - c.workloadHours() / effectiveHours));
        // Move rules read the target's position and whether it is in another instansi, not the unit itself:
        // one representative cell per (position, same/other instansi) is evaluated and its verdict holds for
        // the whole group (MoveFactsGroupingTest guards this).
        Map<String, Map<String, List<Target>>> byInstansiAndPosition = new TreeMap<>();
        for (CellKey cell : gaps.keySet()) {
            Unit unit = data.unit(cell.unitCode()).orElseThrow();
            byInstansiAndPosition.computeIfAbsent(unit.instansiCode(), i -> new TreeMap<>())
                    .computeIfAbsent(cell.positionCode(), p -> new ArrayList<>())
                    .add(new Target(cell, unit, data.position(cell.positionCode()).orElseThrow()));
        }
        Map<String, List<List<Target>>> groupsByInstansi = new HashMap<>();
        for (String instansi : byInstansiAndPosition.keySet()) {
            groupsByInstansi.put(instansi, groupsSeenFrom(instansi, byInstansiAndPosition));
        }
        List<Employee> employees = gaps.keySet().stream().flatMap(k -> data.staffOf(k).stream())
                .sorted(Comparator.comparing(Employee::nip)).toList();
        PlacementEvaluator placement = placements.of(policy);

        AtomicInteger done = new AtomicInteger();
        List<List<Candidate>> perEmployee = PlanTasks.join(() -> Parallel.map(workers, parallelism, employees, e -> {
            List<Candidate> found = candidatesOf(policy, data, e,
                    groupsByInstansi.get(data.unit(e.unitCode()).orElseThrow().instansiCode()), asOf,
                    moveCost, placement, timings);
            int count = done.incrementAndGet();
            if (count % 200 == 0) {
                progress.update("eligibility", 0.6 * count / employees.size());
            }
            return found;
        }));
        return collected(gaps, perEmployee, employees.size());
    }

    /** Every employee's candidates in order; an employee with a list (possibly empty) is eligible, null is not. */
    private static Candidates collected(Map<CellKey, Double> gaps, List<List<Candidate>> perEmployee, int inScope) {
        // sized once: a province-wide plan has millions of candidates
        int total = perEmployee.stream().mapToInt(list -> list == null ? 0 : list.size()).sum();
        List<CandidateMove> moves = new ArrayList<>(total);
        List<PlacementResult> placements = new ArrayList<>(total);
        int eligible = 0;
        for (List<Candidate> list : perEmployee) {
            if (list != null) {
                eligible++;
                list.forEach(c -> {
                    moves.add(c.move());
                    placements.add(c.placement());
                });
            }
        }
        return new Candidates(gaps, moves, placements, inScope, eligible);
    }

    private record Candidate(CandidateMove move, PlacementResult placement) {
    }

    /**
     * The candidates of a plan of temporary assignments (issue 20 point 2) for one period: every employee in scope
     * whom the temporary-assignment rules allow (facts as of the period's first day, the home cell judged with the
     * employee away) and whose fit for the kind of work is not Tidak Sesuai may go to every cell in scope of another
     * unit whose position belongs to the job family the fit table names for the work, at moveCost + the fit penalty.
     * The fit does not depend on the target, so it is evaluated once per employee (memoised per distinct values). The
     * {@link PlacementResult} of such a candidate carries the fit level, penalty, reasons and matched rows; relocation
     * support and acceptance risk do not apply (null). Running assignments of other plans count ({@link RunningAway}):
     * their employees are not candidates, each home cell's staff during the period is also less the most of them
     * away from it on one day, and each cell's gap over the period moves by their hours for the days they run (away
     * from the home cell, to the target: {@link RunningAway#shiftOf}).
     */
    Candidates buildTemporary(PolicySnapshot policy, Workforce data, PlanScopeFilter scope, TemporaryPlanOptions period,
            RunningAway away, double moveCost, double effectiveHours, PlanProgress progress, PlanTimings timings) {
        TreeMap<CellKey, Double> gaps = new TreeMap<>();
        data.cells().stream()
                .filter(c -> data.unit(c.unitCode()).filter(scope.covers()).isPresent())
                .forEach(c -> gaps.put(c.key(), data.staffOf(c.key()).size() - c.workloadHours() / effectiveHours
                        + away.shiftOf(c.key())));
        Map<String, List<CellKey>> cellsByFamily = new HashMap<>();
        for (CellKey cell : gaps.keySet()) {
            Position position = data.position(cell.positionCode()).orElseThrow();
            cellsByFamily.computeIfAbsent(position.jobFamily(), f -> new ArrayList<>()).add(cell);
        }
        List<Employee> employees = gaps.keySet().stream().flatMap(k -> data.staffOf(k).stream())
                .sorted(Comparator.comparing(Employee::nip)).toList();
        TemporaryFitEvaluator fits = TemporaryFitEvaluator.of(policy);
        AtomicInteger done = new AtomicInteger();
        List<List<Candidate>> perEmployee = PlanTasks.join(() -> Parallel.map(workers, parallelism, employees, e -> {
            int count = done.incrementAndGet();
            if (count % 200 == 0) {
                progress.update("eligibility", 0.6 * count / employees.size());
            }
            // The fit first: it is memoised per distinct competencies, and only an employee who fits needs the rules
            // (an employee not fit has no candidate whatever the rules say).
            long t1 = System.nanoTime();
            Position position = data.position(e.positionCode()).orElseThrow();
            TemporaryFit fit = fits.evaluate(period.work(), e.competencies(), position.jobFamily());
            timings.add("placement", t1);
            if (fit.excluded() || away.assigned().contains(e.nip())) {
                return null;
            }
            long t0 = System.nanoTime();
            CellKey home = e.cell();
            int staff = data.staffOf(home).size();
            double need = data.cell(home).orElseThrow().workloadHours() / effectiveHours;
            boolean allowed = temporary.rules(policy, e, period.from(), period.until(), staff, away.of(home), need)
                    .allowed();
            timings.add("employeeRules", t0);
            if (!allowed) {
                return null;
            }
            PlacementResult placement = asPlacement(fit);
            List<CellKey> targets = cellsByFamily.getOrDefault(fit.targetJobFamily(), List.of());
            List<Candidate> found = new ArrayList<>(targets.size());
            for (CellKey target : targets) {
                if (!target.unitCode().equals(home.unitCode())) {
                    found.add(new Candidate(new CandidateMove(e.nip(), home, target, moveCost + placement.penalty()),
                            placement));
                }
            }
            return found;
        }));
        return collected(gaps, perEmployee, employees.size());
    }

    /** The plan keeps penalties as whole numbers, like the placement penalty; a fractional one is a policy error. */
    private static PlacementResult asPlacement(TemporaryFit fit) {
        if (fit.penalty() != Math.rint(fit.penalty()) || fit.penalty() < 0) {
            throw new IllegalStateException("Penalti Penugasan must be a whole number >= 0 like the placement penalty, got "
                    + fit.penalty());
        }
        List<Bilingual> reasons = fit.matchedRows().stream().map(r -> r.annotation()).toList();
        return new PlacementResult(fit.fitLevel(), (int) fit.penalty(), fit.excluded(), null, null, reasons,
                fit.matchedRows());
    }

    /** A cell in scope with its unit and position, looked up once per plan rather than once per employee. */
    private record Target(CellKey key, Unit unit, Position position) {
    }

    /** For employees of one instansi: per position, the cells in their own instansi and those in others. */
    private static List<List<Target>> groupsSeenFrom(String instansi,
            Map<String, Map<String, List<Target>>> byInstansiAndPosition) {
        Map<String, List<Target>> same = byInstansiAndPosition.get(instansi);
        Map<String, List<Target>> other = new TreeMap<>();
        byInstansiAndPosition.forEach((code, positions) -> {
            if (!code.equals(instansi)) {
                positions.forEach((p, cells) -> other.computeIfAbsent(p, x -> new ArrayList<>()).addAll(cells));
            }
        });
        List<List<Target>> groups = new ArrayList<>(same.values());
        groups.addAll(other.values());
        return groups.stream().map(List::copyOf).toList();
    }

    /** The employee's allowed moves, or null when the employee is not eligible at all. */
    private List<Candidate> candidatesOf(PolicySnapshot policy, Workforce data, Employee e, List<List<Target>> groups,
            LocalDate asOf, double moveCost, PlacementEvaluator placement, PlanTimings timings) {
        long t0 = System.nanoTime();
        boolean eligible = eligibility.evaluateEmployee(policy, e, data, asOf).eligible();
        timings.add("employeeRules", t0);
        if (!eligible) {
            return null;
        }
        CellKey origin = e.cell();
        List<TransferRequest> requests = data.requestsOf(e.nip());
        List<List<Target>> own = requests.isEmpty() ? groups : withRequestedUnitsApart(groups, requests);
        // each group's representative: its first cell other than the employee's own
        List<CellKey> representatives = new ArrayList<>(own.size());
        for (List<Target> group : own) {
            Target first = group.get(0);
            representatives.add(!first.key().equals(origin) ? first.key()
                    : group.size() > 1 ? group.get(1).key() : null);
        }
        long t1 = System.nanoTime();
        MoveEligibility verdicts = eligibility.evaluateMoves(policy, e, data,
                representatives.stream().filter(Objects::nonNull).toList(), asOf);
        timings.add("moveRules", t1);
        long t2 = System.nanoTime();
        Map<CellKey, MoveOutcome> byTarget = new HashMap<>();
        verdicts.moves().forEach(m -> byTarget.put(m.target(), m));
        List<Candidate> found = new ArrayList<>();
        EmployeePlacement fits = new EmployeePlacement(e, requests, placement);
        for (int g = 0; g < own.size(); g++) {
            CellKey representative = representatives.get(g);
            if (representative == null || !byTarget.get(representative).allowed()) {
                continue;
            }
            for (Target target : own.get(g)) {
                if (target.key().equals(origin)) {
                    continue;
                }
                PlacementResult fit = fits.towards(target.unit(), target.position());
                if (!fit.excluded()) {
                    found.add(new Candidate(new CandidateMove(e.nip(), origin, target.key(),
                            moveCost + fit.penalty()), fit));
                }
            }
        }
        timings.add("placement", t2);
        return found;
    }

    /** Cells of a requested unit are groups of their own: the request changes the move facts. */
    private static List<List<Target>> withRequestedUnitsApart(List<List<Target>> groups,
            List<TransferRequest> requests) {
        Set<String> requestedUnits = requests.stream().map(TransferRequest::unitCode).collect(Collectors.toSet());
        List<List<Target>> own = new ArrayList<>();
        for (List<Target> group : groups) {
            List<Target> plain = new ArrayList<>();
            for (Target target : group) {
                if (requestedUnits.contains(target.key().unitCode())) {
                    own.add(List.of(target));
                } else {
                    plain.add(target);
                }
            }
            if (!plain.isEmpty()) {
                own.add(plain);
            }
        }
        return own;
    }
}
