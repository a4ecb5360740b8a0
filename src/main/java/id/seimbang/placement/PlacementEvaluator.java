package id.seimbang.placement;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.kie.dmn.api.core.DMNModel;
import org.kie.dmn.api.core.DMNRuntime;
import org.kie.dmn.model.api.ItemDefinition;

import com.github.benmanes.caffeine.cache.Cache;

import id.seimbang.system.Bilingual;
import id.seimbang.system.Caches;

/**
 * Evaluates {@code decision-tables/placement.dmn} for one input tuple, with the rows that matched in
 * every table. Results depend only on the {@link PlacementInput}, so they are memoised per tuple, and a tuple
 * not seen before is evaluated one decision at a time, each decision memoised on the few values it reads
 * ({@link DecisionByDecision}). Thread-safe.
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

    private final DecisionByDecision tables;
    private final Set<String> knownEducationFields;
    private final Cache<PlacementInput, PlacementResult> memo;
    /** Many tuples share one outcome: the memo points them at one instance to keep a province-wide memo small. */
    private final Map<PlacementResult, PlacementResult> distinctResults = new ConcurrentHashMap<>();
    private final LongAdder evaluations = new LongAdder();
    private final LongAdder cacheHits = new LongAdder();

    /**
     * The evaluator of the placement model ({@link #MODEL_NAMESPACE}, {@link #MODEL_NAME}) compiled in a
     * DMN runtime.
     */
    public static PlacementEvaluator forRuntime(DMNRuntime runtime, long memoSize) {
        DMNModel model = runtime.getModel(MODEL_NAMESPACE, MODEL_NAME);
        if (model == null) {
            throw new IllegalArgumentException("No DMN model '" + MODEL_NAME + "' in namespace " + MODEL_NAMESPACE
                    + " (decision-tables/placement.dmn)");
        }
        return new PlacementEvaluator(runtime, model, memoSize);
    }

    public PlacementEvaluator(DMNRuntime runtime, DMNModel model, long memoSize) {
        for (String required : List.of(FIT, RELOCATION, PENALTY)) {
            if (model.getDecisionByName(required) == null) {
                throw new IllegalArgumentException("Placement model '" + model.getName()
                        + "' has no decision named '" + required + "'");
            }
        }
        this.tables = new DecisionByDecision(runtime, model, memoSize);
        this.memo = Caches.newBuilder().maximumSize(memoSize).build();
        this.knownEducationFields = quotedValues(model, EDUCATION_FIELD_TYPE);
    }

    /** The memoised result for this input; evaluates the tables only the first time a tuple is seen. */
    public PlacementResult evaluate(PlacementInput input) {
        PlacementInput key = normalised(input);
        PlacementResult cached = memo.getIfPresent(key);
        if (cached != null) {
            cacheHits.increment();
            return cached;
        }
        // not computeIfAbsent: a DMN evaluation must not hold a lock that other keys may need
        evaluations.increment();
        PlacementResult result = resultOf(tables.memoised(inputValues(key)));
        PlacementResult shared = distinctResults.putIfAbsent(result, result);
        result = shared != null ? shared : result;
        PlacementResult raced = memo.asMap().putIfAbsent(key, result);
        return raced != null ? raced : result;
    }

    /**
     * Evaluates the whole model with the runtime, without any memo: the reference that the memoised way must
     * equal, and the benchmark baseline.
     */
    public PlacementResult evaluateUncached(PlacementInput input) {
        evaluations.increment();
        return resultOf(tables.whole(inputValues(normalised(input))));
    }

    /** Tuples evaluated without the tuple memo (memo misses and uncached calls). */
    public long evaluations() {
        return evaluations.sum();
    }

    public long cacheHits() {
        return cacheHits.sum();
    }

    /** Distinct input tuples held by the memo. */
    public long cachedTuples() {
        memo.cleanUp();
        return memo.estimatedSize();
    }

    /** Single decisions the runtime evaluated for tuple memo misses (each decision once per distinct input). */
    public int decisionsEvaluated() {
        return tables.decisionsEvaluated();
    }

    private PlacementInput normalised(PlacementInput input) {
        if (knownEducationFields.isEmpty() || knownEducationFields.contains(input.educationField())) {
            return input;
        }
        return input.withEducationField(OTHER_FIELD);
    }

    private static Map<String, Object> inputValues(PlacementInput input) {
        Map<String, Object> values = new HashMap<>();
        values.put("Bidang Pendidikan", input.educationField());
        values.put("Kompetensi", input.competencies());
        values.put("Sektor Unit Tujuan", input.targetSector().name());
        values.put("Rumpun Jabatan Tujuan", input.targetJobFamily());
        values.put("Jarak", input.distanceBand().code());
        values.put("Permintaan Sendiri", input.requested());
        values.put("Pasangan di Kabupaten Tujuan", input.spouseInTargetKabupaten());
        values.put("Alasan Kesehatan", input.healthReason());
        values.put("Predikat SKP", input.skpPredicate());
        values.put("Kotak Talenta", input.talentBox() == null ? null : BigDecimal.valueOf(input.talentBox()));
        values.put("Jabatan Strategis", input.strategic());
        return values;
    }

    private static PlacementResult resultOf(DecisionByDecision.Evaluation evaluation) {
        Map<?, ?> relocation = (Map<?, ?>) value(evaluation, RELOCATION);
        Map<?, ?> penalty = (Map<?, ?>) value(evaluation, PENALTY);
        List<Bilingual> reasons = new ArrayList<>();
        for (Object reason : (List<?>) penalty.get("Alasan")) {
            Map<?, ?> text = (Map<?, ?>) reason;
            reasons.add(Bilingual.of(String.valueOf(text.get("id")), String.valueOf(text.get("en"))));
        }
        return new PlacementResult(
                (String) value(evaluation, FIT),
                ((BigDecimal) penalty.get("Penalti")).intValueExact(),
                Boolean.TRUE.equals(penalty.get("Dikecualikan")),
                (String) relocation.get("Dukungan Relokasi"),
                (String) relocation.get("Risiko Penerimaan"),
                reasons,
                evaluation.rows());
    }

    private static Object value(DecisionByDecision.Evaluation evaluation, String decision) {
        Object value = evaluation.values().get(decision);
        if (value == null) {
            throw new PlacementEvaluationException(decision, "no value (no table row matched?)");
        }
        return value;
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
