package vn.lachan.devstack.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
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
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.lachan.devstack.LocalStack;
import vn.lachan.devstack.SharedStack;

/**
 * The budget pages in a real headless Chromium against the whole local stack, as the seed users would use them: the
 * finance department's planner (taichinh) requests an allocation of 2026-PREVENTION to the provincial police, the
 * People's Committee's approver (ubnd) approves it, the police's accountant (ketoan.congan) records a spending and is
 * told next to the amount, in Vietnamese and without losing what was typed, that one đồng more than the allocation
 * has left is refused, and asks an approver to allow it; the execution then shows the new figures to the đồng. A
 * transfer between lines is requested by the planner and approved by the approver, its before/after shown and the
 * plan still reconciled against Appendix 2; the approver allows the spending above the allocation, with a reason,
 * and it is counted. The execution filtered to one unit shows only that unit's rows and its own totals and months,
 * then to one line. Full-page screenshots of each step go to {@code devstack/target/budget-*.png}.
 */
@Tag("browser")
class BudgetPortalTest {

    static final Duration PATIENCE = Duration.ofSeconds(30);
    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    static final String POLICE = "cong-an-tinh";
    static final Pattern MONEY = Pattern.compile("(-?[0-9.]+) đ");

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
        }
    }

    @Test
    void aPlannerAllocatesTheApproverApprovesTheSpenderSpendsWithinItAndTheExecutionShowsItToTheDong() throws Exception {
        int year = LocalDate.now(VIETNAM).getYear();
        String line = year + "-PREVENTION";
        String marker = UUID.randomUUID().toString().substring(0, 8);
        BigInteger allocation = new BigInteger("20000000");
        BigInteger spending = new BigInteger("5000000");

        // the planner: the year reconciled against Appendix 2, then an allocation requested
        signIn("taichinh");
        waitForVisible("nav-budget").click();
        waitUntilLoaded("budget-view");
        assertThat(text("budget-plan-reconciled")).startsWith("Khớp đến từng đồng");
        assertThat(text("budget-execution-check")).isEqualTo("Các dòng cộng lại khớp với tổng cộng đến từng đồng.");
        assertThat(browser.findElements(By.cssSelector("#budget-months tbody tr"))).hasSize(12);
        BigInteger allocatedBefore = cell("exec-" + line + "-" + POLICE + "-allocated");
        BigInteger lineAllocatedBefore = cell("exec-" + line + "-allocated");
        screenshot("1-execution-planner");

        browser.findElement(By.id("budget-tab-allocations")).click();
        waitForVisible("allocation-form");
        // the units come from the reference list (report-service's /api/v1/units): a choice, not a typed code
        waiting.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("select#allocation-unit")));
        choose("allocation-line", line);
        choose("allocation-unit", POLICE);
        type("allocation-amount", "20.000.000");
        type("allocation-note", "Kiểm thử cổng " + marker + ": tuyên truyền phòng ngừa lừa đảo");
        browser.findElement(By.id("allocation-submit")).click();
        waiting.until(ExpectedConditions.textToBePresentInElementLocated(By.id("allocation-form-message"),
                "Đã gửi đề nghị phân bổ 20.000.000 đ cho Công an tỉnh Đồng Tháp"));
        waitUntilLoaded("budget-view");
        String allocationId = rowId("allocations", marker).substring("allocation-".length());
        assertThat(text("allocation-status-" + allocationId)).isEqualTo("Chờ phê duyệt");
        assertThat(browser.findElement(By.id("allocation-amount")).getDomProperty("value")).as("cleared once sent").isEmpty();
        screenshot("2-allocation-requested");

        // the approver
        signIn("ubnd");
        browser.get(stack.gatewayUrl() + "/#/budget/allocations");
        waitForVisible("allocation-approve-" + allocationId);
        type("allocation-note-" + allocationId, "Đồng ý");
        browser.findElement(By.id("allocation-approve-" + allocationId)).click();
        waiting.until(ExpectedConditions.textToBe(By.id("allocation-status-" + allocationId), "Đã phê duyệt"));
        assertThat(text("allocation-" + allocationId)).contains("Đồng ý", "20.000.000 đ");
        screenshot("3-allocation-approved");

        // the police's accountant: what the unit has, a spending, then one đồng beyond what is left
        signIn("ketoan.congan");
        browser.get(stack.gatewayUrl() + "/#/budget/execution");
        waitForVisible("exec-" + line + "-" + POLICE + "-allocated");
        waitUntilLoaded("budget-view");
        assertThat(cell("exec-" + line + "-" + POLICE + "-allocated")).isEqualTo(allocatedBefore.add(allocation));
        BigInteger spentBefore = cell("exec-" + line + "-" + POLICE + "-spent");
        BigInteger availableBefore = cell("exec-" + line + "-" + POLICE + "-available");
        screenshot("4-execution-spender");

        browser.findElement(By.id("budget-tab-spending")).click();
        waitForVisible("spending-form");
        choose("spending-line", line);
        assertThat(new Select(browser.findElement(By.id("spending-unit"))).getOptions()).as("only the own unit").hasSize(1);
        type("spending-amount", "5.000.000");
        type("spending-description", "Kiểm thử cổng " + marker + ": in tờ rơi");
        browser.findElement(By.id("spending-submit")).click();
        waiting.until(ExpectedConditions.textToBePresentInElementLocated(By.id("spending-form-message"),
                "Đã ghi khoản chi 5.000.000 đ của Công an tỉnh Đồng Tháp"));
        screenshot("5-spending-recorded");

        BigInteger left = availableBefore.subtract(spending);
        String beyond = left.add(BigInteger.ONE).toString();
        String description = "Kiểm thử cổng " + marker + ": vượt phân bổ";
        type("spending-amount", beyond);
        type("spending-description", description);
        browser.findElement(By.id("spending-submit")).click();
        WebElement error = waitForVisible("spending-amount-error");
        // the service's own field error of the amount, shown as any field error is
        assertThat(error.getText()).as("the service's refusal, in Vietnamese, beside the amount")
                .contains("vượt số còn lại " + money(left), "phân bổ cho đơn vị " + POLICE);
        assertThat(browser.findElement(By.id("spending-amount")).getDomAttribute("aria-invalid")).isEqualTo("true");
        assertThat(text("spending-form-message")).contains("Vui lòng sửa");
        assertThat(browser.findElement(By.id("spending-amount")).getDomProperty("value")).as("nothing typed is lost")
                .isEqualTo(beyond);
        assertThat(browser.findElement(By.id("spending-description")).getDomProperty("value")).isEqualTo(description);
        screenshot("6-spending-refused");

        // the spender asks an approver to allow it: nothing is spent until then
        browser.findElement(By.id("spending-override")).click();
        waiting.until(ExpectedConditions.textToBePresentInElementLocated(By.id("override-message"),
                "Đã gửi đề nghị chi vượt phân bổ " + money(left.add(BigInteger.ONE))));
        waitUntilLoaded("budget-view");
        String overrideId = rowId("overrides", marker).substring("override-".length());
        assertThat(text("override-status-" + overrideId)).isEqualTo("Chờ phê duyệt");
        screenshot("6b-override-requested");

        browser.findElement(By.id("budget-tab-execution")).click();
        waitForVisible("exec-" + line + "-" + POLICE + "-spent");
        waitUntilLoaded("budget-view");
        assertThat(cell("exec-" + line + "-" + POLICE + "-spent")).as("only the first spending").isEqualTo(spentBefore.add(spending));
        assertThat(cell("exec-" + line + "-" + POLICE + "-available")).isEqualTo(left);
        assertThat(cell("exec-" + line + "-" + POLICE + "-allocated")).isEqualTo(allocatedBefore.add(allocation));
        int month = LocalDate.now(VIETNAM).getMonthValue();
        assertThat(text("budget-month-" + month)).contains("Tháng " + month);
        // the chart of the months is drawn, and says for a screen reader what the table says
        String monthSpent = browser.findElement(By.cssSelector("#budget-month-" + month + " td:nth-of-type(2)")).getText();
        WebElement chart = browser.findElement(By.id("budget-months-chart"));
        assertThat(chart.getDomAttribute("role")).isEqualTo("img");
        assertThat(chart.getDomAttribute("aria-label").replace('\u00a0', ' ')).startsWith("Cam kết và chi theo tháng (triệu đồng)")
                .contains("Tháng " + month + " " + monthSpent.replace('\u00a0', ' '));
        new WebDriverWait(browser, PATIENCE).withMessage("the months' chart paints its bars").until(driver -> ((Number) ((JavascriptExecutor) driver)
                .executeScript("""
                        const c = document.getElementById('budget-months-chart');
                        if (!c || c.width === 0 || c.height === 0) { return 0; }
                        const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
                        let painted = 0;
                        for (let i = 3; i < d.length; i += 4) { if (d[i] > 0) { painted++; } }
                        return painted;""")).longValue() > 0);
        screenshot("7-execution-after");

        // the planner sees the line's figures move to the đồng, and requests a transfer between lines
        signIn("taichinh");
        browser.get(stack.gatewayUrl() + "/#/budget/execution");
        waitForVisible("exec-total-planned");
        waitUntilLoaded("budget-view");
        assertThat(cell("exec-" + line + "-allocated")).isEqualTo(lineAllocatedBefore.add(allocation));
        assertThat(text("budget-execution-check")).isEqualTo("Các dòng cộng lại khớp với tổng cộng đến từng đồng.");
        BigInteger totalPlanned = cell("exec-total-planned");
        // the same figures in the Excel workbook the page offers, downloaded with the planner's session
        WebElement export = browser.findElement(By.id("budget-export"));
        assertThat(export.getDomAttribute("href")).isEqualTo("/api/v1/budget/execution:export?year=" + year);
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(download(
                export.getDomAttribute("href"))))) {
            var sheet = book.getSheetAt(0);
            var total = sheet.getRow(sheet.getLastRowNum());
            assertThat(total.getCell(1).getStringCellValue()).startsWith("Tổng cộng");
            assertThat(BigInteger.valueOf((long) total.getCell(3).getNumericCellValue())).isEqualTo(totalPlanned);
            assertThat(BigInteger.valueOf((long) total.getCell(7).getNumericCellValue())).isEqualTo(cell("exec-total-spent"));
        }
        BigInteger fromPlanned = cell("exec-" + year + "-EQUIPMENT-planned");
        BigInteger toPlanned = cell("exec-" + line + "-planned");

        browser.findElement(By.id("budget-tab-changes")).click();
        waitForVisible("change-form");
        waiting.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("select#change-from-unit")));
        choose("change-kind", "TRANSFER");
        choose("change-from-line", year + "-EQUIPMENT");
        choose("change-from-unit", "");
        choose("change-to-line", line);
        choose("change-to-unit", "");
        type("change-amount", "1.000.000");
        choose("change-source", "PROVINCIAL");
        type("change-note", "Kiểm thử cổng " + marker + ": điều chuyển sang phòng ngừa");
        browser.findElement(By.id("change-submit")).click();
        waiting.until(ExpectedConditions.textToBePresentInElementLocated(By.id("change-form-message"),
                "Đã gửi đề nghị Điều chuyển 1.000.000 đ"));
        waitUntilLoaded("budget-view");
        String changeId = rowId("changes", marker).substring("change-".length());
        assertThat(text("change-status-" + changeId)).isEqualTo("Chờ phê duyệt");
        screenshot("8-transfer-requested");

        signIn("ubnd");
        browser.get(stack.gatewayUrl() + "/#/budget/changes");
        waitForVisible("change-approve-" + changeId);
        browser.findElement(By.id("change-approve-" + changeId)).click();
        waiting.until(ExpectedConditions.textToBe(By.id("change-status-" + changeId), "Đã phê duyệt"));
        String moved = text("change-movements-" + changeId);
        assertThat(moved).contains(year + "-EQUIPMENT: " + money(fromPlanned) + " → " + money(fromPlanned.subtract(BigInteger.valueOf(1000000))),
                line + ": " + money(toPlanned) + " → " + money(toPlanned.add(BigInteger.valueOf(1000000))));
        screenshot("9-transfer-approved");

        // the approver allows the spending above the allocation, with a reason: it is recorded at once
        browser.findElement(By.id("budget-tab-spending")).click();
        waitForVisible("override-approve-" + overrideId);
        type("override-note-" + overrideId, "Chiến dịch tuyên truyền cao điểm");
        browser.findElement(By.id("override-approve-" + overrideId)).click();
        waiting.until(ExpectedConditions.textToBe(By.id("override-status-" + overrideId), "Đã phê duyệt"));
        assertThat(text("override-" + overrideId)).contains("Chiến dịch tuyên truyền cao điểm", money(left.add(BigInteger.ONE)));
        screenshot("9b-override-approved");

        browser.findElement(By.id("budget-tab-execution")).click();
        waitForVisible("exec-total-planned");
        waitUntilLoaded("budget-view");
        assertThat(cell("exec-" + year + "-EQUIPMENT-planned")).isEqualTo(fromPlanned.subtract(BigInteger.valueOf(1000000)));
        assertThat(cell("exec-" + line + "-planned")).isEqualTo(toPlanned.add(BigInteger.valueOf(1000000)));
        assertThat(cell("exec-total-planned")).as("a transfer leaves the year's plan as it was").isEqualTo(totalPlanned);
        assertThat(text("budget-plan-reconciled")).startsWith("Khớp đến từng đồng");
        assertThat(text("budget-plan-planned")).isEqualTo(money(totalPlanned));
        assertThat(cell("exec-" + line + "-" + POLICE + "-spent")).as("the spending the approver allowed")
                .isEqualTo(spentBefore.add(spending).add(left.add(BigInteger.ONE)));
        assertThat(text("budget-execution-check")).isEqualTo("Các dòng cộng lại khớp với tổng cộng đến từng đồng.");
        screenshot("10-execution-after-transfer");

        // one unit alone: only its rows, the totals its own, its months adding up to them
        BigInteger policeSpent = cell("exec-" + line + "-" + POLICE + "-spent");
        BigInteger policeAllocated = cell("exec-" + line + "-" + POLICE + "-allocated");
        // the units to choose from are those with a row in the execution (and "all of them")
        java.util.Set<String> present = new java.util.HashSet<>();
        for (WebElement td : browser.findElements(By.cssSelector("#budget-execution tbody td[id$='-allocated']"))) {
            Matcher unit = Pattern.compile("exec-\\d{4}-[A-Z]+-(.+)-allocated").matcher(td.getDomAttribute("id"));
            if (unit.matches()) {
                present.add(unit.group(1));
            }
        }
        assertThat(present).contains(POLICE);
        assertThat(new Select(browser.findElement(By.id("budget-filter-unit"))).getOptions())
                .extracting(o -> o.getDomAttribute("value"))
                .containsExactlyInAnyOrderElementsOf(java.util.stream.Stream.concat(java.util.stream.Stream.of(""),
                        present.stream()).toList());
        choose("budget-filter-unit", POLICE);
        waitUntilLoaded("budget-view");
        waiting.until(ExpectedConditions.textToBePresentInElementLocated(By.id("budget-execution-check"),
                "Chỉ số liệu của Công an tỉnh Đồng Tháp"));
        List<WebElement> unitCells = browser.findElements(By.cssSelector("#budget-execution tbody td[id$='-allocated']"));
        assertThat(unitCells).isNotEmpty().allSatisfy(td -> assertThat(td.getDomAttribute("id")).endsWith("-" + POLICE + "-allocated"));
        assertThat(browser.findElements(By.cssSelector("#budget-execution tbody tr"))).hasSameSizeAs(unitCells);
        assertThat(browser.findElements(By.cssSelector("#budget-execution tbody th")))
                .allSatisfy(th -> assertThat(th.getText()).contains("Công an tỉnh Đồng Tháp"));
        assertThat(cell("exec-" + line + "-" + POLICE + "-spent")).isEqualTo(policeSpent);
        BigInteger unitAllocated = sum("#budget-execution tbody td[id$='-" + POLICE + "-allocated']");
        BigInteger unitSpent = sum("#budget-execution tbody td[id$='-" + POLICE + "-spent']");
        assertThat(cell("exec-total-allocated")).as("the unit's own total").isEqualTo(unitAllocated);
        assertThat(cell("exec-total-spent")).isEqualTo(unitSpent);
        assertThat(cell("exec-total-available")).isEqualTo(sum("#budget-execution tbody td[id$='-" + POLICE + "-available']"));
        assertThat(text("exec-total-planned")).isEqualTo("—");
        assertThat(sum("#budget-months tbody td:nth-of-type(2)")).as("the unit's months add up to its spending").isEqualTo(unitSpent);
        // the months' share is of the unit's allocation (the heads are in capitals on the page)
        assertThat(text("budget-months")).containsIgnoringCase("trên " + money(unitAllocated));
        assertThat(browser.findElement(By.id("budget-export")).getDomAttribute("href"))
                .isEqualTo("/api/v1/budget/execution:export?year=" + year + "&unit=" + POLICE);
        screenshot("11-execution-one-unit");

        // and one line of it
        choose("budget-filter-line", line);
        waitUntilLoaded("budget-view");
        waiting.until(driver -> driver.findElements(By.cssSelector("#budget-execution tbody")).size() == 1);
        assertThat(cell("exec-total-spent")).isEqualTo(policeSpent);
        assertThat(cell("exec-total-allocated")).isEqualTo(policeAllocated);
        assertThat(sum("#budget-months tbody td:nth-of-type(2)")).isEqualTo(policeSpent);

        // the line with every unit again: its own figures are the total
        choose("budget-filter-unit", "");
        waitUntilLoaded("budget-view");
        waiting.until(ExpectedConditions.textToBe(By.id("budget-execution-check"),
                "Các dòng cộng lại khớp với tổng cộng đến từng đồng."));
        assertThat(browser.findElements(By.cssSelector("#budget-execution tbody"))).hasSize(1);
        assertThat(cell("exec-total-planned")).isEqualTo(cell("exec-" + line + "-planned"));
        assertThat(cell("exec-total-spent")).isEqualTo(cell("exec-" + line + "-spent"));
        assertThat(sum("#budget-months tbody td:nth-of-type(2)")).isEqualTo(cell("exec-" + line + "-spent"));
        screenshot("12-execution-one-line");
    }

    /** The sum of the amounts in the cells {@code css} finds. */
    BigInteger sum(String css) {
        BigInteger total = BigInteger.ZERO;
        for (WebElement td : browser.findElements(By.cssSelector(css))) {
            Matcher m = MONEY.matcher(td.getText());
            assertThat(m.find()).as(css + ": " + td.getText()).isTrue();
            total = total.add(new BigInteger(m.group(1).replace(".", "")));
        }
        return total;
    }

    /** "1.234.567 đ" → 1234567; a unit without a row has 0. */
    /** A file fetched by the page itself (its session cookie), as the browser would save it. */
    byte[] download(String path) {
        Object base64 = ((org.openqa.selenium.JavascriptExecutor) browser).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0], { credentials: 'same-origin' }).then(async (r) => {
                  const type = r.headers.get('Content-Type');
                  const bytes = new Uint8Array(await r.arrayBuffer());
                  let text = '';
                  for (const b of bytes) { text += String.fromCharCode(b); }
                  done(r.status + ' ' + type + ' ' + btoa(text));
                }).catch((e) => done('error ' + e));""", path);
        String[] answer = base64.toString().split(" ");
        assertThat(answer[0]).as(base64.toString().substring(0, Math.min(200, base64.toString().length()))).isEqualTo("200");
        assertThat(answer[1]).isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        return java.util.Base64.getDecoder().decode(answer[2]);
    }

    BigInteger cell(String id) {
        List<WebElement> found = browser.findElements(By.id(id));
        if (found.isEmpty()) {
            return BigInteger.ZERO;
        }
        Matcher m = MONEY.matcher(found.getFirst().getText());
        assertThat(m.find()).as(id + ": " + found.getFirst().getText()).isTrue();
        return new BigInteger(m.group(1).replace(".", ""));
    }

    static String money(BigInteger dong) {
        String digits = dong.toString();
        StringBuilder grouped = new StringBuilder();
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (digits.length() - i) % 3 == 0) {
                grouped.append('.');
            }
            grouped.append(digits.charAt(i));
        }
        return grouped + " đ";
    }

    /** The id of the row of table {@code table} that mentions {@code marker}. */
    String rowId(String table, String marker) {
        return waiting.until(driver -> driver.findElement(
                By.xpath("//table[@id='" + table + "']//tr[contains(., '" + marker + "')]"))).getDomAttribute("id");
    }

    /** A fresh browser (a new session) signed in on Keycloak's page. */
    void signIn(String username) {
        closeBrowser();
        chromium = HeadlessChromium.open(1280, 860);
        browser = chromium.driver();
        waiting = new WebDriverWait(browser, PATIENCE);
        waiting.ignoring(StaleElementReferenceException.class);
        browser.get(stack.gatewayUrl() + "/");
        waitForVisible("login").click();
        waitForVisible("username").sendKeys(username);
        browser.findElement(By.id("password")).sendKeys("lachan-dev");
        browser.findElement(By.id("kc-login")).click();
        waitForVisible("user-name");
    }

    /** Waits until the section has the answers to its latest requests (it is marked busy until then). */
    void waitUntilLoaded(String id) {
        waiting.until(driver -> driver.findElement(By.id(id)).getDomAttribute("aria-busy") == null);
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

    String text(String id) {
        return browser.findElement(By.id(id)).getText();
    }

    /** The whole page, then the accessibility and phone checks. */
    void screenshot(String step) throws IOException {
        Number width = (Number) ((JavascriptExecutor) browser).executeScript("return document.documentElement.scrollWidth");
        Number height = (Number) ((JavascriptExecutor) browser).executeScript("return document.documentElement.scrollHeight");
        Map<String, Object> shot = browser.executeCdpCommand("Page.captureScreenshot", Map.of(
                "format", "png",
                "captureBeyondViewport", true,
                "clip", Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", 1)));
        Path target = Path.of("target");
        Files.createDirectories(target);
        Files.write(target.resolve("budget-" + step + ".png"), Base64.getDecoder().decode((String) shot.get("data")));
        PortalChecks.check(browser, "budget-" + step);
    }
}
