package id.seimbang.placement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import id.seimbang.workforce.Sector;

/**
 * Evaluating one decision at a time, each memoised on what it reads, must give exactly what the runtime gives
 * for the whole model: the same outcome and the same matched rows in the same order, for any tuple.
 */
class DecisionByDecisionTest {

    private static final List<String> FIELDS = List.of("KEDOKTERAN", "KEPERAWATAN", "PENDIDIKAN_GURU_SD", "AKUNTANSI",
            "TEKNIK_INFORMATIKA", "STATISTIKA", "TEKNIK_SIPIL", "HUKUM", "ILMU_ADMINISTRASI_NEGARA", "LAINNYA",
            "ASTRONOMI", "");
    private static final List<String> COMPETENCIES = List.of("STR_PERAWAT", "STR_DOKTER", "STR_BIDAN",
            "SERTIFIKAT_PENDIDIK", "PENGELOLAAN_KEUANGAN_DAERAH", "PENGADAAN_BARANG_JASA", "PENGEMBANGAN_APLIKASI",
            "JARINGAN_KOMPUTER", "ANALISIS_DATA", "KEARSIPAN", "AHLI_KONSTRUKSI", "ADMINISTRASI_KEPENDUDUKAN",
            "MENJAHIT");
    private static final List<String> JOB_FAMILIES = List.of("HEALTH", "EDUCATION", "FINANCE", "IT", "POPULATION",
            "ENGINEERING", "ADMINISTRATION");
    private static final List<String> SKP = List.of("SANGAT_BAIK", "BAIK", "BUTUH_PERBAIKAN", "KURANG",
            "SANGAT_KURANG", PlacementInput.NO_SKP);

    @Test
    void equalsTheWholeModelOnRandomTuples() {
        PlacementEvaluator evaluator = PlacementFixtures.newEvaluator();
        Random random = new Random(7);
        List<PlacementInput> tuples = new ArrayList<>();
        for (int i = 0; i < 3_000; i++) {
            tuples.add(randomTuple(random));
        }
        for (PlacementInput tuple : tuples) {
            assertThat(evaluator.evaluate(tuple)).as("%s", tuple).isEqualTo(evaluator.evaluateUncached(tuple));
        }
        // the point of it: far fewer single-decision evaluations than decisions × distinct tuples
        int decisions = 10;
        assertThat((long) evaluator.decisionsEvaluated()).isLessThan(evaluator.cachedTuples() * decisions / 4);
    }

    private static PlacementInput randomTuple(Random random) {
        List<String> competencies = new ArrayList<>();
        for (int k = random.nextInt(4); k > 0; k--) {
            competencies.add(COMPETENCIES.get(random.nextInt(COMPETENCIES.size())));
        }
        Sector[] sectors = Sector.values();
        DistanceBand[] bands = DistanceBand.values();
        return new PlacementInput(FIELDS.get(random.nextInt(FIELDS.size())), competencies,
                sectors[random.nextInt(sectors.length)], JOB_FAMILIES.get(random.nextInt(JOB_FAMILIES.size())),
                bands[random.nextInt(bands.length)], random.nextBoolean(), random.nextInt(5) == 0,
                random.nextInt(8) == 0, SKP.get(random.nextInt(SKP.size())),
                random.nextInt(10) == 0 ? null : 1 + random.nextInt(9), random.nextInt(6) == 0);
    }
}
