package id.seimbang.recommendation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import id.seimbang.eligibility.EligibilityService;
import id.seimbang.eligibility.RuleOutcome;
import id.seimbang.eligibility.Severity;
import id.seimbang.eligibility.SkpYear;
import id.seimbang.placement.MatchedRow;
import id.seimbang.policy.ChangeableFacts;
import id.seimbang.policy.ChangeableFacts.Kind;
import id.seimbang.policy.PolicySnapshot;
import id.seimbang.system.Bilingual;
import id.seimbang.system.CodeLabels;
import id.seimbang.workforce.CellKey;
import id.seimbang.workforce.EducationLevel;
import id.seimbang.workforce.Employee;
import id.seimbang.workforce.Kabupaten;
import id.seimbang.workforce.Position;
import id.seimbang.workforce.SkpAppraisal;
import id.seimbang.workforce.SkpPredicate;
import id.seimbang.workforce.Unit;
import id.seimbang.workforce.WorkforceService;

/**
 * Issue 19 point 2: searches the policy's changeable facts ({@link ChangeableFacts}) for the smallest changes that
 * make the requested target recommended, or the best not-allowed target allowed. Every candidate is judged by the
 * decision engine itself on the changed inputs (the rules and tables decide; nothing is re-decided here): first
 * each single change, then pairs of changes of different facts of which neither alone is enough, up to the
 * policy's time limit.
 */
@Component
class CounterfactualSearch {

    private static final Locale INDONESIAN = Locale.forLanguageTag("id");

    private final DecisionEngine engine;
    private final EligibilityService eligibility;
    private final CodeLabels labels;
    private final MessageSource messages;
    private final java.util.function.LongSupplier nanos;
    private final UnaryOperator<String> kabupatenName;

    @org.springframework.beans.factory.annotation.Autowired
    CounterfactualSearch(DecisionEngine engine, EligibilityService eligibility, CodeLabels labels,
            MessageSource messages, WorkforceService workforce) {
        // Names only label a change for the reader (a decision's inputs hold codes); the current snapshot's names
        // do, and an unknown code is shown as it is.
        this(engine, eligibility, labels, messages, System::nanoTime,
                code -> workforce.current().kabupaten(code).map(Kabupaten::name).orElse(code));
    }

    /**
     * {@code nanos}: the clock of the time limit (a test's own, to reach the limit on purpose); {@code kabupatenName}:
     * a kabupaten's name from its code.
     */
    CounterfactualSearch(DecisionEngine engine, EligibilityService eligibility, CodeLabels labels,
            MessageSource messages, java.util.function.LongSupplier nanos, UnaryOperator<String> kabupatenName) {
        this.nanos = nanos;
        this.kabupatenName = kabupatenName;
        this.engine = engine;
        this.eligibility = eligibility;
        this.labels = labels;
        this.messages = messages;
    }

    /** One changed fact and how to apply it to a decision's inputs (reading the inputs it is given, so two compose). */
    private record Candidate(Counterfactuals.Change change, UnaryOperator<DecisionInputs> apply) {

        String slot() {
            return change.fact() + "/" + change.subject();
        }
    }

    Counterfactuals search(String decisionId, PolicySnapshot policy, DecisionInputs in) {
        long start = nanos.getAsLong();
        ChangeableFacts declared = ChangeableFacts.of(policy);
        long deadline = start + declared.timeLimit().toNanos();
        DecisionEngine.Evaluation base = engine.evaluateAll(policy, in, DecisionEngine.Depth.EVERY_MOVE);
        List<Counterfactuals.Goal> goals = new ArrayList<>();
        RequestedTarget requested = base.outcome().requestedTarget();
        if (requested != null && requested.status() != RequestedTarget.Status.RECOMMENDED
                && requested.status() != RequestedTarget.Status.NO_FORMATION) {
            CellKey cell = new CellKey(requested.unitCode(), requested.positionCode());
            goals.add(goal(Counterfactuals.GoalKind.REQUESTED_RECOMMENDED, cell, requested.status().name(), policy, in,
                    base, declared, deadline, e -> e.outcome().requestedTarget() != null
                            && e.outcome().requestedTarget().status() == RequestedTarget.Status.RECOMMENDED));
        }
        // The best move by gain that the employee may not make: blocked by a move rule or a table or, for an
        // employee the rules hold ineligible (all moves are then evaluated: Depth.EVERY_MOVE), the best of the moves
        // that only the employee's own eligibility blocks, when there is one: there the answer is about the employee.
        boolean eligible = base.outcome().eligible();
        List<MoveOption> inScope = base.evaluated().values().stream().filter(m -> m.gain() > 0)
                .filter(m -> base.inScope().contains(new CellKey(m.unitCode(), m.positionCode()))).toList();
        List<MoveOption> open = inScope.stream().filter(MoveOption::allowed).toList();
        (eligible ? inScope.stream().filter(m -> !m.allowed()) : open.isEmpty() ? inScope.stream() : open.stream())
                .max(Comparator.comparingDouble(MoveOption::gain)
                        .thenComparing(MoveOption::unitCode, Comparator.reverseOrder())
                        .thenComparing(MoveOption::positionCode, Comparator.reverseOrder()))
                .ifPresent(best -> {
                    CellKey cell = new CellKey(best.unitCode(), best.positionCode());
                    goals.add(goal(Counterfactuals.GoalKind.BEST_ALLOWED, cell,
                            eligible ? "NOT_ALLOWED" : RequestedTarget.Status.EMPLOYEE_NOT_ELIGIBLE.name(), policy, in,
                            base, declared, deadline, e -> e.outcome().eligible() && e.evaluated().get(cell) != null
                                    && e.evaluated().get(cell).allowed()));
                });
        return new Counterfactuals(decisionId, policy.version(), goals, (nanos.getAsLong() - start) / 1_000_000);
    }

