package id.seimbang.recommendation;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;

import id.seimbang.eligibility.RuleOutcome;
import id.seimbang.eligibility.Severity;
import id.seimbang.placement.MatchedRow;
import id.seimbang.system.Bilingual;
import id.seimbang.system.CodeLabels;

/**
 * Turns a recorded decision into sentences. It only restates what the record holds (rule messages,
 * table annotations, gaps and scores); it decides nothing.
 */
@Component
class ExplanationWriter {

    private static final Locale INDONESIAN = Locale.forLanguageTag("id-ID");

    private final CodeLabels labels;

    ExplanationWriter(CodeLabels labels) {
        this.labels = labels;
    }

    Explanation explain(DecisionRecord record) {
        DecisionInputs in = record.inputs();
        DecisionOutcome out = record.outcome();
        List<Bilingual> eligibility = new ArrayList<>();
        for (RuleOutcome o : out.eligibility()) {
            eligibility.add(Bilingual.of(severityId(o.severity()) + " [" + o.ruleId() + ", " + o.regulation() + "] "
                    + o.message().id(), severityEn(o.severity()) + " [" + o.ruleId() + ", " + o.regulation() + "] "
                    + o.message().en()));
        }
        Bilingual summary;
        if (!out.eligible()) {
            summary = Bilingual.of(
                    "Per " + in.asOf() + " pegawai belum memenuhi syarat mutasi, sehingga tidak ada usulan pindah.",
                    "As of " + in.asOf() + " the employee is not eligible for transfer, so no move is proposed.");
        } else if (out.moves().isEmpty()) {
            Bilingual scope = labels.of("scope", in.scope());
            summary = Bilingual.of(
                    "Per " + in.asOf() + " pegawai memenuhi syarat, tetapi tidak ada pindah dalam cakupan \""
                            + scope.id() + "\" yang memperbaiki keseimbangan beban kerja.",
                    "As of " + in.asOf() + " the employee is eligible, but no move within the scope \"" + scope.en()
                            + "\" improves workload balance.");
        } else {
            MoveOption top = out.moves().get(0);
            summary = Bilingual.of(
                    "Per " + in.asOf() + " pegawai memenuhi syarat. Usulan terbaik: " + top.unitName() + " ("
                            + top.positionName() + "), skor " + id(top.score()) + ".",
                    "As of " + in.asOf() + " the employee is eligible. Best move: " + top.unitName() + " ("
                            + top.positionName() + "), score " + en(top.score()) + ".");
        }
        List<Explanation.MoveExplanation> moves = new ArrayList<>();
        for (int i = 0; i < out.moves().size(); i++) {
            MoveOption m = out.moves().get(i);
            moves.add(new Explanation.MoveExplanation(i + 1, m.unitCode(), m.unitName(), m.positionCode(),
                    m.positionName(), because(m)));
        }
        Bilingual requested = null;
        List<Bilingual> requestedReasons = List.of();
        if (out.requestedTarget() != null) {
            RequestedTarget r = out.requestedTarget();
            requested = requestedSentence(r);
            requestedReasons = r.evaluation() == null ? List.of() : because(r.evaluation());
        }
        return new Explanation(record.decisionId(), record.policyVersion(), in.asOf(), in.employee().nip(),
                in.employee().name(), summary, eligibility, moves, requested, requestedReasons);
    }

