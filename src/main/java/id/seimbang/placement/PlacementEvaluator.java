package id.seimbang.placement;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.kie.dmn.api.core.DMNContext;
import org.kie.dmn.api.core.DMNDecisionResult;
import org.kie.dmn.api.core.DMNMessage;
import org.kie.dmn.api.core.DMNModel;
import org.kie.dmn.api.core.DMNResult;
import org.kie.dmn.api.core.DMNRuntime;
import org.kie.dmn.api.core.ast.DecisionNode;
import org.kie.dmn.api.core.event.AfterEvaluateDecisionTableEvent;
import org.kie.dmn.api.core.event.DMNRuntimeEventListener;
import org.kie.dmn.model.api.DecisionRule;
import org.kie.dmn.model.api.DecisionTable;
import org.kie.dmn.model.api.ItemDefinition;
import org.kie.dmn.model.api.RuleAnnotation;

import id.seimbang.policy.PolicyFiles;
import id.seimbang.policy.PolicySnapshot;
import id.seimbang.system.Bilingual;

/**
 * Evaluates {@code decision-tables/placement.dmn} for one input tuple, with the rows that matched in
 * every table. Results depend only on the {@link PlacementInput}, so they are memoised; one
 * evaluator belongs to one compiled policy snapshot and its cache is dropped with it. Thread-safe.
 */
public final class PlacementEvaluator {

    public static final String MODEL_NAMESPACE = "https://seimbang.id/dmn/placement";
    public static final String MODEL_NAME = "Penempatan";
    static final String FIT = "Kesesuaian Kompetensi";
    static final String RELOCATION = "Relokasi";
    static final String PENALTY = "Penalti Penempatan";
    static final String EDUCATION_FIELD_TYPE = "tBidangPendidikan";
    /** Education fields the policy does not list are read as this value (see the input's description). */
    static final String OTHER_FIELD = "LAINNYA";

    private static final Pattern QUOTED = Pattern.compile("\"([^\"]*)\"");

    private final DMNRuntime runtime;
    private final DMNModel model;
    private final Map<String, List<Row>> rowsByTable;
    private final Set<String> knownEducationFields;
    /** Rows matched during the evaluation running on this thread; the listener is shared by all threads. */
    private final ThreadLocal<List<MatchedRow>> collector = new ThreadLocal<>();
    private final Map<PlacementInput, PlacementResult> memo = new ConcurrentHashMap<>();
    /** Many tuples share one outcome: the memo points them at one instance to keep a province-wide memo small. */
    private final Map<PlacementResult, PlacementResult> distinctResults = new ConcurrentHashMap<>();
    private final LongAdder evaluations = new LongAdder();
    private final LongAdder cacheHits = new LongAdder();

    private record Row(String ruleId, Bilingual annotation) {
    }

    /**
     * The evaluator for a policy snapshot. Placement results depend only on the input tuple and the DMN files,
     * so versions with the same DMN files (a draft that changes rules or parameters only, a rollback) share one
     * evaluator and its memo; the evaluators of the last {@value #SHARED_CONTENTS} DMN contents are kept.
     */
    public static PlacementEvaluator of(PolicySnapshot snapshot) {
        return snapshot.attachment(PlacementEvaluator.class,
                s -> SHARED.computeIfAbsent(dmnContent(s), content -> forRuntime(s.dmnRuntime())));
    }

    private static final int SHARED_CONTENTS = 4;

