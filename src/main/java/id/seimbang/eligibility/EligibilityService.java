package id.seimbang.eligibility;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

import org.drools.commands.runtime.rule.FireAllRulesCommand;
import org.kie.api.KieServices;
import org.kie.api.command.Command;
import org.kie.api.command.KieCommands;
import org.kie.api.runtime.ExecutionResults;
import org.kie.api.runtime.StatelessKieSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;

import com.github.benmanes.caffeine.cache.Cache;

import id.seimbang.policy.PolicyParameters;
import id.seimbang.policy.PolicySnapshot;
import id.seimbang.system.Bilingual;
import id.seimbang.system.Caches;
import id.seimbang.system.DomainException;
import id.seimbang.system.FieldProblem;
import id.seimbang.workforce.CellKey;
import id.seimbang.workforce.Employee;
import id.seimbang.workforce.Position;
import id.seimbang.workforce.SkpAppraisal;
import id.seimbang.workforce.TransferRequest;
import id.seimbang.workforce.Unit;
import id.seimbang.workforce.Workforce;

/**
 * Evaluates the eligibility DRL of a policy snapshot. Java computes the facts; the rules decide.
 * Every evaluation is one stateless session execution, so all failing rules are reported together.
 */
@Service
public class EligibilityService {

    private static final String FIRED = "fired";

    private static final Comparator<RuleOutcome> ORDER =
            Comparator.comparing(RuleOutcome::ruleId).thenComparing(o -> o.message().id());

    /**
     * Results of the {@code eligibleFrom} search by everything it reads: the policy version (the SHA-256 of its files),
     * the employee's and the current position's facts (by value, so a new workforce snapshot with the same facts
     * finds them) and the as-of date. The search runs the rules tens of times (median 31) and was the largest part of
     * a decision's and of an eligibility answer's time (issue 17); the same employee asked about again on the same
     * date (the employee page, then the recorded decision; a decision and the eligibility endpoint) gets the same
     * answer without them. Null when {@link EligibilityProperties#eligibleFromCache()} is 0.
     */
    private final Cache<EligibleFromKey, EligibleFromRun> eligibleFromRuns;

    private record EligibleFromKey(String policyVersion, Employee employee, Position position, LocalDate asOf) {
    }

    /** Without caches: every search runs the rules. */
    public EligibilityService() {
        this(EligibilityProperties.UNCACHED);
    }

    @Autowired
    public EligibilityService(EligibilityProperties properties) {
        this.eligibleFromRuns = properties.eligibleFromCache() == 0 ? null
                : Caches.newBuilder().maximumSize(properties.eligibleFromCache()).build();
    }

    public EmployeeEligibility evaluateEmployee(PolicySnapshot policy, Employee employee, Position currentPosition,
            LocalDate asOf) {
        EmployeeFacts facts = EligibilityFacts.employee(employee, currentPosition, asOf, policy.parameters());
        List<Object> inserts = employeeInserts(policy, facts);
        Outcomes outcomes = execute(policy, inserts);
        return employeeResult(policy, employee, asOf, facts, outcomes);
    }

    /** Employee-level eligibility with the current position looked up in the workforce. */
    public EmployeeEligibility evaluateEmployee(PolicySnapshot policy, Employee employee, Workforce workforce,
            LocalDate asOf) {
        return evaluateEmployee(policy, employee, workforce.position(employee.positionCode()).orElse(null), asOf);
    }

    /**
     * Issue 19 point 1: for an employee who is not eligible on {@code asOf}, when each blocking rule stops blocking
     * and when none blocks, if the facts stay as they are and SKP stays at its latest predicate; null when the
     * employee is eligible on {@code asOf}. The rules themselves are evaluated at later dates
     * ({@link EligibleFromSearch}).
     */
    public EligibleFrom eligibleFrom(PolicySnapshot policy, Employee employee, Position currentPosition,
            LocalDate asOf) {
        return eligibleFrom(policy, employee, currentPosition, evaluateEmployee(policy, employee, currentPosition, asOf));
    }

    /** As {@link #eligibleFrom(PolicySnapshot, Employee, Position, LocalDate)}, with the verdict on the as-of date known. */
    public EligibleFrom eligibleFrom(PolicySnapshot policy, Employee employee, Position currentPosition,
            EmployeeEligibility onAsOf) {
        return search(policy, employee, currentPosition, onAsOf).result();
    }

