package vn.lachan.devstack.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.lachan.devstack.LocalStack;
import vn.lachan.devstack.SharedStack;

/**
 * The officers' tip pages in a real headless Chromium against the whole local stack. An intake officer signs in on
 * Keycloak's page, receives a tip with a phone number, is told next to the field that the number is wrong (in both
 * languages, without losing what was typed), corrects it, finds the tip in the list, opens it (status, decision due
 * 20 days after the day of receipt in Vietnam), sees it in the due-and-overdue view and counted in the statistics by
 * modus operandi. An investigator answers a citizen's public tip, extends its deadline and prosecutes it (the case
 * opened in case-service). Full-page screenshots of each step go to {@code devstack/target/tips-*.png}.
 */
@Tag("browser")
class TipPortalTest {

    /** Deadlines end on a working day (CPC Art. 134). */
    static final vn.lachan.platform.time.LegalCalendar CALENDAR = vn.lachan.platform.time.LegalCalendar.shipped();

    /** What the page says of a tip received on {@code received}, 20 days (and any days off after them) later. */
    static String stillToGo(LocalDate received) {
        return "Còn " + java.time.temporal.ChronoUnit.DAYS.between(LocalDate.now(VIETNAM), CALENDAR.plusDays(received, 20))
                + " ngày";
    }

    static final Duration PATIENCE = Duration.ofSeconds(30);
    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    static final Pattern TIP_ROUTE = Pattern.compile("#/tips/([0-9a-f-]{36})$");
    static final String MODUS = "INVESTMENT_CRYPTO";
    static final String UNIT = "cong-an-tinh";

