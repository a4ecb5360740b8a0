package id.seimbang.placement;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.kie.dmn.api.core.DMNContext;
import org.kie.dmn.api.core.DMNDecisionResult;
import org.kie.dmn.api.core.DMNMessage;
import org.kie.dmn.api.core.DMNModel;
import org.kie.dmn.api.core.DMNResult;
import org.kie.dmn.api.core.DMNRuntime;
import org.kie.dmn.api.core.ast.DecisionNode;
import org.kie.dmn.api.core.ast.InputDataNode;
import org.kie.dmn.api.core.event.AfterEvaluateDecisionTableEvent;
import org.kie.dmn.api.core.event.DMNRuntimeEventListener;
import org.kie.dmn.model.api.DMNElementReference;
import org.kie.dmn.model.api.DecisionRule;
import org.kie.dmn.model.api.DecisionTable;
import org.kie.dmn.model.api.InformationRequirement;
import org.kie.dmn.model.api.RuleAnnotation;

import id.seimbang.system.Bilingual;
import id.seimbang.system.Caches;

/**
 * Evaluates a DMN model for a set of input values, with the table rows that matched: either whole, by the
 * runtime ({@link #whole}), or one decision at a time with each decision memoised on the values it reads: its
 * required inputs and the results of its required decisions ({@link #memoised}). A province-wide plan asks for
 * tens of thousands of distinct input tuples, but each table reads only a few of the inputs and meets only tens
 * or hundreds of distinct keys, so the runtime evaluates a few hundred decisions instead of a whole model per
 * tuple.
 *
 * <p>The memoised way is exact for any model: a decision's result is a function of the values it reads, and each
 * decision is evaluated by the same runtime with its required decisions' results supplied in the context, which
 * the runtime takes as already resolved instead of evaluating them again. Business knowledge models are functions
 * of the model, not of the tuple, so they are in no key. Matched rows come in the order of a whole evaluation.
 * Thread-safe.
 */
final class DecisionByDecision {

    /** One decision: what it reads, in the order of its information requirements. */
    private record Step(String name, List<String> reads) {
    }

    /** A decision's result (null when no table row matched) and the rows that matched. */
    private record Outcome(Object value, List<MatchedRow> rows) {
    }

    /** Every decision's value (by name) and the matched rows in evaluation order. */
    record Evaluation(Map<String, Object> values, List<MatchedRow> rows) {
    }

    private final DMNRuntime runtime;
    private final DMNModel model;
    private final List<Step> steps;
    /** Per decision, bounded like the tuple memo (a decision reads fewer values, so it holds fewer entries). */
    private final Map<String, Map<List<Object>, Outcome>> memos = new HashMap<>();
    private final Map<String, List<Row>> rowsByTable;
    /** Rows matched during the evaluation running on this thread; the listener is shared by all threads. */
    private final ThreadLocal<List<MatchedRow>> collector = new ThreadLocal<>();

    private record Row(String ruleId, Bilingual annotation) {
    }

    DecisionByDecision(DMNRuntime runtime, DMNModel model, long memoSize) {
        this.runtime = runtime;
        this.model = model;
        this.steps = steps(model);
        steps.forEach(s -> memos.put(s.name(), Caches.newBuilder().maximumSize(memoSize)
                .<List<Object>, Outcome>build().asMap()));
        this.rowsByTable = rowsByTable(model);
        runtime.addListener(new DMNRuntimeEventListener() {
            @Override
            public void afterEvaluateDecisionTable(AfterEvaluateDecisionTableEvent event) {
                List<MatchedRow> rows = collector.get();
                if (rows != null) {
                    rows.addAll(matched(event));
                }
            }
        });
    }

    /** Decisions the memoised way has evaluated with the runtime (its memo misses), across all tuples. */
    int decisionsEvaluated() {
        return memos.values().stream().mapToInt(Map::size).sum();
    }

    /** The whole model evaluated by the runtime, without any memo. */
    Evaluation whole(Map<String, Object> inputs) {
        DMNContext context = runtime.newContext();
        inputs.forEach(context::set);
        List<MatchedRow> rows = new ArrayList<>();
        DMNResult result = collecting(rows, () -> runtime.evaluateAll(model, context));
        String empty = result.getDecisionResults().stream().filter(d -> d.getResult() == null)
                .map(d -> "'" + d.getDecisionName() + "'").reduce((a, b) -> a + ", " + b).orElse("");
        result.getDecisionResults().forEach(d -> failOnErrors(d, empty));
        failOnErrors(result);
        Map<String, Object> values = new HashMap<>(inputs);
        result.getDecisionResults().forEach(d -> values.put(d.getDecisionName(), d.getResult()));
        return new Evaluation(values, rows);
    }

    /** The same values as {@link #whole}, each decision evaluated once per distinct set of values it reads. */
    Evaluation memoised(Map<String, Object> inputs) {
        Map<String, Object> values = new HashMap<>(inputs);
        List<MatchedRow> rows = new ArrayList<>();
        List<String> empty = new ArrayList<>();
        for (Step step : steps) {
            Object[] read = new Object[step.reads().size()];
            for (int i = 0; i < read.length; i++) {
                read[i] = values.get(step.reads().get(i));
            }
            List<Object> key = Collections.unmodifiableList(Arrays.asList(read));
            Map<List<Object>, Outcome> memo = memos.get(step.name());
            Outcome outcome = memo.get(key);
            if (outcome == null) {
                // not computeIfAbsent: a DMN evaluation must not hold a lock that other keys may need
                outcome = evaluate(step, read, empty);
                Outcome raced = memo.putIfAbsent(key, outcome);
                outcome = raced != null ? raced : outcome;
            }
            if (outcome.value() == null) {
                empty.add("'" + step.name() + "'");
            }
            values.put(step.name(), outcome.value());
            rows.addAll(outcome.rows());
        }
        return new Evaluation(values, rows);
    }