    /** Balance, placement and rules behind one evaluated move. */
    private List<Bilingual> because(MoveOption m) {
        List<Bilingual> lines = new ArrayList<>();
        lines.add(Bilingual.of(
                "Selisih pegawai unit asal " + signedId(m.gapFrom()) + ", unit tujuan " + signedId(m.gapTo())
                        + " (positif = kelebihan, negatif = kekurangan); perpindahan mengubah ketimpangan sebesar "
                        + signedId(-m.gain()) + " (gain " + id(m.gain()) + ").",
                "Staff gap of the current cell " + signedEn(m.gapFrom()) + ", of the target " + signedEn(m.gapTo())
                        + " (positive = surplus, negative = deficit); the move changes the imbalance by "
                        + signedEn(-m.gain()) + " (gain " + en(m.gain()) + ")."));
        if (m.penalty() != null) {
            Bilingual support = labels.of("relocation", m.relocationSupport());
            Bilingual risk = labels.of("risk", m.acceptanceRisk());
            lines.add(Bilingual.of(
                    "Kesesuaian: " + m.fitLevel() + "; dukungan relokasi: " + support.id() + "; risiko penolakan: "
                            + risk.id() + "; penalti penempatan " + id(m.penalty()) + "; skor " + id(m.score()) + ".",
                    "Fit: " + m.fitLevel() + "; relocation support: " + support.en() + "; acceptance risk: " + risk.en()
                            + "; placement penalty " + en(m.penalty()) + "; score " + en(m.score()) + "."));
        }
        for (RuleOutcome o : m.ruleOutcomes()) {
            lines.add(Bilingual.of(severityId(o.severity()) + " [" + o.ruleId() + "] " + o.message().id(),
                    severityEn(o.severity()) + " [" + o.ruleId() + "] " + o.message().en()));
        }
        for (MatchedRow row : m.matchedRows()) {
            lines.add(Bilingual.of("Tabel " + row.table() + ", baris " + row.rowIndex() + ": " + row.annotation().id(),
                    "Table " + row.table() + ", row " + row.rowIndex() + ": " + row.annotation().en()));
        }
        return lines;
    }

    private static Bilingual requestedSentence(RequestedTarget r) {
        String cell = r.unitCode() + "/" + r.positionCode();
        return switch (r.status()) {
            case RECOMMENDED -> Bilingual.of("Permohonan pindah ke " + cell + " termasuk usulan.",
                    "The requested move to " + cell + " is among the recommendations.");
            case ALLOWED_NOT_IN_TOP -> Bilingual.of(
                    "Permohonan pindah ke " + cell + " diperbolehkan dan membantu keseimbangan, tetapi usulan lain lebih baik.",
                    "The requested move to " + cell + " is allowed and helps balance, but other moves rank higher.");
            case OUTSIDE_SCOPE -> Bilingual.of(
                    "Permohonan pindah ke " + cell + " diperbolehkan, tetapi di luar cakupan keputusan ini.",
                    "The requested move to " + cell + " is allowed, but outside this decision's scope.");
            case NOT_BENEFICIAL -> Bilingual.of(
                    "Permohonan pindah ke " + cell + " diperbolehkan, tetapi tidak memperbaiki keseimbangan beban kerja setelah penalti.",
                    "The requested move to " + cell + " is allowed, but does not improve workload balance after the penalty.");
            case NOT_ALLOWED -> Bilingual.of("Permohonan pindah ke " + cell + " tidak diperbolehkan oleh kebijakan.",
                    "The requested move to " + cell + " is not allowed by policy.");
            case EMPLOYEE_NOT_ELIGIBLE -> Bilingual.of(
                    "Permohonan pindah ke " + cell + " belum dapat dipenuhi karena pegawai belum memenuhi syarat mutasi.",
                    "The requested move to " + cell + " cannot be granted because the employee is not eligible yet.");
            case NO_FORMATION -> Bilingual.of("Unit yang diminta tidak memiliki formasi untuk jabatan " + r.positionCode() + ".",
                    "The requested unit has no formation for position " + r.positionCode() + ".");
        };
    }

    private static String severityId(Severity severity) {
        return switch (severity) {
            case BLOCK -> "Menghalangi:";
            case WARNING -> "Peringatan:";
            case SIGNAL -> "Catatan:";
        };
    }

    private static String severityEn(Severity severity) {
        return switch (severity) {
            case BLOCK -> "Blocks:";
            case WARNING -> "Warning:";
            case SIGNAL -> "Note:";
        };
    }

    private static String id(double value) {
        return new DecimalFormat("0.##", DecimalFormatSymbols.getInstance(INDONESIAN)).format(value);
    }

    private static String en(double value) {
        return new DecimalFormat("0.##", DecimalFormatSymbols.getInstance(Locale.ENGLISH)).format(value);
    }

    private static String signedId(double value) {
        return (value > 0 ? "+" : "") + id(value);
    }

    private static String signedEn(double value) {
        return (value > 0 ? "+" : "") + en(value);
    }
}
