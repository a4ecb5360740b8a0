package id.seimbang.recommendation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.context.SpringBootTest;

import id.seimbang.system.web.BrowserTestSupport;
import id.seimbang.system.web.PageTestDatabase;

/** From the employee page to a recorded decision, its explanation and an identical replay. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = PageTestDatabase.BROWSER_URL)
class DecisionBrowserTest {

    private static final Duration STEP = Duration.ofSeconds(30);

    @RegisterExtension
    static final BrowserTestSupport browser = new BrowserTestSupport();

    @Test
    void recordsExplainsAndReplaysADecision() {
        WebDriver driver = browser.driver();
        browser.open("/employees/" + DecisionPagesIntegrationTest.NIP + "?lang=id");
        browser.waitUpTo(STEP).until(ExpectedConditions.presenceOfElementLocated(By.id("moves-table")));
        assertThat(driver.findElement(By.id("eligibility-verdict")).getText()).isNotBlank();
        browser.screenshot("1-employee");
        browser.page("employee");

        driver.findElement(By.id("record-button")).click();
        browser.waitUpTo(STEP).until(ExpectedConditions.urlMatches("/decisions/[0-9a-f-]{36}$"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Penjelasan keputusan");
        assertThat(driver.findElement(By.id("record-hash")).getText()).matches("[0-9a-f]{64}");
        browser.screenshot("2-explanation");
        browser.page("decision");

        driver.findElement(By.id("lang-en")).click();
        browser.waitUpTo(STEP).until(ExpectedConditions.textToBe(By.tagName("h1"), "Decision explanation"));
        driver.findElement(By.id("replay-button")).click();
        browser.waitUpTo(STEP).until(ExpectedConditions.presenceOfElementLocated(By.id("replay-result")));
        assertThat(driver.findElement(By.id("replay-result")).getText()).startsWith("Identical");
        browser.screenshot("3-replayed");
    }
}
