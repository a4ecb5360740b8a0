package id.seimbang.plan;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import org.springframework.core.task.AsyncTaskExecutor;

import id.seimbang.balance.CellBalance;
import id.seimbang.balance.WorkloadModel;
import id.seimbang.placement.PlacementResult;
import id.seimbang.policy.PolicySnapshot;
import id.seimbang.system.Bilingual;
import id.seimbang.workforce.CellKey;
import id.seimbang.workforce.Employee;
import id.seimbang.workforce.FormationCell;
import id.seimbang.workforce.Workforce;

/** One run of a plan: candidates, exact optimum, greedy baseline and the result, with progress. */
final class PlanComputation {

    private final PolicySnapshot policy;
    private final Workforce data;
    private final PlanRequest request;
    private final LocalDate asOf;
    private final WorkloadModel model;
    private final PlanCandidateBuilder builder;
    private final AsyncTaskExecutor workers;
    private final int parallelism;
    private final PlanProgress progress;
    private final RunningAway away;
    private PlanCandidateBuilder.Candidates candidates;
    private CandidateFile candidateFile;

    /** The candidate list as stored and the SHA-256 of its CSV. */
    private record CandidateFile(byte[] stored, String sha256) {
    }

    PlanComputation(PolicySnapshot policy, Workforce data, PlanRequest request, LocalDate asOf, WorkloadModel model,
            PlanCandidateBuilder builder, AsyncTaskExecutor workers, int parallelism, PlanProgress progress,
            RunningAway away) {
        this.policy = policy;
        this.data = data;
        this.request = request;
        this.asOf = asOf;
        this.model = model;
        this.builder = builder;
        this.workers = workers;
        this.parallelism = parallelism;
        this.progress = progress;
        this.away = away;
    }

    PlanResult run() {
        long started = System.nanoTime();
        PlanScopeFilter scope = PlanScopeFilter.of(request, data);
        double moveCost = request.moveCostOrDefault();
        progress.update("eligibility", 0);
        PlanTimings timings = new PlanTimings();
        TemporaryPlanOptions period = request.temporary();
        candidates = period == null
                ? builder.build(policy, data, scope, asOf, moveCost, model.effectiveHours(), progress, timings)
                : builder.buildTemporary(policy, data, scope, period, away, moveCost, model.effectiveHours(), progress,
                        timings);
        // The candidate list is written from the candidates alone, and the greedy baseline needs only the problem:
        // both run beside the problem set-up and the optimiser.
        Future<CandidateFile> csvRun = null;
        Future<GreedyPlan> greedyRun = null;
        PlanSolution optimum;
        GreedyPlan greedy;
        long solveMillis;
        try {
            csvRun = workers.submit(() -> {
                long csvStarted = System.nanoTime();
                CandidateFile file = writeCandidates(candidates.moves());
                timings.add("candidatesCsv", csvStarted);
                return file;
            });
            long problemStarted = System.nanoTime();
            Map<CellKey, Integer> caps = new HashMap<>();
            if (request.maxOutflowShare() != null) {
                candidates.gaps().keySet().forEach(cell -> caps.put(cell,
                        (int) Math.floor(request.maxOutflowShare() * data.staffOf(cell).size())));
            }
            PlanProblem problem = period == null
                    ? new PlanProblem(candidates.gaps(), candidates.moves(), caps, request.maxMoves())
                    // temporary assignments: the period's cells, the home-cell floor as outflow caps (TemporaryPeriod)
                    : TemporaryPeriod.problem(candidates.gaps().keySet().stream().map(cell -> new TemporaryPeriod.Cell(
                            cell, data.staffOf(cell).size(), model.need(data.cell(cell).orElseThrow().workloadHours()),
                            away.of(cell), away.shiftOf(cell)))
                            .toList(), candidates.moves(), homeMinShare(), caps, request.maxMoves());
            IndexedProblem indexed = IndexedProblem.of(problem);
            timings.add("problem", problemStarted);
            greedyRun = workers.submit(() -> {
                long greedyStarted = System.nanoTime();
                GreedyPlan plan = new GreedyPlanner().solve(indexed);
                timings.add("greedy", greedyStarted);
                return plan;
            });
            long solveStarted = System.nanoTime();
            optimum = new TransferOptimizer(workers, parallelism).solve(indexed, new ProgressListener() {
                @Override
                public void onProgress(String phase, double fraction) {
                    progress.update("optimise", 0.6 + 0.3 * fraction);
                }

                @Override
                public boolean cancelRequested() {
                    return progress.cancelled();
                }
            });
            solveMillis = (System.nanoTime() - solveStarted) / 1_000_000;
            timings.add("optimise", solveStarted);
            progress.update("greedy", 0.9);
            greedy = PlanTasks.join(greedyRun);
            progress.update("result", 0.95);
            candidateFile = PlanTasks.join(csvRun);
        } finally {
            // a failed or cancelled plan leaves nothing running on the shared pool
            Stream.of(csvRun, greedyRun).filter(Objects::nonNull).forEach(run -> run.cancel(true));
        }

        return new PlanResult(policy.version(), asOf, candidates.employeesInScope(), candidates.eligibleEmployees(),
                candidates.moves().size(), candidateFile.sha256(), plannedMoves(optimum), optimum.objective(),
                optimum.imbalanceBefore(), optimum.imbalanceAfter(), greedy.objective(), greedy.moves().size(),
                PlanResult.Proof.of(optimum.evidence()), cellChanges(optimum), solveMillis,
                (System.nanoTime() - started) / 1_000_000, timings.millis(),
                period == null ? null : new PlanResult.Temporary(period.work(), period.from(), period.until(),
                        homeMinShare(), away.byCellText()));
    }

