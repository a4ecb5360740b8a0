package id.seimbang.balance.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.context.SpringBootTest;

import id.seimbang.system.web.BrowserTestSupport;
import id.seimbang.system.web.PageTestDatabase;

/** The dashboard draws its chart, filters by kabupaten and sector, and leads to the employee search. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = PageTestDatabase.BROWSER_URL)
class DashboardBrowserTest {

    private static final Duration STEP = Duration.ofSeconds(20);
    /** Wahyu Syahputra of the sample province. */
    private static final String NIP = "196703051995091001";

    @RegisterExtension
    static final BrowserTestSupport browser = new BrowserTestSupport();

    @Test
    void drawsTheChartAndFilters() {
        WebDriver driver = browser.driver();
        browser.open("/?lang=id");
        browser.waitUpTo(STEP).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#unit-chart canvas")));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Dasbor keseimbangan beban kerja");
        int allUnits = Integer.parseInt(driver.findElement(By.id("unit-count")).getText());
        browser.screenshot("1-dashboard");
        browser.page("dashboard");

        new Select(driver.findElement(By.id("kabupaten"))).selectByValue("1771");
        new Select(driver.findElement(By.id("sector"))).selectByValue("HEALTH");
        new Select(driver.findElement(By.id("sort"))).selectByValue("GAP");
        driver.findElement(By.cssSelector("form.filters button[type=submit]")).click();
        browser.waitUpTo(STEP).until(ExpectedConditions.urlContains("sector=HEALTH"));
        browser.waitUpTo(STEP).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#unit-chart canvas")));
        int filtered = Integer.parseInt(driver.findElement(By.id("unit-count")).getText());
        assertThat(filtered).isPositive().isLessThan(allUnits);
        assertThat(driver.findElements(By.cssSelector("#unit-table tbody tr"))).hasSize(filtered);
        browser.screenshot("2-filtered");

        driver.findElement(By.id("lang-en")).click();
        browser.waitUpTo(STEP).until(ExpectedConditions.textToBe(By.tagName("h1"), "Workload balance dashboard"));
        assertThat(driver.getCurrentUrl()).contains("sector=HEALTH");
    }

    @Test
    void findsAnEmployee() {
        WebDriver driver = browser.driver();
        browser.open("/employees?lang=id");
        driver.findElement(By.id("q")).sendKeys("Wahyu Syahputra");
        driver.findElement(By.cssSelector("form.filters button[type=submit]")).click();
        browser.waitUpTo(STEP).until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#employee-table a[href='/employees/" + NIP + "']")));
        browser.screenshot("3-employee-search");
    }
}
