package id.seimbang.workforce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;

import id.seimbang.system.DomainException;

/**
 * A small zip that expands to far more than it weighs (a zip bomb) is refused while it is read; a zip's entries
 * are streamed to temporary files, not held in memory, and deleted when the import is done.
 */
class CsvBundleZipLimitTest {

    private static byte[] zipOfZeros(int bytes) throws IOException {
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(zip)) {
            out.putNextEntry(new ZipEntry("employees.csv"));
            out.write(new byte[bytes]);
        }
        return zip.toByteArray();
    }

    @Test
    void expansionBeyondTheLimitIs413() throws IOException {
        byte[] bomb = zipOfZeros(4 * 1024 * 1024);
        assertThat(bomb.length).isLessThan(64 * 1024);
        assertThatThrownBy(() -> CsvBundle.fromZip(new ByteArrayInputStream(bomb), 1024 * 1024))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.kind()).isEqualTo(DomainException.Kind.TOO_LARGE));
    }

    @Test
    void aBundleWithinTheLimitIsSpooledToDiskAndDeletedOnClose() throws IOException {
        Path spool;
        try (CsvBundle bundle = CsvBundle.fromZip(new ByteArrayInputStream(zipOfZeros(1000)), 1024 * 1024)) {
            assertThat(WorkforceFixtures.readAll(bundle.files().get(CsvKind.EMPLOYEES))).hasSize(1000);
            spool = bundle.spool().orElseThrow();
            assertThat(spool.resolve("employees.csv")).isRegularFile().hasSize(1000);
        }
        assertThat(spool).doesNotExist();
    }

    @Test
    void aRefusedZipLeavesNoTemporaryFiles() throws IOException {
        Path temp = Path.of(System.getProperty("java.io.tmpdir"));
        Set<Path> before = spools(temp);
        assertThatThrownBy(() -> CsvBundle.fromZip(new ByteArrayInputStream(zipOfZeros(4 * 1024 * 1024)), 1024 * 1024))
                .isInstanceOf(DomainException.class);
        assertThat(spools(temp)).isEqualTo(before);
    }

    private static Set<Path> spools(Path temp) throws IOException {
        try (Stream<Path> files = Files.list(temp)) {
            return files.filter(p -> p.getFileName().toString().startsWith("seimbang-import-")).collect(Collectors.toSet());
        }
    }
}
