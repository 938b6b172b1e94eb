package vn.lachan.devstack.portal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One user signed in to the portal in a headless Chromium, with the steps the portal tests take: type, choose, wait,
 * read, and a whole-page screenshot followed by the portal's checks (axe-core, phone width). New portal tests use
 * it; the older ones still carry their own copies of these steps.
 */
final class PortalBrowser implements AutoCloseable {

    static final Duration PATIENCE = Duration.ofSeconds(30);

    private final HeadlessChromium chromium;
    private final String prefix;
    final ChromeDriver browser;
    final WebDriverWait waiting;

    private PortalBrowser(HeadlessChromium chromium, String prefix) {
        this.chromium = chromium;
        this.prefix = prefix;
        this.browser = chromium.driver();
        this.waiting = new WebDriverWait(browser, PATIENCE);
        waiting.ignoring(StaleElementReferenceException.class); // the pages replace their content when data arrives
    }

    /** Signs {@code username} in through Keycloak's page; screenshots are named {@code <prefix>-<step>.png}. */
    static PortalBrowser signIn(String gatewayUrl, String username, String prefix) {
        PortalBrowser portal = new PortalBrowser(HeadlessChromium.open(1280, 860), prefix);
        portal.browser.get(gatewayUrl + "/");
        portal.waitForVisible("login").click();
        portal.waitForVisible("username").sendKeys(username);
        portal.browser.findElement(By.id("password")).sendKeys("lachan-dev");
        portal.browser.findElement(By.id("kc-login")).click();
        portal.waitForVisible("user-name");
        return portal;
    }

    /** Waits until a list has the answer to its latest request (the pages mark it busy until then). */
    void waitUntilLoaded(String id) {
        waiting.until(driver -> driver.findElement(By.id(id)).getDomAttribute("aria-busy") == null);
    }

    void waitForText(String id, String text) {
        waiting.until(ExpectedConditions.textToBe(By.id(id), text));
    }

    /** Chooses {@code value} once the list offers it (a page fills some lists when its data arrives). */
    void choose(String id, String value) {
        waiting.until(driver -> new Select(driver.findElement(By.id(id))).getOptions().stream()
                .anyMatch(o -> value.equals(o.getDomAttribute("value"))));
        new Select(waitForVisible(id)).selectByValue(value);
    }

    void type(String id, String value) {
        WebElement field = waitForVisible(id);
        field.clear();
        field.sendKeys(value);
    }

    void click(String id) {
        waitForVisible(id).click();
    }

    WebElement waitForVisible(String id) {
        return waiting.until(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
    }

    boolean present(String id) {
        return !browser.findElements(By.id(id)).isEmpty();
    }

    String text(String id) {
        return browser.findElement(By.id(id)).getText();
    }

    String value(String id) {
        return browser.findElement(By.id(id)).getDomProperty("value");
    }

    /** The whole page, not only the window, through the DevTools protocol; then the portal's checks. */
    void screenshot(String step) throws IOException {
        Number width = (Number) ((JavascriptExecutor) browser).executeScript("return document.documentElement.scrollWidth");
        Number height = (Number) ((JavascriptExecutor) browser).executeScript("return document.documentElement.scrollHeight");
        Map<String, Object> shot = browser.executeCdpCommand("Page.captureScreenshot", Map.of(
                "format", "png",
                "captureBeyondViewport", true,
                "clip", Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", 1)));
        Path target = Path.of("target");
        Files.createDirectories(target);
        Files.write(target.resolve(prefix + "-" + step + ".png"), Base64.getDecoder().decode((String) shot.get("data")));
        PortalChecks.check(browser, prefix + "-" + step);
    }

    @Override
    public void close() {
        chromium.close();
    }
}
