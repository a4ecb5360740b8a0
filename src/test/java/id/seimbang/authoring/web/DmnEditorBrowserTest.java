package id.seimbang.authoring.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

import id.seimbang.eligibility.TestWorkforceConfiguration;
import id.seimbang.authoring.PolicyLifecycle;
import id.seimbang.system.web.BrowserTestSupport;

/**
 * Drives the real KIE DMN editor in headless Chromium: open a decision table of a draft, change an output
 * cell, save the draft from the page, then check the draft on the policies page and see its validation and
 * impact on the sample province.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = PolicyEditorFixtures.BROWSER_URL)
@Import({TestUsers.class, TestWorkforceConfiguration.class})
class DmnEditorBrowserTest {

    /** The editor takes 15–35 s to appear on a busy 2-core machine. */
    private static final Duration EDITOR_LOAD = Duration.ofSeconds(90);
    private static final Duration STEP = Duration.ofSeconds(30);

    @RegisterExtension
    static final BrowserTestSupport browser = new BrowserTestSupport();

    @Autowired PolicyLifecycle lifecycle;

    @Test
    void changesADecisionTableCellSavesTheDraftAndSeesValidationAndImpact() throws Exception {
        long start = System.nanoTime();
        long id = PolicyEditorFixtures.draftWithFixtures(lifecycle).id();
        WebDriver driver = browser.driver();
        browser.open("/policies/drafts/" + id + "/editor?file=" + PolicyEditorFixtures.DMN);

        browser.waitUpTo(EDITOR_LOAD).until(
                ExpectedConditions.frameToBeAvailableAndSwitchToIt(By.cssSelector("#policy-editor iframe")));
        WebElement node = browser.waitUpTo(EDITOR_LOAD).until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("[data-nodelabel='Fit level']")));
        long rendered = System.nanoTime();
        browser.screenshot("1-diagram");

        // The Edit label appears while the pointer is over the decision node.
        new Actions(driver).moveToElement(node).perform();
        browser.waitUpTo(STEP).until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("[data-nodelabel='Fit level'] .kie-dmn-editor--edit-expression-node-panel"))).click();
        WebElement cell = browser.waitUpTo(STEP).until(
                ExpectedConditions.visibilityOfElementLocated(dataCellWithValue("\"HIGH\"")));
        assertThat(driver.findElements(By.cssSelector("td.data-cell"))).hasSizeGreaterThanOrEqualTo(4);
        browser.screenshot("2-decision-table");
        browser.page("dmn-editor");

        new Actions(driver).doubleClick(cell).perform();
        new Actions(driver).keyDown(Keys.CONTROL).sendKeys("a").keyUp(Keys.CONTROL)
                .sendKeys("\"TOP\"").sendKeys(Keys.TAB).perform();
        browser.waitUpTo(STEP).until(ExpectedConditions.visibilityOfElementLocated(dataCellWithValue("\"TOP\"")));
        browser.screenshot("3-cell-changed");

        driver.switchTo().defaultContent();
        browser.waitUpTo(STEP).until(ExpectedConditions.textToBe(By.id("editor-status"), "Ada perubahan yang belum disimpan."));
        browser.waitUpTo(STEP).until(ExpectedConditions.elementToBeClickable(By.id("save-button"))).click();
        browser.waitUpTo(STEP).until(ExpectedConditions.attributeContains(By.id("editor-status"), "class", "ok"));
        assertThat(driver.findElement(By.id("editor-status")).getText())
                .isEqualTo("Tersimpan di draf " + id + ": " + PolicyEditorFixtures.DMN);
        browser.screenshot("4-saved");
        assertThat(outputEntries(lifecycle.content(id, PolicyEditorFixtures.DMN))).containsExactly("\"LOW\"", "\"TOP\"");

        // The policies page: check the draft, then validation and impact are shown with it.
        browser.open("/policies");
        By draft = By.id("draft-" + id);
        browser.waitUpTo(STEP).until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("#draft-" + id + " button.check"))).click();
        browser.waitUpTo(EDITOR_LOAD).until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#draft-" + id + " .impact .impact-eligibility")));
        WebElement panel = driver.findElement(draft);
        assertThat(panel.findElement(By.cssSelector(".validation .status")).getText())
                .isEqualTo("Kebijakan dapat dikompilasi tanpa masalah.");
        assertThat(panel.findElement(By.cssSelector(".scenarios .status")).getAttribute("class")).contains("ok");
        assertThat(panel.findElement(By.cssSelector(".impact .impact-eligibility")).getText())
                .matches("0 dari [0-9.]+ pegawai berubah kelayakannya\\.");
        assertThat(panel.findElement(By.cssSelector("li[data-path='" + PolicyEditorFixtures.DMN + "'] a"))
                .getAttribute("href")).endsWith("/policies/drafts/" + id + "/editor?file=" + PolicyEditorFixtures.DMN);
        browser.screenshot("5-checked");
        browser.page("policies");
        System.out.printf("DmnEditorBrowserTest: editor rendered in %d ms, whole test %d ms%n",
                (rendered - start) / 1_000_000, (System.nanoTime() - start) / 1_000_000);
    }

    /** The FEEL text of every output entry of a DMN, in row order. */
    private static List<String> outputEntries(String dmn) throws Exception {
        Document document = id.seimbang.policy.DmnSafetyCheck.secureBuilder()
                .parse(new java.io.ByteArrayInputStream(dmn.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        NodeList entries = document.getElementsByTagNameNS("*", "outputEntry");
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < entries.getLength(); i++) {
            texts.add(entries.item(i).getTextContent().strip());
        }
        return texts;
    }

    /** A table cell by the FEEL text it holds (the editor keeps the raw text in a hidden span). */
    private static By dataCellWithValue(String feel) {
        return By.xpath("//td[contains(@class,'data-cell')][.//*[contains(@class,'editable-cell-raw-value')"
                + " and normalize-space()='" + feel + "']]");
    }
}
