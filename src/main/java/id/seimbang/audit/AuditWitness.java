package id.seimbang.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The audit chain's witness: a text file outside the database to which the chain head (sequence, hash, time of
 * the record) is appended and fsynced every {@code everyRecords} records, every {@code interval} when records were
 * appended since the last line, and at shutdown. Appends never wait for it beyond that occasional fsync.
 *
 * <p>Why: the database refuses UPDATE and DELETE on the trail, but whoever can lift that guard can also delete the
 * newest records, and the chain that remains still verifies. The witness remembers how far the chain reached and
 * what its hash was there; {@link AuditTrail#verify()} then reports {@code TRUNCATED} when the database's head is
 * behind the witness and {@code FORKED} when a witnessed sequence holds another hash. A line is written only after
 * the records it names were committed to disk (H2 {@code WRITE_DELAY=0}, PostgreSQL synchronous commit), so a crash
 * never leaves the witness ahead of the database.
 *
 * <p>Format, one line per head: {@code sequence SP hash SP recorded-at SP written-at LF}, times in ISO-8601 UTC;
 * lines starting with {@code #} are comments. The file only grows (about 100 bytes a line), and an operator may
 * copy it anywhere at any time (README, "Audit witness"): a copy is valid up to its last complete line.
 */
final class AuditWitness {

    private static final Logger log = LoggerFactory.getLogger(AuditWitness.class);

    static final String HEADER = "# Seimbang audit witness: sequence hash recorded-at written-at (UTC)\n";

    /** One witnessed head. */
    record Line(long sequence, String hash, Instant recordedAt) {
    }

    /** The file's lines that parse, and how many did not. */
    record Contents(List<Line> lines, int unreadable) {
    }

    private final Path path;
    private final int everyRecords;
    private final Duration interval;
    private final Clock clock;
    private final ReentrantLock lock = new ReentrantLock();

    /** The newest head this instance appended, and the one last written; guarded by {@link #lock}. */
    private Line latest;
    private Line written;
    private int sinceWritten;
    private Instant writtenAt;
    private boolean failing;

    AuditWitness(Path path, int everyRecords, Duration interval, Clock clock) {
        this.path = path.toAbsolutePath().normalize();
        this.everyRecords = everyRecords;
        this.interval = interval;
        this.clock = clock;
        this.writtenAt = clock.instant();
    }

    static AuditWitness of(WitnessProperties properties, Clock clock) {
        return new AuditWitness(properties.path(), properties.everyRecords(), properties.interval(), clock);
    }

    Path path() {
        return path;
    }

    Duration interval() {
        return interval;
    }

    /**
     * Creates the file (and its folder) when missing, with its header, so that a path that cannot be written stops
     * the start instead of the first witness line failing later.
     */
    void open() {
        try {
            if (path.getParent() != null) {
                Files.createDirectories(path.getParent());
            }
            if (!Files.exists(path)) {
                append(HEADER);
                syncDirectory();
            } else if (!Files.isWritable(path)) {
                throw new IOException("not writable");
            }
        } catch (IOException e) {
            throw new IllegalStateException("Cannot write the audit witness " + path + " (seimbang.audit.witness.path; "
                    + "working directory " + Path.of("").toAbsolutePath() + "): " + e
                    + " / Berkas saksi audit tidak dapat ditulis", e);
        }
    }

    /** After a commit: {@code head} is on disk. Writes a line when {@code everyRecords} were appended since the last. */
    void appended(long sequence, String hash, Instant recordedAt, int records) {
        lock.lock();
        try {
            latest = new Line(sequence, hash, recordedAt);
            sinceWritten += records;
            if (sinceWritten >= everyRecords) {
                writeLatest();
            }
        } finally {
            lock.unlock();
        }
    }

    /** On the interval, and at shutdown: writes the newest head if it is not written yet. */
    void flush() {
        lock.lock();
        try {
            writeLatest();
        } finally {
            lock.unlock();
        }
    }

    /** True when the interval passed since the last line (the timer's question). */
    boolean due() {
        lock.lock();
        try {
            return latest != null && !latest.equals(written)
                    && !clock.instant().isBefore(writtenAt.plus(interval));
        } finally {
            lock.unlock();
        }
    }

    private void writeLatest() {
        if (latest == null || latest.equals(written)) {
            return;
        }
        Instant now = clock.instant();
        try {
            append(latest.sequence() + " " + latest.hash() + " " + latest.recordedAt() + " " + now + "\n");
            written = latest;
            sinceWritten = 0;
            writtenAt = now;
            if (failing) {
                log.info("Audit witness {} written again up to sequence {}", path, latest.sequence());
                failing = false;
            }
        } catch (IOException e) {
            // The records are committed; only their witness is late. Said once per failing streak, retried later.
            if (!failing) {
                log.error("Cannot write the audit witness {} (seimbang.audit.witness.path): {}. Records stay in the "
                        + "database; the witness lags until this is fixed.", path, e.toString());
                failing = true;
            }
        }
    }

    private void append(String text) throws IOException {
        try (FileChannel channel = FileChannel.open(path, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.APPEND)) {
            ByteBuffer bytes = ByteBuffer.wrap(text.getBytes(StandardCharsets.US_ASCII));
            while (bytes.hasRemaining()) {
                channel.write(bytes);
            }
            channel.force(true);
        }
    }

    /** A new file's name is durable only once its folder is synced (Linux; elsewhere this may not be possible). */
    private void syncDirectory() {
        Path folder = path.getParent();
        if (folder == null) {
            return;
        }
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            log.debug("Cannot sync the folder of {}: {}", path, e.toString());
        }
    }

    /** Every parsable line of the file, in file order; a missing file has none. */
    Contents read() {
        List<String> text;
        try {
            text = Files.readAllLines(path, StandardCharsets.US_ASCII);
        } catch (NoSuchFileException e) {
            return new Contents(List.of(), 0);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the audit witness " + path, e);
        }
        List<Line> lines = new ArrayList<>(text.size());
        int unreadable = 0;
        for (String raw : text) {
            if (raw.isBlank() || raw.startsWith("#")) {
                continue;
            }
            Line line = parse(raw);
            if (line == null) {
                unreadable++;
            } else {
                lines.add(line);
            }
        }
        return new Contents(lines, unreadable);
    }

    static Line parse(String raw) {
        String[] parts = raw.strip().split(" ");
        if (parts.length < 3 || parts[1].length() != 64 || !isLowerHex(parts[1])) {
            return null;
        }
        try {
            long sequence = Long.parseLong(parts[0]);
            return sequence < 1 ? null : new Line(sequence, parts[1], Instant.parse(parts[2]));
        } catch (NumberFormatException | DateTimeParseException e) {
            return null;
        }
    }

    private static boolean isLowerHex(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.digit(text.charAt(i), 16) < 0 || Character.isUpperCase(text.charAt(i))) {
                return false;
            }
        }
        return HexFormat.isHexDigit(text.charAt(0));
    }
}