    /** The search and its result, for measurements of how many rule executions it takes. */
    record EligibleFromRun(EligibleFrom result, int evaluations) {
    }

    EligibleFromRun search(PolicySnapshot policy, Employee employee, Position currentPosition,
            EmployeeEligibility onAsOf) {
        if (onAsOf.eligible()) {
            return new EligibleFromRun(null, 0);
        }
        if (eligibleFromRuns == null) {
            return searchRules(policy, employee, currentPosition, onAsOf);
        }
        // onAsOf is the verdict of these same facts on that date, so the key holds everything the search reads
        return eligibleFromRuns.get(new EligibleFromKey(policy.version(), employee, currentPosition, onAsOf.asOf()),
                key -> searchRules(policy, employee, currentPosition, onAsOf));
    }

    private EligibleFromRun searchRules(PolicySnapshot policy, Employee employee, Position currentPosition,
            EmployeeEligibility onAsOf) {
        LocalDate asOf = onAsOf.asOf();
        PolicyParameters p = policy.parameters();
        List<SkpAppraisal> projected = EligibleFromSearch.projectSkp(employee, asOf,
                asOf.plusMonths(EligibleFromSearch.HORIZON_MONTHS), p);
        List<SkpAppraisal> assumed = EligibleFromSearch.assumed(employee, projected);
        Employee ahead = employee.withSkp(projected);
        EligibleFromSearch search = new EligibleFromSearch(
                date -> blocking(evaluateEmployee(policy, ahead, currentPosition, date)),
                EligibleFromSearch.anchors(employee, onAsOf.facts(), p));
        EligibleFrom result = search.search(asOf, blocking(onAsOf), until -> assumed.stream()
                .filter(a -> a.year() <= SkpPeriods.lastCompleted(until, p.skpYearCountsFrom())).toList());
        return new EligibleFromRun(result, search.evaluations());
    }

    private static Set<String> blocking(EmployeeEligibility verdict) {
        Set<String> ids = new TreeSet<>();
        verdict.outcomes().stream().filter(o -> o.severity() == Severity.BLOCK).forEach(o -> ids.add(o.ruleId()));
        return ids;
    }

    /** Employee-level and move-level eligibility for all targets in one rule execution. */
    public MoveEligibility evaluateMoves(PolicySnapshot policy, Employee employee, Workforce workforce,
            List<CellKey> targets, LocalDate asOf) {
        return evaluateMoves(policy, employee, code -> workforce.unit(code).orElse(null),
                code -> workforce.position(code).orElse(null), workforce.requestsOf(employee.nip()), targets, asOf);
    }

