package vn.lachan.devstack.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import tools.jackson.databind.ObjectMapper;
import vn.lachan.devstack.LocalStack;
import vn.lachan.devstack.SharedStack;
import vn.lachan.platform.test.HttpApi;

/**
 * The urgent hold before any case, in a real headless Chromium against the whole local stack. A tip names the
 * Vietcombank account that received 200 million half an hour ago; the investigator, on the tip's page, asks
 * Vietcombank to suspend it, is first told beside the amount that it cannot exceed the tip's loss, then sends 150
 * million. Vietcombank's liaison officer finds it in her inbox with its validity and clock, acknowledges it, is told
 * that more than was asked cannot be held, and suspends 150 million; the investigator sees it on the tip's page.
 * Screenshots go to {@code devstack/target/urgent-*.png}.
 */
@Tag("browser")
class UrgentHoldPortalTest {

    static final Pattern ROW = Pattern.compile("^urgent-row-([0-9a-f-]{36})$");
    static final ObjectMapper json = new ObjectMapper();

    static LocalStack stack;
    PortalBrowser portal;
    ChromeDriver browser;
    WebDriverWait waiting;

    @BeforeAll
    static void startStack() {
        HeadlessChromium.requireInstalled();
        stack = SharedStack.get();
    }

    @AfterEach
    void closeBrowser() {
        if (portal != null) {
            portal.close();
        }
    }

    @Test
    void anInvestigatorAsksTheBankToSuspendATipsAccountBeforeAnyCaseAndTheBankSuspendsIt() throws Exception {
        String digits = String.format("%09d", Math.floorMod(UUID.randomUUID().getLeastSignificantBits(), 1_000_000_000L));
        String account = "VCB:0071" + digits;
        var created = HttpApi.at(stack.gatewayUrl()).waitingOutRateLimits().as(stack.keycloak().userToken("tiepnhan"))
                .post("/api/v1/tips", """
                        {"channel":"HOTLINE","sourceKind":"DENUNCIATION","receivingUnit":"huyen-cao-lanh",
                         "modusOperandi":"IMPERSONATE_AUTHORITY","narrative":"Giả danh công an, bị hại vừa chuyển 200 triệu",
                         "loss":{"dong":"200000000"},"lastTransferAt":"%s",
                         "indicators":[{"type":"BANK_ACCOUNT","value":"Vietcombank 0071 %s"}]}"""
                        .formatted(Instant.now().minus(Duration.ofMinutes(30)), digits));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(200);
        String tipId = json.readTree(created.body()).get("id").asString();

        signIn("dieutra");
        browser.get(stack.gatewayUrl() + "/#/tips/" + tipId);
        portal.waitForVisible("tip-urgent-holds");
        portal.waitForVisible("tip-urgent-table-empty");
        portal.waitForVisible("urgent-form-toggle").click();
        portal.choose("urgent-bank", "vcb-dong-thap");
        portal.choose("urgent-account", account);
        assertThat(browser.findElement(By.id("urgent-transferred-at")).getDomProperty("value"))
                .as("the tip's last transfer is offered").matches("\\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2}");
        portal.type("urgent-amount", "250.000.000");
        portal.type("urgent-reason", "Bị hại chuyển 200.000.000 đ cách đây 30 phút, vừa trình báo");
        browser.findElement(By.id("urgent-submit")).click();
        assertThat(portal.waitForVisible("urgent-amount-error").getText()).contains("thiệt hại", "200000000");
        assertThat(browser.findElements(By.cssSelector("#tip-urgent-table tbody tr"))).as("nothing sent").isEmpty();
        portal.screenshot("1-above-loss");

        portal.type("urgent-amount", "150.000.000");
        browser.findElement(By.id("urgent-submit")).click();
        waiting.until(ExpectedConditions.textToBe(By.id("urgent-message"), "Đã gửi yêu cầu tạm dừng khẩn cấp đến ngân hàng."));
        WebElement row = waiting.until(driver -> driver.findElements(By.cssSelector("#tip-urgent-table tbody tr")).stream()
                .findFirst().orElse(null));
        Matcher id = ROW.matcher(row.getDomAttribute("id"));
        assertThat(id.find()).isTrue();
        String holdId = id.group(1);
        assertThat(row.getText()).contains("Vietcombank", account, "150.000.000 đ", "Chờ ngân hàng", "đến ");
        portal.screenshot("2-sent");
        portal.close();

        signIn("nganhang.vcb");
        portal.waitForVisible("nav-freeze").click();
        WebElement bankRow = portal.waitForVisible("urgent-row-" + holdId);
        assertThat(bankRow.getText()).contains(account, "150.000.000 đ", "Chờ ngân hàng");
        assertThat(portal.text("urgent-clock-" + holdId)).contains("Hạn tiếp nhận", "còn trong hạn");
        assertThat(portal.text("urgent-validity-" + holdId)).startsWith("đến ");
        portal.screenshot("3-bank-inbox");

        browser.findElement(By.id("urgent-link-" + holdId)).click();
        waiting.until(ExpectedConditions.textToBe(By.id("urgent-status"), "Chờ ngân hàng"));
        assertThat(portal.text("urgent-asked")).isEqualTo("150.000.000 đ");
        browser.findElement(By.id("urgent-acknowledge")).click();
        waiting.until(ExpectedConditions.textToBe(By.id("urgent-status"), "Ngân hàng đã tiếp nhận"));
        assertThat(portal.text("urgent-message")).isEqualTo("Đã ghi nhận trả lời của ngân hàng.");

        portal.type("urgent-hold-amount", "160.000.000");
        browser.findElement(By.id("urgent-hold-submit")).click();
        assertThat(portal.waitForVisible("urgent-hold-amount-error").getText()).contains("không được lớn hơn số tiền đề nghị");
        assertThat(portal.text("urgent-status")).as("nothing suspended after a refusal").isEqualTo("Ngân hàng đã tiếp nhận");
        portal.screenshot("4-bank-refused");

        portal.type("urgent-hold-amount", "150.000.000");
        browser.findElement(By.id("urgent-hold-submit")).click();
        waiting.until(ExpectedConditions.textToBe(By.id("urgent-status"), "Đang tạm dừng"));
        assertThat(portal.text("urgent-held")).isEqualTo("150.000.000 đ");
        assertThat(portal.text("urgent-clock")).contains("đúng hạn");
        assertThat(browser.findElements(By.id("urgent-hold-form"))).as("a suspension is the last answer").isEmpty();
        portal.screenshot("5-bank-held");
        portal.close();

        signIn("dieutra");
        browser.get(stack.gatewayUrl() + "/#/tips/" + tipId);
        WebElement held = portal.waitForVisible("urgent-row-" + holdId);
        assertThat(held.getText()).contains("Đang tạm dừng", "150.000.000 đ");
        portal.screenshot("6-investigator-sees-it");
    }

    void signIn(String username) {
        portal = PortalBrowser.signIn(stack.gatewayUrl(), username, "urgent");
        browser = portal.browser;
        waiting = portal.waiting;
    }
}
