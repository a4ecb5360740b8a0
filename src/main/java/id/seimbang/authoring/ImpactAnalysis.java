package id.seimbang.authoring;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Executor;
import java.util.function.Function;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

import id.seimbang.eligibility.EligibilityService;
import id.seimbang.eligibility.EmployeeEligibility;
import id.seimbang.placement.MoveDistance;
import id.seimbang.plan.PlanPreview;
import id.seimbang.policy.PolicySnapshot;
import id.seimbang.recommendation.CellFacts;
import id.seimbang.recommendation.DecisionEngine;
import id.seimbang.recommendation.DecisionInputs;
import id.seimbang.recommendation.DecisionOutcome;
import id.seimbang.workforce.Scope;
import id.seimbang.system.Clocks;
import id.seimbang.system.Parallel;
import id.seimbang.workforce.CellKey;
import id.seimbang.workforce.Employee;
import id.seimbang.workforce.FormationCell;
import id.seimbang.workforce.Position;
import id.seimbang.workforce.TransferRequest;
import id.seimbang.workforce.Unit;
import id.seimbang.workforce.Workforce;

/**
 * Evaluates the active policy and a draft on the current workforce: employees whose eligibility changes
 * (with the rules that changed), employees whose best recommended move changes (default same-instansi
 * scope), the imbalance left by the optimal province plan under each policy, and who these changes and plans
 * fall on by group ({@link EquityReport}). The plan candidates of each
 * policy are built once and also give every employee's best move ({@link TopMoves}), which is what keeps a
 * 20,000-employee province within a publication's time budget.
 */
@Component
class ImpactAnalysis {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(ImpactAnalysis.class);

    private final EligibilityService eligibility;
    private final DecisionEngine decisions;
    private final PlanPreview plans;
    private final LifecycleProperties properties;
    private final Executor workers;

    public ImpactAnalysis(EligibilityService eligibility, DecisionEngine decisions, PlanPreview plans,
            LifecycleProperties properties, @Qualifier(AuthoringPools.IMPACT_WORKERS) Executor workers) {
        this.eligibility = eligibility;
        this.decisions = decisions;
        this.plans = plans;
        this.properties = properties;
        this.workers = workers;
    }

    /** One employee's employee-level verdict under both policies. */
    private record Verdicts(Employee employee, EmployeeEligibility before, EmployeeEligibility after) {
    }

    /**
     * The draft against the active policy on {@code snapshot}, as of {@code now}'s day in Jakarta: with the
     * workload in force that day (ABK period and surges), as decisions and plans of that day see it.
     */
    public ImpactReport compare(PolicySnapshot activePolicy, PolicySnapshot draft, Workforce snapshot, Instant now) {
        long start = System.nanoTime();
        LocalDate asOf = Clocks.todayInJakarta(Clock.fixed(now, ZoneOffset.UTC));
        Workforce facts = snapshot.asOf(asOf);
        List<Employee> employees = facts.employees().stream().sorted(Comparator.comparing(Employee::nip)).toList();

        List<Verdicts> verdicts = parallel(employees, e -> new Verdicts(e,
                eligibility.evaluateEmployee(activePolicy, e, facts, asOf),
                eligibility.evaluateEmployee(draft, e, facts, asOf)));
        long eligibilityDone = System.nanoTime();
        PlanPreview.Result planActive = plan(activePolicy, facts, asOf);
        PlanPreview.Result planDraft = plan(draft, facts, asOf);
        long plansDone = System.nanoTime();

        List<ImpactReport.EligibilityChange> changes = new ArrayList<>();
        int changed = 0;
        int reasonsChanged = 0;
        for (Verdicts v : verdicts) {
            TreeSet<String> rulesBefore = ScenarioRunner.blocking(v.before().outcomes());
            TreeSet<String> rulesAfter = ScenarioRunner.blocking(v.after().outcomes());
            if (v.before().eligible() == v.after().eligible()) {
                if (!rulesBefore.equals(rulesAfter)) {
                    reasonsChanged++;
                }
                continue;
            }
            changed++;
            if (changes.size() < properties.impactListed()) {
                TreeSet<String> diff = new TreeSet<>(rulesBefore);
                diff.addAll(rulesAfter);
                TreeSet<String> both = new TreeSet<>(rulesBefore);
                both.retainAll(rulesAfter);
                diff.removeAll(both);
                changes.add(new ImpactReport.EligibilityChange(v.employee().nip(), v.employee().name(),
                        v.before().eligible(), v.after().eligible(), List.copyOf(rulesBefore),
                        List.copyOf(rulesAfter), List.copyOf(diff)));
            }
        }
        Map<String, Tops> tops = topMoves(activePolicy, draft, facts, asOf, verdicts, planActive, planDraft);
        int topMoveChanged = (int) tops.values().stream().filter(Tops::changed).count();
        long topsDone = System.nanoTime();
        EquityReport equity = equity(facts, asOf, verdicts, tops, planActive, planDraft);
        long end = System.nanoTime();
        equity = equity.withMillis((end - topsDone) / 1_000_000);
        log.info("Impact of {} against {} on {} employees: eligibility {} ms, plans {} ms, top moves {} ms, equity {} ms",
                draft.version(), activePolicy.version(), employees.size(), (eligibilityDone - start) / 1_000_000,
                (plansDone - eligibilityDone) / 1_000_000, (topsDone - plansDone) / 1_000_000,
                (end - topsDone) / 1_000_000);
        return new ImpactReport(activePolicy.version(), draft.version(), employees.size(), changed, reasonsChanged,
                changes, topMoveChanged, planActive.imbalanceBefore(), planActive.imbalanceAfter(),
                planDraft.imbalanceAfter(), (end - start) / 1_000_000, now, equity);
    }

