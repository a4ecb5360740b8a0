package id.seimbang.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;

import id.seimbang.workforce.CellKey;

class PlanCandidateCsvTest {

    private static final CellKey A = new CellKey("DINKES", "PERAWAT");
    private static final CellKey B = new CellKey("RSUD,KOTA", "PERAWAT");
    private static final CellKey C = new CellKey("=PUSKESMAS", "PERAWAT");

    @Test
    void storedListRendersOneLinePerCandidateInOrder() throws Exception {
        List<CandidateMove> moves = List.of(
                new CandidateMove("198001012000011001", A, B, 3),
                new CandidateMove("198001012000011001", A, C, 1),
                new CandidateMove("199002022000012002", B, A, 2),
                new CandidateMove("198001012000011001", A, C, 1));
        int[] penalties = {2, 0, 1, 0};
        byte[] stored = PlanCandidateCsv.store(moves, i -> penalties[i],
                cell -> new PlanCandidateCsv.CellFigures(cell.equals(A) ? 2.5 : 1.0 / 3, cell.equals(B) ? 4 : 1), 1.0);

        assertThat(csv(stored)).isEqualTo(PlanCandidateCsv.HEADER
                + "198001012000011001,DINKES,PERAWAT,2.5,1,\"RSUD,KOTA\",PERAWAT,0.3333333333333333,4,2.0,1.0\r\n"
                + "198001012000011001,DINKES,PERAWAT,2.5,1,'=PUSKESMAS,PERAWAT,0.3333333333333333,1,0.0,1.0\r\n"
                + "199002022000012002,\"RSUD,KOTA\",PERAWAT,0.3333333333333333,4,DINKES,PERAWAT,2.5,1,1.0,1.0\r\n"
                + "198001012000011001,DINKES,PERAWAT,2.5,1,'=PUSKESMAS,PERAWAT,0.3333333333333333,1,0.0,1.0\r\n");
    }

    @Test
    void anEmptyListIsTheHeaderOnly() throws Exception {
        assertThat(csv(PlanCandidateCsv.store(List.of(), i -> 0, cell -> null, 1.5))).isEqualTo(PlanCandidateCsv.HEADER);
    }

    @Test
    void listsStoredAsGzippedCsvBeforeTheCompactFormAreServedAsTheyAre() throws Exception {
        String old = PlanCandidateCsv.HEADER + "198001012000011001,DINKES,PERAWAT,2.5,1,X,PERAWAT,1.0,4,2.0,1.0\r\n";
        ByteArrayOutputStream gzip = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(gzip)) {
            out.write(old.getBytes(StandardCharsets.UTF_8));
        }
        assertThat(csv(gzip.toByteArray())).isEqualTo(old);
    }

    private static String csv(byte[] stored) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PlanCandidateCsv.writeCsv(stored, out);
        return out.toString(StandardCharsets.UTF_8);
    }
}
