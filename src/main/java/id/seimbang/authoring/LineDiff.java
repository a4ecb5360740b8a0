package id.seimbang.authoring;

import java.util.List;
import java.util.regex.Pattern;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import com.github.difflib.patch.Patch;

/** Unified line diff of two policy files (java-diff-utils' Myers diff), in the format of {@code diff -u}. */
final class LineDiff {

    private LineDiff() {
    }

    /** {@code --- a/path}, {@code +++ b/path} and {@code @@} hunks with {@code context} lines; "" when equal. */
    public static String unified(String fromName, String from, String toName, String to, int context) {
        List<String> a = lines(from);
        List<String> b = lines(to);
        Patch<String> patch = DiffUtils.diff(a, b);
        if (patch.getDeltas().isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        UnifiedDiffUtils.generateUnifiedDiff(fromName, toName, a, patch, context)
                .forEach(line -> out.append(line.startsWith("@@") ? gnuHunkHeader(line) : line).append('\n'));
        return out.toString();
    }

    private static final Pattern EMPTY_RANGE = Pattern.compile("([-+])(\\d+),0\\b");

    /**
     * An empty side of a hunk names the line before the change, as {@code diff -u} and {@code patch} expect
     * ({@code -0,0} for an added file); java-diff-utils names the line after it.
     */
    private static String gnuHunkHeader(String header) {
        return EMPTY_RANGE.matcher(header)
                .replaceAll(m -> m.group(1) + Math.max(0, Integer.parseInt(m.group(2)) - 1) + ",0");
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
