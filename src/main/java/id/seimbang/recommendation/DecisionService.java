package id.seimbang.recommendation;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.benmanes.caffeine.cache.Cache;

import id.seimbang.audit.AuditFacts;
import id.seimbang.audit.AuditKind;
import id.seimbang.audit.AuditRecord;
import id.seimbang.audit.AuditSummary;
import id.seimbang.audit.AuditTrail;
import id.seimbang.audit.CanonicalJson;
import id.seimbang.policy.ActivePolicy;
import id.seimbang.policy.PolicyService;
import id.seimbang.policy.PolicySnapshot;
import id.seimbang.system.Bilingual;
import id.seimbang.system.Caches;
import id.seimbang.system.Clocks;
import id.seimbang.system.DomainException;
import id.seimbang.system.FieldProblem;
import id.seimbang.temporary.RunningAssignments;
import id.seimbang.temporary.TemporaryTerms;
import id.seimbang.workforce.CellKey;
import id.seimbang.workforce.Employee;
import id.seimbang.workforce.Position;
import id.seimbang.workforce.Scope;
import id.seimbang.workforce.TransferRequest;
import id.seimbang.workforce.Unit;
import id.seimbang.workforce.Workforce;
import id.seimbang.workforce.WorkforceService;

/**
 * Makes decisions for one employee, records each in the audit trail, and reads, explains and replays
 * recorded decisions.
 */
@Service
class DecisionService {

    static final int DEFAULT_LIMIT = 10;

    private final WorkforceService workforce;
    private final ActivePolicy activePolicy;
    private final PolicyService policies;
    private final DecisionEngine engine;
    private final CounterfactualSearch counterfactualSearch;
    private final AuditTrail audit;
    private final ObjectMapper json;
    private final Clock clock;
    private final RunningAssignments running;
    /** Keyed by identity of the snapshot, held weakly: the index of a replaced snapshot goes with it. */
    private final Cache<Workforce, FactsIndex> factsIndexes = Caches.newBuilder().weakKeys().build();

    DecisionService(WorkforceService workforce, ActivePolicy activePolicy, PolicyService policies,
            DecisionEngine engine, CounterfactualSearch counterfactualSearch, AuditTrail audit, ObjectMapper json,
            Clock clock, RunningAssignments running) {
        this.counterfactualSearch = counterfactualSearch;
        this.running = running;
        this.workforce = workforce;
        this.activePolicy = activePolicy;
        this.policies = policies;
        this.engine = engine;
        this.audit = audit;
        this.json = json;
        this.clock = clock;
    }

    public DecisionView decide(DecisionRequest request, String caller) {
        Gathered gathered = gather(request, workforce.current());
        DecisionInputs inputs = gathered.inputs();
        // One snapshot for the whole decision: a publication during it does not mix versions.
        PolicySnapshot policy = activePolicy.current();
        DecisionOutcome outcome = evaluate(policy, gathered);
        AuditRecord record = audit.append(AuditKind.DECISION, caller, policy.version(), inputs.employee().nip(),
                new DecisionPayload(gathered.recorded(), outcome),
                gathered.shared() == null ? null : gathered.shared().snapshot());
        return new DecisionView(record.id(), record.recordedAt(), caller, record.hash(), inputs.employee().nip(),
                inputs.asOf(), inputs.scope(), outcome);
    }

    /**
     * The outcome of gathered inputs: the same as {@code engine.evaluate(policy, gathered.inputs())}, with the
     * scope's facts indexed once per workforce snapshot when the inputs are exactly those facts (no inline facts, no
     * cell beyond the scope).
     */
    DecisionOutcome evaluate(PolicySnapshot policy, Gathered gathered) {
        DecisionInputs inputs = gathered.inputs();
        ScopeFacts shared = gathered.shared();
        if (shared != null && shared.facts().cells() == inputs.cells()) {
            return engine.evaluate(policy, inputs, shared.indexed());
        }
        return engine.evaluate(policy, inputs);
    }

    public DecisionRecord find(String id) {
        return decision(stored(id));
    }

