package id.seimbang.authoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import id.seimbang.authoring.EquityReport.Dimension;
import id.seimbang.authoring.EquityReport.Outcome;
import id.seimbang.authoring.GroupRates.Person;

/**
 * The equity arithmetic on a constructed workforce of ten whose rates and ratios are worked out by hand below.
 *
 * <pre>
 *  #  sex     age    newly blocked  km active plan  km draft plan
 *  1  FEMALE  &lt;30    yes            50              100
 *  2  FEMALE  &lt;30    yes            -               200
 *  3  FEMALE  50+    yes
 *  4  MALE    50+    yes
 *  5  FEMALE  30-39  -
 *  6  MALE    &lt;30    -
 *  7  MALE    &lt;30    -
 *  8  MALE    30-39  -
 *  9  MALE    30-39  -
 * 10  MALE    30-39  -
 * </pre>
 * Newly blocked overall: 4 / 10 = 0.4. FEMALE 3/4 = 0.75, ratio 0.75 / 0.4 = 1.875 &gt; 1.25: flagged. MALE 1/6,
 * ratio 0.41666…. Age &lt;30: 2/4 = 0.5, ratio exactly 1.25: not flagged (the rule is strictly above). 50+: 2/2 = 1,
 * ratio 2.5, but 2 members &lt; the minimum of 3: too small, not flagged. 30-39: 0/4, ratio 0.
 */
class GroupRatesTest {

    private static Person person(String sex, String age, boolean blocked, Double kmActive, Double kmDraft) {
        Set<Outcome> outcomes = blocked ? Set.of(Outcome.NEWLY_BLOCKED, Outcome.CHANGED) : Set.of();
        return new Person(Map.of(Dimension.SEX, sex, Dimension.AGE_BAND, age), outcomes, kmActive, kmDraft);
    }

    private static List<Person> tenPeople() {
        return List.of(
                person("FEMALE", "<30", true, 50.0, 100.0),
                person("FEMALE", "<30", true, null, 200.0),
                person("FEMALE", "50+", true, null, null),
                person("MALE", "50+", true, null, null),
                person("FEMALE", "30-39", false, null, null),
                person("MALE", "<30", false, null, null),
                person("MALE", "<30", false, null, null),
                person("MALE", "30-39", false, null, null),
                person("MALE", "30-39", false, null, null),
                person("MALE", "30-39", false, null, null));
    }

    private static EquityReport.Group group(EquityReport report, Dimension d, String key) {
        return report.groups().stream().filter(g -> g.dimension() == d && g.key().equals(key)).findFirst().orElseThrow();
    }

    @Test
    void ratesRatiosAndFlagsAreTheHandComputedOnes() {
        EquityReport report = new GroupRates(0.8, 3).compute(tenPeople(), Map.of());

        assertThat(report.employees()).isEqualTo(10);
        assertThat(report.flagAbove()).isEqualTo(1.25);
        assertThat(report.overallRate(Outcome.NEWLY_BLOCKED).count()).isEqualTo(4);
        assertThat(report.overallRate(Outcome.NEWLY_BLOCKED).rate()).isEqualTo(0.4);
        assertThat(report.overallRate(Outcome.NEWLY_BLOCKED).ratio()).isEqualTo(1.0);

        EquityReport.Rate female = group(report, Dimension.SEX, "FEMALE").rate(Outcome.NEWLY_BLOCKED);
        assertThat(female.count()).isEqualTo(3);
        assertThat(female.rate()).isEqualTo(0.75);
        assertThat(female.ratio()).isCloseTo(1.875, within(1e-12));
        assertThat(female.flagged()).isTrue();

        EquityReport.Rate male = group(report, Dimension.SEX, "MALE").rate(Outcome.NEWLY_BLOCKED);
        assertThat(male.rate()).isCloseTo(1.0 / 6, within(1e-12));
        assertThat(male.ratio()).isCloseTo(5.0 / 12, within(1e-12));
        assertThat(male.flagged()).isFalse();

        EquityReport.Group young = group(report, Dimension.AGE_BAND, "<30");
        assertThat(young.size()).isEqualTo(4);
        assertThat(young.rate(Outcome.NEWLY_BLOCKED).ratio()).isCloseTo(1.25, within(1e-12));
        assertThat(young.rate(Outcome.NEWLY_BLOCKED).flagged()).as("exactly 1.25 is not beyond the rule").isFalse();

        EquityReport.Group old = group(report, Dimension.AGE_BAND, "50+");
        assertThat(old.tooSmall()).isTrue();
        assertThat(old.rate(Outcome.NEWLY_BLOCKED).ratio()).isCloseTo(2.5, within(1e-12));
        assertThat(old.rate(Outcome.NEWLY_BLOCKED).flagged()).isFalse();

        assertThat(group(report, Dimension.AGE_BAND, "30-39").rate(Outcome.NEWLY_BLOCKED).ratio()).isZero();
        assertThat(report.groups().stream().filter(g -> g.dimension() == Dimension.AGE_BAND).map(EquityReport.Group::key))
                .containsExactly("<30", "30-39", "50+");

        // Nobody is newly long-distance: no ratio, no flag.
        assertThat(report.overallRate(Outcome.NEWLY_LONG_DISTANCE).ratio()).isNull();
        assertThat(female.outcome()).isEqualTo(Outcome.NEWLY_BLOCKED);
        assertThat(group(report, Dimension.SEX, "FEMALE").rate(Outcome.NEWLY_LONG_DISTANCE).ratio()).isNull();
        // Not adverse: a rate, never a ratio.
        assertThat(group(report, Dimension.SEX, "FEMALE").rate(Outcome.CHANGED).ratio()).isNull();

        // Dimensions without a fact in this workforce: everyone in the unknown group, ratio 1.
        EquityReport.Group unknown = group(report, Dimension.GOLONGAN, GroupRates.UNKNOWN);
        assertThat(unknown.size()).isEqualTo(10);
        assertThat(unknown.rate(Outcome.NEWLY_BLOCKED).ratio()).isEqualTo(1.0);

        // How far: FEMALE draft plan moves 100 and 200 km, active plan 50 km; no MALE moved.
        assertThat(group(report, Dimension.SEX, "FEMALE").meanKmDraft()).isEqualTo(150.0);
        assertThat(group(report, Dimension.SEX, "FEMALE").meanKmActive()).isEqualTo(50.0);
        assertThat(group(report, Dimension.SEX, "MALE").meanKmDraft()).isNull();

        assertThat(report.flagged()).containsExactly(new EquityReport.Flag(Dimension.SEX, "FEMALE", "FEMALE",
                Outcome.NEWLY_BLOCKED, 4, 3, female.ratio()));
    }

