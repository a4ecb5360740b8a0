package id.seimbang.authoring.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;


import id.seimbang.policy.PolicyFile;
import id.seimbang.system.DomainException;
import id.seimbang.system.Bilingual;
import id.seimbang.system.FieldProblem;

/**
 * A policy version as a zip of {@code rules/...} and {@code decision-tables/...}. Reading refuses any entry
 * whose name is not a valid policy file path (no {@code ..}, no absolute paths: no zip-slip, and nothing is
 * ever written to disk), more than {@link #MAX_ENTRIES} files, an entry over the file size limit and a total
 * over {@link #MAX_TOTAL_BYTES} (counted while inflating, so a zip bomb stops early).
 */
final class PolicyZip {

    static final int MAX_ENTRIES = 200;
    static final long MAX_TOTAL_BYTES = 20L * 1024 * 1024;

    private PolicyZip() {
    }

    static void write(List<PolicyFile> files, OutputStream out) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        for (PolicyFile f : files) {
            zip.putNextEntry(new ZipEntry(f.path()));
            zip.write(f.normalizedContent().getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        zip.finish();
    }

    static List<PolicyFile> read(InputStream in) {
        List<PolicyFile> files = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        long total = 0;
        try (ZipInputStream zip = new ZipInputStream(in, StandardCharsets.UTF_8)) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if (entry.isDirectory()) {
                    continue;
                }
                String name = entry.getName();
                PolicyFilePath path = PolicyFilePath.parse("zip:" + name, name);
                if (!seen.add(path.value())) {
                    throw refuse("zip:" + name, "Berkas ganda dalam zip", "Duplicate entry in the zip");
                }
                if (files.size() >= MAX_ENTRIES) {
                    throw refuse("zip", "Lebih dari " + MAX_ENTRIES + " berkas", "More than " + MAX_ENTRIES + " files");
                }
                byte[] body = readLimited(zip, name, PolicyFileContentCheck.MAX_BYTES);
                total += body.length;
                if (total > MAX_TOTAL_BYTES) {
                    throw new DomainException(DomainException.Kind.TOO_LARGE, Bilingual.of("Zip terlalu besar", "Zip too large"),
                            List.of(new FieldProblem("zip", "Isi melebihi " + MAX_TOTAL_BYTES + " byte",
                                    "Content exceeds " + MAX_TOTAL_BYTES + " bytes")));
                }
                files.add(new PolicyFile(path.value(), PolicyFileContentCheck.check(path, body)));
            }
        } catch (ZipException e) {
            throw refuse("zip", "Bukan berkas zip yang valid: " + e.getMessage(), "Not a valid zip file: " + e.getMessage());
        } catch (java.io.EOFException e) {
            // a zip cut short (an interrupted upload): the last entry ends before its data does
            throw refuse("zip", "Berkas zip terpotong: berakhir di tengah sebuah entri",
                    "Truncated zip file: it ends in the middle of an entry");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (files.isEmpty()) {
            throw refuse("zip", "Zip tidak memuat berkas kebijakan", "The zip holds no policy files");
        }
        return files;
    }

    private static byte[] readLimited(InputStream in, String name, int limit) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        int n;
        while ((n = in.read(buffer)) > 0) {
            if (out.size() + n > limit) {
                throw new DomainException(DomainException.Kind.TOO_LARGE, Bilingual.of("Berkas terlalu besar", "File too large"),
                        List.of(new FieldProblem("zip:" + name, "Ukuran melebihi " + limit + " byte",
                                "Size exceeds " + limit + " bytes")));
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    private static DomainException refuse(String field, String id, String en) {
        return DomainException.badRequest(field, Bilingual.of(id, en));
    }
}
