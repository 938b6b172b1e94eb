package vn.lachan.devstack.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.lachan.devstack.LocalStack;
import vn.lachan.devstack.SharedStack;

/**
 * The portal as a person uses it, in a real headless Chromium against the whole local stack: signing in
 * on Keycloak's own login page, seeing one's name, unit and what one's roles may use, switching to
 * English, and signing out of the portal and of Keycloak. Screenshots of each step go to
 * {@code devstack/target/portal-*.png}.
 */
@Tag("browser")
class PortalLoginTest {

    static final Duration PATIENCE = Duration.ofSeconds(30);

    static LocalStack stack;
    WebDriver browser;
    WebDriverWait waiting;
    HeadlessChromium chromium;

    @BeforeAll
    static void startStack() {
        HeadlessChromium.requireInstalled();
        stack = SharedStack.get();
    }

    @BeforeEach
    void openBrowser() {
        chromium = HeadlessChromium.open(1280, 860);
        browser = chromium.driver();
        waiting = new WebDriverWait(browser, PATIENCE);
    }

    @AfterEach
    void closeBrowser() {
        if (chromium != null) {
            chromium.close();
        }
    }

    @Test
    void aDistrictReporterSignsInSeesWhatTheirRolesMayUseSwitchesToEnglishAndSignsOut() throws Exception {
        browser.get(stack.gatewayUrl() + "/");
        WebElement login = waitForVisible("login");
        assertThat(login.getText()).isEqualTo("Đăng nhập");
        assertThat(htmlLang()).isEqualTo("vi");
        assertThat(browser.getTitle()).contains("Lá Chắn");
        screenshot("1-signed-out");

        login.click();
        waitForVisible("username");
        assertThat(browser.getCurrentUrl()).startsWith(stack.keycloakUrl() + "/realms/lachan/");
        assertThat(htmlLang()).as("Keycloak's page in the portal's language").isEqualTo("vi");
        // in Vietnamese words too (the realm's login theme lachan; Keycloak ships no Vietnamese)
        assertThat(browser.findElement(By.id("kc-login")).getText()).isEqualTo("Đăng nhập");
        assertThat(browser.findElement(By.id("kc-page-title")).getText()).isEqualTo("Đăng nhập vào tài khoản");
        screenshot("2-keycloak-login");
        browser.findElement(By.id("username")).sendKeys("baocao.caolanh");
        browser.findElement(By.id("password")).sendKeys("lachan-dev");
        browser.findElement(By.id("kc-login")).click();

        WebElement name = waitForVisible("user-name");
        waiting.until(ExpectedConditions.textToBePresentInElement(name, "Đặng Văn Hùng"));
        assertThat(browser.getCurrentUrl()).startsWith(stack.gatewayUrl() + "/");
        assertThat(text("user-unit")).isEqualTo("huyen-cao-lanh");
        assertThat(text("user-roles")).contains("report-submitter", "Lập báo cáo");
        assertThat(visible("nav-reports")).isTrue();
        assertThat(text("nav-reports")).isEqualTo("Báo cáo định kỳ");
        assertThat(visible("nav-budget")).as("budget").isFalse();
        assertThat(visible("nav-audit")).as("audit").isFalse();
        assertThat(visible("login")).isFalse();
        assertThat(text("logout")).isEqualTo("Đăng xuất");
        // Tổng quan: the reports a district owes, read from report-service, each figure a link to the list
        waiting.until(ExpectedConditions.attributeToBe(By.id("overview-reports"), "aria-busy", "false"));
        assertThat(browser.findElement(By.id("overview-reports-due")).getDomAttribute("href")).isEqualTo("#/reports");
        assertThat(browser.findElement(By.id("overview-reports-late")).getText()).contains("Báo cáo chậm nộp");
        assertThat(visible("overview-budget")).as("no budget figures for a report submitter").isFalse();
        assertThat(visible("overview-tips")).as("no tip figures for a report submitter").isFalse();
        screenshot("3-signed-in-vi");

        browser.findElement(By.id("lang-switch")).click();
        waiting.until(driver -> "en".equals(htmlLang()));
        assertThat(text("logout")).isEqualTo("Sign out");
        assertThat(text("nav-reports")).isEqualTo("Periodic reports");
        assertThat(text("user-roles")).contains("Report submitter");
        assertThat(text("lang-switch")).isEqualTo("Tiếng Việt");
        browser.findElement(By.id("nav-reports")).click();
        waiting.until(ExpectedConditions.textToBe(By.id("page-title"), "Periodic reports"));
        screenshot("4-signed-in-en");

        browser.navigate().refresh();
        waiting.until(ExpectedConditions.textToBePresentInElementLocated(By.id("user-name"), "Đặng Văn Hùng"));
        assertThat(htmlLang()).as("the language is remembered").isEqualTo("en");

        browser.findElement(By.id("logout")).click();
        waiting.until(driver -> driver.getCurrentUrl().startsWith(stack.gatewayUrl() + "/"));
        WebElement loginAgain = waitForVisible("login");
        assertThat(loginAgain.getText()).isEqualTo("Sign in");
        assertThat(visible("user-name")).isFalse();
        assertThat(statusOf("/portal/me")).isEqualTo(401);
        screenshot("5-signed-out-en");

        loginAgain.click();
        waitForVisible("username"); // Keycloak's session ended too: it asks for the password again
        assertThat(htmlLang()).isEqualTo("en");
        assertThat(browser.findElement(By.id("kc-login")).getText()).isEqualTo("Sign In");
        screenshot("6-keycloak-after-logout");
    }

    WebElement waitForVisible(String id) {
        return waiting.until(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
    }

    boolean visible(String id) {
        return browser.findElements(By.id(id)).stream().anyMatch(WebElement::isDisplayed);
    }

    String text(String id) {
        return browser.findElement(By.id(id)).getText();
    }

    String htmlLang() {
        return browser.findElement(By.tagName("html")).getDomAttribute("lang");
    }

    /** What the gateway answers the page's own request, with the browser's cookies. */
    long statusOf(String path) {
        Object status = ((JavascriptExecutor) browser).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "fetch(arguments[0], {credentials: 'same-origin'}).then(r => done(r.status), e => done(-1));",
                path);
        return ((Number) status).longValue();
    }

    void screenshot(String step) throws IOException {
        Path shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
        Path target = Path.of("target");
        Files.createDirectories(target);
        Files.copy(shot, target.resolve("portal-" + step + ".png"), StandardCopyOption.REPLACE_EXISTING);
        PortalChecks.check(browser, "portal-" + step);
    }
}
