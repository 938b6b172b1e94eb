package vn.lachan.devstack.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.lachan.devstack.LocalStack;
import vn.lachan.devstack.SharedStack;

/**
 * The citizens' pages as a citizen uses them, in a real headless Chromium against the whole local stack and
 * without signing in: an anonymous report with the scammer's phone number (first refused for a malformed number,
 * the error shown next to the field), the tracking code and secret read off the receipt, the tip followed on the
 * tracking page, a message added to the thread, a wrong secret and an unknown code answered alike, and the phone
 * number found by the scam check in another notation. The gateway allows an address 10 public calls at once and
 * 2 a second: this test makes 7. Screenshots go to {@code devstack/target/public-*.png}.
 */
@Tag("browser")
class PublicTipPortalTest {

    static final Duration PATIENCE = Duration.ofSeconds(30);
    static final int WIDTH = 1280;
    static final int HEIGHT = 860;
    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    static final String NEUTRAL = "Không tìm thấy tin báo với mã theo dõi và mật mã này";

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
        chromium = HeadlessChromium.open(WIDTH, HEIGHT);
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
    void aCitizenReportsAScamAnonymouslyFollowsItWithCodeAndSecretAndFindsTheNumberInTheScamCheck() throws Exception {
        // a number no earlier run used, so that its scam check shows this one report
        String digits = "98" + String.format("%07d", new SecureRandom().nextInt(10_000_000)); // 098: an assigned range
        String asWritten = "0" + digits.substring(0, 3) + "." + digits.substring(3, 6) + "." + digits.substring(6);
        String inAnotherNotation = "+84 " + digits.substring(0, 2) + " " + digits.substring(2, 5) + " " + digits.substring(5);
        LocalDate yesterday = LocalDate.now(VIETNAM).minusDays(1);

        // the page is open to everyone, in Vietnamese first
        browser.get(stack.gatewayUrl() + "/");
        WebElement publicLink = waitForVisible("public-link");
        assertThat(publicLink.getText()).contains("Tố giác tội phạm");
        publicLink.click();
        waitForVisible("report-form");
        assertThat(browser.getCurrentUrl()).isEqualTo(stack.gatewayUrl() + "/public.html#/report");
        assertThat(htmlLang()).isEqualTo("vi");
        assertThat(browser.getTitle()).contains("Lá Chắn");
        assertThat(text("tab-report")).isEqualTo("Gửi tố giác");
        assertThat(browser.findElement(By.id("identity-anonymous")).isSelected()).as("anonymous by default").isTrue();
        assertThat(visible("reporter-name")).isFalse();
        assertThat(new Select(browser.findElement(By.id("modus"))).getOptions()).extracting(WebElement::getText)
                .contains("Giả danh cơ quan tư pháp (công an, viện kiểm sát, tòa án)", "Thủ đoạn khác");

        // the report, with a phone number the service refuses: the error stands next to the number
        new Select(browser.findElement(By.id("modus"))).selectByValue("IMPERSONATE_AUTHORITY");
        type("narrative", "Một người xưng là cán bộ công an gọi điện, nói tôi liên quan đến một vụ rửa tiền "
                + "và yêu cầu chuyển tiền vào tài khoản \"tạm giữ\" để chứng minh trong sạch.");
        type("loss", "45000000");
        type("transfer-date", yesterday.format(DAY));
        type("transfer-time", "20:15");
        new Select(browser.findElement(By.id("indicator-type-0"))).selectByValue("PHONE");
        type("indicator-value-0", "0912 34");
        screenshot("1-report-form");
        browser.findElement(By.id("report-submit")).click();
        WebElement numberError = waitForVisible("indicator-value-0-error");
        assertThat(numberError.getText()).contains("Số điện thoại không hợp lệ");
        assertThat(browser.findElement(By.id("indicator-value-0")).getDomAttribute("aria-invalid")).isEqualTo("true");
        assertThat(text("report-errors")).contains("Dấu hiệu 1");
        assertThat(visible("receipt")).isFalse();
        assertThat(browser.findElement(By.id("loss")).getDomProperty("value")).as("grouped on leaving the field")
                .isEqualTo("45.000.000");
        screenshot("2-field-error");

        // corrected, it is received: the tracking code and the secret, once
        type("indicator-value-0", asWritten);
        browser.findElement(By.id("report-submit")).click();
        WebElement code = waitForVisible("receipt-code");
        String trackingCode = code.getText();
        String secret = text("receipt-secret");
        assertThat(trackingCode).matches("LC-[23456789ABCDEFGHJKMNPQRSTVWXYZ]{4}-[23456789ABCDEFGHJKMNPQRSTVWXYZ]{4}");
        assertThat(secret).matches("[A-Z2-7]{4}(-[A-Z2-7]{4}){7}");
        assertThat(text("receipt-warning")).contains("Mật mã chỉ hiện một lần này");
        assertThat(text("receipt-anonymous")).isEqualTo("Ẩn danh");
        assertThat(visible("report-form")).isFalse();
        String received = text("receipt-received");
        assertThat(received).matches("\\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2}");
        String due = vn.lachan.platform.time.LegalCalendar.shipped()
                .plusDays(LocalDate.parse(received.substring(0, 10), DAY), 20).format(DAY);
        assertThat(text("receipt-due")).isEqualTo(due);
        screenshot("3-receipt");

        // the tracking page, with code and secret typed in
        browser.findElement(By.id("receipt-track")).click();
        waitForVisible("track-form");
        assertThat(browser.getCurrentUrl()).endsWith("/public.html#/track");
        type("track-code", trackingCode.toLowerCase().replace("-", " "));
        type("track-secret", secret);
        browser.findElement(By.id("track-submit")).click();
        WebElement status = waitForVisible("tip-status");
        assertThat(status.getText()).isEqualTo("Đã tiếp nhận");
        assertThat(text("tip-code")).isEqualTo(trackingCode);
        assertThat(text("tip-due")).isEqualTo(due);
        assertThat(text("tip-received")).isEqualTo(received);
        assertThat(visible("thread-empty")).isTrue();
        assertThat(browser.getCurrentUrl()).as("the secret stays out of the address").doesNotContain(secret);

        // more information for the officer, in the thread at once
        String addition = "Đối tượng còn gọi từ một số khác và gửi ảnh giấy triệu tập giả qua Zalo.";
        type("message-text", addition);
        browser.findElement(By.id("message-send")).click();
        waiting.until(ExpectedConditions.textToBePresentInElementLocated(By.id("thread"), addition));
        assertThat(text("thread")).contains("Bạn");
        assertThat(visible("thread-empty")).isFalse();
        assertThat(browser.findElement(By.id("message-text")).getDomProperty("value")).isEmpty();
        screenshot("4-tracking");

        // a wrong secret and an unknown code get the same neutral answer, and show nothing of the tip
        browser.findElement(By.id("track-close")).click();
        waitForVisible("track-form");
        assertThat(visible("tip-view")).isFalse();
        type("track-code", trackingCode);
        type("track-secret", (secret.charAt(0) == 'A' ? "B" : "A") + secret.substring(1));
        browser.findElement(By.id("track-submit")).click();
        String wrongSecret = waitForVisible("track-error").getText();
        assertThat(wrongSecret).contains(NEUTRAL);
        assertThat(visible("tip-view")).isFalse();
        screenshot("5-wrong-secret");
        type("track-code", unknownCode(trackingCode));
        type("track-secret", secret);
        clearNeutralAnswer();
        browser.findElement(By.id("track-submit")).click();
        assertThat(waitForVisible("track-error").getText()).isEqualTo(wrongSecret);
        assertThat(visible("tip-view")).isFalse();

        // the scam check reads the number written differently, and tells nothing of the undecided report
        browser.findElement(By.id("tab-check")).click();
        waitForVisible("check-form");
        new Select(browser.findElement(By.id("check-type"))).selectByValue("PHONE");
        type("check-value", inAnotherNotation);
        browser.findElement(By.id("check-submit")).click();
        WebElement verdict = waitForVisible("check-status");
        assertThat(verdict.getText()).isEqualTo("Chưa có thông tin đã xác minh");
        assertThat(text("check-normalized")).isEqualTo("+84" + digits);
        String today = LocalDate.parse(received.substring(0, 10), DAY).format(DAY);
        assertThat(text("check-detail")).doesNotContain("tin báo", today);
        assertThat(text("check-result")).doesNotContain(trackingCode, "cán bộ công an gọi điện");
        assertThat(visible("review-form")).isFalse();
        screenshot("6-scam-check");

        // English, from the answer already there, and remembered
        browser.findElement(By.id("lang-switch")).click();
        waiting.until(driver -> "en".equals(htmlLang()));
        assertThat(text("check-status")).isEqualTo("No verified information");
        assertThat(text("check-detail")).doesNotContain("report", today);
        assertThat(text("tab-track")).isEqualTo("Follow your tip");
        screenshot("7-scam-check-en");
        browser.navigate().refresh();
        waitForVisible("check-form");
        assertThat(htmlLang()).isEqualTo("en");
        assertThat(text("check-title")).isEqualTo("Check a phone number, account or website");
    }

