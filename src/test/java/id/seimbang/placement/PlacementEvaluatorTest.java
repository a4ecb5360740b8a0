package id.seimbang.placement;

import static id.seimbang.placement.PlacementFixtures.KOTA;
import static id.seimbang.placement.PlacementFixtures.REJANG_LEBONG;
import static id.seimbang.placement.PlacementFixtures.TERNATE;
import static id.seimbang.placement.PlacementFixtures.bpkad;
import static id.seimbang.placement.PlacementFixtures.dinasKesehatan;
import static id.seimbang.placement.PlacementFixtures.diskominfo;
import static id.seimbang.placement.PlacementFixtures.employee;
import static id.seimbang.placement.PlacementFixtures.position;
import static id.seimbang.placement.PlacementFixtures.sdNegeri;
import static id.seimbang.placement.PlacementFixtures.sekretariat;
import static id.seimbang.placement.PlacementFixtures.unit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import id.seimbang.placement.PlacementFixtures.EmployeeBuilder;
import id.seimbang.system.Bilingual;
import id.seimbang.workforce.Position;
import id.seimbang.workforce.Sector;
import id.seimbang.workforce.SkpPredicate;
import id.seimbang.workforce.TransferRequest;
import id.seimbang.workforce.Unit;

class PlacementEvaluatorTest {

    private static final Position HEALTH_POS = position("PERAWAT", "HEALTH", false);
    private static final Position FINANCE_POS = position("ANALIS_KEU", "FINANCE", false);
    private static final Position IT_POS = position("PRANATA_KOMPUTER", "IT", false);
    private static final Position TEACHER_POS = position("GURU", "EDUCATION", false);
    private static final Position ADMIN_POS = position("PENGADMINISTRASI", "ADMINISTRATION", false);
    private static final Position STRATEGIC_ADMIN = position("KABAG", "ADMINISTRATION", true);

    private final PlacementEvaluator evaluator = PlacementFixtures.sharedEvaluator();

    private PlacementResult evaluate(EmployeeBuilder employee, Unit target, Position position) {
        return evaluate(employee, target, position, false);
    }

    private PlacementResult evaluate(EmployeeBuilder employee, Unit target, Position position, boolean requested) {
        return evaluator.evaluate(PlacementInput.of(employee.build(), target, position, requested));
    }

    @Nested
    class CompetencyFit {

        @ParameterizedTest
        @CsvSource({"KEPERAWATAN", "KEDOKTERAN", "KEBIDANAN", "KESEHATAN_MASYARAKAT", "FARMASI"})
        void healthGraduateToDinasKesehatanIsAVeryGoodFit(String field) {
            PlacementResult result = evaluate(employee(field), dinasKesehatan(), HEALTH_POS);
            assertThat(result.fitLevel()).isEqualTo("Sangat Sesuai");
            assertThat(result.excluded()).isFalse();
        }

        @ParameterizedTest
        @CsvSource({"AKUNTANSI", "EKONOMI", "MANAJEMEN_KEUANGAN"})
        void financeGraduateToBpkadIsAVeryGoodFit(String field) {
            assertThat(evaluate(employee(field), bpkad(), FINANCE_POS).fitLevel()).isEqualTo("Sangat Sesuai");
        }

        @ParameterizedTest
        @CsvSource({"TEKNIK_INFORMATIKA", "SISTEM_INFORMASI", "ILMU_KOMPUTER"})
        void itGraduateToDiskominfoIsAVeryGoodFit(String field) {
            assertThat(evaluate(employee(field), diskominfo(), IT_POS).fitLevel()).isEqualTo("Sangat Sesuai");
        }

        @ParameterizedTest
        @CsvSource({"PENDIDIKAN_GURU_SD", "PENDIDIKAN_MATEMATIKA", "PENDIDIKAN_BAHASA_INGGRIS"})
        void teacherToSchoolIsAVeryGoodFit(String field) {
            assertThat(evaluate(employee(field), sdNegeri(), TEACHER_POS).fitLevel()).isEqualTo("Sangat Sesuai");
        }

        @Test
        void nurseInASchoolHealthPositionIsAWeakFit() {
            assertThat(evaluate(employee("KEPERAWATAN"), sdNegeri(), HEALTH_POS).fitLevel()).isEqualTo("Kurang Sesuai");
        }

