package id.seimbang.policy.lifecycle;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;

import org.springframework.stereotype.Component;

import id.seimbang.eligibility.EligibilityService;
import id.seimbang.eligibility.EmployeeEligibility;
import id.seimbang.plan.PlanPreview;
import id.seimbang.policy.PolicySnapshot;
import id.seimbang.recommendation.CellFacts;
import id.seimbang.recommendation.DecisionEngine;
import id.seimbang.recommendation.DecisionInputs;
import id.seimbang.recommendation.DecisionOutcome;
import id.seimbang.recommendation.Scope;
import id.seimbang.system.Clocks;
import id.seimbang.workforce.CellKey;
import id.seimbang.workforce.Employee;
import id.seimbang.workforce.FormationCell;
import id.seimbang.workforce.Position;
import id.seimbang.workforce.TransferRequest;
import id.seimbang.workforce.Unit;
import id.seimbang.workforce.Workforce;
import id.seimbang.workforce.WorkforceService;

/**
 * Evaluates the active policy and a draft on the current workforce: employees whose eligibility changes
 * (with the rules that changed), employees whose best recommended move changes (the decision engine in its
 * default same-instansi scope), and the imbalance left by the optimal province plan under each policy.
 */
@Component
public class ImpactAnalysis {

    /** Two workers: the machine is shared, and a publication must not starve the decisions being served. */
    private static final int THREADS = 2;

    private final EligibilityService eligibility;
    private final DecisionEngine decisions;
    private final PlanPreview plans;
    private final WorkforceService workforce;
    private final LifecycleProperties properties;
    private final Clock clock;

    public ImpactAnalysis(EligibilityService eligibility, DecisionEngine decisions, PlanPreview plans,
            WorkforceService workforce, LifecycleProperties properties, Clock clock) {
        this.eligibility = eligibility;
        this.decisions = decisions;
        this.plans = plans;
        this.workforce = workforce;
        this.properties = properties;
        this.clock = clock;
    }

    /** What one employee looks like under both policies. */
    private record Comparison(Employee employee, EmployeeEligibility before, EmployeeEligibility after,
            boolean topMoveChanged) {
    }

    public ImpactReport compare(PolicySnapshot activePolicy, PolicySnapshot draft) {
        long start = System.nanoTime();
        Workforce facts = workforce.current();
        LocalDate asOf = Clocks.todayInJakarta(clock);
        List<Employee> employees = facts.employees().stream().sorted(Comparator.comparing(Employee::nip)).toList();
        ScopeIndex scope = new ScopeIndex(facts);

        List<Comparison> compared = parallel(() -> employees.parallelStream()
                .map(e -> compare(activePolicy, draft, facts, scope, e, asOf)).toList());

        List<ImpactReport.EligibilityChange> changes = new ArrayList<>();
        int changed = 0;
        int reasonsChanged = 0;
        int topMoveChanged = 0;
        for (Comparison c : compared) {
            TreeSet<String> rulesBefore = ScenarioRunner.blocking(c.before().outcomes());
            TreeSet<String> rulesAfter = ScenarioRunner.blocking(c.after().outcomes());
            if (c.topMoveChanged()) {
                topMoveChanged++;
            }
            if (c.before().eligible() == c.after().eligible()) {
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
                changes.add(new ImpactReport.EligibilityChange(c.employee().nip(), c.employee().name(),
                        c.before().eligible(), c.after().eligible(), List.copyOf(rulesBefore),
                        List.copyOf(rulesAfter), List.copyOf(diff)));
            }
        }
        PlanPreview.Result planActive = plans.optimal(activePolicy, facts, asOf);
        PlanPreview.Result planDraft = plans.optimal(draft, facts, asOf);
        return new ImpactReport(activePolicy.version(), draft.version(), employees.size(), changed, reasonsChanged,
                changes, topMoveChanged, planActive.imbalanceBefore(), planActive.imbalanceAfter(),
                planDraft.imbalanceAfter(), (System.nanoTime() - start) / 1_000_000, clock.instant());
    }

    private Comparison compare(PolicySnapshot activePolicy, PolicySnapshot draft, Workforce facts, ScopeIndex scope,
            Employee e, LocalDate asOf) {
        EmployeeEligibility before = eligibility.evaluateEmployee(activePolicy, e, facts, asOf);
        EmployeeEligibility after = eligibility.evaluateEmployee(draft, e, facts, asOf);
        boolean topChanged = false;
        // Not eligible under either policy: no move is recommended under either, nothing to compare.
        if (before.eligible() || after.eligible()) {
            DecisionInputs inputs = scope.inputs(e, asOf);
            topChanged = !Objects.equals(top(decisions.evaluate(activePolicy, inputs)),
                    top(decisions.evaluate(draft, inputs)));
        }
        return new Comparison(e, before, after, topChanged);
    }

    private static CellKey top(DecisionOutcome outcome) {
        return outcome.moves().isEmpty() ? null
                : new CellKey(outcome.moves().get(0).unitCode(), outcome.moves().get(0).positionCode());
    }

    private static <T> T parallel(java.util.concurrent.Callable<T> work) {
        ForkJoinPool pool = new ForkJoinPool(THREADS);
        try {
            return pool.submit(work).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Impact analysis interrupted", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } finally {
            pool.shutdown();
        }
    }

    /**
     * The decision inputs of every employee in the default scope (active units of the same instansi), built
     * from per-instansi lists computed once, since a province has 20,000 employees and a few thousand cells.
     */
    private static final class ScopeIndex {

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