    private AuditRecord stored(String id) {
        return audit.find(id).filter(r -> r.kind() == AuditKind.DECISION)
                .orElseThrow(() -> DomainException.notFound("id", id));
    }

    private DecisionRecord decision(AuditRecord record) {
        DecisionPayload payload = read(record);
        DecisionInputs inputs = record.factsHash() == null ? payload.inputs()
                : withSharedFacts(payload.inputs(), sharedFacts(record));
        return new DecisionRecord(record.id(), record.sequence(), record.recordedAt(), record.caller(),
                record.policyVersion(), record.previousHash(), record.hash(), record.factsHash(), inputs,
                payload.outcome());
    }

    public List<AuditSummary> search(String nip, Instant from, Instant to, int limit) {
        return audit.search(AuditKind.DECISION, nip, from, to, limit);
    }

    public ReplayReport replay(String id) {
        AuditRecord stored = stored(id);
        DecisionRecord recorded = decision(stored);
        boolean active = activePolicy.current().version().equals(recorded.policyVersion());
        PolicySnapshot policy = policies.snapshot(recorded.policyVersion());
        DecisionOutcome replayed = engine.evaluate(policy, recorded.inputs());
        JsonNode replayedTree = json.valueToTree(replayed);
        // A field added to the outcome after the record was made is absent from the stored document (present,
        // possibly null, in every later one): it is left out of the comparison and named in the report.
        JsonNode storedOutcome = stored.payload().path("outcome");
        List<String> notRecorded = new ArrayList<>();
        for (String field : FIELDS_ADDED_LATER) {
            if (storedOutcome.isObject() && !storedOutcome.has(field)) {
                ((ObjectNode) replayedTree).remove(field);
                notRecorded.add("/" + field);
            }
        }
        List<ReplayReport.Difference> differences = JsonDifferences.between(
                json.valueToTree(recorded.outcome()), replayedTree);
        return new ReplayReport(id, recorded.policyVersion(), !active, differences.isEmpty(), differences,
                notRecorded, replayed);
    }

    /**
     * Issue 19 point 2: what would change the recorded decision's answer, searched with the recorded inputs and
     * policy version (recompiled when no longer active, as for a replay). Nothing is recorded.
     */
    public Counterfactuals counterfactuals(String id) {
        DecisionRecord recorded = find(id);
        return counterfactualSearch.search(id, policies.snapshot(recorded.policyVersion()), recorded.inputs());
    }

    /** Outcome fields added after decisions were first recorded, each with the issue that added it. */
    static final List<String> FIELDS_ADDED_LATER = List.of(
            "eligibleFrom"); // issue 19 point 1

