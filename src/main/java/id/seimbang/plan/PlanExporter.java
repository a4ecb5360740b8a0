package id.seimbang.plan;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import id.seimbang.system.EdgeRounding;
import id.seimbang.system.SpreadsheetText;

/**
 * Writes a completed plan as CSV (the moves) or XLSX (a summary sheet and a moves sheet). Text cells
 * that a spreadsheet would run as a formula are neutralised. Gains, penalties and move costs are rounded to four
 * decimals ({@link EdgeRounding}); the summary's objective values and Σg² keep full precision for checkers.
 */
final class PlanExporter {

    static final List<String> MOVE_COLUMNS = List.of("nip", "nama", "unit_asal", "jabatan_asal", "unit_tujuan",
            "jabatan_tujuan", "gain", "penalti", "biaya_pindah", "kesesuaian", "alasan");
    /** After the move columns for a plan of temporary assignments: the kind of work and the period of each. */
    static final List<String> TEMPORARY_COLUMNS = List.of("penugasan_sementara", "mulai", "sampai");

    private PlanExporter() {
    }

    static void csv(PlanView plan, OutputStream out) throws IOException {
        csv(plan, java.util.Map.of(), out);
    }

    /** {@code ends}: a temporary assignment's last day as it stands, by NIP, when it was ended early or extended. */
    static void csv(PlanView plan, java.util.Map<String, java.time.LocalDate> ends, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        PlanResult.Temporary temporary = plan.result().temporary();
        try (CSVPrinter csv = new CSVPrinter(writer, CSVFormat.DEFAULT.builder()
                .setHeader(columns(temporary).toArray(String[]::new)).get())) {
            for (PlannedMove m : plan.result().moves()) {
                csv.printRecord(cells(m, temporary, ends));
            }
        }
    }

    static void xlsx(PlanView plan, OutputStream out) throws IOException {
        xlsx(plan, java.util.Map.of(), out);
    }

    static void xlsx(PlanView plan, java.util.Map<String, java.time.LocalDate> ends, OutputStream out) throws IOException {
        try (SXSSFWorkbook book = new SXSSFWorkbook(200)) {
            PlanResult r = plan.result();
            Sheet summary = book.createSheet("Ringkasan");
            Object[][] rows = {
                    { "Rencana / Plan", plan.id() },
                    { "Versi kebijakan / Policy version", r.policyVersion() },
                    { "Tanggal acuan / As of", String.valueOf(r.asOf()) },
                    { "Cakupan / Scope", plan.request().scope() + " " + nullToEmpty(plan.request().scopeCode()) },
                    { "Pegawai dalam cakupan / Employees in scope", r.employeesInScope() },
                    { "Pegawai memenuhi syarat / Eligible employees", r.eligibleEmployees() },
                    { "Kandidat perpindahan / Candidate moves", r.candidateCount() },
                    { "Jumlah perpindahan / Moves", r.moves().size() },
                    { "Nilai objektif / Objective", r.objective() },
                    { "Ketimpangan sebelum / Imbalance before", r.imbalanceBefore() },
                    { "Ketimpangan sesudah / Imbalance after", r.imbalanceAfter() },
                    { "Objektif greedy / Greedy objective", r.greedyObjective() },
                    { "Bukti optimalitas / Optimality evidence", String.valueOf(r.evidence()) },
                    { "Penugasan sementara / Temporary assignments", r.temporary() == null ? "-"
                            : r.temporary().work() + " " + r.temporary().from() + " s.d./to " + r.temporary().until()
                                    + "; homeMinShare " + r.temporary().homeMinShare() },
                    { "Pergi oleh rencana lain (paling banyak sehari) / Away on other plans (most on one day)",
                            r.temporary() == null ? "-" : r.temporary().runningAway().isEmpty() ? "0"
                                    : r.temporary().runningAway().toString() },
            };
            SpreadsheetText.summary(summary, rows);
            // temporary assignments are a sheet of their own, apart from transfers
            Sheet moves = book.createSheet(r.temporary() == null ? "Perpindahan" : "Penugasan sementara");
            Row header = moves.createRow(0);
            List<String> columns = columns(r.temporary());
            SpreadsheetText.fill(header, List.copyOf(columns));
            int rowIndex = 1;
            for (PlannedMove m : r.moves()) {
                Row row = moves.createRow(rowIndex++);
                List<Object> values = cells(m, r.temporary(), ends);
                SpreadsheetText.fill(row, values);
            }
            book.write(out);
            book.dispose();
        }
    }

    private static List<String> columns(PlanResult.Temporary temporary) {
        if (temporary == null) {
            return MOVE_COLUMNS;
        }
        List<String> columns = new java.util.ArrayList<>(MOVE_COLUMNS);
        columns.addAll(TEMPORARY_COLUMNS);
        return columns;
    }

    private static List<Object> cells(PlannedMove m, PlanResult.Temporary temporary,
            java.util.Map<String, java.time.LocalDate> ends) {
        List<Object> cells = new java.util.ArrayList<>(cells(m));
        if (temporary != null) {
            cells.add(temporary.work().name());
            cells.add(temporary.from().toString());
            cells.add(ends.getOrDefault(m.nip(), temporary.until()).toString());
        }
        return cells;
    }

    private static List<Object> cells(PlannedMove m) {
        return List.of(safe(m.nip()), safe(m.name()), safe(m.fromUnit()), safe(m.fromPosition()), safe(m.toUnit()),
                safe(m.toPosition()), EdgeRounding.round(m.gain()), EdgeRounding.round(m.penalty()),
                EdgeRounding.round(m.moveCost()), safe(nullToEmpty(m.fitLevel())),
                safe(String.join("; ", m.reasons())));
    }

    /** CSV/formula injection: see {@link SpreadsheetText#safe}. */
    static String safe(String text) {
        return SpreadsheetText.safe(text);
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
