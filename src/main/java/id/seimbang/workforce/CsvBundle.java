package id.seimbang.workforce;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;


import id.seimbang.system.DomainException;
import id.seimbang.system.Bilingual;
import id.seimbang.system.FieldProblem;

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

    /**
     * Uncompressed size a zip bundle may expand to (all CSV entries together): far above a province's data,
     * far below what a zip bomb (a few MB expanding to gigabytes) would take from memory.
     */
    public static final long MAX_UNZIPPED_BYTES = 512L * 1024 * 1024;

    /** A zip whose entries are named like the kinds' files, at any folder depth; other entries are ignored. */
    public static CsvBundle fromZip(InputStream zip) throws IOException {
        return fromZip(zip, MAX_UNZIPPED_BYTES);
    }

    /** @throws DomainException 413 when the CSV entries expand beyond {@code maxBytes} */
    static CsvBundle fromZip(InputStream zip, long maxBytes) throws IOException {
        Map<CsvKind, byte[]> files = new EnumMap<>(CsvKind.class);
        long total = 0;
        byte[] buffer = new byte[64 * 1024];
        try (ZipInputStream in = new ZipInputStream(zip)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                String name = entry.getName().substring(entry.getName().lastIndexOf('/') + 1);
                Optional<CsvKind> kind = entry.isDirectory() ? Optional.empty() : CsvKind.byFileName(name);
                if (kind.isEmpty()) {
                    continue;
                }
                // Counted while reading: the sizes a zip declares for its entries are the attacker's to choose.
                ByteArrayOutputStream content = new ByteArrayOutputStream();
                for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                    total += n;
                    if (total > maxBytes) {
                        throw new DomainException(DomainException.Kind.TOO_LARGE,
                                Bilingual.of("Berkas terlalu besar", "Upload too large"),
                                List.of(new FieldProblem("bundle", "Isi zip melebihi " + maxBytes + " byte setelah diekstrak",
                                        "The zip expands beyond " + maxBytes + " bytes")));
                    }
                    content.write(buffer, 0, n);
                }
                files.put(kind.get(), content.toByteArray());
            }
        }
        return new CsvBundle(files);
    }

    public boolean isEmpty() {
        return files.isEmpty();
    }
}
