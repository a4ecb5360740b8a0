package id.seimbang.authoring.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

import id.seimbang.eligibility.TestWorkforceConfiguration;
import id.seimbang.authoring.PolicyLifecycle;
import id.seimbang.system.web.BrowserTestSupport;

/** The plain-text editor for .drl and .properties files, in English, with line numbers and server errors. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = PolicyEditorFixtures.BROWSER_URL)
@Import({TestUsers.class, TestWorkforceConfiguration.class})
class PolicyTextEditorBrowserTest {

    private static final Duration STEP = Duration.ofSeconds(30);

    @RegisterExtension
    static final BrowserTestSupport browser = new BrowserTestSupport();

    @Autowired PolicyLifecycle lifecycle;

    @Test
    void editsAParameterFileShowsLineNumbersAndServerProblems() throws IOException {
        long id = PolicyEditorFixtures.draftWithFixtures(lifecycle).id();
        String original = lifecycle.content(id, PolicyEditorFixtures.PROPERTIES);
        WebDriver driver = browser.driver();
        browser.open("/policies/drafts/" + id + "/editor?file=" + PolicyEditorFixtures.PROPERTIES);
        driver.findElement(By.id("lang-en")).click();
        browser.waitUpTo(STEP).until(ExpectedConditions.textToBe(By.tagName("h1"), "Policy file editor"));
        WebElement area = browser.waitUpTo(STEP).until(ExpectedConditions.elementToBeClickable(By.id("text-content")));
        assertThat(driver.findElement(By.id("line-numbers")).getText()).isEqualTo("1\n2\n3");
        browser.screenshot("1-loaded");

        area.sendKeys(Keys.chord(Keys.CONTROL, Keys.END), "max.distance.km=150");
        browser.waitUpTo(STEP).until(ExpectedConditions.textToBe(By.id("editor-status"), "There are unsaved changes."));
        assertThat(driver.findElement(By.id("line-numbers")).getText()).isEqualTo("1\n2\n3");
        area.sendKeys(Keys.ENTER, "bad.escape=\\uZZZZ");
        assertThat(driver.findElement(By.id("line-numbers")).getText()).isEqualTo("1\n2\n3\n4");

        area.sendKeys(Keys.chord(Keys.CONTROL, "s"));
        browser.waitUpTo(STEP).until(ExpectedConditions.attributeContains(By.id("editor-status"), "class", "error"));
        assertThat(driver.findElement(By.id("editor-status")).getText()).isEqualTo("Saving failed.");
        assertThat(driver.findElement(By.cssSelector("#editor-problems li")).getText())
                .startsWith(PolicyEditorFixtures.PROPERTIES + ": Invalid properties file");
        assertThat(lifecycle.content(id, PolicyEditorFixtures.PROPERTIES)).isEqualTo(original);
        browser.screenshot("2-refused");

        area.sendKeys(Keys.BACK_SPACE.toString().repeat("\nbad.escape=\\uZZZZ".length()));
        driver.findElement(By.id("save-button")).click();
        browser.waitUpTo(STEP).until(ExpectedConditions.attributeContains(By.id("editor-status"), "class", "ok"));
        assertThat(driver.findElement(By.id("editor-status")).getText()).isEqualTo("Saved to draft " + id + ": " + PolicyEditorFixtures.PROPERTIES);
        assertThat(driver.findElement(By.id("editor-problems")).isDisplayed()).isFalse();
        assertThat(lifecycle.content(id, PolicyEditorFixtures.PROPERTIES))
                .endsWith("min.months.in.position=24\nmax.distance.km=150");
        browser.screenshot("3-saved");
    }

    /** Issue 18 point 9: a submitted draft opens read-only: no Save button, the text cannot be changed. */
    @Test
    void aSubmittedDraftIsShownReadOnly() throws IOException {
        long id = PolicyEditorFixtures.draftWithFixtures(lifecycle).id();
        PolicyEditorFixtures.submit(lifecycle, id);
        String original = lifecycle.content(id, PolicyEditorFixtures.PROPERTIES);
        WebDriver driver = browser.driver();
        browser.open("/policies/drafts/" + id + "/editor?file=" + PolicyEditorFixtures.PROPERTIES + "&lang=en");
        browser.waitUpTo(STEP).until(ExpectedConditions.textToBe(By.id("editor-status"), "Ready to read."));
        WebElement area = driver.findElement(By.id("text-content"));
        assertThat(area.getAttribute("value")).isEqualTo(original);
        assertThat(driver.findElements(By.id("save-button"))).isEmpty();
        assertThat(driver.findElement(By.cssSelector(".editor-bar .status.warn")).getText())
                .isEqualTo("This draft can no longer be edited; saving will be refused.");

        area.sendKeys("typed=1", Keys.chord(Keys.CONTROL, "s"));
        assertThat(area.getAttribute("value")).isEqualTo(original);
        assertThat(driver.findElement(By.id("editor-status")).getText()).isEqualTo("Ready to read.");
        browser.screenshot("4-read-only");
    }
}
