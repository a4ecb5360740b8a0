package id.seimbang.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;

import id.seimbang.system.web.BrowserTestSupport;
import id.seimbang.system.web.PageTestDatabase;

/**
 * Issue 18 point 14 in a real browser: Swagger UI's "Try it out" sends a POST that the service accepts, from the
 * signed-in page session (the CSRF token travels as Swagger UI sends it) and with an API key given in "Authorize".
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = PageTestDatabase.BROWSER_URL)
class SwaggerUiBrowserTest {

    private static final Duration STEP = Duration.ofSeconds(30);
    /** In the sample province (tests-data/bengkulu). */
    private static final String BODY = "{\"nip\": \"198505062015061001\"}";

    @RegisterExtension
    static final BrowserTestSupport browser = new BrowserTestSupport();

    @Autowired ApplicationContext context;

    @Test
    void tryItOutPostsWithTheSessionAndWithAnApiKey() {
        WebDriver driver = browser.driver();
        browser.open("/swagger-ui.html");
        WebElement operation = eligibilityOperation();
        operation.findElement(By.cssSelector(".opblock-summary")).click();
        browser.waitUpTo(STEP).until(d -> !operation.findElements(By.cssSelector(".try-out__btn")).isEmpty());
        operation.findElement(By.cssSelector(".try-out__btn")).click();
        WebElement body = browser.waitUpTo(STEP).until(d -> operation.findElement(By.cssSelector("textarea.body-param__text")));
        // Swagger UI's textarea is a React input: set its value the way a typing person would.
        body.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"), org.openqa.selenium.Keys.DELETE);
        body.sendKeys(BODY);

        assertThat(execute(operation)).as("POST from the signed-in session").startsWith("200");
        browser.screenshot("swagger-try-it-out-session");

        // The same POST with an API key entered in "Authorize", from a browser that has no session any more.
        driver.manage().deleteAllCookies();
        String key = SecurityTestSupport.createClientKey(context, "swagger-" + UUID.randomUUID().toString().substring(0, 8),
                Role.CLIENT);
        driver.findElement(By.cssSelector("button.authorize")).click();
        WebElement keyInput = browser.waitUpTo(STEP).until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector(".auth-container input[type=text]")));
        for (WebElement container : driver.findElements(By.cssSelector(".auth-container"))) {
            if (container.getText().contains("X-API-Key")) {
                container.findElement(By.cssSelector("input")).sendKeys(key);
                container.findElement(By.cssSelector("button.authorize")).click();
            }
        }
        assertThat(keyInput).isNotNull();
        driver.findElement(By.cssSelector("button.btn-done")).click();
        assertThat(execute(operation)).as("POST with an API key").startsWith("200");
    }

    private WebElement eligibilityOperation() {
        return browser.waitUpTo(STEP).until(d -> d.findElements(By.cssSelector(".opblock-post")).stream()
                .filter(o -> o.findElement(By.cssSelector(".opblock-summary-path")).getText().replace("\u200b", "")
                        .equals("/api/v1/eligibility"))
                .findFirst().orElse(null));
    }

    /** Presses Execute and returns what Swagger UI shows of the live response: status, body and the request as curl. */
    private String execute(WebElement operation) {
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView()", operation);
        // "Clear" removes the previous response, so the status read below is the new request's.
        operation.findElements(By.cssSelector("button.btn-clear")).forEach(WebElement::click);
        browser.waitUpTo(STEP).until(d -> operation.findElements(By.cssSelector(".live-responses-table")).isEmpty());
        operation.findElement(By.cssSelector("button.execute")).click();
        String status = browser.waitUpTo(STEP).until(d -> operation.findElements(
                By.cssSelector(".live-responses-table tr.response td.response-col_status")).stream()
                .map(e -> e.getText().strip()).filter(t -> !t.isEmpty()).findFirst().orElse(null));
        return status + "\n" + operation.findElement(By.cssSelector(".live-responses-table tr.response")).getText()
                + "\n" + operation.findElement(By.cssSelector(".curl-command")).getText();
    }
}
