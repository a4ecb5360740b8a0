package id.seimbang.workforce;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The raw files of one import, by kind. Any subset of the nine kinds may be given: rows refer to rows of
 * the same bundle or to data already in the database.
 */
public record CsvBundle(Map<CsvKind, byte[]> files) {

    public CsvBundle {
        files = Map.copyOf(files);
    }

    /** The {@code *.csv} files of a directory whose names are the kinds' file names. */
    public static CsvBundle fromDirectory(Path directory) {
        Map<CsvKind, byte[]> files = new EnumMap<>(CsvKind.class);
        for (CsvKind kind : CsvKind.values()) {
            Path file = directory.resolve(kind.fileName());
            if (Files.isRegularFile(file)) {
                try {
                    files.put(kind, Files.readAllBytes(file));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        return new CsvBundle(files);
    }

    /** A zip whose entries are named like the kinds' files, at any folder depth; other entries are ignored. */
    public static CsvBundle fromZip(InputStream zip) throws IOException {
        Map<CsvKind, byte[]> files = new EnumMap<>(CsvKind.class);
        try (ZipInputStream in = new ZipInputStream(zip)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                String name = entry.getName().substring(entry.getName().lastIndexOf('/') + 1);
                if (!entry.isDirectory()) {
                    CsvKind.byFileName(name).ifPresent(kind -> {
                        try {
                            files.put(kind, in.readAllBytes());
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    });
                }
            }
        }
        return new CsvBundle(files);
    }

    public boolean isEmpty() {
        return files.isEmpty();
    }
}