    /** An employee's best move (same-instansi scope) under the active policy and under the draft; null: none. */
    private record Tops(CellKey active, CellKey draft) {

        boolean changed() {
            return !Objects.equals(active, draft);
        }
    }

    /**
     * Every employee's best move under each policy, for employees eligible under at least one: read off the plan
     * candidates, except for employees the candidates do not describe as a decision would (a transfer request, or
     * a unit that is no longer active), who get a full decision under each policy.
     */
    private Map<String, Tops> topMoves(PolicySnapshot activePolicy, PolicySnapshot draft, Workforce facts,
            LocalDate asOf, List<Verdicts> verdicts, PlanPreview.Result planActive, PlanPreview.Result planDraft) {
        Map<String, CellKey> topActive = TopMoves.of(planActive, facts);
        Map<String, CellKey> topDraft = TopMoves.of(planDraft, facts);
        ScopeIndex scope = new ScopeIndex(facts);
        List<Employee> exact = new ArrayList<>();
        Map<String, Tops> tops = new HashMap<>();
        for (Verdicts v : verdicts) {
            Employee e = v.employee();
            if (!v.before().eligible() && !v.after().eligible()) {
                continue;
            }
            boolean activeUnit = facts.unit(e.unitCode()).map(Unit::active).orElse(false);
            if (!facts.requestsOf(e.nip()).isEmpty() || !activeUnit) {
                exact.add(e);
            } else {
                tops.put(e.nip(), new Tops(topActive.get(e.nip()), topDraft.get(e.nip())));
            }
        }
        List<Tops> decided = parallel(exact, e -> {
            DecisionInputs inputs = scope.inputs(e, asOf);
            return new Tops(top(decisions.evaluate(activePolicy, inputs)), top(decisions.evaluate(draft, inputs)));
        });
        for (int i = 0; i < exact.size(); i++) {
            tops.put(exact.get(i).nip(), decided.get(i));
        }
        return tops;
    }

