package id.seimbang.system;

/** Text written to CSV and XLSX exports (plans, the routine evaluation), made safe for spreadsheets. */
public final class SpreadsheetText {

    private SpreadsheetText() {
    }

    /**
     * CSV/formula injection: a cell whose first visible character is =, +, -, @ or | (or their full-width forms
     * ＝ ＋ － ＠ ｜, which some spreadsheets read as the ASCII ones), possibly after spaces or non-breaking spaces
     * that a spreadsheet skips, or that starts with a tab or CR, would be run by a spreadsheet; it is prefixed with
     * an apostrophe, which spreadsheets show as plain text.
     */
    public static String safe(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        char first = text.charAt(0);
        if (first == '\t' || first == '\r') {
            return "'" + text;
        }
        int i = 0;
        while (i < text.length() && isBlank(text.charAt(i))) {
            i++;
        }
        return i < text.length() && FORMULA_STARTS.indexOf(text.charAt(i)) >= 0 ? "'" + text : text;
    }

    /** ASCII and full-width (U+FF1D, U+FF0B, U+FF0D, U+FF20, U+FF5C) characters that start a formula or a DDE call. */
    private static final String FORMULA_STARTS = "=+-@|\uFF1D\uFF0B\uFF0D\uFF20\uFF5C";

    /** Space, no-break space (U+00A0), narrow no-break space (U+202F), ideographic space (U+3000), other spaces. */
    private static boolean isBlank(char c) {
        return c == ' ' || c == '\u00A0' || c == '\u202F' || c == '\u3000' || Character.isSpaceChar(c);
    }

    /** One row of an XLSX sheet: numbers as numbers, everything else as its text (already made safe by the caller). */
    public static void fill(org.apache.poi.ss.usermodel.Row row, java.util.List<Object> values) {
        for (int c = 0; c < values.size(); c++) {
            if (values.get(c) instanceof Number n) {
                row.createCell(c).setCellValue(n.doubleValue());
            } else {
                row.createCell(c).setCellValue(String.valueOf(values.get(c)));
            }
        }
    }

    /** A summary sheet: one row per {label, value}; a number stays a number, any other value is made safe text. */
    public static void summary(org.apache.poi.ss.usermodel.Sheet sheet, Object[][] rows) {
        for (int i = 0; i < rows.length; i++) {
            Object value = rows[i][1];
            fill(sheet.createRow(i), java.util.List.of(String.valueOf(rows[i][0]),
                    value instanceof Number ? value : safe(String.valueOf(value))));
        }
    }
}
