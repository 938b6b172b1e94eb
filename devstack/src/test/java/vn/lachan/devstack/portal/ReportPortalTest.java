package vn.lachan.devstack.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
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
 * The periodic reports pages in a real headless Chromium against the whole local stack. Cao Lãnh district's submitter
 * starts the 2024 half-year report (pre-filled by tip-service), is told beside the field that a negative figure is
 * refused, is told a concurrent change made the form stale (409) without losing what was typed, and submits; the
 * provincial police's reviewer, refused a return without a comment, returns it with one; the submitter reads the
 * comment, corrects and resubmits; the reviewer accepts and sees the district counted as accepted (and late) in the
 * period's completeness; the People's Committee downloads the consolidated PDF, a real file saved by the browser.
 * Screenshots go to {@code devstack/target/reports-*.png}; every page passes {@link PortalChecks}.
 */
@Tag("browser")
class ReportPortalTest {

    static final Duration PATIENCE = Duration.ofSeconds(30);
    static final Pattern REPORT_ROUTE = Pattern.compile("#/reports/([0-9a-f-]{36})$");
    /** A period no other devstack test uses for Cao Lãnh district (it existed until 30 June 2025). */
    static final String PERIOD = "2024-HALF_YEAR";
    static final String UNIT = "huyen-cao-lanh";
    static final String SESSIONS = "ind-propaganda-sessions-value";
    static final String COMMENT = "Số buổi tuyên truyền chưa khớp với kế hoạch năm, đề nghị đơn vị kiểm tra lại.";

    static LocalStack stack;
    ChromeDriver browser;
    WebDriverWait waiting;
    HeadlessChromium chromium;

    @BeforeAll
    static void startStack() {
        HeadlessChromium.requireInstalled();
        stack = SharedStack.get();
    }

    @AfterEach
    void closeBrowser() {
        if (chromium != null) {
            chromium.close();
            chromium = null;
        }
    }

