package id.seimbang.recommendation;

import static id.seimbang.recommendation.DecisionFixtures.AS_OF;
import static id.seimbang.recommendation.DecisionFixtures.FAR;
import static id.seimbang.recommendation.DecisionFixtures.accountant;
import static id.seimbang.recommendation.DecisionFixtures.inputs;
import static id.seimbang.recommendation.DecisionFixtures.requestFor;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

import id.seimbang.eligibility.EligibilityService;
import id.seimbang.placement.PlacementEvaluators;
import id.seimbang.placement.PlacementProperties;
import id.seimbang.policy.ChangeableFacts;
import id.seimbang.policy.PolicyFixtures;
import id.seimbang.policy.PolicySnapshot;
import id.seimbang.system.CodeLabels;
import id.seimbang.workforce.EducationLevel;
import id.seimbang.workforce.Employee;
import id.seimbang.workforce.SkpAppraisal;
import id.seimbang.workforce.SkpPredicate;

/**
 * Issue 19 point 2 on the small region of {@link DecisionFixtures} with the shipped policy and its
 * {@code rules/changeable-facts.properties}. Every answer is applied here, independently of the search, and the
 * decision run again: it must reach the goal, which the unchanged decision does not.
 */
class CounterfactualSearchTest {

    /** The shipped policy with a search time limit that a busy test machine cannot reach (the limit is policy). */
    private static PolicySnapshot patient;
    private final PolicySnapshot policy = patient();

    private static synchronized PolicySnapshot patient() {
        if (patient == null) {
            patient = PolicyFixtures.compiler().compile(PolicyFixtures.replace(ChangeableFacts.FILE,
                    content -> content.replace("search.time-limit-ms=1000", "search.time-limit-ms=60000")));
        }
        return patient;
    }
    private final EligibilityService eligibility = new EligibilityService();
    private final DecisionEngine engine = new DecisionEngine(eligibility,
            new PlacementEvaluators(PlacementProperties.DEFAULTS));
    private final CounterfactualSearch search;
    private static final java.util.Map<String, String> KABUPATEN_NAMES = java.util.Map.of("1771", "Kota Bengkulu",
            "1703", "Kabupaten Bengkulu Utara");

