package vn.lachan.devstack.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.lachan.devstack.LocalStack;
import vn.lachan.devstack.SharedStack;
import vn.lachan.platform.time.LegalCalendar;

/**
 * The case and freeze pages in a real headless Chromium against the whole local stack. An investigator of PA05 opens
 * a case under Art. 174(2), is told next to the field that the provincial police above PA05 cannot lead it, corrects
 * the leading unit, sees the case's page (stage, investigation due three months later on a working day, history),
 * asks the procuracy for an extension and sends a freeze request to Vietcombank. Vietcombank's liaison officer sees
 * only her bank's requests, acknowledges it, is told that a hold cannot be dated in the future, and records a partial
 * hold. The investigator then sees the hold and the time it took; the police leader orders 120 million of it released
 * (told first that more than is held cannot be), and Vietcombank reports the release, 200 million staying held. Screenshots go to {@code devstack/target/cases-*.png}.
 */
@Tag("browser")
class CasePortalTest {

    static final LegalCalendar CALENDAR = LegalCalendar.shipped();
    static final Duration PATIENCE = Duration.ofSeconds(30);
    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    static final Pattern CASE_ROUTE = Pattern.compile("#/cases/([0-9a-f-]{36})$");
    static final Pattern FREEZE_ROW = Pattern.compile("^freeze-row-([0-9a-f-]{36})$");

    static LocalStack stack;
    HeadlessChromium chromium;
    ChromeDriver browser;
    WebDriverWait waiting;

    @BeforeAll
    static void startStack() {
        HeadlessChromium.requireInstalled();
        stack = SharedStack.get();
    }

    @AfterEach
    void closeBrowser() {
        if (chromium != null) {
            chromium.close();
        }
    }