    private Counterfactuals.Goal goal(Counterfactuals.GoalKind kind, CellKey cell, String now, PolicySnapshot policy,
            DecisionInputs in, DecisionEngine.Evaluation base, ChangeableFacts declared, long deadline,
            Predicate<DecisionEngine.Evaluation> reached) {
        Unit unit = in.units().stream().filter(u -> u.code().equals(cell.unitCode())).findFirst().orElseThrow();
        Position position = position(in, cell.positionCode());
        List<Candidate> candidates = candidates(policy, in, declared, unit, position, cell);
        List<Counterfactuals.Answer> answers = new ArrayList<>();
        List<Candidate> notEnough = new ArrayList<>();
        int tried = 0;
        boolean complete = true;
        for (Candidate c : candidates) {
            if (nanos.getAsLong() > deadline) {
                complete = false;
                break;
            }
            DecisionEngine.Evaluation e = engine.evaluateAll(policy, c.apply().apply(in), DecisionEngine.Depth.EVERY_MOVE);
            tried++;
            if (reached.test(e)) {
                answers.add(answer(List.of(c), base, e, cell, kind));
            } else {
                notEnough.add(c);
            }
        }
        if (complete && answers.isEmpty() && declared.maxChanges() >= 2) {
            pairs:
            for (int i = 0; i < notEnough.size(); i++) {
                for (int j = i + 1; j < notEnough.size(); j++) {
                    Candidate a = notEnough.get(i);
                    Candidate b = notEnough.get(j);
                    if (a.slot().equals(b.slot())) {
                        continue;
                    }
                    if (nanos.getAsLong() > deadline) {
                        complete = false;
                        break pairs;
                    }
                    DecisionEngine.Evaluation e = engine.evaluateAll(policy, b.apply().apply(a.apply().apply(in)),
                            DecisionEngine.Depth.EVERY_MOVE);
                    tried++;
                    if (reached.test(e)) {
                        answers.add(answer(List.of(a, b), base, e, cell, kind));
                        if (answers.size() >= declared.maxAnswers()) {
                            break pairs;
                        }
                    }
                }
            }
        }
        List<Counterfactuals.Answer> best = answers.stream()
                .sorted(Comparator.comparingInt((Counterfactuals.Answer a) -> a.changes().size())
                        .thenComparing(a -> a.score() == null ? Double.NEGATIVE_INFINITY : a.score(),
                                Comparator.reverseOrder()))
                .limit(declared.maxAnswers()).toList();
        Bilingual goalWord = message("counterfactual.goal." + kind);
        Bilingual summary;
        if (!best.isEmpty()) {
            summary = message("counterfactual.found", best.size(), goalWord, best.get(0).changes().size());
        } else if (complete) {
            summary = message("counterfactual.none", String.valueOf(tried), goalWord);
        } else {
            summary = message("counterfactual.timeout", String.valueOf(declared.timeLimit().toMillis()));
        }
        return new Counterfactuals.Goal(kind, cell.unitCode(), unit.name(), cell.positionCode(), position.name(), now,
                best, tried, complete, summary);
    }