        @Test
        void financeGraduateAsFinanceStaffOfTheHealthOfficeIsAGoodFit() {
            assertThat(evaluate(employee("AKUNTANSI"), dinasKesehatan(), FINANCE_POS).fitLevel()).isEqualTo("Sesuai");
        }

        @Test
        void nonHealthGraduateIntoAHealthPositionIsExcluded() {
            PlacementResult result = evaluate(employee("HUKUM"), dinasKesehatan(), HEALTH_POS);
            assertThat(result.fitLevel()).isEqualTo("Tidak Sesuai");
            assertThat(result.excluded()).isTrue();
            assertThat(result.reasons()).extracting(Bilingual::en).contains("No fit: the move is excluded");
        }

        @Test
        void relevantCompetencyMakesAnOtherFieldGraduateAWeakFitInsteadOfNone() {
            assertThat(evaluate(employee("EKONOMI"), diskominfo(), IT_POS).fitLevel()).isEqualTo("Tidak Sesuai");
            assertThat(evaluate(employee("EKONOMI").competencies("PENGEMBANGAN_APLIKASI", "KEARSIPAN"), diskominfo(),
                    IT_POS).fitLevel()).isEqualTo("Kurang Sesuai");
        }

        @Test
        void educationFieldUnknownToThePolicyReadsAsOtherAndFitsGeneralAdministration() {
            PlacementResult result = evaluate(employee("ASTRONOMI"), sekretariat(), ADMIN_POS);
            assertThat(result.fitLevel()).isEqualTo("Sesuai");
            assertThat(result.matchedRows()).filteredOn(r -> r.table().equals("Rumpun Pendidikan"))
                    .extracting(r -> r.annotation().en()).containsExactly("Any other education field: no particular family");
        }
    }

    @Nested
    class Relocation {

        @ParameterizedTest
        @CsvSource({
                "1771, SUMATRA, 102.27, NONE, LOW, 0",
                "1702, SUMATRA, 102.60, NONE, LOW, 1",
                "1702, SUMATRA, 103.27, TRANSPORT, MEDIUM, 3",
                "1702, SUMATRA, 104.27, TRANSPORT_AND_HOUSING, HIGH, 5",
                "8271, TERNATE, 102.30, TRANSPORT_AND_HOUSING, HIGH, 8"})
        void supportRiskAndPenaltyFollowTheDistanceBand(String kabupaten, String island, double longitude,
                String support, String risk, int penalty) {
            Unit target = unit("DINKES-X", Sector.HEALTH, kabupaten, -3.8, longitude, island);
            PlacementResult result = evaluate(employee("KEPERAWATAN"), target, HEALTH_POS);
            assertThat(result.relocationSupport()).isEqualTo(support);
            assertThat(result.acceptanceRisk()).isEqualTo(risk);
            // a very good fit has no base penalty, so the penalty is the relocation penalty alone
            assertThat(result.penalty()).isEqualTo(penalty);
        }
    }

    @Nested
    class PersonalCircumstances {

        private final Unit farUnit = unit("DINKES-FAR", Sector.HEALTH, REJANG_LEBONG, -3.8, 103.27, "SUMATRA");
        private final Unit veryFarUnit = unit("DINKES-ISL", Sector.HEALTH, TERNATE, 0.79, 127.38, "TERNATE");

        @Test
        void ownRequestLowersThePenalty() {
            int plain = evaluate(employee("KEPERAWATAN"), farUnit, HEALTH_POS).penalty();
            assertThat(evaluate(employee("KEPERAWATAN"), farUnit, HEALTH_POS, true).penalty()).isEqualTo(plain - 2);
        }

        @Test
        void requestForThisUnitIsReadFromTheTransferRequests() {
            List<TransferRequest> requests = List.of(new TransferRequest("199001012015031001", "DINKES-FAR", null,
                    id.seimbang.workforce.RequestReason.FAMILY, java.time.LocalDate.of(2025, 6, 1)));
            assertThat(PlacementInput.requested(requests, farUnit, HEALTH_POS)).isTrue();
            assertThat(PlacementInput.requested(requests, veryFarUnit, HEALTH_POS)).isFalse();
        }

