package id.seimbang.plan;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.IntUnaryOperator;
import java.util.zip.Deflater;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import id.seimbang.workforce.CellKey;

/**
 * The candidate list of a plan, for anyone who wants to check the optimum with another solver: as CSV, one line
 * per candidate with the employee, the origin cell with its need and staff, the target cell with its need and
 * staff, penalty and move cost; above the header, comment lines ({@code #}) give the plan's options
 * ({@code scope}, {@code asOf}, {@code moveCost}, {@code maxOutflowShare}, {@code maxMoves}) and the constraints they
 * make, so the file alone is enough to rebuild the problem.
 *
 * <p>Stored compactly rather than as gzipped CSV: a province has millions of candidates, and compressing their
 * CSV took longer than the optimiser. The stored form holds each cell's columns once and each employee's run of
 * candidates as (target cell, penalty) pairs; {@link #writeCsv} renders the CSV from it, and the SHA-256 recorded
 * for a plan is computed over that rendering, so it is the digest of exactly what the candidates endpoint serves.
 * Plans stored before this form held the gzipped CSV itself, which is served as it is.
 *
 * <p>Written by hand rather than with a CSV library for speed: codes are quoted when they contain a comma, quote
 * or line break, and neutralised against spreadsheet formulas like every export.
 */
final class PlanCandidateCsv {

    static final String HEADER = "nip,from_unit,from_position,from_need,from_staff,to_unit,to_position,to_need,"
            + "to_staff,penalty,move_cost\r\n";

    /** First field of the stored form; a gzipped CSV starts with the header's letters instead. */
    private static final String FORMAT_1 = "seimbang-plan-candidates/1";
    /** As /1, with the plan's options after the format: rendered as comment lines above the header. */
    private static final String FORMAT = "seimbang-plan-candidates/2";

    /**
     * The comment lines above the header: the plan's options and how they constrain the moves, so that an outside
     * checker can rebuild the whole problem from this file alone (read it with a comment marker '#', e.g.
     * {@code pandas.read_csv(f, comment='#')}).
     */
    static String options(PlanRequest request, java.time.LocalDate asOf) {
        return options(request, asOf, null);
    }

    /** With the home-cell floor share of a plan of temporary assignments ({@code temporary.home-min-share}). */
    static String options(PlanRequest request, java.time.LocalDate asOf, Double homeMinShare) {
        return options(request, asOf, homeMinShare, java.util.Map.of());
    }

    /**
     * And with the running assignments of other plans away from home cells ("unit/position" → the most on one day of
     * the period), a line only when there are some.
     */
    static String options(PlanRequest request, java.time.LocalDate asOf, Double homeMinShare,
            java.util.Map<String, Integer> runningAway) {
        return options(request, asOf, homeMinShare, runningAway, java.util.Map.of());
    }

    /**
     * And with the shift of the period's gaps by those running assignments ("unit/position" → persons, full
     * precision), a line only when there is one: the file's gap of such a cell is staff − need + shift.
     */
    static String options(PlanRequest request, java.time.LocalDate asOf, Double homeMinShare,
            java.util.Map<String, Integer> runningAway, java.util.Map<String, Double> shift) {
        return "# seimbang plan candidates: one line per allowed move\r\n"
                + "# scope=" + request.scope() + "; scopeCode=" + (request.scopeCode() == null ? "" : request.scopeCode())
                + "; asOf=" + asOf + "; moveCost=" + request.moveCostOrDefault()
                + "; maxOutflowShare=" + (request.maxOutflowShare() == null ? "none" : request.maxOutflowShare())
                + "; maxMoves=" + (request.maxMoves() == null ? "none" : request.maxMoves()) + "\r\n"
                + "# gap g = staff - need per cell; minimise sum over cells (g + in - out)^2 + sum over chosen moves "
                + "(move_cost + penalty)\r\n"
                + "# each nip moves at most once; moves out of a cell <= floor(maxOutflowShare * from_staff) when set; "
                + "total moves <= maxMoves when set\r\n"
                + "# cells without candidates add a constant; the plan's imbalanceBefore is sum g^2 over every cell in scope\r\n"
                + (request.temporary() == null ? "" : "# temporary assignments: work=" + request.temporary().work()
                        + "; from=" + request.temporary().from() + "; until=" + request.temporary().until()
                        + "; homeMinShare=" + homeMinShare + "; moves out of a cell also <= floor(from_staff - homeMinShare "
                        + "* from_need) (home-cell floor of the policy)\r\n")
                + (runningAway.isEmpty() ? "" : "# running assignments of other plans away from home cells (most on one "
                        + "day of the period): " + runningAway.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                                .collect(java.util.stream.Collectors.joining(", "))
                        + "; moves out of such a cell <= floor(from_staff - away - homeMinShare * from_need)\r\n")
                + (shift.isEmpty() ? "" : "# running assignments of other plans move the period's gaps by their hours "
                        + "(days they run / days of the period, away from the home cell, to the target): "
                        + shift.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                                .collect(java.util.stream.Collectors.joining(", "))
                        + "; g = staff - need + shift for these cells\r\n");
    }

    private PlanCandidateCsv() {
    }