    /** A well-formed code that is not this tip's: its last character changed. */
    static String unknownCode(String code) {
        char last = code.charAt(code.length() - 1);
        return code.substring(0, code.length() - 1) + (last == 'Z' ? 'Y' : 'Z');
    }

    /** Hides the previous neutral answer, so that waiting for it waits for the new one. */
    void clearNeutralAnswer() {
        ((JavascriptExecutor) browser).executeScript("document.getElementById('track-error').hidden = true;");
    }

    void type(String id, String value) {
        WebElement field = browser.findElement(By.id(id));
        field.clear();
        field.sendKeys(value);
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

    /** The whole page, not only the window: the window grows to the page's height for the picture. */
    void screenshot(String step) throws IOException {
        JavascriptExecutor page = (JavascriptExecutor) browser;
        page.executeScript("window.scrollTo(0, 0);");
        Number frame = (Number) page.executeScript("return window.outerHeight - window.innerHeight;");
        Number height = (Number) page.executeScript("return document.documentElement.scrollHeight;");
        browser.manage().window().setSize(new Dimension(WIDTH, Math.max(HEIGHT, height.intValue() + frame.intValue())));
        try {
            Path shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
            Path target = Path.of("target");
            Files.createDirectories(target);
            Files.copy(shot, target.resolve("public-" + step + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } finally {
            browser.manage().window().setSize(new Dimension(WIDTH, HEIGHT));
        }
        PortalChecks.check(browser, "public-" + step);
    }
}