        @Test
        void spouseInTheTargetKabupatenLowersThePenalty() {
            int plain = evaluate(employee("KEPERAWATAN"), farUnit, HEALTH_POS).penalty();
            PlacementResult withSpouse = evaluate(employee("KEPERAWATAN").spouseIn(REJANG_LEBONG), farUnit, HEALTH_POS);
            assertThat(withSpouse.penalty()).isEqualTo(plain - 2);
            // inter-island (8) leaves room for both reductions above the floor of 0
            int far = evaluate(employee("KEPERAWATAN"), veryFarUnit, HEALTH_POS).penalty();
            int both = evaluate(employee("KEPERAWATAN").spouseIn(TERNATE), veryFarUnit, HEALTH_POS, true).penalty();
            assertThat(both).isEqualTo(far - 4);
        }

        @Test
        void healthReasonRaisesThePenaltyOfAFarMoveOnly() {
            int far = evaluate(employee("KEPERAWATAN"), veryFarUnit, HEALTH_POS).penalty();
            assertThat(evaluate(employee("KEPERAWATAN").healthReason(), veryFarUnit, HEALTH_POS).penalty())
                    .isEqualTo(far + 3);
            int near = evaluate(employee("KEPERAWATAN"), dinasKesehatan(), HEALTH_POS).penalty();
            assertThat(evaluate(employee("KEPERAWATAN").healthReason(), dinasKesehatan(), HEALTH_POS).penalty())
                    .isEqualTo(near);
        }

        @Test
        void everyMatchingAdjustmentRowIsReported() {
            PlacementResult result = evaluate(employee("KEPERAWATAN").spouseIn(TERNATE).healthReason(), veryFarUnit,
                    HEALTH_POS, true);
            assertThat(result.matchedRows()).filteredOn(r -> r.table().equals("Penyesuaian Keadaan Pribadi"))
                    .extracting(r -> r.annotation().en()).containsExactly(
                            "The employee asked for this target: penalty down by 2",
                            "The spouse lives in the target kabupaten (family reunion): penalty down by 2",
                            "Health reason and a far move (over 150 km or inter-island): penalty up by 3");
            // base 0 + inter-island 8 - 2 - 2 + 3
            assertThat(result.penalty()).isEqualTo(7);
        }
    }

    @Nested
    class Talent {

        private final Unit far = unit("SETDA-FAR", Sector.GENERAL_ADMINISTRATION, REJANG_LEBONG, -3.8, 104.27, "SUMATRA");

        private int penalty(EmployeeBuilder employee, Position position) {
            return evaluate(employee, far, position).penalty();
        }

        @Test
        void highPerformerWithHighTalentToAStrategicPositionLowersThePenalty() {
            EmployeeBuilder star = employee("ILMU_PEMERINTAHAN").latestSkp(SkpPredicate.SANGAT_BAIK).talentBox(9);
            assertThat(penalty(star, STRATEGIC_ADMIN)).isEqualTo(penalty(star, ADMIN_POS) - 3);
            EmployeeBuilder unmapped = employee("ILMU_PEMERINTAHAN").latestSkp(SkpPredicate.SANGAT_BAIK);
            assertThat(penalty(unmapped, STRATEGIC_ADMIN)).isEqualTo(penalty(unmapped, ADMIN_POS) - 2);
            EmployeeBuilder lowBox = employee("ILMU_PEMERINTAHAN").latestSkp(SkpPredicate.SANGAT_BAIK).talentBox(6);
            assertThat(penalty(lowBox, STRATEGIC_ADMIN)).isEqualTo(penalty(lowBox, ADMIN_POS) - 2);
        }

        @Test
        void lowPerformerToAStrategicPositionRaisesThePenalty() {
            EmployeeBuilder weak = employee("ILMU_PEMERINTAHAN").latestSkp(SkpPredicate.KURANG).talentBox(9);
            assertThat(penalty(weak, STRATEGIC_ADMIN)).isEqualTo(penalty(weak, ADMIN_POS) + 4);
            EmployeeBuilder improving = employee("ILMU_PEMERINTAHAN").latestSkp(SkpPredicate.BUTUH_PERBAIKAN);
            assertThat(penalty(improving, STRATEGIC_ADMIN)).isEqualTo(penalty(improving, ADMIN_POS) + 2);
        }