    @Test
    void anInvestigatorOpensACaseAndAsksABankToFreezeMoneyWhichTheBankHolds() throws Exception {
        LocalDate today = LocalDate.now(VIETNAM);
        String marker = UUID.randomUUID().toString().substring(0, 8);
        String title = "Kiểm thử cổng " + marker + ": lừa đầu tư tiền ảo qua mạng xã hội";

        // the investigator opens a case, first with a leading unit above her own
        signIn("dieutra");
        waitForVisible("nav-cases").click();
        waitForVisible("cases-tab-new").click();
        waitForVisible("case-form");
        choose("case-article", "174");
        choose("case-clause", "2");
        assertThat(new Select(browser.findElement(By.id("case-clause"))).getFirstSelectedOption().getText())
                .isEqualTo("Khoản 2 — tội phạm nghiêm trọng, điều tra 3 tháng");
        type("case-title", title);
        assertThat(browser.findElement(By.id("case-lead-unit")).getDomProperty("value"))
                .as("the leading unit starts as the opener's own").isEqualTo("cong-an-tinh-pa05");
        type("case-lead-unit", "cong-an-tinh");
        browser.findElement(By.id("case-submit")).click();

        WebElement unitError = waitForVisible("case-lead-unit-error");
        assertThat(unitError.getText()).contains("Chỉ giao vụ án cho đơn vị của mình (cong-an-tinh-pa05)");
        assertThat(browser.findElement(By.id("case-lead-unit")).getDomAttribute("aria-invalid")).isEqualTo("true");
        assertThat(visible("case-title-error")).as("only the leading unit is wrong").isFalse();
        assertThat(text("case-form-message")).contains("Vui lòng sửa");
        assertThat(browser.getCurrentUrl()).endsWith("#/cases/new");
        screenshot("1-open-refused");

        browser.findElement(By.id("lang-switch")).click();
        waiting.until(ExpectedConditions.textToBePresentInElementLocated(By.id("case-lead-unit-error"),
                "A case can be led only by the opener's own unit"));
        assertThat(browser.findElement(By.id("case-title")).getDomProperty("value"))
                .as("switching the language keeps what was typed").isEqualTo(title);
        browser.findElement(By.id("lang-switch")).click();
        waiting.until(ExpectedConditions.textToBe(By.id("case-submit"), "Khởi tố vụ án"));

        type("case-lead-unit", "cong-an-tinh-pa05");
        browser.findElement(By.id("case-submit")).click();
        waiting.until(driver -> CASE_ROUTE.matcher(driver.getCurrentUrl()).find());
        Matcher route = CASE_ROUTE.matcher(browser.getCurrentUrl());
        assertThat(route.find()).isTrue();
        String caseId = route.group(1);
        waiting.until(ExpectedConditions.textToBe(By.id("case-stage"), "Đang điều tra"));
        assertThat(text("case-message")).isEqualTo("Đã khởi tố vụ án.");
        assertThat(text("case-number")).startsWith("VA-" + today.getYear() + "-");
        assertThat(text("case-title")).isEqualTo(title);
        assertThat(text("case-offence")).isEqualTo("khoản 2 Điều 174");
        assertThat(text("case-category")).isEqualTo("tội phạm nghiêm trọng");
        assertThat(text("case-investigation-due")).as("3 months for a serious crime, on a working day (Art. 172, 134)")
                .isEqualTo(CALENDAR.plusMonths(today, 3).format(DAY));
        assertThat(text("case-lead-unit")).contains("cong-an-tinh-pa05");
        assertThat(text("case-history")).contains("Khởi tố vụ án", "dieutra");
        assertThat(browser.findElements(By.id("move-form-toggle"))).as("moving the case is the police leader's").isEmpty();

        // the investigator asks the procuracy for more time, with the letter's number
        browser.findElement(By.id("extension-form-toggle")).click();
        choose("extension-months", "3");
        type("extension-document-number", "15/CV-PA05-" + marker);
        type("extension-reason", "Cần xác minh dòng tiền tại nhiều ngân hàng.");
        browser.findElement(By.id("extension-form-submit")).click();
        waiting.until(ExpectedConditions.textToBePresentInElementLocated(By.id("case-history"), "15/CV-PA05-" + marker));
        assertThat(text("case-message")).isEqualTo("Đã gửi văn bản đề nghị gia hạn điều tra đến Viện kiểm sát.");
        assertThat(text("case-extension-pending")).contains("3 tháng");
        assertThat(text("case-history")).contains("Đề nghị gia hạn điều tra", today.format(DAY));
        screenshot("2-case");

        // … and asks Vietcombank to freeze the first account the victim's money went to
        browser.findElement(By.id("freeze-form-toggle")).click();
        choose("freeze-bank", "vcb-dong-thap");
        type("freeze-account", "0071000" + marker.replaceAll("[^0-9]", "1").substring(0, 6));
        type("freeze-holder", "NGUYEN VAN KIEM THU");
        type("freeze-amount", "450.000.000");
        type("freeze-reason", "Nhận chuyển khoản 450.000.000 đ của bị hại (" + marker + ").");
        browser.findElement(By.id("freeze-submit")).click();
        waiting.until(ExpectedConditions.textToBe(By.id("case-message"), "Đã gửi yêu cầu phong tỏa đến ngân hàng."));
        WebElement row = waiting.until(driver -> driver.findElements(By.cssSelector("#case-freeze-table tbody tr")).stream()
                .filter(r -> r.getText().contains("450.000.000 đ") && r.getText().contains("Vietcombank"))
                .findFirst().orElse(null));
        Matcher rowId = FREEZE_ROW.matcher(row.getDomAttribute("id"));
        assertThat(rowId.find()).isTrue();
        String freezeId = rowId.group(1);
        assertThat(row.getText()).contains("Vietcombank", "Chờ ngân hàng", "Tầng 1");
        screenshot("3-freeze-sent");
        chromium.close();

        // Vietcombank's liaison sees only her bank's requests and answers this one
        signIn("nganhang.vcb");
        waitForVisible("nav-freeze").click();
        waitUntilLoaded("freeze-results");
        waiting.until(ExpectedConditions.textToBePresentInElementLocated(By.id("freeze-row-" + freezeId), "Vietcombank"));
        WebElement bankRow = browser.findElement(By.id("freeze-row-" + freezeId));
        assertThat(bankRow.getText()).contains("450.000.000 đ", "Chờ ngân hàng", "NGUYEN VAN KIEM THU");
        // the bank's clock: acknowledge within 15 minutes of the request
        assertThat(text("freeze-clock-" + freezeId)).contains("Hạn tiếp nhận", "còn trong hạn");
        // the escalation list: a request just sent is not overdue
        browser.findElement(By.id("freeze-filter-overdue")).click();
        browser.findElement(By.id("freeze-filter-apply")).click();
        waiting.until(ExpectedConditions.invisibilityOfElementLocated(By.id("freeze-row-" + freezeId)));
        assertThat(browser.findElements(By.id("freeze-list-error"))).as("the overdue list loaded").isEmpty();
        browser.findElement(By.id("freeze-filter-overdue")).click();
        browser.findElement(By.id("freeze-filter-apply")).click();
        waitForVisible("freeze-row-" + freezeId);
        List<WebElement> rows = browser.findElements(By.cssSelector("#freeze-table tbody tr"));
        assertThat(rows).allSatisfy(r -> assertThat(r.getText()).contains("Vietcombank"));
        assertThat(text("freeze-intro")).contains("Vietcombank");
        assertThat(browser.findElements(By.id("nav-cases"))).as("a bank sees no cases").isEmpty();
        screenshot("4-bank-list");

        browser.findElement(By.id("freeze-link-" + freezeId)).click();
        waiting.until(ExpectedConditions.textToBe(By.id("freeze-status"), "Chờ ngân hàng"));
        assertThat(text("freeze-asked")).isEqualTo("450.000.000 đ");
        browser.findElement(By.id("freeze-acknowledge")).click();
        waiting.until(ExpectedConditions.textToBe(By.id("freeze-status"), "Ngân hàng đã tiếp nhận"));
        assertThat(text("freeze-facts")).contains("Ngân hàng tiếp nhận lúc");

        type("hold-amount", "320.000.000");
        type("hold-held-at", today.plusDays(1).format(DAY) + " 10:00");
        browser.findElement(By.id("hold-submit")).click();
        WebElement heldAtError = waitForVisible("hold-held-at-error");
        assertThat(heldAtError.getText()).contains("Thời điểm không được ở tương lai");
        assertThat(text("freeze-status")).as("nothing is held after a refusal").isEqualTo("Ngân hàng đã tiếp nhận");
        assertThat(browser.findElement(By.id("hold-amount")).getDomProperty("value")).isEqualTo("320.000.000");
        screenshot("5-bank-refused");

        browser.findElement(By.id("hold-held-at")).sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE); // typed away
        browser.findElement(By.id("hold-submit")).click();
        waiting.until(ExpectedConditions.textToBe(By.id("freeze-status"), "Đã phong tỏa"));
        assertThat(text("freeze-message")).isEqualTo("Đã ghi nhận trả lời của ngân hàng.");
        assertThat(text("freeze-held")).isEqualTo("320.000.000 đ (một phần)");
        assertThat(text("freeze-time-to-hold")).matches("(\\d+ (ngày|giờ|phút|giây) ?)+");
        assertThat(browser.findElements(By.id("hold-form"))).as("a hold is final").isEmpty();
        screenshot("6-bank-held");
        chromium.close();

