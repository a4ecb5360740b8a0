package id.seimbang.plan;

import java.io.IOException;
import java.io.Writer;

/**
 * The CSV form of the candidate list, for anyone who wants to check the optimum with another solver: per line the
 * employee, the origin cell with its need and staff, the target cell with its need and staff, penalty and move
 * cost. Written by hand rather than with a CSV library because a province has millions of lines: codes are
 * quoted when they contain a comma or quote, and neutralised against spreadsheet formulas like every export.
 */
final class PlanCandidateCsv {

    static final String HEADER = "nip,from_unit,from_position,from_need,from_staff,to_unit,to_position,to_need,"
            + "to_staff,penalty,move_cost\r\n";

    private PlanCandidateCsv() {
    }

    /**
     * The four columns of a cell ({@code unit,position,need,staff}). A cell appears in thousands of lines, so its
     * columns are formatted once.
     */
    static String cellColumns(String unit, String position, double need, int staff) {
        StringBuilder columns = new StringBuilder(64);
        text(columns, unit).append(',');
        text(columns, position).append(',');
        return columns.append(need).append(',').append(staff).toString();
    }

    /** One line, from the preformatted columns of its cells. */
    static void writeLine(Writer out, String nip, String fromColumns, String toColumns, double penalty,
            String moveCost) throws IOException {
        out.write(text(new StringBuilder(24), nip).toString());
        out.write(',');
        out.write(fromColumns);
        out.write(',');
        out.write(toColumns);
        out.write(',');
        out.write(Double.toString(penalty));
        out.write(',');
        out.write(moveCost);
        out.write("\r\n");
    }

    private static StringBuilder text(StringBuilder line, String value) {
        String safe = PlanExporter.safe(value);
        if (safe.indexOf(',') < 0 && safe.indexOf('"') < 0 && safe.indexOf('\n') < 0 && safe.indexOf('\r') < 0) {
            return line.append(safe);
        }
        return line.append('"').append(safe.replace("\"", "\"\"")).append('"');
    }
}