    /** Every single change the policy declares that changes something for this target. */
    private List<Candidate> candidates(PolicySnapshot policy, DecisionInputs in, ChangeableFacts declared, Unit unit,
            Position target, CellKey cell) {
        Employee employee = in.employee();
        List<Candidate> out = new ArrayList<>();
        List<String> skp = declared.values(Kind.SKP);
        if (!skp.isEmpty()) {
            Position current = in.positions().stream().filter(p -> p.code().equals(employee.positionCode()))
                    .findFirst().orElse(null);
            List<SkpYear> checked = eligibility.evaluateEmployee(policy, employee, current, in.asOf()).facts()
                    .skpChecked();
            for (SkpYear year : checked) {
                SkpPredicate now = employee.skpFor(year.year()).map(SkpAppraisal::predicate).orElse(null);
                for (String value : skp) {
                    SkpPredicate to = SkpPredicate.valueOf(value);
                    if (to != now) {
                        int y = year.year();
                        out.add(new Candidate(change(Kind.SKP, String.valueOf(y), now == null ? null : now.name(),
                                to.name(), message("counterfactual.change.SKP", String.valueOf(y),
                                        labels.of("skp", to), now == null ? message("counterfactual.missing")
                                                : labels.of("skp", now))),
                                i -> withEmployee(i, i.employee().withSkp(replaced(i.employee().skp(), y, to)))));
                    }
                }
            }
        }
        for (String value : declared.values(Kind.EDUCATION_LEVEL)) {
            EducationLevel level = value.equals(ChangeableFacts.TARGET) ? target.minEducationLevel()
                    : EducationLevel.valueOf(value);
            if (level != null && level != employee.educationLevel()) {
                out.add(new Candidate(change(Kind.EDUCATION_LEVEL, null, name(employee.educationLevel()), level.name(),
                        message("counterfactual.change.EDUCATION_LEVEL", level.name(), text(name(employee.educationLevel())))),
                        i -> withEmployee(i, i.employee().withEducation(level, i.employee().educationField()))));
            }
        }
        Set<String> fields = new LinkedHashSet<>();
        for (String value : declared.values(Kind.EDUCATION_FIELD)) {
            if (value.equals(ChangeableFacts.TARGET)) {
                fields.addAll(new TreeSet<>(target.educationFields()));
            } else {
                fields.add(value);
            }
        }
        for (String field : fields) {
            if (!field.equals(employee.educationField())) {
                out.add(new Candidate(change(Kind.EDUCATION_FIELD, null, employee.educationField(), field,
                        message("counterfactual.change.EDUCATION_FIELD", field, text(employee.educationField()))),
                        i -> withEmployee(i, i.employee().withEducation(i.employee().educationLevel(), field))));
            }
        }
        for (String value : declared.values(Kind.SPOUSE_KABUPATEN)) {
            String kabupaten = value.equals(ChangeableFacts.TARGET) ? unit.kabupatenCode() : value;
            if (!kabupaten.equals(employee.spouseKabupatenCode())) {
                out.add(new Candidate(change(Kind.SPOUSE_KABUPATEN, null, employee.spouseKabupatenCode(), kabupaten,
                        message("counterfactual.change.SPOUSE_KABUPATEN", kabupatenName.apply(kabupaten),
                                text(employee.spouseKabupatenCode() == null ? null
                                        : kabupatenName.apply(employee.spouseKabupatenCode())))),
                        i -> withEmployee(i, i.employee().withSpouseKabupaten(kabupaten))));
            }
        }
        CellFacts targetCell = in.cells().stream().filter(c -> c.key().equals(cell)).findFirst().orElse(null);
        for (String value : declared.values(Kind.TARGET_STAFF)) {
            int delta = Integer.parseInt(value.startsWith("+") ? value.substring(1) : value);
            if (targetCell != null && targetCell.staff() + delta >= 0) {
                int staff = targetCell.staff() + delta;
                out.add(new Candidate(change(Kind.TARGET_STAFF, null, String.valueOf(targetCell.staff()),
                        String.valueOf(staff), message("counterfactual.change.TARGET_STAFF", String.valueOf(staff),
                                String.valueOf(targetCell.staff()))),
                        i -> withCell(i, new CellFacts(cell.unitCode(), cell.positionCode(), targetCell.workloadHours(),
                                staff))));
            }
        }
        return out;
    }

    private static Counterfactuals.Change change(Kind kind, String subject, String from, String to, Bilingual text) {
        return new Counterfactuals.Change(kind, subject, from, to, text);
    }

