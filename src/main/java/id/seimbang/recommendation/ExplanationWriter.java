package id.seimbang.recommendation;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import id.seimbang.eligibility.EligibleFrom;
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
    private final MessageSource messages;

    ExplanationWriter(CodeLabels labels, MessageSource messages) {
        this.labels = labels;
        this.messages = messages;
    }

    Explanation explain(DecisionRecord record) {
        DecisionInputs in = record.inputs();
        DecisionOutcome out = record.outcome();
        List<Bilingual> eligibility = new ArrayList<>();
        EligibleFrom from = out.eligibleFrom();
        for (RuleOutcome o : out.eligibility()) {
            // Each blocking rule says when it stops blocking, if the record holds the look ahead (issue 19).
            Bilingual clears = from == null || o.severity() != Severity.BLOCK || from.rule(o.ruleId()) == null ? null
                    : clears(from.rule(o.ruleId()));
            eligibility.add(Bilingual.of(severityId(o.severity()) + " [" + o.ruleId() + ", " + o.regulation() + "] "
                    + o.message().id() + (clears == null ? "" : " — " + clears.id()),
                    severityEn(o.severity()) + " [" + o.ruleId() + ", " + o.regulation() + "] "
                    + o.message().en() + (clears == null ? "" : " — " + clears.en())));
        }
        Bilingual summary;
        if (!out.eligible()) {
            summary = Bilingual.of(
                    "Per " + in.asOf() + " pegawai belum memenuhi syarat mutasi, sehingga tidak ada usulan pindah.",
                    "As of " + in.asOf() + " the employee is not eligible for transfer, so no move is proposed.");
            if (from != null) {
                Bilingual when = eligibleFrom(from);
                summary = Bilingual.of(summary.id() + " " + when.id(), summary.en() + " " + when.en());
            }
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
                in.employee().name(), summary, eligibility, moves, requested, requestedReasons,
                out.temporary() == null ? null : temporary(out.temporary()));
    }

    /** The temporary part: the verdict with its rules and table rows, the home cell, then each assignment. */
    private List<Bilingual> temporary(TemporaryProposals t) {
        List<Bilingual> lines = new ArrayList<>();
        String period = t.from() + " s.d. " + t.until();
        String periodEn = t.from() + " to " + t.until();
        var current = t.alreadyAssigned();
        lines.add(current != null
                ? Bilingual.of("Penugasan sementara (" + t.work() + ", " + period + ") tidak diusulkan: pegawai sedang "
                        + "menjalani penugasan sementara ke " + current.target() + " dari " + current.from() + " s.d. "
                        + current.until() + " (rencana " + current.planId() + ").", "No temporary assignment (" + t.work()
                        + ", " + periodEn + ") is proposed: the employee is already on a temporary assignment to "
                        + current.target() + " from " + current.from() + " to " + current.until() + " (plan "
                        + current.planId() + ").")
                : t.allowed()
                ? Bilingual.of("Penugasan sementara (" + t.work() + ", " + period + ") diperbolehkan kebijakan; "
                        + t.assignments().size() + " usulan dari " + t.targetsConsidered() + " sel rumpun "
                        + t.targetJobFamily() + " dalam cakupan.", "A temporary assignment (" + t.work() + ", "
                        + periodEn + ") is allowed by the policy; " + t.assignments().size() + " proposed of "
                        + t.targetsConsidered() + " cells of the " + t.targetJobFamily() + " family in scope.")
                : Bilingual.of("Penugasan sementara (" + t.work() + ", " + period + ") tidak diperbolehkan kebijakan, "
                        + "untuk sel tujuan mana pun:", "A temporary assignment (" + t.work() + ", " + periodEn
                        + ") is not allowed by the policy, to any target cell:"));
        for (RuleOutcome o : t.reasons()) {
            lines.add(Bilingual.of(severityId(o.severity()) + " [" + o.ruleId() + ", " + o.regulation() + "] "
                    + o.message().id(), severityEn(o.severity()) + " [" + o.ruleId() + ", " + o.regulation() + "] "
                    + o.message().en()));
        }
        lines.add(Bilingual.of("Kesesuaian: " + t.fitLevel() + "; penalti " + id(t.penalty()) + ".",
                "Fit: " + t.fitLevel() + "; penalty " + en(t.penalty()) + "."));
        for (MatchedRow row : t.fitRows()) {
            lines.add(Bilingual.of("Tabel " + row.table() + ", baris " + row.rowIndex() + ": " + row.annotation().id(),
                    "Table " + row.table() + ", row " + row.rowIndex() + ": " + row.annotation().en()));
        }
        var home = t.homeCell();
        lines.add(Bilingual.of("Sel asal " + home.unitCode() + "/" + home.positionCode() + ": " + home.staff()
                + " pegawai, " + home.runningAway() + " sedang ditugaskan sementara, " + home.staffDuring()
                + " tinggal selama penugasan; batas bawah " + id(home.floor()) + ".", "Home cell " + home.unitCode()
                + "/" + home.positionCode() + ": " + home.staff() + " staff, " + home.runningAway() + " away on running "
                + "assignments, " + home.staffDuring() + " staying during the assignment; floor " + en(home.floor())
                + "."));
        for (int i = 0; i < t.assignments().size(); i++) {
            TemporaryProposals.Assignment a = t.assignments().get(i);
            lines.add(Bilingual.of((i + 1) + ". " + a.unitName() + " (" + a.positionName() + "): selisih asal "
                    + signedId(a.gapFrom()) + ", tujuan " + signedId(a.gapTo()) + " selama periode; gain " + id(a.gain())
                    + ", skor " + id(a.score()) + (a.allowed() ? "" : " — ditolak"), (i + 1) + ". " + a.unitName()
                    + " (" + a.positionName() + "): gap of the home cell " + signedEn(a.gapFrom()) + ", of the target "
                    + signedEn(a.gapTo()) + " during the period; gain " + en(a.gain()) + ", score " + en(a.score())
                    + (a.allowed() ? "" : " — refused")));
        }
        return lines;
    }

    /**
     * "If the facts stay as they are, eligible from D" or "not by the passing of time alone until H", with the
     * assumption the look ahead makes about SKP (message bundles, both languages).
     */
    Bilingual eligibleFrom(EligibleFrom from) {
        Bilingual when = from.date() != null ? message("eligibleFrom.date", from.date().toString())
                : message("eligibleFrom.none", from.horizon().toString());
        Bilingual assumption = message("eligibleFrom.assumption");
        StringBuilder id = new StringBuilder(when.id()).append(' ').append(assumption.id());
        StringBuilder en = new StringBuilder(when.en()).append(' ').append(assumption.en());
        for (int i = 0; i < from.skpAssumed().size(); i++) {
            var a = from.skpAssumed().get(i);
            Bilingual line = message("eligibleFrom.skpAssumed", String.valueOf(a.year()),
                    labels.of("skp", a.predicate()));
            String end = i == from.skpAssumed().size() - 1 ? "." : ";";
            id.append(' ').append(line.id()).append(end);
            en.append(' ').append(line.en()).append(end);
        }
        return Bilingual.of(id.toString(), en.toString());
    }

    private Bilingual clears(EligibleFrom.Clearance c) {
        return c.clearsOn() != null ? message("eligibleFrom.clearsOn", c.clearsOn().toString())
                : message("eligibleFrom.notByTime");
    }

    /** A bundle message in both languages; a {@link Bilingual} argument is given in each language. */
    private Bilingual message(String key, Object... args) {
        return Bilingual.of(messages.getMessage(key, in(args, true), INDONESIAN),
                messages.getMessage(key, in(args, false), Locale.ENGLISH));
    }

    private static Object[] in(Object[] args, boolean indonesian) {
        Object[] out = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            out[i] = args[i] instanceof Bilingual b ? (indonesian ? b.id() : b.en()) : args[i];
        }
        return out;
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
