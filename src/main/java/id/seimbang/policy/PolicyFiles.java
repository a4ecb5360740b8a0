package id.seimbang.policy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/** Reading a policy from its two folders, and the version id of a set of files. */
public final class PolicyFiles {

    public static final String RULES = "rules";
    public static final String DECISION_TABLES = "decision-tables";

    private PolicyFiles() {
    }

    /**
     * All regular files under the two folders, named {@code rules/...} and {@code decision-tables/...}
     * whatever the folders are called on disk. A missing folder contributes no files.
     */
    public static List<PolicyFile> load(Path rulesDir, Path decisionTablesDir) {
        List<PolicyFile> files = new ArrayList<>();
        files.addAll(loadFolder(rulesDir, RULES));
        files.addAll(loadFolder(decisionTablesDir, DECISION_TABLES));
        return sorted(files);
    }

    /**
     * The policy folders that do not exist, each described with the setting that names it, the absolute path and
     * the working directory it was resolved against (relative settings depend on where the jar was started).
     */
    public static List<String> missingFolders(Path rulesDir, Path decisionTablesDir) {
        List<String> missing = new ArrayList<>();
        if (!Files.isDirectory(rulesDir)) {
            missing.add(missingFolder("seimbang.policy.rules-dir", rulesDir));
        }
        if (!Files.isDirectory(decisionTablesDir)) {
            missing.add(missingFolder("seimbang.policy.decision-tables-dir", decisionTablesDir));
        }
        return missing;
    }

    /** "folder X (setting S) does not exist …": for start-up errors and warnings about configured folders. */
    public static String missingFolder(String setting, Path dir) {
        return "the folder " + dir.toAbsolutePath().normalize() + " does not exist (setting " + setting + " = " + dir
                + (dir.isAbsolute() ? "" : ", relative to the working directory " + Path.of("").toAbsolutePath())
                + "); set " + setting + " to the right folder";
    }

    private static List<PolicyFile> loadFolder(Path dir, String prefix) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .map(p -> new PolicyFile(prefix + "/" + dir.relativize(p).toString().replace('\\', '/'),
                            read(p)))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A policy or scenario file's text (UTF-8). */
    public static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<PolicyFile> sorted(List<PolicyFile> files) {
        return files.stream().sorted(Comparator.comparing(PolicyFile::path)).toList();
    }

    /**
     * SHA-256 hex of the canonical content: files sorted by path; for each, the path, NUL, the content
     * with line endings normalised to \n, NUL (all UTF-8).
     */
    public static String version(List<PolicyFile> files) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (PolicyFile f : sorted(files)) {
                sha.update(f.path().getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
                sha.update(f.normalizedContent().getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
