package id.seimbang.authoring;

import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;

import id.seimbang.balance.WorkloadModel;
import id.seimbang.plan.CandidateMove;
import id.seimbang.plan.PlanPreview;
import id.seimbang.workforce.CellKey;
import id.seimbang.workforce.Unit;
import id.seimbang.workforce.Workforce;

/**
 * Every employee's best move in the decision's default scope (same instansi), read off the plan candidates,
 * which already hold every allowed move with its penalty. It ranks as the decision engine does (score =
 * gain − penalty > 0, then score, gain, unit code, position code, architecture §3) so that impact analysis needs
 * one candidate build per policy instead of one decision per employee; ImpactAnalysisIntegrationTest checks
 * that both agree. Employees with transfer requests are left to the decision engine, where the latest
 * request changes the evaluation of its target.
 */
final class TopMoves {

    private record Ranked(CellKey to, double gain, double score) {
    }

    private static final Comparator<Ranked> BEST_FIRST = Comparator.comparingDouble(Ranked::score).reversed()
            .thenComparing(Comparator.comparingDouble(Ranked::gain).reversed())
            .thenComparing(r -> r.to().unitCode())
            .thenComparing(r -> r.to().positionCode());

    private TopMoves() {
    }

    /** NIP → best target cell, for employees who have a move with a positive score. */
    static Map<String, CellKey> of(PlanPreview.Result plan, Workforce facts) {
        Map<String, Ranked> best = new HashMap<>();
        for (CandidateMove m : plan.candidates()) {
            String from = facts.unit(m.from().unitCode()).map(Unit::instansiCode).orElse(null);
            String to = facts.unit(m.to().unitCode()).map(Unit::instansiCode).orElse(null);
            if (from == null || !from.equals(to)) {
                continue;
            }
            double gain = WorkloadModel.gain(plan.gaps().get(m.from()), plan.gaps().get(m.to()));
            double score = gain - (m.cost() - plan.moveCost());
            if (score <= 0) {
                continue;
            }
            Ranked candidate = new Ranked(m.to(), gain, score);
            best.merge(m.employeeId(), candidate, (a, b) -> BEST_FIRST.compare(a, b) <= 0 ? a : b);
        }
        Map<String, CellKey> tops = new HashMap<>();
        best.forEach((nip, r) -> tops.put(nip, r.to()));
        return tops;
    }
}
