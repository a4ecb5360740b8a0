package id.seimbang.workforce;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.slf4j.LoggerFactory;

import id.seimbang.system.Bilingual;
import id.seimbang.system.DomainException;
import id.seimbang.system.FieldProblem;

/**
 * The raw files of one import, by kind. Any subset of the nine kinds may be given: rows refer to rows of
 * the same bundle or to data already in the database. Each file is read as a stream when it is parsed; a zip's
 * entries are first written to a temporary folder (counted while written), so an import holds parsed rows in
 * memory but never the bundle's bytes. Close the bundle to delete that folder.
 */
public final class CsvBundle implements AutoCloseable {

    /** Opens one file of the bundle for reading; each call starts at its beginning. */
    @FunctionalInterface
    public interface Source {
        InputStream open() throws IOException;
    }

    /**
     * Uncompressed size a zip bundle may expand to (all CSV entries together): far above a province's data,
     * far below what a zip bomb (a few MB expanding to gigabytes) would take from the disk.
     */
    public static final long MAX_UNZIPPED_BYTES = 512L * 1024 * 1024;

    private final Map<CsvKind, Source> files;
    private final Path spool;

    private CsvBundle(Map<CsvKind, Source> files, Path spool) {
        this.files = Map.copyOf(files);
        this.spool = spool;
    }

    /** Files already in memory (uploads of single CSV files are small; tests). */
    public static CsvBundle ofBytes(Map<CsvKind, byte[]> files) {
        Map<CsvKind, Source> sources = new EnumMap<>(CsvKind.class);
        files.forEach((kind, bytes) -> sources.put(kind, () -> new ByteArrayInputStream(bytes)));
        return new CsvBundle(sources, null);
    }

    /** Files read from wherever the caller keeps them (e.g. multipart parts, which the container spools to disk). */
    public static CsvBundle of(Map<CsvKind, Source> files) {
        return new CsvBundle(files, null);
    }

    /** The {@code *.csv} files of a directory whose names are the kinds' file names. */
    public static CsvBundle fromDirectory(Path directory) {
        Map<CsvKind, Source> files = new EnumMap<>(CsvKind.class);
        for (CsvKind kind : CsvKind.values()) {
            Path file = directory.resolve(kind.fileName());
            if (Files.isRegularFile(file)) {
                files.put(kind, () -> Files.newInputStream(file));
            }
        }
        return new CsvBundle(files, null);
    }

    /** A zip whose entries are named like the kinds' files, at any folder depth; other entries are ignored. */
    public static CsvBundle fromZip(InputStream zip) throws IOException {
        return fromZip(zip, MAX_UNZIPPED_BYTES);
    }

    /** @throws DomainException 413 when the CSV entries expand beyond {@code maxBytes} */
    static CsvBundle fromZip(InputStream zip, long maxBytes) throws IOException {
        Path spool = Files.createTempDirectory("seimbang-import-");
        try {
            Map<CsvKind, Source> files = new EnumMap<>(CsvKind.class);
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
                    Path file = spool.resolve(kind.get().fileName());
                    try (OutputStream out = Files.newOutputStream(file)) {
                        for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                            total += n;
                            if (total > maxBytes) {
                                throw tooLarge(maxBytes);
                            }
                            out.write(buffer, 0, n);
                        }
                    }
                    files.put(kind.get(), () -> Files.newInputStream(file));
                }
            }
            return new CsvBundle(files, spool);
        } catch (IOException | RuntimeException e) {
            delete(spool);
            throw e;
        }
    }

    private static DomainException tooLarge(long maxBytes) {
        return new DomainException(DomainException.Kind.TOO_LARGE, Bilingual.of("Berkas terlalu besar", "Upload too large"),
                List.of(new FieldProblem("bundle", "Isi zip melebihi " + maxBytes + " byte setelah diekstrak",
                        "The zip expands beyond " + maxBytes + " bytes")));
    }

    public Map<CsvKind, Source> files() {
        return files;
    }

    public boolean isEmpty() {
        return files.isEmpty();
    }

    /** The temporary folder holding a zip's entries, if this bundle came from a zip and is not closed yet. */
    Optional<Path> spool() {
        return Optional.ofNullable(spool).filter(Files::isDirectory);
    }

    /** Deletes the entries a zip was unpacked into; a bundle of other files has nothing to delete. */
    @Override
    public void close() {
        if (spool != null) {
            delete(spool);
        }
    }

    private static void delete(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException | UncheckedIOException e) {
            // The import's outcome stands; a left-over temporary folder is only disk space, so say where it is.
            LoggerFactory.getLogger(CsvBundle.class).warn("Cannot delete the import's temporary folder {}", folder, e);
        }
    }
}
