package id.seimbang.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import id.seimbang.eligibility.EligibilityService;
import id.seimbang.eligibility.MoveEligibility;
import id.seimbang.eligibility.MoveOutcome;
import id.seimbang.placement.PlacementEvaluator;
import id.seimbang.placement.PlacementInput;
import id.seimbang.placement.PlacementResult;
import id.seimbang.policy.PolicySnapshot;
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

    PlanCandidateBuilder(EligibilityService eligibility) {
        this.eligibility = eligibility;
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
        Map<String, Map<String, List<CellKey>>> byInstansiAndPosition = new TreeMap<>();
        for (CellKey cell : gaps.keySet()) {
            byInstansiAndPosition.computeIfAbsent(data.unit(cell.unitCode()).orElseThrow().instansiCode(),
                    i -> new TreeMap<>()).computeIfAbsent(cell.positionCode(), p -> new ArrayList<>()).add(cell);
        }
        Map<String, List<List<CellKey>>> groupsByInstansi = new HashMap<>();
        for (String instansi : byInstansiAndPosition.keySet()) {
            groupsByInstansi.put(instansi, groupsSeenFrom(instansi, byInstansiAndPosition));
        }
        List<Employee> employees = gaps.keySet().stream().flatMap(k -> data.staffOf(k).stream())
                .sorted(Comparator.comparing(Employee::nip)).toList();
        PlacementEvaluator placement = PlacementEvaluator.of(policy);

        AtomicInteger done = new AtomicInteger();
        List<List<Candidate>> perEmployee;
        ForkJoinPool pool = new ForkJoinPool(2);
        try {
            perEmployee = pool.submit(() -> employees.parallelStream().map(e -> {
                List<Candidate> found = candidatesOf(policy, data, e,
                        groupsByInstansi.get(data.unit(e.unitCode()).orElseThrow().instansiCode()), asOf,
                        moveCost, placement, timings);
                int count = done.incrementAndGet();
                if (count % 200 == 0) {
                    progress.update("eligibility", 0.6 * count / employees.size());
                }
                return found;
            }).toList()).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PlanCancelledException();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
        List<CandidateMove> moves = new ArrayList<>();
        List<PlacementResult> placements = new ArrayList<>();
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
        return new Candidates(gaps, moves, placements, employees.size(), eligible);
    }

    private record Candidate(CandidateMove move, PlacementResult placement) {
    }

    /** The employee's allowed moves, or null when the employee is not eligible at all. */
    /** For employees of one instansi: per position, the cells in their own instansi and those in others. */
    private static List<List<CellKey>> groupsSeenFrom(String instansi,
            Map<String, Map<String, List<CellKey>>> byInstansiAndPosition) {
        Map<String, List<CellKey>> same = byInstansiAndPosition.get(instansi);
        Map<String, List<CellKey>> other = new TreeMap<>();
        byInstansiAndPosition.forEach((code, positions) -> {
            if (!code.equals(instansi)) {
                positions.forEach((p, cells) -> other.computeIfAbsent(p, x -> new ArrayList<>()).addAll(cells));
            }
        });
        List<List<CellKey>> groups = new ArrayList<>(same.values());
        groups.addAll(other.values());
        return groups;
    }

    private List<Candidate> candidatesOf(PolicySnapshot policy, Workforce data, Employee e, List<List<CellKey>> groups,
            LocalDate asOf, double moveCost, PlacementEvaluator placement, PlanTimings timings) {
        long t0 = System.nanoTime();
        boolean eligible = eligibility.evaluateEmployee(policy, e, data, asOf).eligible();
        timings.add("employeeRules", t0);
        if (!eligible) {
            return null;
        }
        CellKey origin = e.cell();
        List<TransferRequest> requests = data.requestsOf(e.nip());
        Set<String> requestedUnits = requests.stream().map(TransferRequest::unitCode).collect(Collectors.toSet());
        // Cells of a requested unit are their own group: the request changes the move facts.
        Map<CellKey, List<CellKey>> byRepresentative = new LinkedHashMap<>();
        for (List<CellKey> group : groups) {
            List<CellKey> plain = new ArrayList<>();
            for (CellKey cell : group) {
                if (cell.equals(origin)) {
                    continue;
                }
                if (requestedUnits.contains(cell.unitCode())) {
                    byRepresentative.put(cell, List.of(cell));
                } else {
                    plain.add(cell);
                }
            }
            if (!plain.isEmpty()) {
                byRepresentative.put(plain.get(0), plain);
            }
        }
        long t1 = System.nanoTime();
        MoveEligibility verdicts = eligibility.evaluateMoves(policy, e, data,
                List.copyOf(byRepresentative.keySet()), asOf);
        timings.add("moveRules", t1);
        long t2 = System.nanoTime();
        Map<CellKey, MoveOutcome> byTarget = new HashMap<>();
        verdicts.moves().forEach(m -> byTarget.put(m.target(), m));
        List<Candidate> found = new ArrayList<>();
        for (Map.Entry<CellKey, List<CellKey>> group : byRepresentative.entrySet()) {
            if (!byTarget.get(group.getKey()).allowed()) {
                continue;
            }
            for (CellKey target : group.getValue()) {
                Unit unit = data.unit(target.unitCode()).orElseThrow();
                Position position = data.position(target.positionCode()).orElseThrow();
                PlacementResult fit = placement.evaluate(PlacementInput.of(e, unit, position,
                        PlacementInput.requested(requests, unit, position)));
                if (!fit.excluded()) {
                    found.add(new Candidate(new CandidateMove(e.nip(), origin, target, moveCost + fit.penalty()), fit));
                }
            }
        }
        timings.add("placement", t2);
        return found;
    }
}
