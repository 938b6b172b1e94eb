package vn.lachan.devstack.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import tools.jackson.databind.ObjectMapper;
import vn.lachan.devstack.LocalStack;
import vn.lachan.devstack.SharedStack;
import vn.lachan.platform.test.HttpApi;

/**
 * The overview (Tổng quan) as a police leader opens it every morning, in a real headless Chromium against the whole
 * local stack: the money returned to victims and each bank's quick response to the freeze requests of the leader's
 * unit this year (requests, held, median and 90th-percentile time to hold, share held, returned), read from
 * case-service's statistics; a bank's liaison sees the holds but not the leadership's view of every bank.
 * Screenshots go to {@code devstack/target/overview-*.png}.
 */
@Tag("browser")
class OverviewPortalTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static LocalStack stack;

    @BeforeAll
    static void heldRequest() {
        HeadlessChromium.requireInstalled();
        stack = SharedStack.get();
        // a case of a team below the provincial police, and a request its bank holds
        String caseId = idOf(as("lanhdao.congan").post("/api/v1/cases", """
                {"title":"Tổng quan %s","penalCodeArticle":174,"clause":2,"leadUnit":"cong-an-tinh-pa05"}"""
                .formatted(UUID.randomUUID())));
        String request = idOf(as("dieutra").post("/api/v1/cases/" + caseId + "/freeze-requests", """
                {"bank":"vcb-dong-thap","accountNumber":"0123456789","accountHolder":"Nguyễn Văn A",
                 "amountRequested":{"dong":"50000000"},"layer":1,"reason":"Tiền bị hại chuyển đến tài khoản này"}"""));
        var held = as("nganhang.vcb").post("/api/v1/cases/freeze-requests/" + request + ":respond",
                "{\"hold\":{\"amountHeld\":{\"dong\":\"20000000\"}}}");
        assertThat(held.statusCode()).as(held.body()).isEqualTo(200);
    }

    static HttpApi as(String user) {
        return HttpApi.at(stack.gatewayUrl()).waitingOutRateLimits().as(stack.keycloak().userToken(user));
    }

    static String idOf(HttpResponse<String> answer) {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return JSON.readTree(answer.body()).get("id").asString();
    }

    @Test
    void aPoliceLeaderSeesEachBanksResponseAndTheMoneyReturned() throws Exception {
        try (PortalBrowser portal = PortalBrowser.signIn(stack.gatewayUrl(), "lanhdao.congan", "overview")) {
            portal.waiting.until(driver -> "false".equals(driver.findElement(By.id("overview-banks"))
                    .getDomAttribute("aria-busy")));
            assertThat(portal.text("overview-banks-title")).isEqualTo("Phản hồi của ngân hàng");
            WebElement vcb = portal.browser.findElement(By.cssSelector("#overview-banks-table tr[data-bank='vcb-dong-thap']"));
            var cells = vcb.findElements(By.tagName("td"));
            assertThat(Integer.parseInt(cells.get(0).getText().replace(".", ""))).as("requests sent").isPositive();
            assertThat(Integer.parseInt(cells.get(1).getText().replace(".", ""))).as("requests held").isPositive();
            assertThat(cells.get(2).getText()).as("median time to hold").matches(".*\\d+ (giây|phút|giờ|ngày).*");
            assertThat(cells.get(4).getText()).as("share held").endsWith("%");
            assertThat(cells.get(5).getText()).as("returned, exact, with its share").matches("[\\d.]+ đ \\(.*%\\)");
            assertThat(vcb.findElement(By.tagName("a")).getDomAttribute("href")).isEqualTo("#/freeze");
            // the money returned is a figure now, not "not available yet"
            assertThat(portal.text("overview-holds-returned")).contains(" đ").doesNotContain("Chưa có");
            portal.screenshot("1-leader");
        }
        try (PortalBrowser portal = PortalBrowser.signIn(stack.gatewayUrl(), "nganhang.vcb", "overview")) {
            portal.waiting.until(driver -> "false".equals(driver.findElement(By.id("overview-holds"))
                    .getDomAttribute("aria-busy")));
            assertThat(portal.present("overview-banks")).as("a bank does not see every bank's response").isFalse();
            assertThat(portal.text("overview-holds-returned")).contains("Chưa có");
        }
    }
}