    CounterfactualSearchTest() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        search = new CounterfactualSearch(engine, eligibility, new CodeLabels(messages), messages, System::nanoTime,
                KABUPATEN_NAMES::get);
    }

    /** The answer's changes applied by this test, from the change records alone. */
    private static DecisionInputs applied(DecisionInputs in, Counterfactuals.Answer answer) {
        Employee e = in.employee();
        List<CellFacts> cells = new ArrayList<>(in.cells());
        for (Counterfactuals.Change c : answer.changes()) {
            switch (c.fact()) {
                case SKP -> {
                    List<SkpAppraisal> skp = new ArrayList<>(e.skp());
                    skp.removeIf(a -> a.year() == Integer.parseInt(c.subject()));
                    skp.add(new SkpAppraisal(Integer.parseInt(c.subject()), SkpPredicate.valueOf(c.to())));
                    e = e.withSkp(skp);
                }
                case EDUCATION_LEVEL -> e = e.withEducation(EducationLevel.valueOf(c.to()), e.educationField());
                case EDUCATION_FIELD -> e = e.withEducation(e.educationLevel(), c.to());
                case SPOUSE_KABUPATEN -> e = e.withSpouseKabupaten(c.to());
                case TARGET_STAFF -> { /* the goal's cell, below */ }
            }
        }
        return new DecisionInputs(e, in.requests(), in.asOf(), in.scope(), in.limit(), in.units(), in.positions(), cells);
    }

    private static DecisionInputs withTargetStaff(DecisionInputs in, Counterfactuals.Goal goal, Counterfactuals.Answer a) {
        List<CellFacts> cells = new ArrayList<>(in.cells());
        for (Counterfactuals.Change c : a.changes()) {
            if (c.fact() == ChangeableFacts.Kind.TARGET_STAFF) {
                cells.replaceAll(cell -> cell.unitCode().equals(goal.unitCode()) && cell.positionCode().equals(goal.positionCode())
                        ? new CellFacts(cell.unitCode(), cell.positionCode(), cell.workloadHours(), Integer.parseInt(c.to()))
                        : cell);
            }
        }
        return new DecisionInputs(in.employee(), in.requests(), in.asOf(), in.scope(), in.limit(), in.units(), in.positions(), cells);
    }

    private RequestedTarget.Status requestedStatus(DecisionInputs in) {
        return engine.evaluate(policy, in).requestedTarget().status();
    }

    private static Counterfactuals.Goal goal(Counterfactuals result, Counterfactuals.GoalKind kind) {
        return result.goals().stream().filter(g -> g.kind() == kind).findFirst().orElseThrow();
    }

    @Test
    void anSkpBelowTheMinimumIsTheOneChangeThatMakesTheRequestRecommended() {
        Employee employee = DecisionFixtures.employee("198804102012031020", AS_OF.minusYears(3), SkpPredicate.KURANG);
        DecisionInputs in = inputs(employee, List.of(requestFor(employee, DecisionFixtures.B)));
        assertThat(requestedStatus(in)).isEqualTo(RequestedTarget.Status.EMPLOYEE_NOT_ELIGIBLE);

        Counterfactuals.Goal goal = goal(search.search("d", policy, in), Counterfactuals.GoalKind.REQUESTED_RECOMMENDED);

        assertThat(goal.now()).isEqualTo("EMPLOYEE_NOT_ELIGIBLE");
        assertThat(goal.answers()).extracting(a -> a.changes().get(0).to()).containsExactlyInAnyOrder("BAIK", "SANGAT_BAIK");
        Counterfactuals.Answer baik = goal.answers().stream().filter(a -> a.changes().get(0).to().equals("BAIK"))
                .findFirst().orElseThrow();
        assertThat(baik.changes()).singleElement().satisfies(c -> {
            assertThat(c.fact()).isEqualTo(ChangeableFacts.Kind.SKP);
            assertThat(c.subject()).isEqualTo("2025");
            assertThat(c.from()).isEqualTo("KURANG");
            assertThat(c.text().id()).isEqualTo("SKP 2025 Baik, bukan Kurang");
            assertThat(c.text().en()).isEqualTo("SKP 2025 Good instead of Poor");
        });
        assertThat(baik.flips()).extracting(Counterfactuals.Flip::id).contains("ELIG-SKP");
        assertThat(baik.status()).isEqualTo("RECOMMENDED");
        // B: gain 2(3 − (−2)) − 2 = 8, finance graduate to a finance post nearby: no penalty
        assertThat(baik.gain()).isEqualTo(8.0, org.assertj.core.api.Assertions.within(1e-9));
        assertThat(baik.score()).isEqualTo(8.0, org.assertj.core.api.Assertions.within(1e-9));
        for (Counterfactuals.Answer a : goal.answers()) {
            assertThat(requestedStatus(applied(in, a))).isEqualTo(RequestedTarget.Status.RECOMMENDED);
        }
    }

    @Test
    void twoYearsBelowTheMinimumNeedTwoChangesAndNoSingleOneIsOffered() {
        Employee one = DecisionFixtures.employee("198804102012031021", AS_OF.minusYears(3), SkpPredicate.KURANG);
        List<SkpAppraisal> skp = new ArrayList<>(one.skp());
        skp.removeIf(a -> a.year() == 2024);
        skp.add(new SkpAppraisal(2024, SkpPredicate.BUTUH_PERBAIKAN));
        Employee employee = one.withSkp(skp);
        DecisionInputs in = inputs(employee, List.of(requestFor(employee, DecisionFixtures.B)));

        Counterfactuals.Goal goal = goal(search.search("d", policy, in), Counterfactuals.GoalKind.REQUESTED_RECOMMENDED);

        assertThat(goal.answers()).isNotEmpty().allSatisfy(a -> {
            assertThat(a.changes()).hasSize(2).extracting(Counterfactuals.Change::subject).containsExactlyInAnyOrder("2024", "2025");
            assertThat(requestedStatus(applied(in, a))).isEqualTo(RequestedTarget.Status.RECOMMENDED);
        });
        // each change alone is not enough
        for (Counterfactuals.Change c : goal.answers().get(0).changes()) {
            Counterfactuals.Answer alone = new Counterfactuals.Answer(List.of(c), List.of(), null, false, 0, null);
            assertThat(requestedStatus(applied(in, alone))).isEqualTo(RequestedTarget.Status.EMPLOYEE_NOT_ELIGIBLE);
        }
        assertThat(goal.summary().en()).contains("the smallest changes 2 facts");
        assertThat(goal.summary().id()).contains("yang terkecil mengubah 2 fakta");
    }

    @Test
    void aFarRequestIsMadeRecommendedByTheRegionOrTheFamilyAndEachAnswerReallyFlipsIt() {
        Employee employee = accountant("198804102012031022");
        DecisionInputs in = inputs(employee, List.of(requestFor(employee, FAR)));
        assertThat(requestedStatus(in)).isEqualTo(RequestedTarget.Status.NOT_BENEFICIAL);

        Counterfactuals.Goal goal = goal(search.search("d", policy, in), Counterfactuals.GoalKind.REQUESTED_RECOMMENDED);

        assertThat(goal.complete()).isTrue();
        assertThat(goal.answers()).isNotEmpty();
        for (Counterfactuals.Answer a : goal.answers()) {
            assertThat(requestedStatus(withTargetStaff(applied(in, a), goal, a))).as(a.changes().toString())
                    .isEqualTo(RequestedTarget.Status.RECOMMENDED);
            assertThat(a.score()).isPositive();
        }
        // fewest changes first
        for (int i = 1; i < goal.answers().size(); i++) {
            assertThat(goal.answers().get(i).changes().size()).isGreaterThanOrEqualTo(goal.answers().get(i - 1).changes().size());
        }
    }

    @Test
    void anIneligibleEmployeeWithoutARequestIsToldWhatWouldAllowTheBestMove() {
        // SKP 2025 Kurang: ineligible, so a decision evaluates no move; the search still looks at all of them.
        Employee employee = DecisionFixtures.employee("198804102012031026", AS_OF.minusYears(3), SkpPredicate.KURANG);
        DecisionInputs in = inputs(employee, List.of());
        assertThat(engine.evaluate(policy, in).eligible()).isFalse();

        Counterfactuals.Goal goal = goal(search.search("d", policy, in), Counterfactuals.GoalKind.BEST_ALLOWED);

        assertThat(goal.now()).isEqualTo("EMPLOYEE_NOT_ELIGIBLE");
        // not the nurse's post (the largest gain, but another job family, which no listed change can make allowed):
        // the best of the moves only the employee's own eligibility blocks
        assertThat(goal.unitCode()).isEqualTo("U-B");
        assertThat(goal.complete()).isTrue();
        assertThat(goal.answers()).isNotEmpty().allSatisfy(a -> {
            assertThat(a.flips()).extracting(Counterfactuals.Flip::id).contains("ELIG-SKP");
            DecisionEngine.Evaluation after = engine.evaluateAll(policy, withTargetStaff(applied(in, a), goal, a),
                    DecisionEngine.Depth.OUTCOME);
            assertThat(after.outcome().eligible()).isTrue();
            assertThat(after.evaluated().get(new id.seimbang.workforce.CellKey(goal.unitCode(), goal.positionCode()))
                    .allowed()).as(a.changes().toString()).isTrue();
        });
    }

    @Test
    void theFamilyAndOnePersonLessInTheTargetTogetherFlipAFarRequestAndTheKabupatenIsNamed() {
        // only two facts listed: the spouse's kabupaten and one person less in the target cell
        PolicySnapshot twoFacts = PolicyFixtures.compiler().compile(PolicyFixtures.replace(ChangeableFacts.FILE,
                content -> content.replaceAll("(?m)^fact\\.(skp|education-level|education-field)=.*$", "")
                        .replace("fact.target-staff=-1,-2,-3", "fact.target-staff=-1")
                        .replace("search.time-limit-ms=1000", "search.time-limit-ms=60000")));
        Employee employee = accountant("198804102012031027");
        DecisionInputs in = inputs(employee, List.of(requestFor(employee, FAR)));

        Counterfactuals.Goal goal = goal(search.search("d", twoFacts, in), Counterfactuals.GoalKind.REQUESTED_RECOMMENDED);

        assertThat(goal.now()).isEqualTo("NOT_BENEFICIAL");
        assertThat(goal.answers()).singleElement().satisfies(a -> {
            assertThat(a.changes()).extracting(Counterfactuals.Change::fact).containsExactly(
                    ChangeableFacts.Kind.SPOUSE_KABUPATEN, ChangeableFacts.Kind.TARGET_STAFF);
            Counterfactuals.Change spouse = a.changes().get(0);
            assertThat(spouse.to()).isEqualTo("1703");
            assertThat(spouse.text().id()).isEqualTo("Pasangan tinggal di Kabupaten Bengkulu Utara, bukan tidak ada");
            assertThat(spouse.text().en()).isEqualTo("Spouse living in Kabupaten Bengkulu Utara instead of none");
            assertThat(a.flips()).extracting(Counterfactuals.Flip::kind).contains("TABLE_ROW");
            assertThat(requestedStatus(withTargetStaff(applied(in, a), goal, a))).isEqualTo(RequestedTarget.Status.RECOMMENDED);
            // neither alone is enough
            for (Counterfactuals.Change c : a.changes()) {
                Counterfactuals.Answer alone = new Counterfactuals.Answer(List.of(c), List.of(), null, false, 0, null);
                assertThat(requestedStatus(withTargetStaff(applied(in, alone), goal, alone))).as(c.toString())
                        .isEqualTo(RequestedTarget.Status.NOT_BENEFICIAL);
            }
        });
    }

    @Test
    void aTargetNoListedFactCanMakeAllowedIsSaidToHaveNone() {
        // The nurse's post has the largest gain, but a different job family: no changeable fact makes it allowed.
        Counterfactuals result = search.search("d", policy, inputs(accountant("198804102012031023"), List.of()));

        Counterfactuals.Goal goal = goal(result, Counterfactuals.GoalKind.BEST_ALLOWED);
        assertThat(goal.unitCode()).isEqualTo("U-H");
        assertThat(goal.answers()).isEmpty();
        assertThat(goal.complete()).isTrue();
        assertThat(goal.tried()).isPositive();
        assertThat(goal.summary().id()).startsWith("Tidak ada perubahan dalam daftar fakta yang dapat diubah");
        assertThat(goal.summary().en()).startsWith("No change in the list of changeable facts");
        assertThat(result.goals()).extracting(Counterfactuals.Goal::kind)
                .doesNotContain(Counterfactuals.GoalKind.REQUESTED_RECOMMENDED);
    }

    @Test
    void aSearchThatReachesItsTimeLimitSaysSoInsteadOfClaimingThereIsNone() {
        // a clock that moves 10 s at every reading: the limit is passed before the second candidate
        long[] now = {0};
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        CounterfactualSearch hurried = new CounterfactualSearch(engine, eligibility, new CodeLabels(messages), messages,
                () -> now[0] += 10_000_000_000L, KABUPATEN_NAMES::get);
        Counterfactuals.Goal goal = goal(hurried.search("d", policy, inputs(accountant("198804102012031025"), List.of())),
                Counterfactuals.GoalKind.BEST_ALLOWED);
        assertThat(goal.complete()).isFalse();
        assertThat(goal.answers()).isEmpty();
        assertThat(goal.summary().en()).startsWith("The search stopped at its time limit of 60000 ms");
        assertThat(goal.summary().id()).startsWith("Pencarian berhenti pada batas waktu 60000 ms");
    }

    @Test
    void aPolicyWithoutTheListTriesNothing() {
        PolicySnapshot without = PolicyFixtures.compiler().compile(PolicyFixtures.shippedFiles().stream()
                .filter(f -> !f.path().equals(ChangeableFacts.FILE)).toList());
        Employee employee = DecisionFixtures.employee("198804102012031024", AS_OF.minusYears(3), SkpPredicate.KURANG);
        Counterfactuals.Goal goal = goal(search.search("d", without,
                inputs(employee, List.of(requestFor(employee, DecisionFixtures.B)))),
                Counterfactuals.GoalKind.REQUESTED_RECOMMENDED);
        assertThat(goal.tried()).isZero();
        assertThat(goal.answers()).isEmpty();
    }
}