    /** The policy's home-cell floor share for temporary assignments; the candidate builder has refused a policy without. */
    private double homeMinShare() {
        Double share = policy.parameters().temporaryHomeMinShare();
        if (share == null) {
            throw new IllegalStateException("The policy has no temporary.home-min-share");
        }
        return share;
    }

    Map<String, Double> cellGaps() {
        Map<String, Double> gaps = new LinkedHashMap<>();
        candidates.gaps().forEach((k, g) -> gaps.put(k.toString(), g));
        return gaps;
    }

    /** The candidate list in its stored form (see {@link PlanCandidateCsv}). */
    byte[] storedCandidates() {
        return candidateFile.stored();
    }

    private List<PlannedMove> plannedMoves(PlanSolution optimum) {
        // Each employee moves at most once, so the chosen target per employee finds each move's candidate
        // (and its placement) in one pass over the candidates, without building a key per candidate.
        Map<String, CellKey> chosen = new HashMap<>();
        optimum.moves().forEach(m -> chosen.put(m.employeeId(), m.to()));
        Map<String, PlacementResult> placementOf = new HashMap<>();
        List<CandidateMove> all = candidates.moves();
        for (int i = 0; i < all.size(); i++) {
            CandidateMove c = all.get(i);
            if (c.to().equals(chosen.get(c.employeeId()))) {
                placementOf.put(c.employeeId(), candidates.placements().get(i));
            }
        }
        double moveCost = request.moveCostOrDefault();
        List<PlannedMove> moves = new ArrayList<>();
        for (CandidateMove m : optimum.moves()) {
            PlacementResult fit = placementOf.get(m.employeeId());
            Employee employee = data.employee(m.employeeId()).orElseThrow();
            moves.add(new PlannedMove(m.employeeId(), employee.name(), m.from().unitCode(), m.from().positionCode(),
                    m.to().unitCode(), m.to().positionCode(),
                    WorkloadModel.gain(candidates.gaps().get(m.from()), candidates.gaps().get(m.to())),
                    fit.penalty(), moveCost, fit.fitLevel(),
                    fit.reasons().stream().map(Bilingual::joined).toList()));
        }
        return moves;
    }

    private List<CellChange> cellChanges(PlanSolution optimum) {
        Map<CellKey, Integer> change = new HashMap<>();
        for (CandidateMove m : optimum.moves()) {
            change.merge(m.from(), -1, Integer::sum);
            change.merge(m.to(), 1, Integer::sum);
        }
        List<CellChange> cells = new ArrayList<>();
        for (CellKey key : candidates.gaps().keySet()) {
            FormationCell cell = data.cell(key).orElseThrow();
            int before = data.staffOf(key).size();
            int after = before + change.getOrDefault(key, 0);
            CellBalance b = model.balance(key, cell.workloadHours(), before);
            CellBalance a = model.balance(key, cell.workloadHours(), after);
            cells.add(new CellChange(key.unitCode(), key.positionCode(), b.need(), before, after, b.gap(), a.gap(),
                    b.grade(), a.grade()));
        }
        return cells;
    }

    /** Stores the candidate list and computes the SHA-256 of its CSV for the audit record. */
    private CandidateFile writeCandidates(List<CandidateMove> moves) {
        List<PlacementResult> placements = candidates.placements();
        byte[] stored = PlanCandidateCsv.store(moves, i -> placements.get(i).penalty(),
                cell -> new PlanCandidateCsv.CellFigures(model.need(data.cell(cell).orElseThrow().workloadHours()),
                        data.staffOf(cell).size()), request.moveCostOrDefault(), PlanCandidateCsv.options(request, asOf,
                        request.temporary() == null ? null : homeMinShare(), away.byCellText(),
                        away.shiftByCellText()));
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            try (OutputStream csv = new DigestOutputStream(OutputStream.nullOutputStream(), digest)) {
                PlanCandidateCsv.writeCsv(stored, csv);
            }
            return new CandidateFile(stored, HexFormat.of().formatHex(digest.digest()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