    @Test
    void aDistrictReportIsSubmittedReturnedCorrectedAcceptedCountedAndConsolidated() throws Exception {
        // the district's submitter: the periods it owes, reminders, a report started pre-filled
        signIn("baocao.caolanh");
        openReports();
        waitForVisible("reports-tab-mine");
        waitUntilLoaded("reports-periods");
        assertThat(text("period-row-" + PERIOD)).contains("Báo cáo 6 tháng đầu năm 2024", "15/12/2023 – 14/06/2024",
                "14/06/2024", "Quá hạn", "Chưa lập");
        assertThat(text("reports-reminders")).contains("Quá hạn:", "Báo cáo 6 tháng đầu năm 2024 đã quá hạn");
        assertThat(visible("reports-tab-queue")).as("the queue is the reviewers'").isFalse();
        screenshot("1-mine");

        // where the district's reminders are e-mailed: a wrong address is refused beside the field, a right one kept
        waitForVisible("contact-form");
        type("contact-email", "vanthu-caolanh");
        browser.findElement(By.id("contact-submit")).click();
        assertThat(waitForVisible("contact-email-error").getText()).contains("không hợp lệ");
        assertThat(browser.findElement(By.id("contact-email")).getDomProperty("value")).isEqualTo("vanthu-caolanh");
        String address = "vanthu-" + java.util.UUID.randomUUID().toString().substring(0, 6) + "@caolanh.dongthap.gov.vn";
        type("contact-email", address);
        browser.findElement(By.id("contact-submit")).click();
        waiting.until(ExpectedConditions.textToBePresentInElementLocated(By.id("contact-current"), address));
        assertThat(text("contact-form-message")).contains("Đã lưu");
        assertThat(visible("contact-email-error")).isFalse();
        screenshot("1b-contact");

        browser.findElement(By.id("period-start-" + PERIOD)).click();
        waiting.until(driver -> REPORT_ROUTE.matcher(driver.getCurrentUrl()).find());
        Matcher route = REPORT_ROUTE.matcher(browser.getCurrentUrl());
        assertThat(route.find()).isTrue();
        String id = route.group(1);
        waiting.until(ExpectedConditions.textToBe(By.id("report-status"), "Đang soạn"));
        waitForVisible("report-form");
        assertThat(text("report-window")).isEqualTo("15/12/2023 – 14/06/2024");
        assertThat(text("report-due")).isEqualTo("14/06/2024");
        assertThat(text("report-form")).as("figures pre-filled by tip-service, labelled with their source")
                .contains("Tự động từ hệ thống tin báo (tip-service)", "Số liệu hệ thống:");
        assertThat(browser.findElement(By.id("ind-tips-prosecuted-value")).getDomProperty("value"))
                .as("pre-filled").matches("\\d+");

        // every empty figure gets one, but the propaganda sessions a negative number
        for (WebElement input : browser.findElements(By.cssSelector("#report-form input[id$='-value']"))) {
            if (input.getDomProperty("value").isBlank()) {
                input.sendKeys("3");
            }
        }
        type(SESSIONS, "-5");
        type("report-narrative", "Đã tổ chức tuyên truyền tại các xã; phối hợp với Công an tỉnh xác minh tin báo.");
        browser.findElement(By.id("report-save")).click();
        WebElement error = waitForVisible(SESSIONS + "-error");
        assertThat(error.getText()).contains("không được âm");
        assertThat(browser.findElement(By.id(SESSIONS)).getDomAttribute("aria-invalid")).isEqualTo("true");
        assertThat(browser.findElement(By.id(SESSIONS)).getDomProperty("value")).as("nothing typed is lost").isEqualTo("-5");
        assertThat(text("report-form-message")).contains("Vui lòng sửa");
        assertThat(text("report-status")).as("nothing was written").isEqualTo("Đang soạn");
        screenshot("2-field-error");

        // someone else saves meanwhile: the page's etag is stale, the 409 is explained, nothing typed is lost
        concurrentChange(id);
        type(SESSIONS, "12");
        browser.findElement(By.id("report-save")).click();
        waiting.until(ExpectedConditions.textToBePresentInElementLocated(By.id("report-form-message"),
                "người khác thay đổi"));
        assertThat(browser.findElement(By.id(SESSIONS)).getDomProperty("value")).isEqualTo("12");
        screenshot("3-stale");
        browser.findElement(By.id("report-reload")).click();
        waiting.until(driver -> !visible("report-reload"));
        assertThat(browser.findElement(By.id(SESSIONS)).getDomProperty("value")).isEqualTo("12");
        // the pre-filled figures read again from their systems: what was typed is saved first and stays
        browser.findElement(By.id("report-refresh")).click();
        waiting.until(ExpectedConditions.textToBePresentInElementLocated(By.id("report-form-message"),
                "Đã đọc lại số liệu tự động"));
        assertThat(browser.findElement(By.id(SESSIONS)).getDomProperty("value")).isEqualTo("12");
        assertThat(text("report-history")).contains("Cập nhật số liệu tự động");
        screenshot("3b-refreshed");
        browser.findElement(By.id("report-submit")).click();
        waiting.until(ExpectedConditions.textToBe(By.id("report-status"), "Đã gửi, chờ thẩm định"));
        assertThat(visible("report-form")).as("a submitted report is locked").isFalse();
        assertThat(visible("report-refresh")).as("a submitted report is never refreshed").isFalse();
        assertThat(text("report-values")).contains("12");
        assertThat(text("report-history")).contains("Lập báo cáo", "Gửi báo cáo", "baocao.caolanh");
        screenshot("4-submitted");

        // the reviewer at the provincial police: the queue, a return refused without a comment, then with one
        switchTo("lanhdao.congan");
        openReports();
        waitForVisible("reports-tab-queue").click();
        waitUntilLoaded("queue-results");
        assertThat(text("queue-row-" + id)).contains("Ủy ban nhân dân huyện Cao Lãnh", "Báo cáo 6 tháng đầu năm 2024");
        screenshot("5-queue");
        browser.findElement(By.id("queue-open-" + id)).click();
        waitForVisible("review-form");
        browser.findElement(By.id("review-return")).click();
        WebElement commentError = waitForVisible("review-comment-error");
        assertThat(commentError.getText()).isNotBlank();
        assertThat(text("report-status")).isEqualTo("Đã gửi, chờ thẩm định");
        type("review-comment", COMMENT);
        browser.findElement(By.id("review-return")).click();
        waiting.until(ExpectedConditions.textToBe(By.id("report-status"), "Bị trả lại"));
        assertThat(text("report-history")).contains("Trả lại", COMMENT);
        screenshot("6-returned");

        // the submitter reads the comment, corrects and submits again
        switchTo("baocao.caolanh");
        openReports();
        waitUntilLoaded("reports-periods");
        assertThat(text("period-status-" + PERIOD)).isEqualTo("Bị trả lại");
        browser.findElement(By.id("period-open-" + PERIOD)).click();
        waitForVisible("report-return-comment");
        assertThat(text("report-return-text")).isEqualTo(COMMENT);
        assertThat(text("report-return-comment")).contains("lanhdao.congan");
        screenshot("7-comment");
        type(SESSIONS, "15");
        browser.findElement(By.id("report-submit")).click();
        waiting.until(ExpectedConditions.textToBe(By.id("report-status"), "Đã gửi, chờ thẩm định"));

        // the reviewer accepts; the period's completeness counts the district as accepted (and late)
        switchTo("lanhdao.congan");
        browser.get(stack.gatewayUrl() + "/#/reports/" + id);
        waitForVisible("review-form");
        assertThat(text("report-values")).contains("15");
        browser.findElement(By.id("review-accept")).click();
        waiting.until(ExpectedConditions.textToBe(By.id("report-status"), "Đã tiếp nhận"));
        browser.findElement(By.id("report-back")).click();
        waitForVisible("reports-tab-completeness").click();
        waitForVisible("completeness-filters");
        new Select(browser.findElement(By.id("completeness-year"))).selectByValue("2024");
        new Select(browser.findElement(By.id("completeness-kind"))).selectByValue("HALF_YEAR");
        browser.findElement(By.id("completeness-show")).click();
        waiting.until(ExpectedConditions.textToBePresentInElementLocated(By.id("completeness-period"),
                "Báo cáo 6 tháng đầu năm 2024"));
        waitUntilLoaded("completeness-results");
        WebElement row = waitForVisible("completeness-row-" + UNIT);
        assertThat(row.getText()).contains("Ủy ban nhân dân huyện Cao Lãnh", "Chậm", "Đã tiếp nhận");
        assertThat(Long.parseLong(browser.findElement(By.cssSelector("#completeness-accepted .figure-value")).getText()))
                .isGreaterThanOrEqualTo(1);
        screenshot("8-completeness");

        // the People's Committee downloads the consolidated document: a PDF the browser saved under its name
        switchTo("ubnd");
        Path downloads = Files.createTempDirectory("lachan-downloads-");
        allowDownloads(downloads);
        openReports();
        waitForVisible("reports-tab-consolidated").click();
        waitForVisible("export-form");
        assertThat(visible("reports-tab-queue")).as("the People's Committee reads, it does not review").isFalse();
        new Select(browser.findElement(By.id("export-year"))).selectByValue("2024");
        new Select(browser.findElement(By.id("export-kind"))).selectByValue("HALF_YEAR");
        new Select(browser.findElement(By.id("export-format"))).selectByValue("PDF");
        browser.findElement(By.id("export-download")).click();
        waiting.until(ExpectedConditions.textToBePresentInElementLocated(By.id("export-message"),
                "Đã tải về tệp bao-cao-tong-hop-2024-6-thang.pdf"));
        Path pdf = downloads.resolve("bao-cao-tong-hop-2024-6-thang.pdf");
        waiting.until(driver -> Files.exists(pdf) && !Files.exists(downloads.resolve(pdf.getFileName() + ".crdownload")));
        byte[] bytes = Files.readAllBytes(pdf);
        assertThat(new String(Arrays.copyOf(bytes, 5), StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        assertThat(bytes.length).isGreaterThan(1000);
        screenshot("9-consolidated");
    }

    /** Another signed-in user in a fresh browser (a fresh profile: no session of the one before). */
    void switchTo(String username) {
        closeBrowser();
        signIn(username);
    }

    void signIn(String username) {
        chromium = HeadlessChromium.open(1280, 900);
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

    void openReports() {
        waitForVisible("nav-reports").click();
        waiting.until(ExpectedConditions.textToBe(By.id("page-title"), "Báo cáo định kỳ"));
    }

    /** A change of the report's free text through the gateway with this browser's session, as a colleague's would be. */
    void concurrentChange(String id) {
        Object status = browser.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                const xsrf = decodeURIComponent((document.cookie.split('; ').find(c => c.startsWith('XSRF-TOKEN=')) || '=').split('=')[1]);
                fetch('/api/v1/reports/' + arguments[0], {credentials: 'same-origin', headers: {Accept: 'application/json'}})
                  .then(r => r.json())
                  .then(r => fetch('/api/v1/reports/' + arguments[0], {method: 'PATCH', credentials: 'same-origin',
                    headers: {'Content-Type': 'application/json', 'X-XSRF-TOKEN': xsrf},
                    body: JSON.stringify({etag: r.etag, narrative: 'Đồng nghiệp bổ sung nội dung.'})}))
                  .then(r => done(r.status), e => done(-1));""", id);
        assertThat(((Number) status).intValue()).isEqualTo(200);
    }

    /** Downloads go to dir without asking, through the DevTools protocol (Browser domain, and Page where it remains). */
    void allowDownloads(Path dir) {
        int accepted = 0;
        for (String command : new String[] {"Browser.setDownloadBehavior", "Page.setDownloadBehavior"}) {
            try {
                browser.executeCdpCommand(command, Map.of("behavior", "allow", "downloadPath", dir.toString()));
                accepted++;
            } catch (RuntimeException refused) {
                // the other one does it
            }
        }
        assertThat(accepted).as("Chromium lets downloads be saved to a folder").isPositive();
    }

    void waitUntilLoaded(String id) {
        waiting.until(driver -> driver.findElement(By.id(id)).getDomAttribute("aria-busy") == null);
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

    /** The whole page, not only the window, through the DevTools protocol; then the portal's checks. */
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
        Files.write(target.resolve("reports-" + step + ".png"), Base64.getDecoder().decode((String) shot.get("data")));
        PortalChecks.check(browser, "reports-" + step);
    }
}
