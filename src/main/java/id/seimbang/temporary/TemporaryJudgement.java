package id.seimbang.temporary;

import java.util.List;

import id.seimbang.eligibility.RuleOutcome;
import id.seimbang.placement.TemporaryFit;

/**
 * The policy's verdict on assigning one employee temporarily for a kind of work and a period: the temporary-assignment
 * rules that fired ({@code reasons}, each with id, regulation, severity and message), the fit by the table (level,
 * penalty, matched rows with annotations, the job family of the cells that receive the work) and the home cell as the
 * rules judged it. Neither the rules nor the fit read the target unit, so one verdict holds for every target of the
 * family. {@code allowed}: no rule blocks and the fit is not Tidak Sesuai.
 */
public record TemporaryJudgement(String policyVersion, boolean allowed, List<RuleOutcome> reasons, TemporaryFit fit,
        HomeCell homeCell) {

    public TemporaryJudgement {
        reasons = List.copyOf(reasons);
    }
}
