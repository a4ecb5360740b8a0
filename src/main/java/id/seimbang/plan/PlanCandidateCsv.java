package id.seimbang.plan;

/**
 * The CSV form of the candidate list, for anyone who wants to check the optimum with another solver.
 * Written by hand rather than with a CSV library because a province has millions of lines: codes are
 * quoted when they contain a comma or quote, and neutralised against spreadsheet formulas like every export.
 */
final class PlanCandidateCsv {

    static final String HEADER = "nip,from_unit,from_position,from_need,from_staff,to_unit,to_position,to_need,"
            + "to_staff,penalty,move_cost\r\n";

    private PlanCandidateCsv() {
    }

    static void append(StringBuilder line, PlanCandidate c) {
        text(line, c.nip()).append(',');
        text(line, c.fromUnit()).append(',');
        text(line, c.fromPosition()).append(',');
        line.append(c.fromNeed()).append(',').append(c.fromStaff()).append(',');
        text(line, c.toUnit()).append(',');
        text(line, c.toPosition()).append(',');
        line.append(c.toNeed()).append(',').append(c.toStaff()).append(',');
        line.append(c.penalty()).append(',').append(c.moveCost()).append("\r\n");
    }

    private static StringBuilder text(StringBuilder line, String value) {
        String safe = PlanExporter.safe(value);
        if (safe.indexOf(',') < 0 && safe.indexOf('"') < 0 && safe.indexOf('\n') < 0 && safe.indexOf('\r') < 0) {
            return line.append(safe);
        }
        return line.append('"').append(safe.replace("\"", "\"\"")).append('"');
    }
}
