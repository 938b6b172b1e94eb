package vn.lachan.devstack.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import tools.jackson.databind.ObjectMapper;
import vn.lachan.devstack.LocalStack;
import vn.lachan.devstack.SharedStack;
import vn.lachan.platform.test.HttpApi;

/**
 * The money trail in a real headless Chromium against the whole local stack. A PA05 case's victim lost 450 million
 * to a Vietcombank account that the bank was asked to hold (set up through the API). Vietcombank's liaison officer
 * reports, on the request's page, two onward transfers: told beside the second row that it names no bank, she sees
 * that nothing of the report was written, chooses Agribank and sends the whole report again. The investigator then
 * sees the trail drawn as a graph (4 accounts, 3 transfers) with each account's figures adding up, and sends the next
 * freeze request for the BIDV account straight from the trail. Screenshots go to {@code devstack/target/trail-*.png}.
 */
@Tag("browser")
class TrailPortalTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final DateTimeFormatter VIETNAM_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    static LocalStack stack;
    static String caseId;
    static String requestId;
    static String bidvAccount;

    static HttpApi as(String user) {
        return HttpApi.at(stack.gatewayUrl()).waitingOutRateLimits().as(stack.keycloak().userToken(user));
    }

    static String idOf(HttpResponse<String> answer) {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return JSON.readTree(answer.body()).get("id").asString();
    }

    @BeforeAll
    static void seed() {
        HeadlessChromium.requireInstalled();
        stack = SharedStack.get();
        bidvAccount = String.valueOf(8_000_000_000L + Math.floorMod(UUID.randomUUID().getLeastSignificantBits(), 999_999_999L));
        caseId = idOf(as("dieutra").post("/api/v1/cases", """
                {"title":"Cổng dòng tiền: giả danh công an lừa chuyển 450 triệu đồng","penalCodeArticle":174,"clause":2,
                 "leadUnit":"cong-an-tinh-pa05"}"""));
        requestId = idOf(as("dieutra").post("/api/v1/cases/" + caseId + "/freeze-requests", """
                {"bank":"vcb-dong-thap","accountNumber":"0071000123456","accountHolder":"TRAN THI B",
                 "amountRequested":{"dong":"450000000"},"layer":1,"reason":"Nhận 450 triệu đồng của bị hại"}"""));
        idOf(as("nganhang.vcb").post("/api/v1/cases/freeze-requests/" + requestId + ":respond",
                "{\"hold\":{\"amountHeld\":{\"dong\":\"100000000\"}}}"));
        idOf(as("dieutra").post("/api/v1/cases/" + caseId + "/victim-claims", """
                {"victimName":"Nguyễn Văn A","accountNumber":"1234567890","bankName":"Vietcombank",
                 "amountLost":{"dong":"450000000"},"freezeRequestId":"%s"}""".formatted(requestId)));
    }

    long transfersOnTheRequest() {
        var trail = as("dieutra").get("/api/v1/cases/" + caseId + "/trail");
        assertThat(trail.statusCode()).as(trail.body()).isEqualTo(200);
        long n = 0;
        for (var t : JSON.readTree(trail.body()).path("transfers")) {
            n += "ONWARD".equals(t.path("kind").asString()) ? 1 : 0;
        }
        return n;
    }

    @Test
    void aBankReportsOnwardTransfersAndTheInvestigatorFollowsTheTrailToTheNextHold() throws Exception {
        String anHourAgo = ZonedDateTime.now(ZoneId.of("Asia/Ho_Chi_Minh")).minusHours(1).format(VIETNAM_TIME);
        try (PortalBrowser bank = PortalBrowser.signIn(stack.gatewayUrl(), "nganhang.vcb", "trail")) {
            bank.browser.get(stack.gatewayUrl() + "/#/freeze/" + requestId);
            bank.click("onward-form-toggle");
            bank.type("onward-amount-0", "300.000.000");
            bank.type("onward-at-0", anHourAgo);
            bank.type("onward-account-0", bidvAccount);
            bank.choose("onward-bank-0", "bidv-dong-thap");
            bank.type("onward-reference-0", "FT-CONG-1");
            bank.click("onward-add");
            bank.type("onward-amount-1", "49.999.999");
            bank.type("onward-at-1", anHourAgo);
            bank.type("onward-account-1", "5100200300");
            bank.type("onward-reference-1", "FT-CONG-2");
            bank.click("onward-submit");
            // the second row names no bank: the whole report is refused and nothing of it written
            WebElement error = bank.waitForVisible("onward-bank-1-error");
            assertThat(error.getText()).contains("bắt buộc");
            assertThat(bank.browser.findElement(By.id("onward-bank-0-error")).isDisplayed()).isFalse();
            assertThat(transfersOnTheRequest()).isZero();
            bank.screenshot("1-half-a-report-refused");

            bank.choose("onward-bank-1", "agribank-dong-thap");
            bank.click("onward-submit");
            bank.waitForText("freeze-message", "Đã ghi nhận giao dịch chuyển tiếp.");
            assertThat(bank.browser.findElements(By.cssSelector("#onward-reported tbody tr"))).hasSize(2);
            assertThat(bank.text("onward-reported")).contains("300.000.000 đ", bidvAccount, "FT-CONG-2");
            assertThat(transfersOnTheRequest()).isEqualTo(2);
            bank.screenshot("2-reported");
        }

        try (PortalBrowser investigator = PortalBrowser.signIn(stack.gatewayUrl(), "dieutra", "trail")) {
            investigator.browser.get(stack.gatewayUrl() + "/#/cases/" + caseId);
            WebElement graph = investigator.waitForVisible("case-trail-graph");
            investigator.waiting.until(driver -> "4".equals(graph.getDomAttribute("data-nodes")));
            assertThat(graph.getDomAttribute("data-edges")).isEqualTo("3");
            assertThat(graph.findElements(By.tagName("canvas"))).as("cytoscape drew the graph").isNotEmpty();
            assertThat(investigator.text("case-trail-lost")).isEqualTo("450.000.000 đ");
            assertThat(investigator.text("case-trail-held")).isEqualTo("100.000.000 đ");
            assertThat(investigator.text("case-trail-unexplained")).isEqualTo("350.000.000 đ");
            assertThat(investigator.present("case-trail-mismatch")).isFalse();
            WebElement first = row(investigator, "VCB:0071000123456");
            assertThat(first.findElement(By.className("trail-in")).getText()).isEqualTo("450.000.000 đ");
            assertThat(first.findElement(By.className("trail-out")).getText()).isEqualTo("349.999.999 đ");
            assertThat(first.findElement(By.className("trail-held")).getText()).isEqualTo("100.000.000 đ");
            assertThat(first.findElement(By.className("trail-unexplained")).getText()).isEqualTo("1 đ");
            assertThat(first.findElements(By.className("trail-request"))).as("already requested").isEmpty();
            investigator.screenshot("3-trail");

            // the next hold, from the trail: the form comes filled with the BIDV account
            row(investigator, "BIDV:" + bidvAccount).findElement(By.className("trail-request")).click();
            investigator.waiting.until(ExpectedConditions.attributeToBe(By.id("freeze-form-details"), "open", "true"));
            assertThat(investigator.value("freeze-bank")).isEqualTo("bidv-dong-thap");
            assertThat(investigator.value("freeze-account")).isEqualTo(bidvAccount);
            assertThat(investigator.value("freeze-layer")).isEqualTo("2");
            assertThat(investigator.value("freeze-amount")).isEqualTo("300000000");
            investigator.click("freeze-submit");
            investigator.waitForText("case-message", "Đã gửi yêu cầu phong tỏa đến ngân hàng.");
            investigator.waiting.until(driver -> row(investigator, "BIDV:" + bidvAccount)
                    .findElements(By.className("trail-request")).isEmpty());
            assertThat(investigator.text("case-freeze-table")).contains(bidvAccount);

            investigator.browser.findElement(By.id("lang-switch")).click();
            investigator.waitForText("case-trail-title", "Money trail");
            investigator.screenshot("4-next-hold-sent");
        }
    }

    static WebElement row(PortalBrowser portal, String key) {
        return portal.waiting.until(driver -> driver.findElement(By.cssSelector("#case-trail-table tr[data-key='" + key + "']")));
    }
}
