package id.seimbang.system.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Issue 18 point 8 in a real browser (the whole way through Spring's /error forward, which MockMvc skips): a page
 * that does not exist and a refused form answer an HTML page in the reader's language with a way back, not JSON.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = PageTestDatabase.BROWSER_URL)
class ErrorPagesBrowserTest {

    private static final Duration STEP = Duration.ofSeconds(20);

    @RegisterExtension
    static final BrowserTestSupport browser = new BrowserTestSupport();

    @Test
    void aMissingPageAndAnUnknownEmployeeAreHtmlPagesWithAWayBack() {
        WebDriver driver = browser.driver();
        browser.open("/no-such-page?lang=id");
        browser.waitUpTo(STEP).until(ExpectedConditions.presenceOfElementLocated(By.id("error-title")));
        assertThat(driver.findElement(By.id("error-title")).getText()).isEqualTo("Tidak ditemukan");
        assertThat(driver.findElement(By.id("error-status")).getText()).contains("404");
        assertThat(driver.getPageSource()).doesNotContain("\"status\"").doesNotContain("application/problem+json");
        browser.screenshot("1-not-found");

        browser.open("/employees/199001012015031999?lang=en");
        browser.waitUpTo(STEP).until(ExpectedConditions.presenceOfElementLocated(By.id("error-title")));
        assertThat(driver.findElement(By.id("error-status")).getText()).contains("404");
        assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
        browser.screenshot("2-unknown-employee");

        driver.findElement(By.id("error-back")).click();
        browser.waitUpTo(STEP).until(ExpectedConditions.not(ExpectedConditions.presenceOfElementLocated(By.id("error-title"))));
        assertThat(driver.getCurrentUrl()).isEqualTo(browser.baseUrl() + "/");
    }
}
