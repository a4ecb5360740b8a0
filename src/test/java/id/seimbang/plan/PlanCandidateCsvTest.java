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
                cell -> new PlanCandidateCsv.CellFigures(cell.equals(A) ? 2.5 : 1.0 / 3, cell.equals(B) ? 4 : 1), 1.0, "# options\r\n");

        assertThat(csv(stored)).isEqualTo("# options\r\n" + PlanCandidateCsv.HEADER
                + "198001012000011001,DINKES,PERAWAT,2.5,1,\"RSUD,KOTA\",PERAWAT,0.3333333333333333,4,2.0,1.0\r\n"
                + "198001012000011001,DINKES,PERAWAT,2.5,1,'=PUSKESMAS,PERAWAT,0.3333333333333333,1,0.0,1.0\r\n"
                + "199002022000012002,\"RSUD,KOTA\",PERAWAT,0.3333333333333333,4,DINKES,PERAWAT,2.5,1,1.0,1.0\r\n"
                + "198001012000011001,DINKES,PERAWAT,2.5,1,'=PUSKESMAS,PERAWAT,0.3333333333333333,1,0.0,1.0\r\n");
    }

    @Test
    void anEmptyListIsTheHeaderOnly() throws Exception {
        assertThat(csv(PlanCandidateCsv.store(List.of(), i -> 0, cell -> null, 1.5, ""))).isEqualTo(PlanCandidateCsv.HEADER);
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

    @Test
    void theOptionsCommentNamesEveryOptionOfThePlan() {
        String options = PlanCandidateCsv.options(new PlanRequest(id.seimbang.workforce.Scope.INSTANSI, "KOTA-1771",
                java.time.LocalDate.of(2026, 11, 26), 1.5, 0.2, 40), java.time.LocalDate.of(2026, 11, 26));
        assertThat(options.lines()).allMatch(line -> line.startsWith("# "));
        assertThat(options).contains("scope=INSTANSI; scopeCode=KOTA-1771; asOf=2026-11-26; moveCost=1.5; "
                + "maxOutflowShare=0.2; maxMoves=40").contains("floor(maxOutflowShare * from_staff)");
        assertThat(PlanCandidateCsv.options(new PlanRequest(id.seimbang.workforce.Scope.PROVINCE, null, null, null,
                null, null), java.time.LocalDate.of(2026, 11, 26)))
                .contains("scope=PROVINCE; scopeCode=; asOf=2026-11-26; moveCost=1.0; maxOutflowShare=none; maxMoves=none");
    }

    @Test
    void listsInTheFirstCompactFormRenderWithoutComment() throws Exception {
        ByteArrayOutputStream gzip = new ByteArrayOutputStream();
        try (java.io.DataOutputStream out = new java.io.DataOutputStream(new GZIPOutputStream(gzip))) {
            out.writeUTF("seimbang-plan-candidates/1");
            out.writeUTF("1.0");
            out.writeInt(0);
            out.writeInt(0);
        }
        assertThat(csv(gzip.toByteArray())).isEqualTo(PlanCandidateCsv.HEADER);
    }

    private static String csv(byte[] stored) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PlanCandidateCsv.writeCsv(stored, out);
        return out.toString(StandardCharsets.UTF_8);
    }
}