    /**
     * The same, with units and positions looked up by code (null when unknown) and the employee's own transfer
     * requests given: for callers that hold their facts indexed otherwise than in a {@link Workforce}.
     */
    public MoveEligibility evaluateMoves(PolicySnapshot policy, Employee employee, Function<String, Unit> units,
            Function<String, Position> positions, List<TransferRequest> ownRequests, List<CellKey> targets,
            LocalDate asOf) {
        Position current = positions.apply(employee.positionCode());
        Unit currentUnit = units.apply(employee.unitCode());
        EmployeeFacts facts = EligibilityFacts.employee(employee, current, asOf, policy.parameters());
        List<Object> inserts = employeeInserts(policy, facts);
        // A target's move facts are the employee's, its position's, and two relations: another instansi or not, asked
        // for or not. Targets of one kind (same position, same relations) have the same facts but for the cell key
        // and get the same verdict, so the facts of a kind are built and evaluated once, for its first target: a
        // province scope has thousands of cells but only tens of kinds per employee.
        Set<String> requestedUnits = new HashSet<>();
        ownRequests.forEach(r -> requestedUnits.add(r.unitCode()));
        // the kinds met so far: per target position (by identity: the lookup gives one object per code), the index of
        // the representative for each of the four relations (other instansi or not × own request or not), or -1
        Map<Position, int[]> kinds = new IdentityHashMap<>();
        List<MoveFacts> representatives = new ArrayList<>();
        int[] kindOf = new int[targets.size()];
        for (int i = 0; i < kindOf.length; i++) {
            CellKey target = targets.get(i);
            Unit targetUnit = units.apply(target.unitCode());
            if (targetUnit == null) {
                throw DomainException.notFound("target.unitCode", target.unitCode());
            }
            Position targetPosition = positions.apply(target.positionCode());
            if (targetPosition == null) {
                throw DomainException.notFound("target.positionCode", target.positionCode());
            }
            boolean ownRequest = !requestedUnits.isEmpty() && requestedUnits.contains(target.unitCode());
            boolean crossInstansi = EligibilityFacts.crossInstansi(currentUnit, targetUnit);
            int[] relations = kinds.computeIfAbsent(targetPosition, p -> new int[] {-1, -1, -1, -1});
            int relation = (crossInstansi ? 2 : 0) + (ownRequest ? 1 : 0);
            if (relations[relation] < 0) {
                relations[relation] = representatives.size();
                representatives.add(EligibilityFacts.move(employee, currentUnit, current, targetUnit, targetPosition,
                        ownRequest, asOf));
            }
            kindOf[i] = relations[relation];
        }
        inserts.addAll(representatives);
        Outcomes outcomes = execute(policy, inserts);
        EmployeeEligibility employeeResult = employeeResult(policy, employee, asOf, facts, outcomes);
        // The verdict of a representative is shared by every target of its kind, sorted once.
        List<MoveVerdict> verdicts = new ArrayList<>(representatives.size());
        for (MoveFacts representative : representatives) {
            List<RuleOutcome> fired = outcomes.move(representative.target()).stream().sorted(ORDER).toList();
            verdicts.add(new MoveVerdict(fired, fired.stream().noneMatch(o -> o.severity() == Severity.BLOCK)));
        }
        List<MoveOutcome> results = new ArrayList<>(targets.size());
        for (int i = 0; i < kindOf.length; i++) {
            CellKey target = targets.get(i);
            MoveFacts representative = representatives.get(kindOf[i]);
            MoveVerdict verdict = verdicts.get(kindOf[i]);
            results.add(new MoveOutcome(target, verdict.eligible(), verdict.eligible() && employeeResult.eligible(),
                    verdict.fired(), representative.target().equals(target) ? representative
                            : representative.withTarget(target)));
        }
        return new MoveEligibility(employeeResult, results);
    }

    private record MoveVerdict(List<RuleOutcome> fired, boolean eligible) {
    }

    /** Rules of the temporary-assignment rule set carry ids with this prefix (rules/temporary-assignment.drl). */
    public static final String TEMPORARY_RULE_PREFIX = "TEMP-";

    /**
     * The temporary-assignment rules (issue 20 point 2) for one employee and period: one execution with only the
     * parameters and the {@link TemporaryFacts} inserted, so no transfer rule applies. Refused (422) when the policy
     * has no temporary-assignment rules or no {@code temporary.home-min-share}: an empty rule set would allow
     * everything silently.
     */
    public TemporaryEligibility evaluateTemporary(PolicySnapshot policy, TemporaryFacts facts) {
        requireTemporaryRules(policy);
        List<Object> inserts = new ArrayList<>();
        inserts.add(policy.parameters());
        inserts.add(facts);
        List<RuleOutcome> fired = execute(policy, inserts).employee().stream().sorted(ORDER).toList();
        return new TemporaryEligibility(policy.version(), fired.stream().noneMatch(o -> o.severity() == Severity.BLOCK),
                fired, facts);
    }

    /** Whether a snapshot has temporary-assignment rules, looked up once per snapshot (a plan asks per employee). */
    private record TemporaryRules(boolean present) {
        TemporaryRules(PolicySnapshot policy) {
            this(policy.kieBase().getKiePackages().stream().flatMap(p -> p.getRules().stream())
                    .anyMatch(r -> String.valueOf(r.getMetaData().get("id")).startsWith(TEMPORARY_RULE_PREFIX)));
        }
    }

