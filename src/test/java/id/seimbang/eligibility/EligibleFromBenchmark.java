package id.seimbang.eligibility;

import static id.seimbang.eligibility.EmployeeFixtures.ANALIS_KEUANGAN;
import static id.seimbang.eligibility.EmployeeFixtures.AS_OF;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import id.seimbang.policy.PolicyFixtures;
import id.seimbang.policy.PolicySnapshot;
import id.seimbang.workforce.Employee;

/**
 * Issue 19 speed: what "eligible from when" adds for an ineligible employee, on the 20,000 synthetic employees of
 * {@link EligibilityBenchmark} (time in position, status, SKP, sanctions, legal process, study leave, bond, BUP
 * spread around their boundaries). Per ineligible employee: the time of the search and its rule executions (the
 * verdict on the as-of date is known, as in a decision). Prints figures; asserts nothing about speed.
 * Run: {@code mvn -o test -Pbenchmark -Dtest=EligibleFromBenchmark}.
 */
@Tag("benchmark")
class EligibleFromBenchmark {

    @Test
    void searchTimePerIneligibleEmployee() {
        PolicySnapshot policy = PolicyFixtures.shippedPolicy();
        EligibilityService service = new EligibilityService();
        List<Employee> employees = EligibilityBenchmark.synthetic(20_000);
        List<EmployeeEligibility> blocked = new ArrayList<>();
        for (Employee e : employees) {
            EmployeeEligibility v = service.evaluateEmployee(policy, e, ANALIS_KEUANGAN, AS_OF);
            if (!v.eligible()) {
                blocked.add(v);
            }
        }
        List<Employee> ineligible = blocked.stream()
                .map(v -> employees.stream().filter(e -> e.nip().equals(v.nip())).findFirst().orElseThrow()).toList();
        run(service, policy, ineligible, blocked); // warm-up
        long[] nanos = new long[blocked.size()];
        int[] executions = new int[blocked.size()];
        int withDate = run(service, policy, ineligible, blocked, nanos, executions);
        Arrays.sort(nanos);
        Arrays.sort(executions);
        System.out.printf("BENCHMARK eligibleFrom, %d of %d employees ineligible (%d with a date within %d months): "
                + "per employee mean %.2f ms, median %.2f ms, p95 %.2f ms, max %.2f ms; rule executions median %d, "
                + "p95 %d, max %d%n", blocked.size(), employees.size(), withDate, EligibleFromSearch.HORIZON_MONTHS,
                Arrays.stream(nanos).average().orElse(0) / 1e6, nanos[nanos.length / 2] / 1e6,
                nanos[(int) (nanos.length * 0.95)] / 1e6, nanos[nanos.length - 1] / 1e6,
                executions[executions.length / 2], executions[(int) (executions.length * 0.95)],
                executions[executions.length - 1]);
    }

    private static void run(EligibilityService service, PolicySnapshot policy, List<Employee> employees,
            List<EmployeeEligibility> verdicts) {
        run(service, policy, employees, verdicts, new long[verdicts.size()], new int[verdicts.size()]);
    }

    private static int run(EligibilityService service, PolicySnapshot policy, List<Employee> employees,
            List<EmployeeEligibility> verdicts, long[] nanos, int[] executions) {
        int withDate = 0;
        for (int i = 0; i < verdicts.size(); i++) {
            long t0 = System.nanoTime();
            EligibilityService.EligibleFromRun r = service.search(policy, employees.get(i), ANALIS_KEUANGAN, verdicts.get(i));
            nanos[i] = System.nanoTime() - t0;
            executions[i] = r.evaluations();
            if (r.result().date() != null) {
                withDate++;
            }
        }
        return withDate;
    }
}