    @Test
    void theThresholdsAreParameters() {
        // Four-fifths 0.5: flagged above 2.0, so FEMALE (1.875) is not; a minimum of 2 lets 50+ (2.5) be flagged.
        EquityReport report = new GroupRates(0.5, 2).compute(tenPeople(), Map.of());

        assertThat(report.flagAbove()).isEqualTo(2.0);
        assertThat(report.flagged()).extracting(EquityReport.Flag::dimension, EquityReport.Flag::key)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Dimension.AGE_BAND, "50+"));
    }

    @Test
    void aDraftThatBlocksEveryGroupAlikeFlagsNone() {
        List<Person> people = new ArrayList<>();
        for (String sex : List.of("FEMALE", "MALE")) {
            for (String age : GroupRates.AGE_BANDS) {
                for (int i = 0; i < 5; i++) {
                    people.add(person(sex, age, i < 2, null, null)); // 2 of every 5 in every group
                }
            }
        }
        EquityReport report = new GroupRates(0.8, 3).compute(people, Map.of());

        assertThat(report.flagged()).isEmpty();
        assertThat(report.groups()).allSatisfy(g -> assertThat(g.rate(Outcome.NEWLY_BLOCKED).ratio())
                .isCloseTo(1.0, within(1e-12)));
    }

    @Test
    void groupsAreLabelledWhereALabelIsGiven() {
        Person p = new Person(Map.of(Dimension.KABUPATEN, "1771"), Set.of(), null, null);
        EquityReport report = new GroupRates(0.8, 1).compute(List.of(p), Map.of("1771", "Kota Bengkulu"));

        assertThat(group(report, Dimension.KABUPATEN, "1771").label()).isEqualTo("Kota Bengkulu");
        assertThat(group(report, Dimension.SEX, GroupRates.UNKNOWN).label()).isEqualTo(GroupRates.UNKNOWN);
    }

    @Test
    void ageBandsAreWholeYearsOnTheDay() {
        LocalDate asOf = LocalDate.of(2026, 12, 3);
        assertThat(GroupRates.ageBand(LocalDate.of(1996, 12, 4), asOf)).isEqualTo("<30");   // 29 until tomorrow
        assertThat(GroupRates.ageBand(LocalDate.of(1996, 12, 3), asOf)).isEqualTo("30-39"); // 30 today
        assertThat(GroupRates.ageBand(LocalDate.of(1986, 12, 4), asOf)).isEqualTo("30-39");
        assertThat(GroupRates.ageBand(LocalDate.of(1986, 12, 3), asOf)).isEqualTo("40-49");
        assertThat(GroupRates.ageBand(LocalDate.of(1976, 12, 3), asOf)).isEqualTo("50+");
        // Born on 29 February: 30 on 1 March of a common year.
        assertThat(GroupRates.ageBand(LocalDate.of(1996, 2, 29), LocalDate.of(2026, 2, 28))).isEqualTo("<30");
        assertThat(GroupRates.ageBand(LocalDate.of(1996, 2, 29), LocalDate.of(2026, 3, 1))).isEqualTo("30-39");
        assertThat(GroupRates.ageBand(null, asOf)).isEqualTo(GroupRates.UNKNOWN);
    }

    @Test
    void thresholdsOutsideTheirRangeAreRefused() {
        assertThatThrownBy(() -> new GroupRates(0, 30)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new GroupRates(1.2, 30)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new GroupRates(0.8, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theReportCrossesTheWorkerBoundaryUnchanged() throws Exception {
        EquityReport report = new GroupRates(0.8, 3).compute(tenPeople(), Map.of());
        com.fasterxml.jackson.databind.ObjectMapper json = DraftWorker.mapper();

        assertThat(json.readValue(json.writeValueAsBytes(report), EquityReport.class)).isEqualTo(report);
    }
}
