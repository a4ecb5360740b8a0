package id.seimbang.recommendation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

import org.springframework.stereotype.Component;

import id.seimbang.balance.WorkloadModel;
import id.seimbang.eligibility.EligibilityService;
import id.seimbang.eligibility.EligibleFrom;
import id.seimbang.eligibility.EmployeeEligibility;
import id.seimbang.eligibility.MoveEligibility;
import id.seimbang.eligibility.MoveOutcome;
import id.seimbang.eligibility.RuleOutcome;
import id.seimbang.eligibility.Severity;
import id.seimbang.placement.EmployeePlacement;
import id.seimbang.placement.PlacementEvaluators;
import id.seimbang.placement.PlacementResult;
import id.seimbang.policy.PolicySnapshot;
import id.seimbang.system.Bilingual;
import id.seimbang.temporary.TemporaryAssignmentJudge;
import id.seimbang.temporary.TemporaryJudgement;
import id.seimbang.temporary.TemporaryTerms;
import id.seimbang.workforce.CellKey;
import id.seimbang.workforce.Employee;
import id.seimbang.workforce.Position;
import id.seimbang.workforce.TransferRequest;
import id.seimbang.workforce.Unit;

/**
 * Decision = eligibility → placement → balance → rank (architecture §3), as a function of
 * {@link DecisionInputs} and a policy snapshot only, so that a stored decision replays identically.
 */
@Component
public class DecisionEngine {

    /** Ranking: score, then gain (both descending), then unit code and position code. */
    static final Comparator<MoveOption> RANKING = Comparator
            .comparing(MoveOption::score, Comparator.reverseOrder())
            .thenComparing(MoveOption::gain, Comparator.reverseOrder())
            .thenComparing(MoveOption::unitCode)
            .thenComparing(MoveOption::positionCode);

    private final EligibilityService eligibility;
    private final PlacementEvaluators placements;
    private final TemporaryAssignmentJudge temporaryJudge;

    public DecisionEngine(EligibilityService eligibility, PlacementEvaluators placements) {
        this.eligibility = eligibility;
        this.placements = placements;
        this.temporaryJudge = new TemporaryAssignmentJudge(eligibility);
    }

    public DecisionOutcome evaluate(PolicySnapshot policy, DecisionInputs in) {
        return evaluate(policy, in, DecisionFacts.of(in));
    }

    /**
     * The same decision with the inputs' facts already indexed ({@link DecisionFacts}, shared by the decisions of a
     * scope on one workforce snapshot); {@code facts} must be those of {@code in}.
     */
    DecisionOutcome evaluate(PolicySnapshot policy, DecisionInputs in, DecisionFacts facts) {
        return evaluateAll(policy, in, facts, Depth.DECISION).outcome();
    }

    /** How far {@link #evaluateAll} looks beyond the outcome itself. */
    enum Depth {
        /**
         * The outcome alone: no {@code eligibleFrom}, no temporary part; for an ineligible employee only the requested
         * move.
         */
        OUTCOME,
        /**
         * What a decision records: the outcome, for an ineligible employee {@code eligibleFrom}, and the temporary part
         * when the inputs have one.
         */
        DECISION,
        /**
         * For the counterfactual search: every move, also of an ineligible employee (the best move the rules do not
         * allow is one of its goals); no {@code eligibleFrom}, no temporary part.
         */
        EVERY_MOVE
    }

    /**
     * The outcome and every move evaluated on the way (allowed or not; for an ineligible employee only the
     * requested one unless {@link Depth#EVERY_MOVE}), for the counterfactual search, which looks at targets the
     * outcome does not list.
     */
    record Evaluation(DecisionOutcome outcome, Map<CellKey, MoveOption> evaluated, List<CellKey> inScope) {
    }

    Evaluation evaluateAll(PolicySnapshot policy, DecisionInputs in, Depth depth) {
        return evaluateAll(policy, in, DecisionFacts.of(in), depth);
    }