    /**
     * The stored form of the candidates, gzipped.
     *
     * @param penalty     the placement penalty of candidate i
     * @param cellColumns need and staff of a cell as the plan used them
     */
    static byte[] store(List<CandidateMove> candidates, IntUnaryOperator penalty,
            Function<CellKey, CellFigures> cellColumns, double moveCost, String options) {
        Map<CellKey, Integer> index = new HashMap<>();
        List<String> columns = new ArrayList<>();
        int[] fromColumn = new int[candidates.size()];
        int[] toColumn = new int[candidates.size()];
        int runs = 0;
        CellKey lastFrom = null;
        int lastFromColumn = -1;
        for (int i = 0; i < candidates.size(); i++) {
            CandidateMove m = candidates.get(i);
            // columns numbered in order of first appearance, origin before target; an employee's run repeats its origin
            if (m.from() != lastFrom) {
                lastFrom = m.from();
                lastFromColumn = column(index, columns, cellColumns, lastFrom);
            }
            fromColumn[i] = lastFromColumn;
            toColumn[i] = column(index, columns, cellColumns, m.to());
            if (i == 0 || !sameRun(candidates.get(i - 1), m)) {
                runs++;
            }
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(new PlainBuffers.Out(fastGzip(bytes), 1 << 16))) {
            out.writeUTF(FORMAT);
            out.writeUTF(options);
            out.writeUTF(Double.toString(moveCost));
            out.writeInt(columns.size());
            for (String c : columns) {
                out.writeUTF(c);
            }
            out.writeInt(runs);
            for (int start = 0; start < candidates.size();) {
                int end = start + 1;
                while (end < candidates.size() && sameRun(candidates.get(start), candidates.get(end))) {
                    end++;
                }
                out.writeUTF(candidates.get(start).employeeId());
                out.writeInt(fromColumn[start]);
                out.writeInt(end - start);
                for (int i = start; i < end; i++) {
                    out.writeInt(toColumn[i]);
                    out.writeInt(penalty.applyAsInt(i));
                }
                start = end;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static int column(Map<CellKey, Integer> index, List<String> columns,
            Function<CellKey, CellFigures> cellColumns, CellKey cell) {
        Integer known = index.get(cell);
        if (known != null) {
            return known;
        }
        index.put(cell, columns.size());
        CellFigures figures = cellColumns.apply(cell);
        columns.add(cellColumns(cell, figures.need(), figures.staff()));
        return columns.size() - 1;
    }

    /** Need and staff of a cell. */
    record CellFigures(double need, int staff) {
    }

    private static boolean sameRun(CandidateMove a, CandidateMove b) {
        return a.employeeId().equals(b.employeeId()) && a.from().equals(b.from());
    }

    /** Writes the CSV of a stored candidate list, header first. */
    static void writeCsv(byte[] stored, OutputStream target) throws IOException {
        BufferedInputStream in = new BufferedInputStream(new GZIPInputStream(new ByteArrayInputStream(stored)), 1 << 16);
        if (!startsWithFormat(in, FORMAT) && !startsWithFormat(in, FORMAT_1)) {
            in.transferTo(target); // stored before the compact form: the CSV itself
            return;
        }
        DataInputStream data = new DataInputStream(new PlainBuffers.In(in, 1 << 16));
        String options = FORMAT.equals(data.readUTF()) ? data.readUTF() : "";
        // Bytes prepared once: a cell's columns appear in thousands of lines, a run's prefix in hundreds.
        byte[] suffix = utf8("," + data.readUTF() + "\r\n");
        byte[][] columns = new byte[data.readInt()][];
        for (int i = 0; i < columns.length; i++) {
            columns[i] = utf8(data.readUTF() + ",");
        }
        OutputStream out = new PlainBuffers.Out(target, 1 << 16);
        out.write(utf8(options));
        out.write(utf8(HEADER));
        // penalties are small integers written as decimals ("2.0"): each text is formatted once
        Map<Integer, byte[]> penalties = new HashMap<>();
        for (int runs = data.readInt(); runs > 0; runs--) {
            byte[] prefix = utf8(text(new StringBuilder(24), data.readUTF()).append(',').toString());
            byte[] from = columns[data.readInt()];
            for (int count = data.readInt(); count > 0; count--) {
                byte[] to = columns[data.readInt()];
                byte[] penalty = penalties.computeIfAbsent(data.readInt(), p -> utf8(Double.toString(p)));
                out.write(prefix);
                out.write(from);
                out.write(to);
                out.write(penalty);
                out.write(suffix);
            }
        }
        out.flush();
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static boolean startsWithFormat(BufferedInputStream in, String format) throws IOException {
        byte[] expected = new byte[2 + format.length()];
        expected[1] = (byte) format.length();
        System.arraycopy(format.getBytes(StandardCharsets.US_ASCII), 0, expected, 2, format.length());
        in.mark(expected.length);
        byte[] start = in.readNBytes(expected.length);
        in.reset();
        return Arrays.equals(start, expected);
    }

    /** The four columns of a cell ({@code unit,position,need,staff}). */
    private static String cellColumns(CellKey cell, double need, int staff) {
        StringBuilder columns = new StringBuilder(64);
        text(columns, cell.unitCode()).append(',');
        text(columns, cell.positionCode()).append(',');
        return columns.append(need).append(',').append(staff).toString();
    }

    private static StringBuilder text(StringBuilder line, String value) {
        String safe = PlanExporter.safe(value);
        if (safe.indexOf(',') < 0 && safe.indexOf('"') < 0 && safe.indexOf('\n') < 0 && safe.indexOf('\r') < 0) {
            return line.append(safe);
        }
        return line.append('"').append(safe.replace("\"", "\"\"")).append('"');
    }

    /** Speed over size: written on every plan. */
    private static GZIPOutputStream fastGzip(OutputStream bytes) throws IOException {
        return new GZIPOutputStream(bytes, 1 << 16) {
            {
                def.setLevel(Deflater.BEST_SPEED);
            }
        };
    }
}
