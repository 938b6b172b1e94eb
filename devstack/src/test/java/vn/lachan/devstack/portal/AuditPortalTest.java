package vn.lachan.devstack.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import vn.lachan.devstack.LocalStack;
import vn.lachan.devstack.SharedStack;
import vn.lachan.platform.test.HttpApi;

/**
 * The access log (nhật ký truy cập) in a real headless Chromium against the whole local stack. The intake officer
 * records a tip and reads it more times than one page of the log holds; the auditor opens the log of case-service,
 * then of tip-service, finds that tip's entries newest first, loads the next page to reach the tip's creation,
 * verifies the hash chain and sees it intact, and sees the page in English once. The entries are nowhere in the
 * browser's storage, and the auditor's own reading is in the log. Screenshots go to {@code devstack/target/audit-*.png}.
 */
@Tag("browser")
class AuditPortalTest {

    static final int READS = 54;
    static final ObjectMapper JSON = new ObjectMapper();

    static LocalStack stack;
    static String tipId;

    @BeforeAll
    static void seed() throws InterruptedException {
        HeadlessChromium.requireInstalled();
        stack = SharedStack.get();
        HttpApi intake = HttpApi.at(stack.gatewayUrl()).waitingOutRateLimits().as(stack.keycloak().userToken("tiepnhan"));
        HttpResponse<String> tip = intake.post("/api/v1/tips", """
                {"receivedAt":"%s","channel":"HOTLINE","sourceKind":"DENUNCIATION","receivingUnit":"huyen-cao-lanh",
                 "modusOperandi":"FAKE_PRIZE","narrative":"Cổng nhật ký %s: người dân báo cuộc gọi giả danh trúng thưởng",
                 "loss":{"dong":"12000000"}}""".formatted(Instant.now(), UUID.randomUUID()));
        assertThat(tip.statusCode()).as(tip.body()).isEqualTo(200);
        tipId = JSON.readTree(tip.body()).get("id").asString();
        // each read of the tip's personal data is an entry: more than one page of the log (50) for this record
        for (int i = 0; i < READS; i++) {
            HttpResponse<String> read = intake.get("/api/v1/tips/" + tipId); // waits out the gateway's rate limit
            assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
        }
    }