    /**
     * The equity report (issue 19 point 4): every employee's groups and outcomes, counted by {@link GroupRates}.
     * The plans are the ones the impact analysis computes anyway, so the plan comparison costs only this pass.
     */
    private EquityReport equity(Workforce facts, LocalDate asOf, List<Verdicts> verdicts, Map<String, Tops> tops,
            PlanPreview.Result planActive, PlanPreview.Result planDraft) {
        Map<String, CellKey> movedActive = moved(planActive);
        Map<String, CellKey> movedDraft = moved(planDraft);
        Map<String, String> labels = new HashMap<>();
        facts.kabupaten().forEach(k -> labels.put(k.code(), k.name()));
        List<GroupRates.Person> people = new ArrayList<>(verdicts.size());
        for (Verdicts v : verdicts) {
            Employee e = v.employee();
            Map<EquityReport.Dimension, String> groups = new EnumMap<>(EquityReport.Dimension.class);
            groups.put(EquityReport.Dimension.SEX, e.sex() == null ? GroupRates.UNKNOWN : e.sex().name());
            groups.put(EquityReport.Dimension.AGE_BAND, GroupRates.ageBand(e.birthDate(), asOf));
            groups.put(EquityReport.Dimension.GOLONGAN, e.golongan() == null || e.golongan().isBlank()
                    ? GroupRates.UNKNOWN : e.golongan());
            groups.put(EquityReport.Dimension.POSITION_TYPE, facts.position(e.positionCode())
                    .map(p -> p.type().name()).orElse(GroupRates.UNKNOWN));
            groups.put(EquityReport.Dimension.KABUPATEN, facts.unit(e.unitCode())
                    .map(Unit::kabupatenCode).orElse(GroupRates.UNKNOWN));

            Tops top = tops.get(e.nip());
            MoveDistance active = distance(e, movedActive.get(e.nip()), facts);
            MoveDistance drafted = distance(e, movedDraft.get(e.nip()), facts);
            Set<EquityReport.Outcome> outcomes = outcomes(v.before().eligible(), v.after().eligible(),
                    top != null && top.changed(), top == null ? null : distance(e, top.active(), facts),
                    top == null ? null : distance(e, top.draft(), facts), active, drafted);
            people.add(new GroupRates.Person(groups, outcomes, active == null ? null : active.km(),
                    drafted == null ? null : drafted.km()));
        }
        LifecycleProperties.Equity thresholds = properties.equity();
        return new GroupRates(thresholds.fourFifths(), thresholds.minGroupSize()).compute(people, labels);
    }

    /**
     * What the draft does to one employee (the outcomes of {@link EquityReport.Outcome}): eligibility under each
     * policy, whether the best move changed, how far the best move under each policy goes and how far each plan
     * moves them (null: no such move).
     */
    static Set<EquityReport.Outcome> outcomes(boolean eligibleActive, boolean eligibleDraft, boolean topChanged,
            MoveDistance topActive, MoveDistance topDraft, MoveDistance planActive, MoveDistance planDraft) {
        Set<EquityReport.Outcome> outcomes = EnumSet.noneOf(EquityReport.Outcome.class);
        if (eligibleActive != eligibleDraft || topChanged) {
            outcomes.add(EquityReport.Outcome.CHANGED);
        }
        if (eligibleActive && !eligibleDraft) {
            outcomes.add(EquityReport.Outcome.NEWLY_BLOCKED);
        }
        if (far(topDraft) && !far(topActive)) {
            outcomes.add(EquityReport.Outcome.NEWLY_LONG_DISTANCE);
        }
        if (planActive != null) {
            outcomes.add(EquityReport.Outcome.PLAN_MOVED_ACTIVE);
            if (planActive.longDistance()) {
                outcomes.add(EquityReport.Outcome.PLAN_LONG_DISTANCE_ACTIVE);
            }
        }
        if (planDraft != null) {
            outcomes.add(EquityReport.Outcome.PLAN_MOVED_DRAFT);
            if (planDraft.longDistance()) {
                outcomes.add(EquityReport.Outcome.PLAN_LONG_DISTANCE_DRAFT);
                if (!far(planActive)) {
                    outcomes.add(EquityReport.Outcome.PLAN_NEWLY_LONG_DISTANCE);
                }
            }
        }
        return outcomes;
    }

    private static boolean far(MoveDistance d) {
        return d != null && d.longDistance();
    }

    private static Map<String, CellKey> moved(PlanPreview.Result plan) {
        Map<String, CellKey> moved = new HashMap<>();
        plan.chosen().forEach(m -> moved.put(m.employeeId(), m.to()));
        return moved;
    }

