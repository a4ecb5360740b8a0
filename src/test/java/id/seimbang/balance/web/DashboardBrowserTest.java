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

    /** Issue 20: a recorded surge is listed and withdrawn with its button, only once "Saya yakin" is ticked. */
    @Test
    void withdrawsASurgeAfterConfirmation() {
        WebDriver driver = browser.driver();
        browser.open("/?lang=id");
        // recorded through the API with the page's session and CSRF token, as the page's own scripts send requests
        Object status = ((org.openqa.selenium.JavascriptExecutor) driver).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "const token = document.querySelector('meta[name=_csrf]').content;"
                        + "const header = document.querySelector('meta[name=_csrf_header]').content;"
                        + "fetch('/api/v1/surges', {method: 'POST', headers: {'Content-Type': 'application/json',"
                        + " [header]: token}, body: JSON.stringify({unitCode: '1771-DUKCAPIL', positionCode:"
                        + " 'PENGOLAH_DATA_KEPENDUDUKAN', extraHours: 2500, from: '2030-09-01', until: '2030-09-30',"
                        + " reason: 'Uji peramban'})}).then(r => done(r.status), e => done(String(e)));");
        assertThat(status).isEqualTo(200L);
        browser.open("/?lang=id&date=2030-09-15");
        By row = By.cssSelector("#surge-table tr[data-key='1771-DUKCAPIL/P:PENGOLAH_DATA_KEPENDUDUKAN/2030-09-01']");
        browser.waitUpTo(STEP).until(ExpectedConditions.presenceOfElementLocated(row));
        assertThat(driver.findElement(row).getText()).contains("Uji peramban", "ya");

        // not ticked: the browser does not send the form
        driver.findElement(row).findElement(By.cssSelector("button[type=submit]")).click();
        assertThat(driver.findElements(By.id("surge-ok"))).isEmpty();
        assertThat(driver.findElements(row)).hasSize(1);

        driver.findElement(row).findElement(By.cssSelector("input[name=confirm]")).click();
        browser.screenshot("4-surge-confirm");
        driver.findElement(row).findElement(By.cssSelector("button[type=submit]")).click();
        browser.waitUpTo(STEP).until(ExpectedConditions.presenceOfElementLocated(By.id("surge-ok")));
        assertThat(driver.findElement(By.id("surge-ok")).getText()).contains("1771-DUKCAPIL", "ditarik");
        assertThat(driver.findElements(row)).isEmpty();
        assertThat(driver.getCurrentUrl()).contains("date=2030-09-15");
        browser.screenshot("5-surge-withdrawn");
    }
}
