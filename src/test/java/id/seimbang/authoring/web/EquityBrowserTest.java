package id.seimbang.authoring.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

import id.seimbang.authoring.PolicyLifecycle;
import id.seimbang.policy.PolicyFile;
import id.seimbang.policy.PolicyParameters;
import id.seimbang.system.web.BrowserTestSupport;
import id.seimbang.system.web.PageTestDatabase;

/**
 * Issue 19 point 4 in a browser: the policies page draws the equity chart (uPlot, served locally) from the equity
 * table of a checked draft, and lists the flagged group above it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = PageTestDatabase.BROWSER_URL)
class EquityBrowserTest {

    private static final Duration STEP = Duration.ofSeconds(30);

    @RegisterExtension
    static final BrowserTestSupport browser = new BrowserTestSupport();

    @Autowired PolicyLifecycle lifecycle;

    /** A draft that stops transfers within ten years of retirement, checked for its impact (as alice). */
    private long checkedDraft() {
        SecurityContext before = SecurityContextHolder.getContext();
        SecurityContext alice = SecurityContextHolder.createEmptyContext();
        alice.setAuthentication(new TestingAuthenticationToken("alice", "n/a", "ROLE_POLICY_OFFICER"));
        SecurityContextHolder.setContext(alice);
        try {
            long id = lifecycle.createDraft(null, "alice", "equity browser test").id();
            String parameters = lifecycle.content(id, PolicyParameters.FILE);
            lifecycle.saveFile(id, new PolicyFile(PolicyParameters.FILE,
                    parameters.replaceAll("(?m)^bup\\.months-before=.*$", "bup.months-before=120")), "alice");
            lifecycle.impact(id);
            return id;
        } finally {
            SecurityContextHolder.setContext(before);
        }
    }

    @Test
    void drawsTheEquityChartAndListsTheFlaggedGroup() {
        long id = checkedDraft();
        WebDriver driver = browser.driver();
        browser.open("/policies?lang=en#draft-" + id);
        browser.waitUpTo(STEP).until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#equity-chart-" + id + " canvas")));
        WebElement draft = driver.findElement(By.id("draft-" + id));
        assertThat(draft.findElement(By.cssSelector(".equity-flagged")).getText())
                .contains("Age 50+: newly blocked");
        assertThat(draft.findElements(By.cssSelector("#equity-table-" + id + " tbody tr.flagged"))).isNotEmpty();
        // The chart's legend names both series (from the bundle, via data-label-*).
        assertThat(draft.findElement(By.cssSelector("#equity-chart-" + id)).getText())
                .contains("Newly blocked ratio", "Newly long-distance ratio");
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView()",
                draft.findElement(By.cssSelector(".equity")));
        browser.screenshot("1-equity");
        browser.page("policies-equity");
    }
}