    private Evaluation evaluateAll(PolicySnapshot policy, DecisionInputs in, DecisionFacts facts, Depth depth) {
        if (!facts.indexes(in)) {
            throw new IllegalArgumentException("The indexed facts are not those of the inputs");
        }
        Employee employee = in.employee();
        double effectiveHours = policy.parameters().effectiveHoursPerYear();
        new WorkloadModel(effectiveHours, id.seimbang.balance.EjGradeBands.DEFAULT); // refuses an E that is not > 0

        CellKey origin = employee.cell();
        Unit originUnit = facts.unit(origin.unitCode());
        Optional<CellKey> requested = requestedCell(in).filter(facts::contains);

        // Candidates are the cells in scope; the requested cell is evaluated too, wherever it is.
        DecisionFacts.ScopeCells scopeCells = facts.inScope(in.scope(), originUnit, effectiveHours);
        List<CellKey> inScope = scopeCells.keys();
        List<CellKey> allTargets = new ArrayList<>(inScope.size() + 1);
        inScope.stream().filter(k -> !k.equals(origin)).forEach(allTargets::add);
        requested.filter(k -> !k.equals(origin) && !inScope.contains(k)).ifPresent(allTargets::add);
        // Employee and move rules in one execution (move facts that only differ in the cell are evaluated
        // once); for an ineligible employee only the request is looked at further.
        List<TransferRequest> ownRequests = in.requests().stream()
                .filter(r -> employee.nip().equals(r.nip())).toList();
        MoveEligibility rules = eligibility.evaluateMoves(policy, employee, facts.units()::get,
                facts.positions()::get, ownRequests, allTargets, in.asOf());
        EmployeeEligibility verdict = rules.employee();
        // rules.moves() holds one outcome per target of allTargets, in that order
        List<MoveOutcome> moveOutcomes = rules.moves();
        int[] targets = verdict.eligible() || depth == Depth.EVERY_MOVE ? IntStream.range(0, allTargets.size()).toArray()
                : requested.map(allTargets::indexOf).filter(i -> i >= 0).stream().mapToInt(i -> i).toArray();
        // placement is evaluated once per distinct profile of a target (sector, job family, distance band...)
        EmployeePlacement placement = new EmployeePlacement(employee, ownRequests, placements.of(policy));

        double gapFrom = facts.gap(origin, effectiveHours);
        CellKey requestedKey = requested.orElse(null);
        Map<CellKey, MoveOption> evaluated = new HashMap<>(targets.length * 2);
        for (int i : targets) {
            CellKey target = allTargets.get(i);
            evaluated.put(target, evaluateMove(facts, placement, target, gapFrom, facts.gap(target, effectiveHours),
                    moveOutcomes.get(i).outcomes(), target.equals(requestedKey)));
        }
        List<MoveOption> ranked = !verdict.eligible() ? List.of()
                : inScope.stream().filter(evaluated::containsKey).map(evaluated::get)
                        .filter(m -> m.allowed() && m.score() > 0).sorted(RANKING).toList();
        List<MoveOption> top = ranked.stream().limit(in.limit()).toList();

        double before = scopeCells.imbalance();
        double after = top.isEmpty() ? before : before - top.get(0).gain();
        RequestedTarget requestedTarget = latestRequest(in)
                .map(r -> requestedTarget(r, in.employee(), verdict.eligible(), inScope, evaluated, ranked, top))
                .orElse(null);
        // For an ineligible employee: when the rules themselves, evaluated at later dates, stop blocking.
        EligibleFrom from = verdict.eligible() || depth != Depth.DECISION ? null
                : eligibility.eligibleFrom(policy, employee, facts.positions().get(employee.positionCode()), verdict);
        // what a decision records; the counterfactual search (OUTCOME, EVERY_MOVE) looks at transfer moves only
        TemporaryProposals temporary = in.temporary() == null || depth != Depth.DECISION ? null
                : temporaryProposals(policy, in, facts, inScope, effectiveHours);
        return new Evaluation(new DecisionOutcome(policy.version(), verdict.eligible(), verdict.outcomes(), from, top,
                requestedTarget, new RegionBalance(inScope.size(), before, after), targets.length, temporary), evaluated,
                inScope);
    }

