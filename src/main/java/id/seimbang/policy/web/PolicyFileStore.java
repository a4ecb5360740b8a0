package id.seimbang.policy.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;

import org.springframework.stereotype.Service;

import id.seimbang.system.ApiException;
import id.seimbang.system.Bilingual;

/**
 * Policy files on disk for the editors: reads come from the working copy when a file was saved there,
 * otherwise from the policy source; saves go to the working copy only. The editor pages know this store
 * only through the content URLs, so drafts in the database can replace it without touching the pages.
 */
@Service
public class PolicyFileStore {

    private final Path sourceDir;
    private final Path workspaceDir;
    private final Clock clock;

    PolicyFileStore(PolicyFilesProperties properties, Clock clock) {
        this.sourceDir = properties.sourceDir().toAbsolutePath().normalize();
        this.workspaceDir = properties.workspaceDir().toAbsolutePath().normalize();
        this.clock = clock;
    }

    /** A saved file: where it is, its size and SHA-256, and a message for the reader. */
    public record SavedFile(String path, long bytes, String sha256, Instant savedAt, Bilingual message) {
    }

    public String read(PolicyFilePath path) {
        Path file = existing(workspaceDir, path);
        if (file == null) {
            file = existing(sourceDir, path);
        }
        if (file == null) {
            throw ApiException.notFound("path", path.value());
        }
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read policy file " + file, e);
        }
    }

    public boolean exists(PolicyFilePath path) {
        return existing(workspaceDir, path) != null || existing(sourceDir, path) != null;
    }

    /** Checks and writes the content to the working copy, replacing any earlier save atomically. */
    public SavedFile save(PolicyFilePath path, byte[] content) {
        PolicyFileContentCheck.check(path, content);
        Path target = inside(workspaceDir, path);
        try {
            Files.createDirectories(target.getParent());
            Path temp = Files.createTempFile(target.getParent(), ".saving-", ".tmp");
            try {
                Files.write(temp, content);
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot save policy file " + target, e);
        }
        return new SavedFile(path.value(), content.length, sha256(content), clock.instant(),
                Bilingual.of("Tersimpan: " + path.value(), "Saved: " + path.value()));
    }

    private static Path existing(Path root, PolicyFilePath path) {
        Path file = inside(root, path);
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try {
            // A symbolic link must not lead out of the policy folder either.
            return file.toRealPath().startsWith(root.toRealPath()) ? file : null;
        } catch (IOException e) {
            return null;
        }
    }

    private static Path inside(Path root, PolicyFilePath path) {
        Path file = root.resolve(path.value()).normalize();
        if (!file.startsWith(root)) {
            throw new IllegalStateException("Checked policy path escapes its root: " + path.value());
        }
        return file;
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