    @Test
    void theAuditorFindsATipsEntriesPageByPageAndVerifiesTheChainIntact() throws Exception {
        try (PortalBrowser auditor = PortalBrowser.signIn(stack.gatewayUrl(), "kiemtoan", "audit")) {
            assertThat(auditor.text("nav-audit")).isEqualTo("Nhật ký truy cập");
            auditor.click("nav-audit");
            auditor.waitForText("page-title", "Nhật ký truy cập");
            assertThat(auditor.present("page-text") && auditor.browser.findElement(By.id("page-text")).isDisplayed())
                    .as("no longer under construction").isFalse();
            auditor.waitUntilLoaded("audit-results");

            auditor.choose("audit-service", "cases");
            auditor.waiting.until(ExpectedConditions.textToBePresentInElementLocated(By.id("audit-verify-explained"),
                    "case-service"));
            auditor.waitUntilLoaded("audit-results");
            auditor.choose("audit-service", "tips");
            auditor.waiting.until(ExpectedConditions.textToBePresentInElementLocated(By.id("audit-verify-explained"),
                    "tip-service"));
            auditor.waitUntilLoaded("audit-results");

            auditor.type("audit-filter-record", tipId);
            auditor.click("audit-filter-apply");
            auditor.waiting.until(driver -> rows(auditor).size() == 50 && rows(auditor).stream()
                    .allMatch(row -> row.getText().contains(tipId)));
            auditor.waitUntilLoaded("audit-results");
            List<WebElement> firstPage = rows(auditor);
            assertThat(firstPage).anyMatch(row -> row.getText().contains("tiepnhan") && row.getText().contains("cong-an-tinh")
                    && row.getText().contains("Xem") && row.getText().contains("READ"));
            assertThat(firstPage).noneMatch(row -> row.getText().contains("CREATE"));
            assertThat(auditor.text("audit-count")).isEqualTo("Đang hiển thị 50 mục.");
            // the time in Vietnam's zone, to the second
            assertThat(firstPage.getFirst().findElement(By.tagName("time")).getText())
                    .matches("\\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2}:\\d{2}");
            auditor.screenshot("1-tip-entries");

            auditor.click("audit-more");
            auditor.waiting.until(driver -> rows(auditor).size() > 50);
            auditor.waitUntilLoaded("audit-results");
            List<WebElement> all = rows(auditor);
            int logged = entriesOfTheTip();
            assertThat(logged).isGreaterThan(READS);
            assertThat(all).as("every entry of the tip, as the API lists them").hasSize(logged);
            assertThat(auditor.present("audit-more")).as("the last page").isFalse();
            assertThat(auditor.text("audit-count")).isEqualTo("Đã hiển thị hết " + logged + " mục.");
            List<Long> ids = new ArrayList<>();
            all.forEach(row -> ids.add(Long.parseLong(row.getDomAttribute("id").substring("audit-row-".length()))));
            assertThat(ids).as("each entry once, newest first").doesNotHaveDuplicates().isSortedAccordingTo((a, b) -> Long.compare(b, a));
            WebElement created = all.getLast();
            assertThat(created.getText()).contains("tiepnhan", "cong-an-tinh", "Tạo mới", "CREATE", "tip", tipId);

            auditor.click("audit-verify");
            WebElement verdict = auditor.waitForVisible("audit-verification");
            assertThat(verdict.getDomAttribute("data-intact")).isEqualTo("true");
            assertThat(auditor.text("audit-verification-title"))
                    .isEqualTo("✔ Nhật ký Tin báo, khen thưởng (tip-service) nguyên vẹn.");
            assertThat(verdict.getText()).contains("không mục nào bị sửa, chèn hay xóa");
            assertThat(auditor.text("audit-head-hash")).matches("[0-9a-f]{64}");
            auditor.screenshot("2-chain-intact");

            auditor.click("lang-switch");
            auditor.waitForText("audit-verify", "Verify the chain");
            assertThat(auditor.text("page-title")).isEqualTo("Access log");
            assertThat(auditor.text("audit-filter-apply")).isEqualTo("Show the log");
            assertThat(auditor.text("audit-verification-title")).isEqualTo("✔ The Tips and rewards (tip-service) log is intact.");
            assertThat(auditor.browser.findElement(By.cssSelector("#audit-table thead")).getText()).containsIgnoringCase("Actor");
            assertThat(rows(auditor).getLast().getText()).contains("Create", "CREATE", tipId);
            auditor.screenshot("3-english");

            Object stored = auditor.browser.executeScript(
                    "return JSON.stringify(Object.assign({}, localStorage)) + JSON.stringify(Object.assign({}, sessionStorage))");
            assertThat((String) stored).as("no entry is kept in the browser").doesNotContain(tipId).doesNotContain("tiepnhan");
        }

        // the auditor's reading and checking are in the log too
        HttpResponse<String> own = HttpApi.at(stack.gatewayUrl()).waitingOutRateLimits().as(stack.keycloak().userToken("kiemtoan"))
                .get("/api/v1/audit/tips?actor=kiemtoan&pageSize=200");
        assertThat(own.statusCode()).as(own.body()).isEqualTo(200);
        List<String> actions = new ArrayList<>();
        for (JsonNode entry : JSON.readTree(own.body()).path("entries")) {
            actions.add(entry.path("action").asString() + " " + entry.path("recordType").asString());
        }
        assertThat(actions).contains("READ audit_log", "VERIFY audit_log");
    }

    /** How many entries tip-service's log holds for the tip (the auditor's own reads are of record "tips"). */
    static int entriesOfTheTip() {
        HttpResponse<String> answer = HttpApi.at(stack.gatewayUrl()).waitingOutRateLimits().as(stack.keycloak().userToken("kiemtoan"))
                .get("/api/v1/audit/tips?pageSize=200&recordId=" + tipId);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return JSON.readTree(answer.body()).path("entries").size();
    }

    static List<WebElement> rows(PortalBrowser portal) {
        return portal.browser.findElements(By.cssSelector("#audit-table tbody tr"));
    }
}
