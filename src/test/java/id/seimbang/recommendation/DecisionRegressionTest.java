package id.seimbang.recommendation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;

import id.seimbang.audit.AuditTrail;
import id.seimbang.audit.CanonicalJson;
import id.seimbang.policy.ActivePolicy;
import id.seimbang.policy.PolicySnapshot;
import id.seimbang.system.web.PageTestDatabase;
import id.seimbang.workforce.Employee;
import id.seimbang.workforce.Scope;
import id.seimbang.workforce.Workforce;
import id.seimbang.workforce.WorkforceService;

/**
 * Every employee of the sample province (tests-data/bengkulu), each in one scope taken in turn (2,500 decisions, about
 * 830 per scope); with {@code -Ddecisions.golden} or {@code -Ddecisions.all=true}, every employee in every scope on two
 * dates (15,000, which takes a minute or more: too long for each {@code mvn verify}): what a decision records
 * (its inputs beyond the shared facts, the facts snapshot's hash and its outcome) and its explanation, as canonical
 * JSON, one line per decision in {@code target/decision-regression/outcomes.txt}.
 * <ul>
 * <li>Always: the decision as made from the shared facts of the workforce snapshot equals the same decision
 * evaluated again from its inputs as a replay reads them (the inputs alone, nothing shared), to the last field; and
 * the canonical text of what its audit record holds, written directly, equals the text written through a JSON tree
 * (the reference way of {@link CanonicalJson}).</li>
 * <li>With {@code -Ddecisions.golden=FILE} (a copy of an earlier run's file): every line equals that run's, so a
 * change that should not change any decision is shown not to.</li>
 * </ul>
 *
 * <p>It only reads (the sample province, the shipped policy) and writes nothing to the database, so it runs in the
 * page tests' application context ({@link PageTestDatabase#URL}, the sample province): a context of its own cost
 * each {@code mvn verify} a start-up.
 */
@SpringBootTest(properties = PageTestDatabase.URL)
@AutoConfigureMockMvc
class DecisionRegressionTest {

    static final boolean ALL = System.getProperty("decisions.golden") != null || Boolean.getBoolean("decisions.all");
    static final List<LocalDate> DATES = ALL ? List.of(LocalDate.of(2026, 11, 26), LocalDate.of(2025, 7, 1))
            : List.of(LocalDate.of(2026, 11, 26));

    @Autowired
    DecisionService decisions;
    @Autowired
    DecisionEngine engine;
    @Autowired
    ExplanationWriter explanations;
    @Autowired
    ActivePolicy activePolicy;
    @Autowired
    WorkforceService workforce;

    @Test
    void everyDecisionOfTheSampleProvinceEqualsItsReplayAndTheGoldenRun() throws IOException {
        Workforce data = workforce.current();
        PolicySnapshot policy = activePolicy.current();
        List<String> nips = data.employees().stream().map(Employee::nip).sorted().toList();
        List<String> lines = new ArrayList<>();
        int withMoves = 0;
        for (LocalDate asOf : DATES) {
            for (Scope scope : Scope.values()) {
                for (int i = 0; i < nips.size(); i++) {
                    if (!ALL && i % Scope.values().length != scope.ordinal()) {
                        continue;
                    }
                    String nip = nips.get(i);
                    DecisionRequest request = new DecisionRequest(nip, null, null, null, null, asOf, scope, 10);
                    DecisionService.Gathered gathered = decisions.gather(request, data);
                    DecisionOutcome outcome = decisions.evaluate(policy, gathered);
                    DecisionOutcome replayed = engine.evaluate(policy, gathered.inputs());
                    assertThat(outcome).as("%s %s %s", nip, scope, asOf).isEqualTo(replayed);
                    String factsHash = gathered.shared() == null ? null : gathered.shared().snapshot().hash();
                    DecisionRecord record = new DecisionRecord("id", 1, Instant.EPOCH, "caller", policy.version(),
                            AuditTrail.GENESIS, AuditTrail.GENESIS, factsHash, gathered.inputs(), outcome);
                    DecisionService.DecisionPayload payload = new DecisionService.DecisionPayload(gathered.recorded(),
                            outcome);
                    long treeWrites = CanonicalJson.treeWrites();
                    String canonical = CanonicalJson.write(payload);
                    // the audit trail's payload text, written without a tree, is the text of the reference way
                    assertThat(CanonicalJson.treeWrites()).as("written directly").isEqualTo(treeWrites);
                    assertThat(canonical).isEqualTo(CanonicalJson.writeViaTree(payload));
                    lines.add(nip + " " + scope + " " + asOf + " " + factsHash + " " + canonical + " "
                            + CanonicalJson.write(explanations.explain(record)));
                    withMoves += outcome.moves().isEmpty() ? 0 : 1;
                }
            }
        }
        assertThat(lines).hasSize(nips.size() * DATES.size() * (ALL ? Scope.values().length : 1));
        // not a vacuous comparison: many of them recommend moves
        assertThat(withMoves).isGreaterThan(lines.size() / 10);

        Path out = Path.of("target/decision-regression/outcomes.txt");
        Files.createDirectories(out.getParent());
        Files.write(out, lines, StandardCharsets.UTF_8);
        String golden = System.getProperty("decisions.golden");
        if (golden != null) {
            List<String> expected = Files.readAllLines(Path.of(golden), StandardCharsets.UTF_8);
            assertThat(lines).hasSameSizeAs(expected);
            for (int i = 0; i < lines.size(); i++) {
                assertThat(lines.get(i)).as("decision %d of %d", i + 1, lines.size()).isEqualTo(expected.get(i));
            }
            System.out.printf("%,d decisions (%,d with moves) equal to %s%n", lines.size(), withMoves, golden);
        }
    }
}