    static LocalStack stack;
    ChromeDriver browser;
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
        waiting.ignoring(StaleElementReferenceException.class); // the pages replace their content when data arrives
    }

    @AfterEach
    void closeBrowser() {
        if (chromium != null) {
            chromium.close();
        }
    }

    @Test
    void anIntakeOfficerReceivesATipCorrectsAWrongPhoneNumberFindsTheTipAndSeesItCounted() throws Exception {
        // 18 days ago, so that the decision is due in 2 days and the procuracy's notification is late; and at 06:30,
        // which in Vietnam is 23:30 UTC of the day before: a page reading the time in another zone gets the day wrong
        LocalDate received = LocalDate.now(VIETNAM).minusDays(18);
        LocalDate today = LocalDate.now(VIETNAM);
        String receivedAt = received.format(DAY) + " 06:30";
        String narrative = "Kiểm thử cổng: đối tượng rủ đầu tư tiền ảo, hứa lãi 30%/tháng (" + UUID.randomUUID() + ").";

        signIn("tiepnhan");
        assertThat(statusOf("/api/v1/tips/modus-operandi")).as("the form offers the managed modus operandi list")
                .isEqualTo(200);
        waitForVisible("nav-tips").click();
        waitForVisible("tips-tab-statistics");
        assertThat(visible("tips-tab-new")).as("tip-intake may receive tips").isTrue();
        long countedBefore = countInStatistics(received, today);

        browser.findElement(By.id("tips-tab-new")).click();
        waitForVisible("tip-form");
        choose("tip-channel", "HOTLINE");
        choose("tip-source-kind", "DENUNCIATION");
        type("tip-receiving-unit", UNIT);
        type("tip-received-at", receivedAt);
        choose("tip-modus", MODUS);
        assertThat(new Select(browser.findElement(By.id("tip-modus"))).getFirstSelectedOption().getText())
                .isEqualTo("Lừa đầu tư, tiền ảo");
        type("tip-narrative", narrative);
        type("tip-loss", "45000000");
        choose("tip-indicator-type-0", "PHONE");
        type("tip-indicator-value-0", "12345");
        browser.findElement(By.id("tip-submit")).click();

        WebElement phoneError = waitForVisible("tip-indicator-value-0-error");
        assertThat(phoneError.getText()).contains("Số điện thoại không hợp lệ");
        assertThat(browser.findElement(By.id("tip-indicator-value-0")).getDomAttribute("aria-invalid")).isEqualTo("true");
        assertThat(visible("tip-narrative-error")).as("only the phone number is wrong").isFalse();
        assertThat(browser.getCurrentUrl()).endsWith("#/tips/new");
        assertThat(text("tip-form-message")).contains("Vui lòng sửa");
        screenshot("1-intake-error");

        browser.findElement(By.id("lang-switch")).click();
        waiting.until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("tip-indicator-value-0-error"), "Not a valid phone number"));
        assertThat(text("tip-submit")).isEqualTo("Receive the tip");
        assertThat(browser.findElement(By.id("tip-narrative")).getDomProperty("value"))
                .as("switching the language keeps what was typed").isEqualTo(narrative);
        assertThat(browser.findElement(By.id("tip-indicator-value-0")).getDomProperty("value")).isEqualTo("12345");
        browser.findElement(By.id("lang-switch")).click();
        waiting.until(ExpectedConditions.textToBe(By.id("tip-submit"), "Tiếp nhận tin báo"));

        type("tip-indicator-value-0", "0912 345 678");
        browser.findElement(By.id("tip-submit")).click();
        waiting.until(driver -> TIP_ROUTE.matcher(driver.getCurrentUrl()).find());
        Matcher route = TIP_ROUTE.matcher(browser.getCurrentUrl());
        assertThat(route.find()).isTrue();
        String id = route.group(1);
        waiting.until(ExpectedConditions.textToBe(By.id("tip-status"), "Đã tiếp nhận"));
        assertThat(text("tip-message")).isEqualTo("Đã tiếp nhận tin báo.");
        assertDetail(id, received, receivedAt, narrative);
        screenshot("2-detail");

        browser.findElement(By.id("tips-tab-list")).click();
        waitForVisible("tips-filter-unit");
        type("tips-filter-unit", UNIT);
        browser.findElement(By.id("tips-filter-apply")).click();
        waitUntilLoaded("tips-results");
        // newest received first: the suite's other tips of the unit, received since, may fill the first pages
        WebElement row = onSomePage("tips", "tips-results", "tips-row-" + id);
        assertThat(row.getText()).contains(receivedAt, "Lừa đầu tư, tiền ảo", "45.000.000 đ", "Đã tiếp nhận",
                CALENDAR.plusDays(received, 20).format(DAY), "Đường dây nóng", "Kiểm thử cổng");
        screenshot("3-list");

        browser.findElement(By.id("tip-link-" + id)).click();
        waiting.until(driver -> driver.getCurrentUrl().endsWith("#/tips/" + id));
        waiting.until(ExpectedConditions.textToBe(By.id("tip-status"), "Đã tiếp nhận"));
        assertDetail(id, received, receivedAt, narrative);
        assertThat(browser.findElements(By.id("decide-form"))).as("deciding is for investigators and police leaders")
                .isEmpty();

        browser.findElement(By.id("tips-tab-overdue")).click();
        waitForVisible("tips-overdue");
        waitUntilLoaded("tips-overdue");
        assertThat(text("tips-overdue")).contains("Tính đến ngày " + today.format(DAY));
        assertThat(onSomePage("tips-overdue", "tips-overdue", "tips-overdue-row-" + id).getText()).contains(CALENDAR.plusDays(received, 20).format(DAY), stillToGo(received),
                "Chậm (hạn " + CALENDAR.plusDays(received, 3).format(DAY) + ")", receivedAt, "Lừa đầu tư, tiền ảo");
        screenshot("4-overdue");

        long countedAfter = countInStatistics(received, today);
        assertThat(countedAfter).as("the new tip is counted under its modus operandi").isEqualTo(countedBefore + 1);
        WebElement statsRow = browser.findElement(By.id("stats-row-" + MODUS));
        assertThat(statsRow.getText()).contains("Lừa đầu tư, tiền ảo");
        assertThat(text("stats-summary")).contains("Từ " + received.format(DAY) + " đến " + today.format(DAY),
                "Lừa đầu tư, tiền ảo " + countedAfter + " vụ");
        assertThat(browser.findElements(By.cssSelector("#stats-chart li"))).hasSize(13);
        screenshot("5-statistics");

        browser.findElement(By.id("lang-switch")).click();
        waiting.until(ExpectedConditions.textToBePresentInElementLocated(By.id("stats-row-" + MODUS), "Investment or crypto scam"));
        assertThat(text("tips-tab-statistics")).isEqualTo("Statistics");
        screenshot("6-statistics-en");
    }

    @Test
    void anInvestigatorAnswersACitizenExtendsTheDeadlineAndProsecutes() throws Exception {
        LocalDate today = LocalDate.now(VIETNAM);
        String marker = UUID.randomUUID().toString().substring(0, 8);
        String trackingCode = filePublicTip("Kiểm thử cổng " + marker + " (công dân): nhắn tin báo trúng thưởng xe máy, "
                + "yêu cầu nộp phí nhận giải.");

        signIn("dieutra");
        waitForVisible("nav-tips").click();
        waitForVisible("tips-filter-unit");
        type("tips-filter-unit", UNIT);
        browser.findElement(By.id("tips-filter-apply")).click();
        waitUntilLoaded("tips-results");
        WebElement row = browser.findElement(By.xpath("//tr[contains(., '" + marker + "')]"));
        assertThat(row.getText()).contains("Cổng thông tin điện tử", "2.500.000 đ", "Đã tiếp nhận");
        row.findElement(By.className("tip-link")).click();
        waitForVisible("tip-status");
        assertThat(text("tip-status")).isEqualTo("Đã tiếp nhận");
        assertThat(text("tip-decision-due")).isEqualTo(CALENDAR.plusDays(today, 20).format(DAY));

        // the thread with the anonymous citizen
        waiting.until(ExpectedConditions.textToBePresentInElementLocated(By.id("tip-messages"), trackingCode));
        type("reply-text", "Cơ quan công an đã nhận tin báo và đang xác minh.");
        browser.findElement(By.id("reply-form-submit")).click();
        waiting.until(ExpectedConditions.textToBePresentInElementLocated(By.id("tip-thread"), "đang xác minh"));
        assertThat(text("tip-message")).isEqualTo("Đã gửi trả lời.");
        assertThat(text("tip-thread")).contains("Cơ quan công an");

        // the first extension, to the longest allowed: two months after receipt
        browser.findElement(By.id("extend-form-toggle")).click();
        type("extend-reason", "Cần xác minh tại nhiều ngân hàng.");
        browser.findElement(By.id("extend-form-submit")).click();
        waiting.until(ExpectedConditions.textToBe(By.id("tip-decision-due"), CALENDAR.plusMonths(today, 2).format(DAY)));
        assertThat(text("tip-message")).isEqualTo("Đã cập nhật tin báo.");
        assertThat(text("tip-history")).contains("Gia hạn", "Cần xác minh tại nhiều ngân hàng.");
        assertThat(text("tip-status")).isEqualTo("Đang xác minh");

        // prosecute under Art. 174(1): asked to confirm first, then the case is opened in case-service
        browser.findElement(By.id("decide-form-toggle")).click();
        choose("decide-kind", "prosecute");
        choose("decide-article", "174");
        choose("decide-clause", "1");
        browser.findElement(By.id("decide-form-submit")).click();
        waitForVisible("decide-form-confirm");
        screenshot("7-decide-confirm");
        assertThat(text("tip-status")).as("nothing is decided before the confirmation").isEqualTo("Đang xác minh");
        browser.findElement(By.id("decide-form-confirm-yes")).click();
        waiting.until(ExpectedConditions.textToBe(By.id("tip-status"), "Đã khởi tố"));
        assertThat(text("tip-outcome")).contains("khoản 1 Điều 174", "VA-" + today.getYear() + "-");
        assertThat(text("tip-deadline-state")).isEqualTo("Đã quyết định");
        assertThat(browser.findElements(By.id("decide-form"))).as("a tip has one final decision").isEmpty();
        screenshot("8-decided");
    }

    /** A citizen's tip on the public API (no session, no token); answers its tracking code. */
    String filePublicTip(String narrative) throws Exception {
        String body = """
                {"modusOperandi":"FAKE_PRIZE","narrative":"%s","loss":{"dong":"2500000"},
                 "indicators":[{"type":"PHONE","value":"0987 654 321"}]}""".formatted(narrative);
        try (HttpClient http = HttpClient.newHttpClient()) {
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(stack.gatewayUrl() + "/api/v1/public/tips"))
                            .header("Content-Type", "application/json")
                            .header("Idempotency-Key", UUID.randomUUID().toString())
                            .POST(HttpRequest.BodyPublishers.ofString(body))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
            Matcher code = Pattern.compile("\"trackingCode\"\\s*:\\s*\"([^\"]+)\"").matcher(answer.body());
            assertThat(code.find()).as(answer.body()).isTrue();
            return code.group(1);
        }
    }

    /** The detail page of the tip just received. */
    void assertDetail(String id, LocalDate received, String receivedAt, String narrative) {
        assertThat(text("tip-id")).isEqualTo(id);
        assertThat(text("tip-decision-due")).as("due 20 days after the day of receipt")
                .isEqualTo(CALENDAR.plusDays(received, 20).format(DAY));
        assertThat(text("tip-deadline-state")).isEqualTo(stillToGo(received));
        assertThat(text("tip-fact-received-at")).isEqualTo(receivedAt);
        assertThat(text("tip-fact-channel")).isEqualTo("Đường dây nóng");
        assertThat(text("tip-fact-modus")).isEqualTo("Lừa đầu tư, tiền ảo");
        assertThat(text("tip-fact-loss")).isEqualTo("45.000.000 đ");
        assertThat(text("tip-fact-narrative")).isEqualTo(narrative);
        assertThat(text("tip-indicator-table")).contains("Số điện thoại", "0912 345 678", "+84912345678");
        assertThat(text("tip-history")).contains("Tiếp nhận", "tiepnhan");
    }

    /** Opens the statistics for the period and unit; answers the count of {@link #MODUS}. */
    long countInStatistics(LocalDate from, LocalDate to) {
        browser.findElement(By.id("tips-tab-statistics")).click();
        waitForVisible("stats-filters");
        type("stats-from", from.format(DAY));
        type("stats-to", to.format(DAY));
        type("stats-unit", UNIT);
        browser.findElement(By.id("stats-apply")).click();
        waitUntilLoaded("stats-results");
        waiting.until(driver -> driver.findElement(By.id("stats-summary")).getText()
                .contains("Từ " + from.format(DAY) + " đến " + to.format(DAY)));
        String count = waiting.until(driver ->
                driver.findElement(By.cssSelector("#stats-row-" + MODUS + " td.count")).getText());
        return Long.parseLong(count);
    }

    /** Waits until a list has the answer to its latest request (the pages mark it busy until then). */
    /**
     * The row {@code rowId} of a paged list, on its first page or a later one (the list's next button, at most 30
     * pages): the suite's shared stack holds what every other class added too.
     */
    WebElement onSomePage(String pager, String listId, String rowId) {
        for (int page = 0; page < 30; page++) {
            if (!browser.findElements(By.id(rowId)).isEmpty()) {
                return waitForVisible(rowId);
            }
            List<WebElement> next = browser.findElements(By.id(pager + "-next"));
            if (next.isEmpty() || !next.getFirst().isEnabled()) {
                break;
            }
            next.getFirst().click();
            waitUntilLoaded(listId);
        }
        return waitForVisible(rowId); // fails, naming the row
    }

    void waitUntilLoaded(String id) {
        waiting.until(driver -> driver.findElement(By.id(id)).getDomAttribute("aria-busy") == null);
    }

    void signIn(String username) {
        browser.get(stack.gatewayUrl() + "/");
        waitForVisible("login").click();
        waitForVisible("username").sendKeys(username);
        browser.findElement(By.id("password")).sendKeys("lachan-dev");
        browser.findElement(By.id("kc-login")).click();
        waitForVisible("user-name");
    }

    void choose(String id, String value) {
        new Select(browser.findElement(By.id(id))).selectByValue(value);
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

    /** What the gateway answers the page's own request, with the browser's cookies. */
    long statusOf(String path) {
        Object status = browser.executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "fetch(arguments[0], {credentials: 'same-origin'}).then(r => done(r.status), e => done(-1));",
                path);
        return ((Number) status).longValue();
    }

    /** The whole page, not only the window, through the DevTools protocol. */
    void screenshot(String step) throws IOException {
        Number width = (Number) ((JavascriptExecutor) browser).executeScript(
                "return document.documentElement.scrollWidth");
        Number height = (Number) ((JavascriptExecutor) browser).executeScript(
                "return document.documentElement.scrollHeight");
        Map<String, Object> shot = browser.executeCdpCommand("Page.captureScreenshot", Map.of(
                "format", "png",
                "captureBeyondViewport", true,
                "clip", Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", 1)));
        Path target = Path.of("target");
        Files.createDirectories(target);
        Files.write(target.resolve("tips-" + step + ".png"), Base64.getDecoder().decode((String) shot.get("data")));
        PortalChecks.check(browser, "tips-" + step);
    }
}