    private static void requireTemporaryRules(PolicySnapshot policy) {
        boolean rules = policy.attachment(TemporaryRules.class, TemporaryRules::new).present();
        if (!rules || policy.parameters().temporaryHomeMinShare() == null) {
            throw new DomainException(DomainException.Kind.UNPROCESSABLE,
                    Bilingual.of("Kebijakan tanpa aturan penugasan sementara", "Policy without temporary-assignment rules"),
                    List.of(FieldProblem.of("policy", Bilingual.of("Versi kebijakan " + policy.version() + " tidak memuat "
                            + (rules ? "parameter temporary.home-min-share" : "aturan " + TEMPORARY_RULE_PREFIX + "*")
                            + "; penugasan sementara tidak dapat dinilai", "Policy version " + policy.version()
                            + " has no " + (rules ? "parameter temporary.home-min-share" : TEMPORARY_RULE_PREFIX
                                    + "* rules") + "; temporary assignments cannot be evaluated"))));
        }
    }


    private static List<Object> employeeInserts(PolicySnapshot policy, EmployeeFacts facts) {
        List<Object> inserts = new ArrayList<>();
        inserts.add(policy.parameters());
        inserts.add(facts);
        inserts.addAll(facts.skpChecked());
        return inserts;
    }

    private static EmployeeEligibility employeeResult(PolicySnapshot policy, Employee employee, LocalDate asOf,
            EmployeeFacts facts, Outcomes outcomes) {
        List<RuleOutcome> fired = outcomes.employee().stream().sorted(ORDER).toList();
        boolean eligible = fired.stream().noneMatch(o -> o.severity() == Severity.BLOCK);
        return new EmployeeEligibility(employee.nip(), asOf, policy.version(), eligible, fired, facts);
    }

    private static Outcomes execute(PolicySnapshot policy, List<Object> facts) {
        Outcomes outcomes = new Outcomes();
        Session session = policy.attachment(Session.class, Session::new);
        KieCommands commands = session.commands;
        int limit = fireLimit(facts.size());
        // The global is set per execution (not on the shared session), so concurrent callers do not meet.
        List<Command<?>> batch = List.of(
                commands.newSetGlobal("outcomes", outcomes),
                commands.newInsertElements(facts),
                new FireAllRulesCommand(FIRED, limit, null));
        ExecutionResults results = session.session.execute(commands.newBatchExecution(batch));
        if (results.getValue(FIRED) instanceof Integer fired && fired >= limit) {
            // A rule that modifies its own facts re-fires for ever; a draft like that must not hang the service.
            throw new DomainException(DomainException.Kind.UNPROCESSABLE,
                    Bilingual.of("Evaluasi kebijakan dihentikan", "Policy evaluation stopped"),
                    List.of(FieldProblem.of("policy", Bilingual.of(
                            "Aturan dijalankan lebih dari " + limit + " kali untuk " + facts.size()
                                    + " fakta; kemungkinan ada aturan yang memicu dirinya sendiri (modify/update)",
                            "Rules fired more than " + limit + " times for " + facts.size()
                                    + " facts; a rule probably re-triggers itself (modify/update)"))));
        }
        return outcomes;
    }

    /** Each rule fires about once per fact; 200 firings per fact is far beyond any terminating policy. */
    static int fireLimit(int facts) {
        return 10_000 + 200 * facts;
    }

    /**
     * Working memories kept ready per policy snapshot. A plain stateless session builds a new working memory (agenda,
     * entry points, node memories) for every execution; a decision about an ineligible employee makes tens of
     * executions (its {@code eligibleFrom} search); in a profile of decisions over HTTP (issue 17) building and disposing
     * them was about an eighth of the time of an execution, beside the node memories a new one allocates as rules are
     * first reached. The pool
     * hands each execution a working memory reset after its previous use, so an execution sees exactly what a new
     * one would: the inserted facts and the global set by its own batch. It grows to the number of executions at
     * once and goes with the snapshot.
     */
    static final int POOLED_SESSIONS = 4;

    /**
     * One stateless session per policy snapshot, created once and discarded with the snapshot, over a pool of working
     * memories ({@link #POOLED_SESSIONS}), with the command factory looked up once for it rather than in every
     * execution.
     */
    private static final class Session {
        private final StatelessKieSession session;
        private final KieCommands commands;

        Session(PolicySnapshot policy) {
            this.session = policy.kieBase().newKieSessionsPool(POOLED_SESSIONS).newStatelessKieSession();
            this.commands = KieServices.Factory.get().getCommands();
        }
    }
}
