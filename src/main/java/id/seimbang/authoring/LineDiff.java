package id.seimbang.authoring;

import java.util.ArrayList;
import java.util.List;

/**
 * Unified line diff by longest common subsequence. Policy files are at most a few thousand lines, so the
 * quadratic table is small; common leading and trailing lines are trimmed first, which leaves only the
 * edited region for the table in the usual one-change edit.
 */
public final class LineDiff {

    /** Above this many cells the table would cost too much memory; such files are reported as replaced. */
    static final long MAX_CELLS = 25_000_000L;

    private LineDiff() {
    }

    /** {@code --- a/path}, {@code +++ b/path} and {@code @@} hunks with {@code context} lines; "" when equal. */
    public static String unified(String fromName, String from, String toName, String to, int context) {
        List<String> a = lines(from);
        List<String> b = lines(to);
        List<Edit> edits = edits(a, b);
        if (edits.stream().allMatch(e -> e.op == ' ')) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        out.append("--- ").append(fromName).append('\n').append("+++ ").append(toName).append('\n');
        int i = 0;
        while (i < edits.size()) {
            if (edits.get(i).op == ' ') {
                i++;
                continue;
            }
            int start = Math.max(0, i - context);
            int end = i;
            // Extend the hunk while the next change is within 2 × context unchanged lines.
            while (end < edits.size()) {
                int next = end;
                while (next < edits.size() && edits.get(next).op == ' ') {
                    next++;
                }
                if (next == edits.size() || next - end > 2 * context) {
                    end = Math.min(edits.size(), end + context);
                    break;
                }
                end = next;
                while (end < edits.size() && edits.get(end).op != ' ') {
                    end++;
                }
            }
            hunk(out, edits.subList(start, end));
            i = end;
        }
        return out.toString();
    }

    private static void hunk(StringBuilder out, List<Edit> hunk) {
        int aStart = hunk.get(0).aLine;
        int bStart = hunk.get(0).bLine;
        int aCount = (int) hunk.stream().filter(e -> e.op != '+').count();
        int bCount = (int) hunk.stream().filter(e -> e.op != '-').count();
        out.append("@@ -").append(aCount == 0 ? aStart : aStart + 1).append(',').append(aCount)
                .append(" +").append(bCount == 0 ? bStart : bStart + 1).append(',').append(bCount).append(" @@\n");
        hunk.forEach(e -> out.append(e.op).append(e.text).append('\n'));
    }

    /** One line of the edit script; aLine/bLine are the 0-based positions before this line in each file. */
    private record Edit(char op, String text, int aLine, int bLine) {
    }

    private static List<Edit> edits(List<String> a, List<String> b) {
        int prefix = 0;
        while (prefix < a.size() && prefix < b.size() && a.get(prefix).equals(b.get(prefix))) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < a.size() - prefix && suffix < b.size() - prefix
                && a.get(a.size() - 1 - suffix).equals(b.get(b.size() - 1 - suffix))) {
            suffix++;
        }
        int n = a.size() - prefix - suffix;
        int m = b.size() - prefix - suffix;
        List<Edit> edits = new ArrayList<>();
        for (int k = 0; k < prefix; k++) {
            edits.add(new Edit(' ', a.get(k), k, k));
        }
        if ((long) (n + 1) * (m + 1) > MAX_CELLS) {
            for (int k = 0; k < n; k++) {
                edits.add(new Edit('-', a.get(prefix + k), prefix + k, prefix));
            }
            for (int k = 0; k < m; k++) {
                edits.add(new Edit('+', b.get(prefix + k), prefix + n, prefix + k));
            }
        } else {
            // lcs[i][j] = LCS length of a[prefix+i ..] and b[prefix+j ..] within the middle region
            int[][] lcs = new int[n + 1][m + 1];
            for (int i = n - 1; i >= 0; i--) {
                for (int j = m - 1; j >= 0; j--) {
                    lcs[i][j] = a.get(prefix + i).equals(b.get(prefix + j)) ? lcs[i + 1][j + 1] + 1
                            : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
                }
            }
            int i = 0;
            int j = 0;
            while (i < n || j < m) {
                if (i < n && j < m && a.get(prefix + i).equals(b.get(prefix + j))) {
                    edits.add(new Edit(' ', a.get(prefix + i), prefix + i, prefix + j));
                    i++;
                    j++;
                } else if (i < n && (j == m || lcs[i + 1][j] >= lcs[i][j + 1])) {
                    // Removals before additions, as diff(1) prints a replaced line.
                    edits.add(new Edit('-', a.get(prefix + i), prefix + i, prefix + j));
                    i++;
                } else {
                    edits.add(new Edit('+', b.get(prefix + j), prefix + i, prefix + j));
                    j++;
                }
            }
        }
        for (int k = 0; k < suffix; k++) {
            int ai = a.size() - suffix + k;
            int bi = b.size() - suffix + k;
            edits.add(new Edit(' ', a.get(ai), ai, bi));
        }
        return edits;
    }

    private static List<String> lines(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        String normalized = text.replace("\r\n", "\n").replace('\r', '\n');
        if (normalized.endsWith("\n")) {
            normalized = normalized.substring(0, normalized.length() - 1);
        }
        return List.of(normalized.split("\n", -1));
    }
}
