package id.seimbang.policy.lifecycle;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;

import org.springframework.stereotype.Component;

import id.seimbang.eligibility.EligibilityService;
import id.seimbang.eligibility.EmployeeEligibility;
import id.seimbang.policy.PolicySnapshot;
import id.seimbang.system.Clocks;
import id.seimbang.workforce.Employee;
import id.seimbang.workforce.Workforce;
import id.seimbang.workforce.WorkforceService;

/** Evaluates the active policy and a draft on the current workforce and reports what would change. */
@Component
public class ImpactAnalysis {

    private final EligibilityService eligibility;
    private final WorkforceService workforce;
    private final LifecycleProperties properties;
    private final Clock clock;

    public ImpactAnalysis(EligibilityService eligibility, WorkforceService workforce, LifecycleProperties properties,
            Clock clock) {
        this.eligibility = eligibility;
        this.workforce = workforce;
        this.properties = properties;
        this.clock = clock;
    }

    public ImpactReport compare(PolicySnapshot activePolicy, PolicySnapshot draft) {
        long start = System.nanoTime();
        Workforce facts = workforce.current();
        LocalDate asOf = Clocks.todayInJakarta(clock);
        List<Employee> employees = facts.employees().stream().sorted(Comparator.comparing(Employee::nip)).toList();
        List<ImpactReport.EligibilityChange> changes = new ArrayList<>();
        int changed = 0;
        int reasonsChanged = 0;
        for (Employee e : employees) {
            EmployeeEligibility before = eligibility.evaluateEmployee(activePolicy, e, facts, asOf);
            EmployeeEligibility after = eligibility.evaluateEmployee(draft, e, facts, asOf);
            TreeSet<String> rulesBefore = ScenarioRunner.blocking(before.outcomes());
            TreeSet<String> rulesAfter = ScenarioRunner.blocking(after.outcomes());
            if (before.eligible() == after.eligible()) {
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
                changes.add(new ImpactReport.EligibilityChange(e.nip(), e.name(), before.eligible(),
                        after.eligible(), List.copyOf(rulesBefore), List.copyOf(rulesAfter), List.copyOf(diff)));
            }
        }
        return new ImpactReport(activePolicy.version(), draft.version(), employees.size(), changed, reasonsChanged,
                changes, null,
                null, null, null, List.of("top moves and plan imbalance: DecisionEngine/TransferOptimizer not wired yet"),
                (System.nanoTime() - start) / 1_000_000, clock.instant());
    }
}
