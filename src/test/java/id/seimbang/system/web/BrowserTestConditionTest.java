package id.seimbang.system.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Issue 18 point 16: without Chromium, mvn verify passes and says loudly why; .ci/run makes that a failure. */
class BrowserTestConditionTest {

    @Test
    void withoutChromiumBrowserTestsAreSkippedWithInstructions() {
        var result = BrowserTestSupport.condition(false, false, false);
        assertThat(result.isDisabled()).isTrue();
        assertThat(result.getReason()).get().asString().contains("SKIPPED", BrowserTestSupport.CHROMIUM.toString(),
                "apt-get install -y chromium chromium-driver", "-Dbrowser.tests.required=true");
        assertThat(BrowserTestSupport.banner("x")).startsWith("*****").contains("*** x");
    }

    @Test
    void requiredBrowserTestsRunAndThereforeFailWithoutChromium() {
        // Enabled: beforeAll then fails because the binaries are missing.
        assertThat(BrowserTestSupport.condition(false, true, false).isDisabled()).isFalse();
        assertThat(BrowserTestSupport.condition(false, false, true).isDisabled()).isFalse();
        assertThat(BrowserTestSupport.condition(true, true, true).isDisabled()).isTrue();
    }

    @Test
    void aPageScreenshotMustBeANonTrivialPng() {
        byte[] png = new byte[2000];
        System.arraycopy(new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' }, 0, png, 0, 8);
        assertThat(BrowserTestSupport.isPng(png)).isTrue();
        assertThat(BrowserTestSupport.isPng(java.util.Arrays.copyOf(png, 100))).isFalse();
        png[1] = 'J';
        assertThat(BrowserTestSupport.isPng(png)).isFalse();
    }
}