    private Outcome evaluate(Step step, Object[] read, List<String> emptySoFar) {
        DMNContext context = runtime.newContext();
        for (int i = 0; i < read.length; i++) {
            context.set(step.reads().get(i), read[i]);
        }
        List<MatchedRow> rows = new ArrayList<>();
        DMNResult result = collecting(rows, () -> runtime.evaluateDecisionByName(model, step.name(), context));
        DMNDecisionResult decision = result.getDecisionResultByName(step.name());
        failOnErrors(decision, String.join(", ", emptySoFar));
        failOnErrors(result);
        return new Outcome(decision.getResult(), List.copyOf(rows));
    }

    private DMNResult collecting(List<MatchedRow> rows, java.util.function.Supplier<DMNResult> evaluation) {
        collector.set(rows);
        try {
            return evaluation.get();
        } finally {
            collector.remove();
        }
    }

    /**
     * Names the failing decision and, because a table that matches no row yields null and only makes a later
     * decision fail, also every decision evaluated so far that gave no value.
     */
    private static void failOnErrors(DMNDecisionResult decision, String empty) {
        if (decision.hasErrors() || decision.getEvaluationStatus() != DMNDecisionResult.DecisionEvaluationStatus.SUCCEEDED) {
            String message = decision.getMessages().stream().map(DMNMessage::getText)
                    .reduce((a, b) -> a + "; " + b).orElse(String.valueOf(decision.getEvaluationStatus()));
            throw new PlacementEvaluationException(decision.getDecisionName(), message
                    + (empty.isEmpty() ? "" : " (decisions without a value, e.g. no table row matched: " + empty + ")"));
        }
    }

    private static void failOnErrors(DMNResult result) {
        if (result.hasErrors()) {
            DMNMessage first = result.getMessages(DMNMessage.Severity.ERROR).get(0);
            throw new PlacementEvaluationException(String.valueOf(first.getSourceId()), first.getText());
        }
    }

    private List<MatchedRow> matched(AfterEvaluateDecisionTableEvent event) {
        List<Row> rows = rowsByTable.getOrDefault(event.getNodeName(), List.of());
        List<MatchedRow> matched = new ArrayList<>();
        for (Integer index : event.getSelected()) {
            Row row = index >= 1 && index <= rows.size() ? rows.get(index - 1) : new Row("", Bilingual.of("", ""));
            matched.add(new MatchedRow(event.getNodeName(), index, row.ruleId(), row.annotation()));
        }
        return matched;
    }

    /**
     * Row ids and annotations of every decision table, read once from the model. The first annotation
     * column is Indonesian ("Penjelasan"), the second English ("Explanation").
     */
    private static Map<String, List<Row>> rowsByTable(DMNModel model) {
        Map<String, List<Row>> tables = new HashMap<>();
        for (DecisionNode node : model.getDecisions()) {
            if (node.getDecision().getExpression() instanceof DecisionTable table) {
                List<Row> rows = new ArrayList<>();
                for (DecisionRule rule : table.getRule()) {
                    List<RuleAnnotation> notes = rule.getAnnotationEntry();
                    String id = notes.size() > 0 ? notes.get(0).getText() : "";
                    String en = notes.size() > 1 ? notes.get(1).getText() : id;
                    rows.add(new Row(rule.getId(), Bilingual.of(id, en)));
                }
                tables.put(node.getName(), List.copyOf(rows));
            }
        }
        return Map.copyOf(tables);
    }

    /**
     * The decisions in the order a whole-model evaluation reaches them: the model's decisions in order, each
     * after the decisions it requires (depth first, in the order of its information requirements).
     */
    private static List<Step> steps(DMNModel model) {
        Map<String, String> nameById = new HashMap<>();
        for (InputDataNode input : model.getInputs()) {
            nameById.put(input.getId(), input.getName());
        }
        Map<String, DecisionNode> decisionById = new HashMap<>();
        for (DecisionNode decision : model.getDecisions()) {
            nameById.put(decision.getId(), decision.getName());
            decisionById.put(decision.getId(), decision);
        }
        List<Step> steps = new ArrayList<>();
        Set<String> visited = new LinkedHashSet<>();
        for (DecisionNode decision : model.getDecisions()) {
            visit(decision, nameById, decisionById, visited, steps);
        }
        return List.copyOf(steps);
    }

    private static void visit(DecisionNode decision, Map<String, String> nameById,
            Map<String, DecisionNode> decisionById, Set<String> visited, List<Step> steps) {
        if (!visited.add(decision.getId())) {
            return;
        }
        List<String> reads = new ArrayList<>();
        for (InformationRequirement requirement : decision.getDecision().getInformationRequirement()) {
            DMNElementReference input = requirement.getRequiredInput();
            DMNElementReference required = input != null ? input : requirement.getRequiredDecision();
            String id = required.getHref().substring(required.getHref().indexOf('#') + 1);
            DecisionNode upstream = decisionById.get(id);
            if (upstream != null) {
                visit(upstream, nameById, decisionById, visited, steps);
            }
            String name = nameById.get(id);
            if (name == null) {
                throw new IllegalArgumentException("Decision '" + decision.getName() + "' requires '"
                        + required.getHref() + "', which is not an input or decision of model '" + decision.getModelName()
                        + "' (imported models are not supported in placement tables)");
            }
            reads.add(name);
        }
        steps.add(new Step(decision.getName(), List.copyOf(reads)));
    }
}
