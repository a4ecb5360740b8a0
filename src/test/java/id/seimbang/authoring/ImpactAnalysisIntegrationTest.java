package id.seimbang.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

import id.seimbang.eligibility.EligibilityService;
import id.seimbang.eligibility.TestWorkforceConfiguration;
import id.seimbang.plan.PlanPreview;
import id.seimbang.policy.ActivePolicy;
import id.seimbang.policy.PolicySnapshot;
import id.seimbang.recommendation.DecisionEngine;
import id.seimbang.workforce.CellKey;
import id.seimbang.workforce.Employee;
import id.seimbang.workforce.FormationCell;
import id.seimbang.workforce.Workforce;
import id.seimbang.workforce.WorkloadPeriod;
import id.seimbang.workforce.WorkforceService;

/** On the sample province (loaded at first start), the top moves read off the plan candidates are the decision's. */
@SpringBootTest(properties = TestWorkforceConfiguration.H2_MEMORY)
@Import(TestWorkforceConfiguration.class)
class ImpactAnalysisIntegrationTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 26);

    @Autowired WorkforceService workforce;
    @Autowired ActivePolicy active;
    @Autowired PlanPreview plans;
    @Autowired DecisionEngine engine;
    @Autowired EligibilityService eligibility;
    @Autowired ImpactAnalysis impact;

    @Test
    void topMovesFromPlanCandidatesAgreeWithTheDecisionEngine() {
        Workforce facts = workforce.current();
        PolicySnapshot policy = active.current();
        Map<String, CellKey> fromCandidates = TopMoves.of(plans.optimal(policy, facts, AS_OF), facts);
        ImpactAnalysis.ScopeIndex scope = new ImpactAnalysis.ScopeIndex(facts);

        List<Employee> checked = facts.employees().stream().sorted(Comparator.comparing(Employee::nip))
                .filter(e -> facts.requestsOf(e.nip()).isEmpty())
                .filter(e -> eligibility.evaluateEmployee(policy, e, facts, AS_OF).eligible())
                .limit(300).toList();

        assertThat(checked).hasSize(300);
        assertThat(checked.stream().filter(e -> fromCandidates.get(e.nip()) != null)).hasSizeGreaterThan(50);
        assertThat(checked).allSatisfy(e -> assertThat(fromCandidates.get(e.nip())).as(e.nip())
                .isEqualTo(ImpactAnalysis.top(engine, policy, scope.inputs(e, AS_OF))));
    }

    @Test
    void theImpactOfADraftReadsTheWorkloadInForceOnItsDay() {
        Workforce facts = workforce.current();
        PolicySnapshot policy = active.current();
        java.time.Instant now = java.time.Instant.parse("2026-11-26T03:00:00Z"); // 10:00 in Jakarta
        FormationCell busiest = facts.cells().stream().max(Comparator.comparingDouble(FormationCell::workloadHours))
                .orElseThrow();
        // an ABK period in force since the day before doubles the busiest cell's workload
        Workforce dated = new Workforce(facts.kabupaten(), facts.instansi(), facts.units(), facts.positions(),
                facts.cells(), facts.employees(), facts.requests(), List.of(new WorkloadPeriod(busiest.unitCode(),
                        busiest.positionCode(), AS_OF.minusDays(1), 2 * busiest.workloadHours())), List.of());

        ImpactReport report = impact.compare(policy, policy, dated, now);

        double inForce = plans.optimal(policy, dated.asOf(AS_OF), AS_OF).imbalanceBefore();
        assertThat(report.imbalanceBefore()).isEqualTo(inForce)
                .isNotEqualTo(plans.optimal(policy, facts, AS_OF).imbalanceBefore());
        assertThat(report.imbalanceActive()).isEqualTo(report.imbalanceDraft());
    }
}