        // the investigator sees the hold on the case and in the freeze section
        signIn("dieutra");
        browser.get(stack.gatewayUrl() + "/#/cases/" + caseId);
        waitForVisible("case-freeze-table");
        WebElement held = waitForVisible("freeze-row-" + freezeId);
        assertThat(held.getText()).contains("Đã phong tỏa", "320.000.000 đ (một phần)", "Hạn phong tỏa", "đúng hạn");
        waitForVisible("nav-freeze").click();
        waitUntilLoaded("freeze-results");
        assertThat(waitForVisible("freeze-row-" + freezeId).getText()).contains("Đã phong tỏa", "320.000.000 đ");
        browser.findElement(By.id("freeze-link-" + freezeId)).click();
        waiting.until(ExpectedConditions.textToBe(By.id("freeze-status"), "Đã phong tỏa"));
        assertThat(text("freeze-time-to-hold")).matches("(\\d+ (ngày|giờ|phút|giây) ?)+");
        assertThat(browser.findElements(By.id("hold-form"))).as("only the bank answers").isEmpty();
        assertThat(browser.findElements(By.id("release-form"))).as("only a police leader releases").isEmpty();
        screenshot("7-investigator-sees-hold");
        chromium.close();

        // the head of the investigation agency releases 120 million of the hold
        signIn("lanhdao.congan");
        browser.get(stack.gatewayUrl() + "/#/freeze/" + freezeId);
        waiting.until(ExpectedConditions.textToBe(By.id("freeze-status"), "Đã phong tỏa"));
        waitForVisible("release-form-toggle").click();
        type("release-amount", "999.000.000");
        type("release-document-number", "07/LGT-CSĐT");
        type("release-reason", "Số tiền là tài sản hợp pháp của chủ tài khoản (" + marker + ").");
        browser.findElement(By.id("release-submit")).click();
        assertThat(waitForVisible("release-amount-error").getText()).contains("vượt quá", "320.000.000 đ");
        assertThat(text("freeze-status")).as("nothing released after a refusal").isEqualTo("Đã phong tỏa");
        type("release-amount", "120.000.000");
        browser.findElement(By.id("release-submit")).click();
        waiting.until(ExpectedConditions.textToBe(By.id("freeze-status"), "Có lệnh giải tỏa, chờ ngân hàng"));
        assertThat(text("release-orders")).contains("07/LGT-CSĐT", "120.000.000 đ", "vien-kiem-sat-tinh",
                "Chờ ngân hàng thực hiện");
        screenshot("8-release-ordered");
        chromium.close();