    private DecisionPayload read(AuditRecord record) {
        try {
            return json.treeToValue(record.payload(), DecisionPayload.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Audit record " + record.id() + " does not hold a decision", e);
        }
    }

    /** The record's facts snapshot, checked against its hash by the audit trail as it is read. */
    private FactSet sharedFacts(AuditRecord record) {
        AuditFacts stored = audit.facts(record.factsHash()).orElseThrow(() -> new IllegalStateException(
                "Audit record " + record.id() + " names facts " + record.factsHash() + " that are not stored"));
        try {
            return json.treeToValue(CanonicalJson.parse(stored.document()), FactSet.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Facts " + record.factsHash() + " are not a decision's facts", e);
        }
    }

    /** The inputs exactly as used: the recorded extras and the shared facts, in one sorted set. */
    private static DecisionInputs withSharedFacts(DecisionInputs recorded, FactSet shared) {
        FactSet used = shared.plus(new FactSet(recorded.units(), recorded.positions(), recorded.cells()));
        return new DecisionInputs(recorded.employee(), recorded.requests(), recorded.asOf(), recorded.scope(),
                recorded.limit(), used.units(), used.positions(), used.cells(), recorded.temporary());
    }

    /** Gathers the facts a decision reads: the employee, requests, and every cell in scope with W and B. */
    DecisionInputs inputsFor(DecisionRequest request, Workforce data) {
        return gather(request, data).inputs();
    }

    /**
     * The inputs of a decision and how its record holds them.
     *
     * @param inputs   everything the decision reads
     * @param shared   the scope's target cells from our own facts, recorded once as a shared facts snapshot;
     *                 null for a request with inline facts, whose record holds all of its inputs
     * @param recorded the inputs as the record holds them: with {@code shared}, only the facts beyond it (the
     *                 employee's own cell and requested cells outside the scope, with their units and positions)
     */
    record Gathered(DecisionInputs inputs, ScopeFacts shared, DecisionInputs recorded) {
    }

    Gathered gather(DecisionRequest request, Workforce snapshot) {
        LocalDate asOf = request.asOf() != null ? request.asOf() : Clocks.todayInJakarta(clock);
        // The cells' workload in force on the as-of date (ABK period and surges), one view per date and snapshot:
        // the facts index below is kept per view, so no decision resolves workloads again.
        Workforce data = snapshot.asOf(asOf);
        List<FieldProblem> problems = new ArrayList<>();
        if ((request.nip() == null) == (request.employee() == null)) {
            problems.add(FieldProblem.of("nip", Bilingual.of("Isi tepat satu dari 'nip' atau 'employee'",
                    "Give exactly one of 'nip' or 'employee'")));
        }
        TemporaryTerms terms = request.temporary();
        if (terms != null) {
            problems.addAll(TemporaryTerms.problems("temporary.", terms.work(), terms.from(), terms.until()));
        }
        if (!problems.isEmpty()) {
            throw invalid(problems);
        }
        Employee employee = request.employee() != null ? request.employee()
                : data.employee(request.nip()).orElseThrow(() -> DomainException.notFound("nip", request.nip()));
        List<TransferRequest> requests = request.requests() != null ? request.requests()
                : data.requestsOf(employee.nip());

        FactsIndex base = factsIndexes.get(data, FactsIndex::build);
        Map<String, Unit> units = base.units();
        Map<String, Position> positions = base.positions();
        Map<CellKey, CellFacts> cells = base.cells();
        boolean inline = request.units() != null || request.positions() != null;
        if (inline) {
            // Inline facts add to or replace ours, in a copy: the shared index stays as it is.
            units = new HashMap<>(units);
            positions = new HashMap<>(positions);
            cells = new HashMap<>(cells);
            if (request.positions() != null) {
                for (Position p : request.positions()) {
                    positions.put(p.code(), p);
                }
            }
            if (request.units() != null) {
                for (DecisionRequest.UnitFacts facts : request.units()) {
                    units.put(facts.unit().code(), facts.unit());
                    if (facts.cells() != null) {
                        for (CellFacts c : facts.cells()) {
                            cells.put(c.key(), c);
                        }
                    }
                }
            }
        }

        Unit origin = units.get(employee.unitCode());
        if (origin == null) {
            problems.add(FieldProblem.of("employee.unitCode", Bilingual.of(
                    "Unit '" + employee.unitCode() + "' tidak dikenal; sertakan faktanya di 'units'",
                    "Unit '" + employee.unitCode() + "' is unknown; give its facts in 'units'")));
        } else if (!cells.containsKey(employee.cell())) {
            problems.add(FieldProblem.of("employee.positionCode", Bilingual.of(
                    "Sel formasi " + employee.cell() + " tidak dikenal; sertakan di 'units[].cells'",
                    "Formation cell " + employee.cell() + " is unknown; give it in 'units[].cells'")));
        }
        for (CellFacts c : inline ? cells.values() : List.<CellFacts>of()) {
            if (!units.containsKey(c.unitCode()) || !positions.containsKey(c.positionCode())) {
                problems.add(FieldProblem.of("units", Bilingual.of(
                        "Sel " + c.key() + " merujuk unit atau jabatan yang tidak dikenal",
                        "Cell " + c.key() + " refers to an unknown unit or position")));
            }
        }
        if (!problems.isEmpty()) {
            throw invalid(problems);
        }

        Scope scope = request.scope() != null ? request.scope() : Scope.INSTANSI;
        // Our facts: the scope's cells are the same for everyone with the same scope key, built once per
        // workforce snapshot. Inline facts are the caller's own, gathered for this request alone.
        ScopeFacts inScope = inline ? ScopeFacts.of(cells.values(), scope, origin, units, positions)
                : base.scopeFacts(scope, origin);
        // the origin and requested cells, also when the scope leaves them out (another instansi, an inactive unit)
        Map<CellKey, CellFacts> beyond = new HashMap<>();
        if (!inScope.contains(employee.cell())) {
            beyond.put(employee.cell(), cells.get(employee.cell()));
        }
        for (TransferRequest r : requests) {
            CellKey k = new CellKey(r.unitCode(), r.positionCode() != null ? r.positionCode() : employee.positionCode());
            if (!inScope.contains(k) && cells.containsKey(k)) {
                beyond.put(k, cells.get(k));
            }
        }
        FactSet extras = FactSet.of(beyond.values(), units, positions);
        FactSet used = inScope.facts().plus(extras);
        int limit = request.limit() != null ? request.limit() : DEFAULT_LIMIT;
        List<TransferRequest> sortedRequests = requests.stream().sorted(Comparator.comparing(TransferRequest::date))
                .toList();
        TemporaryInputs temporary = terms == null ? null : temporaryInputs(terms, employee, used.cells(), data,
                snapshot.asOf(terms.from()));
        DecisionInputs inputs = new DecisionInputs(employee, sortedRequests, asOf, scope, limit, used.units(),
                used.positions(), used.cells(), temporary);
        if (inline) {
            return new Gathered(inputs, null, inputs);
        }
        return new Gathered(inputs, inScope, new DecisionInputs(employee, sortedRequests, asOf, scope, limit,
                extras.units(), extras.positions(), extras.cells(), temporary));
    }

    /**
     * What the temporary part reads (issue 20 point 2): the running assignments away from the employee's home cell (of
     * other employees) at most on one day of the period, the employee's own running assignment in the period if any, the
     * shift of the period's gaps of the cells of {@code used} by the other employees' running assignments, and the
     * cells of {@code used} whose workload in force on the
     * period's first day ({@code period}) differs from that of the as-of date ({@code data}); a cell the caller gave
     * inline with another W keeps the caller's.
     */
    private TemporaryInputs temporaryInputs(TemporaryTerms terms, Employee employee, List<CellFacts> used,
            Workforce data, Workforce period) {
        RunningAssignments.ForEmployee around = running.forEmployee(employee, terms.from(), terms.until());
        List<CellFacts> changed = new ArrayList<>();
        if (period != data) { // the same view: nothing dated differs
            for (CellFacts c : used) {
                Double now = data.cell(c.key()).map(f -> f.workloadHours()).orElse(null);
                Double then = period.cell(c.key()).map(f -> f.workloadHours()).orElse(null);
                if (now != null && then != null && now == c.workloadHours() && !now.equals(then)) {
                    changed.add(new CellFacts(c.unitCode(), c.positionCode(), then, c.staff()));
                }
            }
        }
        List<TemporaryInputs.Shift> shift = new ArrayList<>();
        for (CellFacts c : used) {
            Double d = around.shift().get(c.key());
            if (d != null) {
                shift.add(new TemporaryInputs.Shift(c.unitCode(), c.positionCode(), d));
            }
        }
        return new TemporaryInputs(terms, around.othersAway(), changed, around.own(), shift);
    }

    private static DomainException invalid(List<FieldProblem> problems) {
        return new DomainException(DomainException.Kind.INVALID_INPUT, Bilingual.of("Permintaan tidak valid", "Invalid request"),
                problems);
    }

    /**
     * What a decision's audit record holds. When the record names a facts snapshot ({@link AuditRecord#factsHash()}),
     * {@code inputs.units/positions/cells} hold only the facts beyond that snapshot; the inputs as used are both
     * together, each list sorted (see {@link #find}). Records without a snapshot hold all of their inputs.
     */
    record DecisionPayload(DecisionInputs inputs, DecisionOutcome outcome) {
    }

}
