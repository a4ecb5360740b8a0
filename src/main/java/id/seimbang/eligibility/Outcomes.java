package id.seimbang.eligibility;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.drools.model.Drools;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.rule.RuleContext;

import id.seimbang.system.Bilingual;
import id.seimbang.workforce.CellKey;

/**
 * The result collector of one rule execution, set as the DRL global {@code outcomes}. The rule's own
 * metadata ({@code @id}, {@code @regulation}, {@code @severity}) travels with each message, so the
 * id, reference and severity are written once, in the DRL.
 */
public final class Outcomes {

    private final List<RuleOutcome> employee = new ArrayList<>();
    private final Map<CellKey, List<RuleOutcome>> moves = new HashMap<>();

    /** {@code drools} is the consequence's own handle; rules pass it on and call nothing on it (bytecode check). */
    public void employee(Drools drools, String indonesian, String english) {
        employee.add(outcome(rule(drools), indonesian, english));
    }

    public void move(Drools drools, CellKey target, String indonesian, String english) {
        moves.computeIfAbsent(target, t -> new ArrayList<>()).add(outcome(rule(drools), indonesian, english));
    }

    /** The executable model's consequence handle is also the classic rule context, which knows the rule. */
    private static Rule rule(Drools drools) {
        return ((RuleContext) drools).getRule();
    }

    List<RuleOutcome> employee() {
        return employee;
    }

    List<RuleOutcome> move(CellKey target) {
        return moves.getOrDefault(target, List.of());
    }

    private static RuleOutcome outcome(Rule rule, String indonesian, String english) {
        Map<String, Object> meta = rule.getMetaData();
        Object id = meta.get("id");
        Object regulation = meta.get("regulation");
        Object severity = meta.get("severity");
        if (id == null || regulation == null || severity == null) {
            throw new IllegalStateException("Rule '" + rule.getName() + "' must declare @id, @regulation and @severity");
        }
        return new RuleOutcome(id.toString(), regulation.toString(), Severity.valueOf(severity.toString()),
                Bilingual.of(indonesian, english));
    }
}