        @Test
        void talentDoesNotMatterForOrdinaryPositionsNorWithoutAppraisal() {
            assertThat(penalty(employee("ILMU_PEMERINTAHAN").latestSkp(SkpPredicate.SANGAT_KURANG), ADMIN_POS))
                    .isEqualTo(penalty(employee("ILMU_PEMERINTAHAN").latestSkp(SkpPredicate.SANGAT_BAIK).talentBox(9),
                            ADMIN_POS));
            assertThat(penalty(employee("ILMU_PEMERINTAHAN").noSkp(), STRATEGIC_ADMIN))
                    .isEqualTo(penalty(employee("ILMU_PEMERINTAHAN").noSkp(), ADMIN_POS));
        }
    }

    @Test
    void penaltyIsNeverNegative() {
        // very good fit, same kabupaten, requested, spouse there, star to a strategic post: 0 + 0 - 2 - 2 - 3
        PlacementResult result = evaluate(employee("ILMU_PEMERINTAHAN").spouseIn(KOTA)
                .latestSkp(SkpPredicate.SANGAT_BAIK).talentBox(8), sekretariat(), STRATEGIC_ADMIN, true);
        assertThat(result.fitLevel()).isEqualTo("Sangat Sesuai");
        assertThat(result.penalty()).isZero();
    }

    @Test
    void matchedRowsCarryRuleIdsAndBothLanguages() {
        PlacementResult result = evaluate(employee("KEPERAWATAN"), dinasKesehatan(), HEALTH_POS);
        assertThat(result.matchedRows()).extracting(MatchedRow::table).contains("Rumpun Pendidikan",
                "Sektor Utama Rumpun Jabatan", "Kesesuaian Kompetensi", "Penalti Dasar", "Relokasi",
                "Penyesuaian Keadaan Pribadi", "Penyesuaian Talenta");
        MatchedRow fit = result.matchedRows().stream().filter(r -> r.table().equals("Kesesuaian Kompetensi"))
                .findFirst().orElseThrow();
        assertThat(fit.rowIndex()).isEqualTo(1);
        assertThat(fit.ruleId()).isNotBlank();
        assertThat(PlacementFixtures.shippedXml()).contains("<rule id=\"" + fit.ruleId() + "\">");
        assertThat(fit.annotation()).isEqualTo(Bilingual.of(
                "Lulusan kesehatan di jabatan kesehatan pada unit kesehatan: sangat sesuai",
                "Health graduate in a health position at a health unit: very good fit"));
        assertThat(result.matchedRows()).allSatisfy(r -> {
            assertThat(r.annotation().id()).isNotBlank();
            assertThat(r.annotation().en()).isNotBlank();
        });
        assertThat(result.reasons()).extracting(Bilingual::id)
                .contains("Kesesuaian kompetensi Sangat Sesuai: penalti dasar 0");
    }

    @Test
    void editedPenaltyRowChangesTheEvaluation() {
        PlacementInput goodFit = PlacementInput.of(employee("AKUNTANSI").build(), dinasKesehatan(), FINANCE_POS, false);
        assertThat(PlacementFixtures.newEvaluator().evaluate(goodFit).penalty()).isEqualTo(2);

        String xml = PlacementFixtures.shippedXml();
        int table = xml.indexOf("name=\"Penalti Dasar\"");
        String edited = xml.substring(0, table) + xml.substring(table).replaceFirst(
                Pattern.quote("<outputEntry id=\"") + "([^\"]+)\"><text>2</text>", "<outputEntry id=\"$1\"><text>6</text>");
        assertThat(edited).isNotEqualTo(xml);

        PlacementResult after = PlacementFixtures.evaluatorFor(edited).evaluate(goodFit);
        assertThat(after.fitLevel()).isEqualTo("Sesuai");
        assertThat(after.penalty()).isEqualTo(6);
    }

