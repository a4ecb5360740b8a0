package id.seimbang.authoring.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;

import id.seimbang.system.DomainException;

class PolicyZipTest {

    /** Issue 15, low: a zip cut short used to escape as an EOFException (500). */
    @Test
    void aTruncatedZipIsRefusedAsBadInput() throws Exception {
        StringBuilder text = new StringBuilder();
        Random random = new Random(1);
        for (int i = 0; i < 400; i++) {
            text.append("p").append(i).append('=').append(random.nextLong()).append('\n');
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("rules/parameters.properties"));
            zip.write(text.toString().getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        byte[] whole = out.toByteArray();
        assertThat(PolicyZip.read(new ByteArrayInputStream(whole))).hasSize(1);

        byte[] cut = Arrays.copyOf(whole, whole.length / 2);
        assertThatThrownBy(() -> PolicyZip.read(new ByteArrayInputStream(cut)))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.kind()).isEqualTo(DomainException.Kind.INVALID_INPUT);
                    assertThat(e.problems().get(0).reasonEn()).contains("Truncated zip");
                });
    }
}
