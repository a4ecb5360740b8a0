package id.seimbang.authoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import id.seimbang.policy.PolicyFile;

/** The file-by-file difference between two sets of policy files. */
public record PolicyDiff(String from, String to, List<FileDiff> files) {

    public enum Change { ADDED, REMOVED, MODIFIED }

    /** One changed file with its unified diff. */
    public record FileDiff(String path, Change change, String unified) {
    }

    public static PolicyDiff of(String from, List<PolicyFile> fromFiles, String to, List<PolicyFile> toFiles) {
        Map<String, String> a = byPath(fromFiles);
        Map<String, String> b = byPath(toFiles);
        TreeSet<String> paths = new TreeSet<>(a.keySet());
        paths.addAll(b.keySet());
        List<FileDiff> diffs = new ArrayList<>();
        for (String path : paths) {
            String before = a.get(path);
            String after = b.get(path);
            String unified = LineDiff.unified(before == null ? "/dev/null" : "a/" + path, before,
                    after == null ? "/dev/null" : "b/" + path, after, 3);
            if (before == null) {
                diffs.add(new FileDiff(path, Change.ADDED, unified));
            } else if (after == null) {
                diffs.add(new FileDiff(path, Change.REMOVED, unified));
            } else if (!unified.isEmpty()) {
                diffs.add(new FileDiff(path, Change.MODIFIED, unified));
            }
        }
        return new PolicyDiff(from, to, diffs);
    }

    private static Map<String, String> byPath(List<PolicyFile> files) {
        return files.stream().collect(Collectors.toMap(PolicyFile::path, PolicyFile::normalizedContent, (x, y) -> y,
                TreeMap::new));
    }

    /** The whole diff as one text, as {@code git diff} would print it. */
    public String text() {
        return files.stream().map(FileDiff::unified).collect(Collectors.joining());
    }
}