    /** What the changes reached: rules that no longer block, table rows that now apply, the target's figures. */
    private Counterfactuals.Answer answer(List<Candidate> changes, DecisionEngine.Evaluation before,
            DecisionEngine.Evaluation after, CellKey cell, Counterfactuals.GoalKind kind) {
        MoveOption was = move(before, cell);
        MoveOption is = move(after, cell);
        Set<String> blockedBefore = blocking(before.outcome().eligibility(), was);
        Set<String> blockedAfter = blocking(after.outcome().eligibility(), is);
        List<Counterfactuals.Flip> flips = new ArrayList<>();
        for (String rule : blockedBefore) {
            if (!blockedAfter.contains(rule)) {
                flips.add(new Counterfactuals.Flip("RULE", rule, message("counterfactual.flip.rule", rule)));
            }
        }
        Set<String> rowsBefore = new TreeSet<>();
        if (was != null) {
            was.matchedRows().forEach(r -> rowsBefore.add(r.table() + "#" + r.rowIndex()));
        }
        if (is != null) {
            for (MatchedRow r : is.matchedRows()) {
                if (!rowsBefore.contains(r.table() + "#" + r.rowIndex())) {
                    flips.add(new Counterfactuals.Flip("TABLE_ROW", r.table() + "#" + r.rowIndex(),
                            message("counterfactual.flip.row", r.table(), String.valueOf(r.rowIndex()), r.annotation())));
                }
            }
        }
        String status = kind == Counterfactuals.GoalKind.REQUESTED_RECOMMENDED && after.outcome().requestedTarget() != null
                ? after.outcome().requestedTarget().status().name() : null;
        return new Counterfactuals.Answer(changes.stream().map(Candidate::change).toList(), flips, status,
                is != null && is.allowed(), is == null ? 0 : is.gain(), is == null ? null : is.score());
    }

    private static MoveOption move(DecisionEngine.Evaluation e, CellKey cell) {
        MoveOption m = e.evaluated().get(cell);
        if (m == null && e.outcome().requestedTarget() != null) {
            RequestedTarget r = e.outcome().requestedTarget();
            if (r.unitCode().equals(cell.unitCode()) && r.positionCode().equals(cell.positionCode())) {
                m = r.evaluation();
            }
        }
        return m;
    }

    private static Set<String> blocking(List<RuleOutcome> employee, MoveOption move) {
        Set<String> ids = new TreeSet<>();
        employee.stream().filter(o -> o.severity() == Severity.BLOCK).forEach(o -> ids.add(o.ruleId()));
        if (move != null) {
            move.ruleOutcomes().stream().filter(o -> o.severity() == Severity.BLOCK).forEach(o -> ids.add(o.ruleId()));
        }
        return ids;
    }

    private static List<SkpAppraisal> replaced(List<SkpAppraisal> skp, int year, SkpPredicate to) {
        List<SkpAppraisal> out = new ArrayList<>(skp.stream().filter(a -> a.year() != year).toList());
        out.add(new SkpAppraisal(year, to));
        return out;
    }

    private static DecisionInputs withEmployee(DecisionInputs in, Employee employee) {
        return new DecisionInputs(employee, in.requests(), in.asOf(), in.scope(), in.limit(), in.units(), in.positions(),
                in.cells());
    }

    private static DecisionInputs withCell(DecisionInputs in, CellFacts cell) {
        List<CellFacts> cells = in.cells().stream().map(c -> c.key().equals(cell.key()) ? cell : c).toList();
        return new DecisionInputs(in.employee(), in.requests(), in.asOf(), in.scope(), in.limit(), in.units(),
                in.positions(), cells);
    }

    private static Position position(DecisionInputs in, String code) {
        return in.positions().stream().filter(p -> p.code().equals(code)).findFirst().orElseThrow();
    }

    private static String name(EducationLevel level) {
        return level == null ? null : level.name();
    }

    private Bilingual text(String value) {
        return value == null ? message("counterfactual.missing") : Bilingual.of(value, value);
    }

    /** A bundle message in both languages; a {@link Bilingual} argument is given in each language. */
    private Bilingual message(String key, Object... args) {
        Object[] id = new Object[args.length];
        Object[] en = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            id[i] = args[i] instanceof Bilingual b ? b.id() : args[i];
            en[i] = args[i] instanceof Bilingual b ? b.en() : args[i];
        }
        return Bilingual.of(messages.getMessage(key, id, INDONESIAN), messages.getMessage(key, en, Locale.ENGLISH));
    }
}
