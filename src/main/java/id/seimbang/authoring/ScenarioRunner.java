package id.seimbang.authoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

import org.springframework.stereotype.Component;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import id.seimbang.eligibility.EligibilityService;
import id.seimbang.eligibility.EmployeeEligibility;
import id.seimbang.eligibility.MoveEligibility;
import id.seimbang.eligibility.MoveOutcome;
import id.seimbang.eligibility.RuleOutcome;
import id.seimbang.eligibility.Severity;
import id.seimbang.placement.PlacementEvaluators;
import id.seimbang.placement.PlacementInput;
import id.seimbang.placement.PlacementResult;
import id.seimbang.policy.PolicySnapshot;
import id.seimbang.recommendation.CellFacts;
import id.seimbang.recommendation.DecisionEngine;
import id.seimbang.recommendation.DecisionInputs;
import id.seimbang.recommendation.DecisionOutcome;
import id.seimbang.workforce.Scope;
import id.seimbang.workforce.CellKey;
import id.seimbang.workforce.Employee;
import id.seimbang.workforce.FormationCell;
import id.seimbang.workforce.Position;
import id.seimbang.workforce.Unit;
import id.seimbang.workforce.Workforce;

/** Runs scenarios against a compiled policy snapshot and compares each given expectation. */
@Component
public class ScenarioRunner {

    /** A scenario as stored: its name, where it comes from, and its JSON. */
    public record Source(String name, String origin, String json) {
    }

    private final EligibilityService eligibility;
    private final PlacementEvaluators placements;
    private final DecisionEngine decisions;
    private final ObjectMapper json;

    public ScenarioRunner(EligibilityService eligibility, DecisionEngine decisions, PlacementEvaluators placements,
            ObjectMapper json) {
        this.eligibility = eligibility;
        this.placements = placements;
        this.decisions = decisions;
        this.json = json;
    }

    public List<ScenarioResult> run(PolicySnapshot policy, List<Source> scenarios) {
        return scenarios.stream().map(s -> run(policy, s)).toList();
    }

    /** Parses the JSON; a scenario that cannot be read is a failure naming the reason, not an exception. */
    public Scenario parse(String text) throws JsonProcessingException {
        Scenario scenario = json.readValue(text, Scenario.class);
        if (scenario.employee() == null || scenario.asOf() == null || scenario.expect() == null) {
            throw new IllegalArgumentException("A scenario needs employee, asOf and expect");
        }
        return scenario;
    }

    ScenarioResult run(PolicySnapshot policy, Source source) {
        try {
            Scenario scenario = parse(source.json());
            return new ScenarioResult(source.name(), source.origin(), false, List.of(), null)
                    .withMismatches(check(policy, scenario));
        } catch (JsonProcessingException | RuntimeException e) {
            String reason = e instanceof JsonProcessingException j ? j.getOriginalMessage() : String.valueOf(e.getMessage());
            return new ScenarioResult(source.name(), source.origin(), false, List.of(), reason);
        }
    }

    private List<ScenarioResult.Mismatch> check(PolicySnapshot policy, Scenario s) {
        Workforce facts = facts(s);
        Employee employee = s.employee();
        Scenario.Expect expect = s.expect();
        List<ScenarioResult.Mismatch> mismatches = new ArrayList<>();
        EmployeeEligibility verdict = eligibility.evaluateEmployee(policy, employee, facts, s.asOf());
        compare(mismatches, "eligible", expect.eligible(), verdict.eligible());
        if (expect.ruleIds() != null) {
            compare(mismatches, "ruleIds", new TreeSet<>(expect.ruleIds()), blocking(verdict.outcomes()));
        }
        if (expect.target() != null) {
            CellKey target = expect.target();
            MoveEligibility moves = eligibility.evaluateMoves(policy, employee, facts, List.of(target), s.asOf());
            MoveOutcome move = moves.moves().get(0);
            compare(mismatches, "targetAllowed", expect.targetAllowed(), move.eligible());
            Unit unit = facts.unit(target.unitCode()).orElseThrow(() -> new IllegalArgumentException(
                    "expect.target.unitCode '" + target.unitCode() + "' is not among the scenario's units"));
            Position position = facts.position(target.positionCode()).orElseThrow(() -> new IllegalArgumentException(
                    "expect.target.positionCode '" + target.positionCode() + "' is not among the scenario's positions"));
            boolean requested = PlacementInput.requested(facts.requestsOf(employee.nip()), unit, position);
            PlacementResult fit = placements.of(policy).evaluate(PlacementInput.of(employee, unit, position, requested));
            compare(mismatches, "fitLevel", expect.fitLevel(), fit.fitLevel());
            compare(mismatches, "relocationSupport", expect.relocationSupport(), fit.relocationSupport());
        }
        if (expect.topMove() != null || Boolean.TRUE.equals(expect.noMove())) {
            // The whole decision (eligibility, placement, balance, rank) in the default same-instansi scope.
            DecisionOutcome decision = decisions.evaluate(policy, new DecisionInputs(employee, s.requests(), s.asOf(),
                    Scope.INSTANSI, 1, s.units(), s.positions(), s.cells().stream()
                            .map(c -> new CellFacts(c.unitCode(), c.positionCode(), c.workloadHours(), c.staff()))
                            .toList()));
            CellKey top = decision.moves().isEmpty() ? null
                    : new CellKey(decision.moves().get(0).unitCode(), decision.moves().get(0).positionCode());
            if (expect.topMove() != null) {
                compare(mismatches, "topMove", expect.topMove(), top == null ? "none" : top);
            } else {
                compare(mismatches, "topMove", "none", top == null ? "none" : top);
            }
        }
        return mismatches;
    }

    static TreeSet<String> blocking(List<RuleOutcome> outcomes) {
        TreeSet<String> ids = new TreeSet<>();
        outcomes.stream().filter(o -> o.severity() == Severity.BLOCK).forEach(o -> ids.add(o.ruleId()));
        return ids;
    }

    static Workforce facts(Scenario s) {
        List<FormationCell> cells = s.cells().stream()
                .map(c -> new FormationCell(c.unitCode(), c.positionCode(), c.workloadHours())).toList();
        return new Workforce(s.kabupaten(), s.instansi(), s.units(), s.positions(), cells, List.of(s.employee()),
                s.requests());
    }

    private static void compare(List<ScenarioResult.Mismatch> out, String field, Object expected, Object actual) {
        if (expected != null && !Objects.equals(expected, actual)) {
            out.add(new ScenarioResult.Mismatch(field, String.valueOf(expected), String.valueOf(actual)));
        }
    }
}
