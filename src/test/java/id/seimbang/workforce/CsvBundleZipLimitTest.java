package id.seimbang.workforce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;

import id.seimbang.system.DomainException;

/** A small zip that expands to far more than it weighs (a zip bomb) is refused while it is read. */
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
    void aBundleWithinTheLimitIsRead() throws IOException {
        CsvBundle bundle = CsvBundle.fromZip(new ByteArrayInputStream(zipOfZeros(1000)), 1024 * 1024);
        assertThat(bundle.files().get(CsvKind.EMPLOYEES)).hasSize(1000);
    }
}