        // Vietcombank reports the release: the rest stays held
        signIn("nganhang.vcb");
        browser.get(stack.gatewayUrl() + "/#/freeze/" + freezeId);
        waiting.until(ExpectedConditions.textToBe(By.id("freeze-status"), "Có lệnh giải tỏa, chờ ngân hàng"));
        assertThat(browser.findElements(By.id("release-form"))).as("only a police leader releases").isEmpty();
        assertThat(text("release-clock")).contains("Hạn ngân hàng thực hiện lệnh giải tỏa", "còn trong hạn");
        // a minute ahead, so that the minute typed is never before the order (within the clocks' tolerance)
        type("report-released-at", ZonedDateTime.now(VIETNAM).plusMinutes(1)
                .format(DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")));
        type("report-released-amount", "120.000.000");
        browser.findElement(By.id("report-released-submit")).click();
        waiting.until(ExpectedConditions.textToBe(By.id("freeze-status"), "Đã phong tỏa"));
        assertThat(text("freeze-message")).isEqualTo("Đã ghi nhận ngân hàng giải tỏa.");
        assertThat(text("freeze-still-held")).contains("200.000.000 đ");
        assertThat(text("release-orders")).contains("Ngân hàng đã giải tỏa");
        screenshot("9-bank-released");
    }

    void signIn(String username) {
        chromium = HeadlessChromium.open(1280, 860);
        browser = chromium.driver();
        waiting = new WebDriverWait(browser, PATIENCE);
        waiting.ignoring(StaleElementReferenceException.class); // the pages replace their content when data arrives
        browser.get(stack.gatewayUrl() + "/");
        waitForVisible("login").click();
        waitForVisible("username").sendKeys(username);
        browser.findElement(By.id("password")).sendKeys("lachan-dev");
        browser.findElement(By.id("kc-login")).click();
        waitForVisible("user-name");
    }

    /** Waits until a list has the answer to its latest request (the pages mark it busy until then). */
    void waitUntilLoaded(String id) {
        waiting.until(driver -> driver.findElement(By.id(id)).getDomAttribute("aria-busy") == null);
    }

    void choose(String id, String value) {
        new Select(waitForVisible(id)).selectByValue(value);
    }

    void type(String id, String value) {
        WebElement field = waitForVisible(id);
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
        Files.write(target.resolve("cases-" + step + ".png"), Base64.getDecoder().decode((String) shot.get("data")));
        PortalChecks.check(browser, "cases-" + step);
    }
}
