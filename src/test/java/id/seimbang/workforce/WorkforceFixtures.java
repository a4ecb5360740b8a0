package id.seimbang.workforce;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import id.seimbang.tools.ProvinceGenerator;

/** Generated provinces and small edits of their CSV files, for importer and validator tests. */
final class WorkforceFixtures {

    static final LocalDate AS_OF = LocalDate.of(2026, 1, 1);

    private WorkforceFixtures() {
    }

    static Path province(Path directory, int employees, int units, long seed) {
        try {
            new ProvinceGenerator(new ProvinceGenerator.Options(employees, units, seed, AS_OF)).writeTo(directory);
            return directory;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Workforce empty() {
        return new Workforce(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    }

    /** An editable copy of a bundle's files as lines (index 0 is the header, so index i is line i + 1). */
    static Map<CsvKind, List<String>> lines(CsvBundle bundle) {
        Map<CsvKind, List<String>> lines = new EnumMap<>(CsvKind.class);
        bundle.files().forEach((kind, source) -> lines.put(kind,
                new ArrayList<>(new String(readAll(source), StandardCharsets.UTF_8).lines().toList())));
        return lines;
    }

    static byte[] readAll(CsvBundle.Source source) {
        try (java.io.InputStream in = source.open()) {
            return in.readAllBytes();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static CsvBundle bundle(Map<CsvKind, List<String>> lines) {
        Map<CsvKind, byte[]> files = new EnumMap<>(CsvKind.class);
        lines.forEach((kind, l) -> files.put(kind, (String.join("\n", l) + "\n").getBytes(StandardCharsets.UTF_8)));
        return CsvBundle.ofBytes(files);
    }

    /** Replaces one column of one line (1-based, header = line 1) of a simple CSV without quoted commas. */
    static void set(Map<CsvKind, List<String>> lines, CsvKind kind, int line, String column, String value) {
        List<String> file = lines.get(kind);
        int index = kind.columns().indexOf(column);
        List<String> cells = parse(file.get(line - 1));
        cells.set(index, value);
        file.set(line - 1, String.join(",", cells.stream().map(c -> c.contains(",") ? "\"" + c + "\"" : c).toList()));
    }

    static String get(Map<CsvKind, List<String>> lines, CsvKind kind, int line, String column) {
        return parse(lines.get(kind).get(line - 1)).get(kind.columns().indexOf(column));
    }

    private static List<String> parse(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (char c : line.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        return cells;
    }

    static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
