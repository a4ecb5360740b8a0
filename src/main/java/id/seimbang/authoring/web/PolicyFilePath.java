package id.seimbang.authoring.web;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import id.seimbang.system.DomainException;
import id.seimbang.system.Bilingual;

/**
 * A checked path of one policy file, relative to the policy root: it lies in {@code rules/} or
 * {@code decision-tables/}, has no {@code ..}, is not absolute and names a .dmn, .drl or .properties file.
 * Checking the text before touching the disk keeps callers from reading or writing anywhere else.
 */
record PolicyFilePath(String value) {

    public static final List<String> FOLDERS = List.of("rules", "decision-tables");

    /** Plain names only: letters, digits, dot, dash, underscore in each segment. */
    private static final Pattern SEGMENT = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9._-]*");

    public enum Kind { DMN, DRL, PROPERTIES }

    public static PolicyFilePath parse(String field, String path) {
        if (path == null || path.isBlank()) {
            throw refuse(field, "Path wajib diisi", "Path is required");
        }
        if (path.startsWith("/") || path.contains("\\") || path.contains(":")) {
            throw refuse(field, "Path harus relatif terhadap folder kebijakan",
                    "Path must be relative to the policy folder");
        }
        String[] segments = path.split("/", -1);
        for (String segment : segments) {
            if (segment.equals("..") || segment.equals(".")) {
                throw refuse(field, "Path tidak boleh memuat '.' atau '..'", "Path must not contain '.' or '..'");
            }
            if (!SEGMENT.matcher(segment).matches()) {
                throw refuse(field, "Nama folder atau berkas tidak valid: '" + segment + "'",
                        "Invalid folder or file name: '" + segment + "'");
            }
        }
        if (segments.length < 2 || !FOLDERS.contains(segments[0])) {
            throw refuse(field, "Berkas harus berada di rules/ atau decision-tables/",
                    "File must be under rules/ or decision-tables/");
        }
        PolicyFilePath checked = new PolicyFilePath(path);
        if (checked.kind() == null) {
            throw refuse(field, "Hanya berkas .dmn, .drl dan .properties yang dapat disunting",
                    "Only .dmn, .drl and .properties files can be edited");
        }
        return checked;
    }

    /** The kind of file by its extension, or null for any other file. */
    public Kind kind() {
        String lower = value.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".dmn")) {
            return Kind.DMN;
        }
        if (lower.endsWith(".drl")) {
            return Kind.DRL;
        }
        return lower.endsWith(".properties") ? Kind.PROPERTIES : null;
    }

    private static DomainException refuse(String field, String id, String en) {
        return DomainException.badRequest(field, Bilingual.of(id, en));
    }
}