    /**
     * The temporary part (issue 20 point 2): the policy's verdict on assigning the employee for the period
     * ({@link TemporaryAssignmentJudge}, as the evaluation endpoint judges it; the home cell with the recorded running
     * assignments away), and the cells in scope of another, active unit of the job family the fit table names, with
     * the gain over the period's cells (W in force on the first day, gaps moved by the running assignments of others for
     * the days they run). The same transfer moves' mathematics: score =
     * gain − penalty, ranked by {@link #RANKING}'s order.
     */
    private TemporaryProposals temporaryProposals(PolicySnapshot policy, DecisionInputs in, DecisionFacts facts,
            List<CellKey> inScope, double effectiveHours) {
        TemporaryInputs t = in.temporary();
        Employee employee = in.employee();
        Map<CellKey, Double> periodWorkload = new HashMap<>();
        t.periodCells().forEach(c -> periodWorkload.put(c.key(), c.workloadHours()));
        CellKey home = employee.cell();
        CellFacts homeCell = facts.cell(home);
        double homeNeed = periodWorkload.getOrDefault(home, homeCell.workloadHours()) / effectiveHours;
        Position homePosition = facts.position(employee.positionCode());
        TemporaryJudgement verdict = temporaryJudge.judge(policy, employee, homePosition.jobFamily(), t.terms(),
                homeCell.staff(), t.runningAway(), homeNeed);
        // a person is in one place at a time: already away on a running assignment, nothing is allowed
        boolean allowed = verdict.allowed() && t.alreadyAssigned() == null;
        // the period's gaps: the running assignments of others move their hours for the days they run (issue 20)
        Map<CellKey, Double> shift = t.shiftByCell();
        double gapFrom = homeCell.staff() - homeNeed + shift.getOrDefault(home, 0.0);
        double penalty = verdict.fit().penalty();
        String family = verdict.fit().targetJobFamily();
        List<TemporaryProposals.Assignment> options = new ArrayList<>();
        for (CellKey target : inScope) {
            Unit unit = facts.unit(target.unitCode());
            Position position = facts.position(target.positionCode());
            if (target.unitCode().equals(home.unitCode()) || !unit.active() || family == null
                    || !family.equals(position.jobFamily())) {
                continue;
            }
            CellFacts cell = facts.cell(target);
            double gapTo = cell.staff() - periodWorkload.getOrDefault(target, cell.workloadHours()) / effectiveHours
                    + shift.getOrDefault(target, 0.0);
            double gain = WorkloadModel.gain(gapFrom, gapTo);
            options.add(new TemporaryProposals.Assignment(unit.code(), unit.name(), position.code(), position.name(),
                    allowed, gapFrom, gapTo, gain, penalty, gain - penalty));
        }
        int considered = options.size();
        List<TemporaryProposals.Assignment> best = options.stream().filter(o -> o.score() > 0)
                .sorted(Comparator.comparing(TemporaryProposals.Assignment::score, Comparator.reverseOrder())
                        .thenComparing(TemporaryProposals.Assignment::gain, Comparator.reverseOrder())
                        .thenComparing(TemporaryProposals.Assignment::unitCode)
                        .thenComparing(TemporaryProposals.Assignment::positionCode))
                .limit(in.limit()).toList();
        TemporaryTerms terms = t.terms();
        return new TemporaryProposals(terms.work(), terms.from(), terms.until(), allowed, verdict.reasons(),
                verdict.fit().fitLevel(), verdict.fit().excluded(), penalty, verdict.fit().matchedRows(), family,
                verdict.homeCell(), best, considered, t.alreadyAssigned());
    }

    private MoveOption evaluateMove(DecisionFacts facts, EmployeePlacement placement, CellKey target, double gapFrom,
            double gapTo, List<RuleOutcome> outcomes, boolean isRequested) {
        Unit unit = facts.unit(target.unitCode());
        Position position = facts.position(target.positionCode());
        double gain = WorkloadModel.gain(gapFrom, gapTo);
        boolean blocked = outcomes.stream().anyMatch(o -> o.severity() == Severity.BLOCK);
        if (blocked && !isRequested) {
            // A blocked move is never ranked; placement is only worth evaluating to explain a request.
            return new MoveOption(unit.code(), unit.name(), position.code(), position.name(), false, gapFrom, gapTo,
                    gain, null, null, null, null, null, List.of(), outcomes, List.of());
        }
        PlacementResult fit = placement.towards(unit, position, isRequested);
        boolean allowed = !blocked && !fit.excluded();
        double penalty = fit.penalty();
        return new MoveOption(unit.code(), unit.name(), position.code(), position.name(), allowed, gapFrom, gapTo,
                gain, penalty, gain - penalty, fit.fitLevel(), fit.relocationSupport(), fit.acceptanceRisk(),
                fit.reasons(), outcomes, fit.matchedRows());
    }

    /** The cell of the latest request: the requested position, or the employee's own position in that unit. */
    private static Optional<CellKey> requestedCell(DecisionInputs in) {
        return latestRequest(in).map(r -> requestedCell(r, in.employee()));
    }

    private static CellKey requestedCell(TransferRequest request, Employee employee) {
        return new CellKey(request.unitCode(),
                request.positionCode() != null ? request.positionCode() : employee.positionCode());
    }

    private static Optional<TransferRequest> latestRequest(DecisionInputs in) {
        return in.requests().stream().max(Comparator.comparing(TransferRequest::date));
    }

    private static RequestedTarget requestedTarget(TransferRequest request, Employee employee, boolean eligible,
            List<CellKey> inScope, Map<CellKey, MoveOption> evaluated, List<MoveOption> ranked,
            List<MoveOption> top) {
        CellKey cell = requestedCell(request, employee);
        MoveOption move = evaluated.get(cell);
        RequestedTarget.Status status;
        if (move == null) {
            status = RequestedTarget.Status.NO_FORMATION;
        } else if (!eligible) {
            status = RequestedTarget.Status.EMPLOYEE_NOT_ELIGIBLE;
        } else if (!move.allowed()) {
            status = RequestedTarget.Status.NOT_ALLOWED;
        } else if (top.contains(move)) {
            status = RequestedTarget.Status.RECOMMENDED;
        } else if (ranked.contains(move)) {
            status = RequestedTarget.Status.ALLOWED_NOT_IN_TOP;
        } else if (move.score() > 0 && !inScope.contains(cell)) {
            status = RequestedTarget.Status.OUTSIDE_SCOPE;
        } else {
            status = RequestedTarget.Status.NOT_BENEFICIAL;
        }
        return new RequestedTarget(cell.unitCode(), cell.positionCode(), request.reason(), request.date(), status,
                move);
    }
}