    private static MoveDistance distance(Employee e, CellKey to, Workforce facts) {
        return to == null ? null : facts.unit(to.unitCode()).map(u -> MoveDistance.of(e, u)).orElse(null);
    }

    /**
     * The optimal plan of a policy on a workforce snapshot, kept with the snapshot: the active version's plan
     * is computed for the first draft checked against it and reused for the next ones until the workforce
     * is re-imported (a new snapshot object) or the day changes.
     */
    private PlanPreview.Result plan(PolicySnapshot policy, Workforce facts, LocalDate asOf) {
        PlanMemo memo = policy.attachment(PlanMemo.class, p -> new PlanMemo());
        synchronized (memo) {
            if (memo.facts != facts || !asOf.equals(memo.asOf)) {
                memo.result = plans.optimal(policy, facts, asOf);
                memo.facts = facts;
                memo.asOf = asOf;
            }
            return memo.result;
        }
    }

    private static final class PlanMemo {
        private Workforce facts;
        private LocalDate asOf;
        private PlanPreview.Result result;
    }

    /** The best move the decision engine recommends (same-instansi scope), or null. */
    static CellKey top(DecisionEngine engine, PolicySnapshot policy, DecisionInputs inputs) {
        return top(engine.evaluate(policy, inputs));
    }

    private static CellKey top(DecisionOutcome outcome) {
        return outcome.moves().isEmpty() ? null
                : new CellKey(outcome.moves().get(0).unitCode(), outcome.moves().get(0).positionCode());
    }

    /** On the {@code impact-worker} pool: a publication must not starve the decisions being served. */
    private <T, R> List<R> parallel(List<T> items, Function<T, R> work) {
        try {
            return Parallel.map(workers, properties.impactThreads(), items, work);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Impact analysis interrupted", e);
        }
    }

    /**
     * The decision inputs of every employee in the default scope (active units of the same instansi), built
     * from per-instansi lists computed once, since a province has 20,000 employees and a few thousand cells.
     */
    static final class ScopeIndex {

        private final Workforce facts;
        private final Map<String, List<CellFacts>> cellsByInstansi = new HashMap<>();

        ScopeIndex(Workforce facts) {
            this.facts = facts;
            for (FormationCell c : facts.cells()) {
                facts.unit(c.unitCode()).filter(Unit::active).ifPresent(u -> cellsByInstansi
                        .computeIfAbsent(u.instansiCode(), k -> new ArrayList<>()).add(cellFacts(c)));
            }
        }

        private CellFacts cellFacts(FormationCell c) {
            return new CellFacts(c.unitCode(), c.positionCode(), c.workloadHours(), facts.staffOf(c.key()).size());
        }

        DecisionInputs inputs(Employee e, LocalDate asOf) {
            Unit origin = facts.unit(e.unitCode()).orElseThrow();
            Map<CellKey, CellFacts> cells = new HashMap<>();
            cellsByInstansi.getOrDefault(origin.instansiCode(), List.of()).forEach(c -> cells.put(c.key(), c));
            List<TransferRequest> requests = facts.requestsOf(e.nip());
            List<CellKey> extra = new ArrayList<>();
            extra.add(e.cell());
            requests.forEach(r -> extra.add(new CellKey(r.unitCode(),
                    r.positionCode() != null ? r.positionCode() : e.positionCode())));
            extra.forEach(k -> facts.cell(k).ifPresent(c -> cells.putIfAbsent(k, cellFacts(c))));
            Map<String, Unit> units = new HashMap<>();
            Map<String, Position> positions = new HashMap<>();
            cells.keySet().forEach(k -> {
                units.put(k.unitCode(), facts.unit(k.unitCode()).orElseThrow());
                positions.put(k.positionCode(), facts.position(k.positionCode()).orElseThrow());
            });
            return new DecisionInputs(e, requests, asOf, Scope.INSTANSI, 1, List.copyOf(units.values()),
                    List.copyOf(positions.values()), List.copyOf(cells.values()));
        }
    }
}
