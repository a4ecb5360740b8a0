package id.seimbang.recommendation;

import static id.seimbang.recommendation.DecisionFixtures.AS_OF;
import static id.seimbang.recommendation.DecisionFixtures.inputs;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

import id.seimbang.eligibility.EligibilityService;
import id.seimbang.placement.PlacementEvaluators;
import id.seimbang.placement.PlacementProperties;
import id.seimbang.policy.PolicyFixtures;
import id.seimbang.system.Bilingual;
import id.seimbang.system.CodeLabels;
import id.seimbang.workforce.Employee;
import id.seimbang.workforce.SkpPredicate;

/** Issue 19 point 1 in the explanation: the sentences come from the message bundles, in both languages. */
class ExplanationWriterTest {

    private final DecisionEngine engine = new DecisionEngine(new EligibilityService(),
            new PlacementEvaluators(PlacementProperties.DEFAULTS));
    private final ExplanationWriter writer;

    ExplanationWriterTest() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        writer = new ExplanationWriter(new CodeLabels(messages), messages);
    }

    private Explanation explain(Employee employee) {
        DecisionInputs in = inputs(employee, List.of());
        DecisionOutcome outcome = engine.evaluate(PolicyFixtures.shippedPolicy(), in);
        return writer.explain(new DecisionRecord("d-1", 1, Instant.EPOCH, "test", outcome.policyVersion(), "0", "1",
                null, in, outcome));
    }

    @Test
    void aDateIsToldWithTheSkpAssumptionAndEachRulesDay() {
        Explanation x = explain(DecisionFixtures.employee("198804102012031010", AS_OF.minusMonths(10), SkpPredicate.BAIK));
        // 10 months in position on 2026-11-26: two years on 2028-01-26, when SKP 2026 (not yet appraised) counts
        assertThat(x.summary().id()).endsWith("Bila fakta tidak berubah, memenuhi syarat mulai 2028-01-26. Anggapan: "
                + "fakta pegawai tetap seperti sekarang, dan predikat SKP tahun yang belum dinilai sama dengan predikat "
                + "terakhir yang tercatat. SKP 2026 dianggap Baik.");
        assertThat(x.summary().en()).endsWith("If the facts stay as they are, eligible from 2028-01-26. Assumption: the "
                + "employee's facts stay as they are, and SKP for years not yet appraised stays at the latest recorded "
                + "predicate. SKP 2026 assumed Good.");
        assertThat(x.eligibility()).extracting(Bilingual::id).singleElement().asString()
                .startsWith("Menghalangi: [ELIG-MASA-JABATAN").endsWith(" — tidak menghalangi lagi mulai 2028-01-26");
        assertThat(x.eligibility()).extracting(Bilingual::en).singleElement().asString()
                .endsWith(" — no longer blocks from 2028-01-26");
    }

    @Test
    void noDateWithinTheHorizonAndARuleThatDoesNotClearByTime() {
        // SKP 2025 Kurang: the later years are assumed Kurang too, so the SKP rule never clears.
        Explanation x = explain(DecisionFixtures.employee("198804102012031011", AS_OF.minusMonths(10), SkpPredicate.KURANG));
        assertThat(x.summary().id()).contains("Sampai 2036-11-26 tidak memenuhi syarat dengan berjalannya waktu saja.");
        assertThat(x.summary().en()).contains("Not eligible by the passing of time alone until 2036-11-26.");
        assertThat(x.eligibility()).extracting(Bilingual::id).anySatisfy(line -> assertThat(line)
                .startsWith("Menghalangi: [ELIG-SKP").endsWith(" — tidak hilang dengan berjalannya waktu"));
        assertThat(x.eligibility()).extracting(Bilingual::en).anySatisfy(line -> assertThat(line)
                .startsWith("Blocks: [ELIG-SKP").endsWith(" — not by the passing of time"));
    }

    @Test
    void anEligibleEmployeeGetsNoSuchSentence() {
        Explanation x = explain(DecisionFixtures.accountant("198804102012031012"));
        assertThat(x.summary().id()).doesNotContain("Bila fakta", "Anggapan");
        assertThat(x.summary().en()).doesNotContain("If the facts", "Assumption");
    }
}
