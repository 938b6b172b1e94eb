package vn.lachan.devstack.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
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
 * Money back to victims in a real headless Chromium against the whole local stack, as the seed users do it. Set up
 * through the gateway: a PA05 case, Vietcombank holding 100 million on the account the victims' money first went to,
 * of which the police leader releases 10 million (the case's history shows the order and the bank's report). Then in
 * the portal: the investigator records two victims' claims (60 and 40 million, both traced to that account; an amount
 * that is no number is refused next to its field); the police leader decides a return by the traced path, and the
 * page shows each victim's share (54 and 36 million of the 90 million still held) and that the total does not exceed
 * what is held; Vietcombank's liaison finds the two returns in her freeze inbox, with where the money goes, and
 * reports one paid; the investigator sees it returned on the claim. Screenshots go to
 * {@code devstack/target/restitution-*.png}.
 */
@Tag("browser")
class RestitutionPortalTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    static LocalStack stack;
    static String caseId;
    static String requestId;
    static String account;

    @BeforeAll
    static void heldAndPartlyReleased() {
        HeadlessChromium.requireInstalled();
        stack = SharedStack.get();
        String marker = UUID.randomUUID().toString().substring(0, 8);
        caseId = idOf(as("dieutra").post("/api/v1/cases", """
                {"title":"Trả lại tiền %s","penalCodeArticle":174,"clause":2,"leadUnit":"cong-an-tinh-pa05"}"""
                .formatted(marker)));
        account = "0091" + String.format("%06d", ThreadLocalRandom.current().nextInt(1_000_000));
        requestId = idOf(as("dieutra").post("/api/v1/cases/" + caseId + "/freeze-requests", """
                {"bank":"vcb-dong-thap","accountNumber":"%s","accountHolder":"Lê Văn Nhận",
                 "amountRequested":{"dong":"100000000"},"layer":1,"reason":"Tài khoản nhận tiền đầu tiên của bị hại"}"""
                .formatted(account)));
        ok(as("nganhang.vcb").post("/api/v1/cases/freeze-requests/" + requestId + ":respond",
                "{\"hold\":{\"amountHeld\":{\"dong\":\"100000000\"}}}"));
        ok(as("lanhdao.congan").post("/api/v1/cases/freeze-requests/" + requestId + ":release", """
                {"amount":{"dong":"10000000"},"documentNumber":"09/LGT-%s","documentDate":"%s",
                 "reason":"Tiền lương hợp pháp của chủ tài khoản"}"""
                .formatted(marker, ZonedDateTime.now(VIETNAM).toLocalDate())));
        ok(as("nganhang.vcb").post("/api/v1/cases/freeze-requests/" + requestId + ":report-released",
                "{\"releasedAt\":\"" + Instant.now() + "\",\"amountReleased\":{\"dong\":\"10000000\"}}"));
    }

    static HttpApi as(String user) {
        return HttpApi.at(stack.gatewayUrl()).waitingOutRateLimits().as(stack.keycloak().userToken(user));
    }

    static void ok(HttpResponse<String> answer) {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    }

    static String idOf(HttpResponse<String> answer) {
        ok(answer);
        return JSON.readTree(answer.body()).get("id").asString();
    }

    @Test
    void claimsThenATracedReturnThenTheBankPaysIt() throws Exception {
        String casePage = stack.gatewayUrl() + "/#/cases/" + caseId;
        // the investigator records the two victims' claims
        try (PortalBrowser portal = PortalBrowser.signIn(stack.gatewayUrl(), "dieutra", "restitution")) {
            portal.browser.get(casePage);
            portal.waitForVisible("case-restitution");
            assertThat(portal.text("claims-empty")).isEqualTo("Chưa ghi nhận yêu cầu nào của bị hại.");
            // the release order and the bank's report are in the case's history
            assertThat(portal.text("case-history")).contains("Lệnh giải tỏa phong tỏa tài khoản",
                    "Ngân hàng báo đã giải tỏa", "Giải tỏa 10.000.000 đ", "lanhdao.congan", "nganhang.vcb");
            assertThat(portal.present("return-form")).as("deciding a return is the police leader's").isFalse();

            portal.click("claim-form-toggle");
            portal.type("claim-victim", "Nguyễn Thị Bị Hại");
            portal.type("claim-account", "1903456789012");
            portal.type("claim-bank", "Techcombank");
            portal.type("claim-amount", "sáu mươi triệu");
            portal.choose("claim-transfer", requestId);
            portal.click("claim-submit");
            assertThat(portal.waitForVisible("claim-amount-error").getText()).contains("số nguyên đồng");
            portal.type("claim-amount", "60.000.000");
            portal.click("claim-submit");
            portal.waitForText("restitution-message", "Đã ghi yêu cầu của bị hại.");
            portal.waiting.until(ExpectedConditions.textToBe(By.id("claims-total-lost"), "60.000.000 đ"));
            if (!portal.browser.findElement(By.id("claim-victim")).isDisplayed()) {
                portal.click("claim-form-toggle");
            }
            portal.type("claim-victim", "Phạm Văn Thứ Hai");
            portal.type("claim-account", "0451000123456");
            portal.type("claim-bank", "Vietinbank");
            portal.type("claim-amount", "40.000.000");
            portal.choose("claim-transfer", requestId);
            portal.click("claim-submit");
            portal.waiting.until(ExpectedConditions.textToBe(By.id("claims-total-lost"), "100.000.000 đ"));
            assertThat(portal.text("claims-table")).contains("Nguyễn Thị Bị Hại", "1903456789012", "Techcombank",
                    "Phạm Văn Thứ Hai", account);
            portal.screenshot("1-claims");
        }

        // the head of the investigation agency decides the return by the traced path
        try (PortalBrowser portal = PortalBrowser.signIn(stack.gatewayUrl(), "lanhdao.congan", "restitution")) {
            portal.browser.get(casePage);
            portal.waitForVisible("claims-table");
            assertThat(portal.text("returns-empty")).isEqualTo("Chưa có quyết định trả lại tiền.");
            portal.click("return-form-toggle");
            portal.choose("return-rule", "TRACED");
            assertThat(portal.text("return-rule-text")).contains("chỉ chia cho các bị hại có giao dịch đầu tiên");
            portal.type("return-document-number", "21/QĐ-TLTS");
            portal.type("return-reason", "Trả lại tiền phong tỏa cho các bị hại theo dòng tiền.");
            portal.click("return-submit");
            portal.waitForText("restitution-message", "Đã quyết định trả lại tiền; các ngân hàng nhận lệnh trả.");
            WebElement decision = portal.waitForVisible("return-decision-0");
            // 90 million still held on the account, shared 60:40
            List<String> shares = decision.findElements(By.cssSelector("tbody tr td:nth-child(2)")).stream()
                    .map(WebElement::getText).toList();
            assertThat(shares).containsExactly("54.000.000 đ", "36.000.000 đ");
            assertThat(decision.findElement(By.cssSelector("[data-decision-total]")).getText()).isEqualTo("90.000.000 đ");
            assertThat(decision.getText()).contains("21/QĐ-TLTS", "Theo dòng tiền");
            WebElement within = portal.waitForVisible("returns-within-held");
            assertThat(within.getDomAttribute("data-covered")).isEqualTo("true");
            assertThat(within.getText()).contains("90.000.000 đ", "không vượt quá");
            assertThat(portal.text("claims-total-decided")).isEqualTo("90.000.000 đ");
            portal.screenshot("2-decided");
        }

        // Vietcombank's liaison pays one of them and reports it
        try (PortalBrowser portal = PortalBrowser.signIn(stack.gatewayUrl(), "nganhang.vcb", "restitution")) {
            portal.click("nav-freeze");
            WebElement first = portal.waiting.until(driver -> driver.findElements(By.cssSelector("#bank-returns-list > li"))
                    .stream().filter(li -> li.getText().contains("Nguyễn Thị Bị Hại")).findFirst().orElse(null));
            assertThat(first.getText()).contains("54.000.000 đ", account, "1903456789012", "Techcombank", "21/QĐ-TLTS");
            String instruction = first.getDomAttribute("id").substring("bank-return-".length());
            portal.type("return-executed-at-" + instruction, "99/99/2026 10:00");
            portal.click("return-report-submit-" + instruction);
            assertThat(portal.waitForVisible("return-executed-at-" + instruction + "-error").getText())
                    .contains("dd/mm/yyyy hh:mm");
            // a minute ahead, so that the minute typed is never before the decision (within the tolerance)
            portal.type("return-executed-at-" + instruction, ZonedDateTime.now(VIETNAM).plusMinutes(1)
                    .format(DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")));
            portal.type("return-reference-" + instruction, "FT26340" + instruction.substring(0, 6));
            portal.click("return-report-submit-" + instruction);
            portal.waitForText("bank-returns-message", "Đã báo ngân hàng đã trả tiền cho bị hại.");
            portal.waiting.until(ExpectedConditions.invisibilityOfElementLocated(By.id("bank-return-" + instruction)));
            assertThat(portal.text("bank-returns-list")).contains("Phạm Văn Thứ Hai", "36.000.000 đ");
            portal.screenshot("3-bank-paid");
        }

        // the investigator sees the first victim's money returned
        try (PortalBrowser portal = PortalBrowser.signIn(stack.gatewayUrl(), "dieutra", "restitution")) {
            portal.browser.get(casePage);
            portal.waiting.until(ExpectedConditions.textToBe(By.id("claims-total-returned"), "54.000.000 đ"));
            // per victim: the share decided and what the bank reported paid of it
            assertThat(portal.text("return-decision-0")).contains("Nguyễn Thị Bị Hại 54.000.000 đ 54.000.000 đ",
                    "Phạm Văn Thứ Hai 36.000.000 đ 0 đ");
            portal.screenshot("4-returned");
        }
    }
}