    @Test
    void memoReturnsTheSameResultAndCountsHits() {
        PlacementEvaluator fresh = PlacementFixtures.newEvaluator();
        PlacementInput input = PlacementInput.of(employee("KEPERAWATAN").build(), dinasKesehatan(), HEALTH_POS, false);

        PlacementResult first = fresh.evaluate(input);
        PlacementResult second = fresh.evaluate(input);
        // an unknown field reads as LAINNYA, so two unknown fields share one memo entry
        fresh.evaluate(PlacementInput.of(employee("ASTRONOMI").build(), sekretariat(), ADMIN_POS, false));
        fresh.evaluate(PlacementInput.of(employee("FILSAFAT").build(), sekretariat(), ADMIN_POS, false));

        assertThat(second).isSameAs(first);
        assertThat(fresh.evaluateUncached(input)).isEqualTo(first).isNotSameAs(first);
        assertThat(fresh.evaluations()).isEqualTo(3);
        assertThat(fresh.cacheHits()).isEqualTo(2);
        assertThat(fresh.cachedTuples()).isEqualTo(2);
    }

    @Test
    void theMemoIsBoundedAndAnEvictedTupleIsEvaluatedAgainToTheSameResult() {
        PlacementEvaluator small = PlacementEvaluator.forRuntime(PlacementFixtures.runtime(PlacementFixtures.shippedXml()),
                2);
        List<PlacementInput> inputs = List.of(
                PlacementInput.of(employee("KEPERAWATAN").build(), dinasKesehatan(), HEALTH_POS, false),
                PlacementInput.of(employee("AKUNTANSI").build(), bpkad(), FINANCE_POS, false),
                PlacementInput.of(employee("TEKNIK_INFORMATIKA").build(), diskominfo(), IT_POS, false),
                PlacementInput.of(employee("PENDIDIKAN_GURU_SD").build(), sdNegeri(), TEACHER_POS, false),
                PlacementInput.of(employee("HUKUM").build(), sekretariat(), ADMIN_POS, false));

        List<PlacementResult> first = inputs.stream().map(small::evaluate).toList();
        List<PlacementResult> again = inputs.stream().map(small::evaluate).toList();

        assertThat(small.cachedTuples()).isLessThanOrEqualTo(2);
        assertThat(small.evaluations()).isGreaterThan(inputs.size());
        assertThat(again).isEqualTo(first);
        assertThat(first).isEqualTo(inputs.stream().map(small::evaluateUncached).toList());
    }

    @Test
    void concurrentEvaluationsKeepTheirOwnMatchedRows() throws Exception {
        PlacementEvaluator fresh = PlacementFixtures.newEvaluator();
        List<PlacementInput> inputs = List.of(
                PlacementInput.of(employee("KEPERAWATAN").build(), dinasKesehatan(), HEALTH_POS, false),
                PlacementInput.of(employee("HUKUM").build(), dinasKesehatan(), HEALTH_POS, true),
                PlacementInput.of(employee("AKUNTANSI").spouseIn(KOTA).build(), bpkad(), FINANCE_POS, true),
                PlacementInput.of(employee("ILMU_KOMPUTER").build(), diskominfo(), IT_POS, false));
        List<PlacementResult> expected = inputs.stream().map(PlacementFixtures.sharedEvaluator()::evaluateUncached).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<PlacementResult>> futures = new java.util.ArrayList<>();
            for (int i = 0; i < 200; i++) {
                PlacementInput input = inputs.get(i % inputs.size());
                futures.add(pool.submit(() -> fresh.evaluateUncached(input)));
            }
            for (int i = 0; i < futures.size(); i++) {
                assertThat(futures.get(i).get()).isEqualTo(expected.get(i % inputs.size()));
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void tableThatMatchesNoRowFailsNamingTheDecision() {
        PlacementEvaluator withGap = PlacementFixtures.evaluatorFor(PlacementTablesFixtures.withoutInterIslandRow());
        PlacementInput interIsland = PlacementInput.of(employee("KEPERAWATAN").build(),
                unit("DINKES-ISL", Sector.HEALTH, TERNATE, 0.79, 127.38, "TERNATE"), HEALTH_POS, false);
        assertThatThrownBy(() -> withGap.evaluate(interIsland))
                .isInstanceOf(PlacementEvaluationException.class)
                .hasMessageContaining("'Penalti Penempatan' failed")
                .hasMessageContaining("no table row matched: 'Relokasi'");
    }
}
