package id.seimbang.balance;

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

import id.seimbang.system.SpreadsheetText;

/** The routine evaluation as CSV (the rows) or XLSX (a summary sheet and the rows), like a plan's export. */
final class RoutineEvaluationExport {

    static final List<String> COLUMNS = List.of("unit", "nama_unit", "jabatan", "nama_jabatan", "pegawai_awal", "pegawai_akhir",
            "beban_awal", "beban_akhir", "selisih_awal", "selisih_akhir", "kelas_awal", "kelas_akhir",
            "kelas_berubah", "selisih_bertambah");

    private RoutineEvaluationExport() {
    }

    static void csv(RoutineEvaluation report, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        try (CSVPrinter csv = new CSVPrinter(writer, CSVFormat.DEFAULT.builder()
                .setHeader(COLUMNS.toArray(String[]::new)).get())) {
            for (RoutineEvaluation.Row r : report.rows()) {
                csv.printRecord(values(r));
            }
        }
    }

    static void xlsx(RoutineEvaluation report, OutputStream out) throws IOException {
        try (SXSSFWorkbook book = new SXSSFWorkbook(200)) {
            Sheet summary = book.createSheet("Ringkasan");
            Object[][] lines = {
                    { "Periode awal / From", String.valueOf(report.from()) },
                    { "Periode akhir / To", String.valueOf(report.to()) },
                    { "Ambang pertambahan selisih / Gap growth threshold", report.gapGrowth() },
                    { "Pegawai awal menurut penempatan per / Staff at the start as placed on",
                            String.valueOf(report.staffAsOfFrom()) },
                    { "Pegawai akhir menurut penempatan per / Staff at the end as placed on",
                            String.valueOf(report.staffAsOfTo()) },
                    { "Riwayat penempatan sejak / Placement history since", report.staffRecordedFrom() == null
                            ? "-" : String.valueOf(report.staffRecordedFrom()) },
                    { "Catatan / Note", "Pegawai pada tanggal sebelum riwayat penempatan adalah pegawai hari pertama"
                            + " riwayat; sesudah hari ini, pegawai hari ini / Staff on a date before the placement"
                            + " history is that of its first day; after today, today's" },
                    { "Sel / Cells", report.rows().size() },
            };
            SpreadsheetText.summary(summary, lines);
            Sheet cells = book.createSheet("Sel");
            Row header = cells.createRow(0);
            SpreadsheetText.fill(header, List.copyOf(COLUMNS));
            int index = 1;
            for (RoutineEvaluation.Row r : report.rows()) {
                Row row = cells.createRow(index++);
                List<Object> values = values(r);
                SpreadsheetText.fill(row, values);
            }
            book.write(out);
            book.dispose();
        }
    }

    private static List<Object> values(RoutineEvaluation.Row r) {
        return List.of(SpreadsheetText.safe(r.unitCode()), SpreadsheetText.safe(r.unitName()),
                SpreadsheetText.safe(r.positionCode()), SpreadsheetText.safe(r.positionName()), r.staffFrom(), r.staffTo(),
                r.workloadFrom(), r.workloadTo(), r.gapFrom(), r.gapTo(), r.gradeFrom().name(), r.gradeTo().name(),
                String.valueOf(r.gradeChanged()), r.gapGrown());
    }
}
