package id.seimbang.plan.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.context.SpringBootTest;

import id.seimbang.system.web.BrowserTestSupport;
import id.seimbang.system.web.PageTestDatabase;

/** A planner starts a small plan, watches the progress bar and reads the result. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = PageTestDatabase.BROWSER_URL)
class PlanBrowserTest {

    private static final Duration STEP = Duration.ofSeconds(20);
    private static final Duration PLAN = Duration.ofSeconds(90);

    @RegisterExtension
    static final BrowserTestSupport browser = new BrowserTestSupport();

    @Test
    void runsAPlanToCompletionThroughTheProgressBar() {
        WebDriver driver = browser.driver();
        browser.open("/plans?lang=en");
        // The scope code list follows the scope: kabupaten codes for KABUPATEN, nothing for PROVINCE.
        Select code = new Select(driver.findElement(By.id("scopeCode")));
        assertThat(code.getFirstSelectedOption().getAttribute("value")).isEqualTo("KAB-1701");
        new Select(driver.findElement(By.id("scope"))).selectByValue("KABUPATEN");
        assertThat(code.getFirstSelectedOption().getAttribute("value")).matches("\\d{4}");
        assertThat(driver.findElement(By.id("scopeCode-instansi")).getAttribute("disabled")).isNotNull();
        new Select(driver.findElement(By.id("scope"))).selectByValue("PROVINCE");
        assertThat(code.getFirstSelectedOption().getAttribute("value")).isEmpty();
        new Select(driver.findElement(By.id("scope"))).selectByValue("INSTANSI");
        new Select(driver.findElement(By.id("scopeCode"))).selectByValue(PlanPagesIntegrationTest.INSTANSI);
        driver.findElement(By.id("maxOutflowShare")).sendKeys("0.5");
        browser.screenshot("1-form");
        driver.findElement(By.id("start-button")).click();

        browser.waitUpTo(STEP).until(ExpectedConditions.urlMatches("/plans/[0-9a-f-]{36}$"));
        // Either the running page with its progress bar, or, on a fast machine, the finished page.
        browser.waitUpTo(STEP).until(ExpectedConditions.or(
                ExpectedConditions.presenceOfElementLocated(By.id("progress-bar")),
                ExpectedConditions.presenceOfElementLocated(By.id("plan-moves"))));
        if (!driver.findElements(By.id("progress-bar")).isEmpty()) {
            assertThat(driver.findElement(By.id("progress-text")).getAttribute("aria-live")).isEqualTo("polite");
            assertThat(driver.findElement(By.id("plan-status")).getText()).isIn("Queued", "Running", "Completed");
            browser.screenshot("2-progress");
        }

        browser.waitUpTo(PLAN).until(ExpectedConditions.presenceOfElementLocated(By.id("plan-moves")));
        assertThat(driver.findElement(By.id("plan-status")).getAttribute("data-status")).isEqualTo("COMPLETED");
        browser.waitUpTo(STEP).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#unit-chart canvas")));
        assertThat(driver.findElements(By.cssSelector("#plan-moves tbody tr"))).isNotEmpty();
        assertThat(driver.findElement(By.id("objective-comparison")).getText()).contains("the greedy approach");
        assertThat(driver.findElement(By.id("download-csv")).getAttribute("href")).endsWith("/export?format=csv");
        // Issue 18 point 12: this plan raises some units' Σg²; "why?" opens the unit's cells before and after.
        WebElement why = driver.findElement(By.cssSelector("#unit-changes a.rise-link"));
        String unit = why.getAttribute("href").replaceAll(".*#rise-", "");
        WebElement details = driver.findElement(By.id("rise-" + unit));
        assertThat(details.getAttribute("open")).isNull();
        why.click();
        browser.waitUpTo(STEP).until(d -> details.getAttribute("open") != null);
        WebElement firstCell = details.findElement(By.cssSelector("tbody tr"));
        assertThat(firstCell.isDisplayed()).isTrue();
        assertThat(firstCell.getAttribute("data-cell")).startsWith(unit + "/");
        assertThat(details.findElement(By.tagName("summary")).getText()).contains("(" + unit + "): Σg² ", "; region ");
        browser.screenshot("4-unit-rise");
        driver.navigate().to(driver.getCurrentUrl().replaceAll("#.*", ""));
        browser.waitUpTo(STEP).until(ExpectedConditions.presenceOfElementLocated(By.id("plan-moves")));
        browser.screenshot("3-result");
        browser.page("plan");
    }
}
