package id.seimbang.placement;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.kie.dmn.api.core.DMNModel;
import org.kie.dmn.api.core.DMNRuntime;

import id.seimbang.policy.PolicySnapshot;
import id.seimbang.system.Bilingual;
import id.seimbang.system.DomainException;
import id.seimbang.system.FieldProblem;

/**
 * Evaluates the temporary-assignment fit table (decision-tables/temporary-assignment.dmn, issue 20 point 2) of a
 * policy snapshot: the whole model with the runtime, collecting the matched rows and their annotations as placement
 * does. One evaluator per snapshot ({@link #of}).
 */
public final class TemporaryFitEvaluator {

    public static final String MODEL_NAMESPACE = "https://seimbang.id/dmn/temporary-assignment";
    public static final String MODEL_NAME = "Penugasan Sementara";
    static final String FIT = "Kesesuaian Penugasan";
    static final String PENALTY = "Penalti Penugasan";
    static final String TARGET_FAMILY = "Rumpun Jabatan Penugasan";
    /** Distinct values each decision is memoised on; a province has a few hundred competency sets. */
    static final long MEMO_SIZE = 100_000;
    static final String NO_FIT = "Tidak Sesuai";

    private final DecisionByDecision tables;

    private TemporaryFitEvaluator(DMNRuntime runtime, DMNModel model) {
        for (String required : List.of(FIT, PENALTY, TARGET_FAMILY)) {
            if (model.getDecisionByName(required) == null) {
                throw new IllegalArgumentException("Temporary-assignment model '" + model.getName()
                        + "' has no decision named '" + required + "'");
            }
        }
        this.tables = new DecisionByDecision(runtime, model, MEMO_SIZE);
    }

    /**
     * The evaluator of the snapshot's temporary-assignment model; 422 when the policy has none (a version published
     * before temporary assignments): without the table nothing can be said about fit.
     */
    public static TemporaryFitEvaluator of(PolicySnapshot snapshot) {
        DMNRuntime runtime = snapshot.dmnRuntime();
        DMNModel model = runtime == null ? null : runtime.getModel(MODEL_NAMESPACE, MODEL_NAME);
        if (model == null) {
            throw new DomainException(DomainException.Kind.UNPROCESSABLE,
                    Bilingual.of("Kebijakan tanpa tabel penugasan sementara", "Policy without a temporary-assignment table"),
                    List.of(FieldProblem.of("policy", Bilingual.of("Versi kebijakan " + snapshot.version()
                            + " tidak memuat model DMN '" + MODEL_NAME + "' (" + MODEL_NAMESPACE + ")", "Policy version "
                            + snapshot.version() + " has no DMN model '" + MODEL_NAME + "' (" + MODEL_NAMESPACE + ")"))));
        }
        return snapshot.attachment(TemporaryFitEvaluator.class, s -> new TemporaryFitEvaluator(runtime, model));
    }

    /**
     * The fit of an employee with these competencies and home job family for this kind of work; each decision is
     * memoised on the values it reads, which gives what evaluating the whole model gives (as for placement).
     */
    public TemporaryFit evaluate(TemporaryWork work, Set<String> competencies, String homeJobFamily) {
        Map<String, Object> inputs = new HashMap<>();
        inputs.put("Jenis Penugasan", work.name());
        inputs.put("Kompetensi", List.copyOf(new TreeSet<>(competencies)));
        inputs.put("Rumpun Jabatan Asal", homeJobFamily);
        DecisionByDecision.Evaluation result = tables.memoised(inputs);
        String fit = String.valueOf(result.values().get(FIT));
        Object penalty = result.values().get(PENALTY);
        double value = penalty instanceof BigDecimal d ? d.doubleValue() : ((Number) penalty).doubleValue();
        return new TemporaryFit(fit, NO_FIT.equals(fit), value, String.valueOf(result.values().get(TARGET_FAMILY)),
                result.rows());
    }
}