    private static final Map<String, PlacementEvaluator> SHARED = Collections.synchronizedMap(
            new LinkedHashMap<>(8, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, PlacementEvaluator> eldest) {
                    return size() > SHARED_CONTENTS;
                }
            });

    /** The SHA-256 of the snapshot's DMN files only. */
    static String dmnContent(PolicySnapshot snapshot) {
        return PolicyFiles.version(snapshot.files().stream().filter(f -> f.path().endsWith(".dmn")).toList());
    }

    /**
     * The evaluator of the placement model ({@link #MODEL_NAMESPACE}, {@link #MODEL_NAME}) compiled in a
     * DMN runtime.
     */
    public static PlacementEvaluator forRuntime(DMNRuntime runtime) {
        DMNModel model = runtime.getModel(MODEL_NAMESPACE, MODEL_NAME);
        if (model == null) {
            throw new IllegalArgumentException("No DMN model '" + MODEL_NAME + "' in namespace " + MODEL_NAMESPACE
                    + " (decision-tables/placement.dmn)");
        }
        return new PlacementEvaluator(runtime, model);
    }

    public PlacementEvaluator(DMNRuntime runtime, DMNModel model) {
        this.runtime = runtime;
        this.model = model;
        for (String required : List.of(FIT, RELOCATION, PENALTY)) {
            if (model.getDecisionByName(required) == null) {
                throw new IllegalArgumentException("Placement model '" + model.getName()
                        + "' has no decision named '" + required + "'");
            }
        }
        this.rowsByTable = rowsByTable(model);
        this.knownEducationFields = quotedValues(model, EDUCATION_FIELD_TYPE);
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

    /** The memoised result for this input; evaluates the tables only the first time a tuple is seen. */
    public PlacementResult evaluate(PlacementInput input) {
        PlacementInput key = normalised(input);
        PlacementResult cached = memo.get(key);
        if (cached != null) {
            cacheHits.increment();
            return cached;
        }
        // not computeIfAbsent: a DMN evaluation must not hold a lock that other keys may need
        PlacementResult result = evaluateTables(key);
        PlacementResult shared = distinctResults.putIfAbsent(result, result);
        result = shared != null ? shared : result;
        PlacementResult raced = memo.putIfAbsent(key, result);
        return raced != null ? raced : result;
    }

    /** Evaluates the tables without the memo (the benchmark baseline, and replays that must recompute). */
    public PlacementResult evaluateUncached(PlacementInput input) {
        return evaluateTables(normalised(input));
    }

    /** DMN evaluations actually run (memo misses and uncached calls). */
    public long evaluations() {
        return evaluations.sum();
    }

    public long cacheHits() {
        return cacheHits.sum();
    }

    /** Distinct input tuples held by the memo. */
    public int cachedTuples() {
        return memo.size();
    }

    private PlacementInput normalised(PlacementInput input) {
        if (knownEducationFields.isEmpty() || knownEducationFields.contains(input.educationField())) {
            return input;
        }
        return input.withEducationField(OTHER_FIELD);
    }

    private PlacementResult evaluateTables(PlacementInput input) {
        evaluations.increment();
        DMNContext context = runtime.newContext();
        context.set("Bidang Pendidikan", input.educationField());
        context.set("Kompetensi", input.competencies());
        context.set("Sektor Unit Tujuan", input.targetSector().name());
        context.set("Rumpun Jabatan Tujuan", input.targetJobFamily());
        context.set("Jarak", input.distanceBand().code());
        context.set("Permintaan Sendiri", input.requested());
        context.set("Pasangan di Kabupaten Tujuan", input.spouseInTargetKabupaten());
        context.set("Alasan Kesehatan", input.healthReason());
        context.set("Predikat SKP", input.skpPredicate());
        context.set("Kotak Talenta", input.talentBox() == null ? null : BigDecimal.valueOf(input.talentBox()));
        context.set("Jabatan Strategis", input.strategic());

        List<MatchedRow> rows = new ArrayList<>();
        collector.set(rows);
        DMNResult result;
        try {
            result = runtime.evaluateAll(model, context);
        } finally {
            collector.remove();
        }
        failOnErrors(result);

        Map<?, ?> relocation = (Map<?, ?>) value(result, RELOCATION);
        Map<?, ?> penalty = (Map<?, ?>) value(result, PENALTY);
        List<Bilingual> reasons = new ArrayList<>();
        for (Object reason : (List<?>) penalty.get("Alasan")) {
            Map<?, ?> text = (Map<?, ?>) reason;
            reasons.add(Bilingual.of(String.valueOf(text.get("id")), String.valueOf(text.get("en"))));
        }
        return new PlacementResult(
                (String) value(result, FIT),
                ((BigDecimal) penalty.get("Penalti")).intValueExact(),
                Boolean.TRUE.equals(penalty.get("Dikecualikan")),
                (String) relocation.get("Dukungan Relokasi"),
                (String) relocation.get("Risiko Penerimaan"),
                reasons,
                rows);
    }

    private static Object value(DMNResult result, String decision) {
        Object value = result.getDecisionResultByName(decision).getResult();
        if (value == null) {
            throw new PlacementEvaluationException(decision, "no value (no table row matched?)");
        }
        return value;
    }

    /**
     * Names the failing decision and, because a table that matches no row yields null and only makes a
     * later decision fail, also every decision that gave no value.
     */
    private static void failOnErrors(DMNResult result) {
        String empty = result.getDecisionResults().stream().filter(d -> d.getResult() == null)
                .map(d -> "'" + d.getDecisionName() + "'").reduce((a, b) -> a + ", " + b)
                .map(names -> " (decisions without a value, e.g. no table row matched: " + names + ")").orElse("");
        for (DMNDecisionResult decision : result.getDecisionResults()) {
            if (decision.hasErrors() || decision.getEvaluationStatus() != DMNDecisionResult.DecisionEvaluationStatus.SUCCEEDED) {
                String message = decision.getMessages().stream().map(DMNMessage::getText)
                        .reduce((a, b) -> a + "; " + b).orElse(String.valueOf(decision.getEvaluationStatus()));
                throw new PlacementEvaluationException(decision.getDecisionName(), message + empty);
            }
        }
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

    /** The string values a type of the model enumerates; empty when the type is absent or open. */
    private static Set<String> quotedValues(DMNModel model, String typeName) {
        Set<String> values = new LinkedHashSet<>();
        for (ItemDefinition type : model.getDefinitions().getItemDefinition()) {
            if (type.getName().equals(typeName) && type.getAllowedValues() != null) {
                Matcher m = QUOTED.matcher(type.getAllowedValues().getText());
                while (m.find()) {
                    values.add(m.group(1));
                }
            }
        }
        return Set.copyOf(values);
    }
}
