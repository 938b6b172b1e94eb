package vn.lachan.devstack.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import vn.lachan.devstack.LocalStack;
import vn.lachan.devstack.RewardBudget;
import vn.lachan.devstack.SharedStack;
import vn.lachan.platform.test.HttpApi;

/**
 * The rewards section (thưởng nóng) in a real headless Chromium against the whole local stack. An investigator
 * proposes a reward from a tip's page, is told beside the amount that 0 đồng is no reward, and proposes 2.500.000 đ;
 * the police leader approves it; the police's accountant is told beside the field that the voucher's number is
 * required, then pays it: budget-service records the spending on this year's reward line against the police's
 * allocation, and the reward shows it. Screenshots go to {@code devstack/target/rewards-*.png}.
 */
@Tag("browser")
class RewardPortalTest {

    static final Pattern REWARD_ROUTE = Pattern.compile("#/rewards/([0-9a-f-]{36})$");
    static final long AMOUNT = 2_500_000;
    static final ObjectMapper JSON = new ObjectMapper();

    static LocalStack stack;
    static String tipId;
    static long spentBefore;

    @BeforeAll
    static void seed() {
        HeadlessChromium.requireInstalled();
        stack = SharedStack.get();
        HttpResponse<String> tip = HttpApi.at(stack.gatewayUrl()).waitingOutRateLimits().as(stack.keycloak().userToken("tiepnhan")).post("/api/v1/tips", """
                {"receivedAt":"%s","channel":"HOTLINE","sourceKind":"DENUNCIATION","receivingUnit":"huyen-cao-lanh",
                 "modusOperandi":"FAKE_PRIZE","narrative":"Cổng khen thưởng %s: người dân cung cấp số tài khoản nhận tiền",
                 "loss":{"dong":"30000000"}}""".formatted(Instant.now(), UUID.randomUUID()));
        assertThat(tip.statusCode()).as(tip.body()).isEqualTo(200);
        tipId = JSON.readTree(tip.body()).get("id").asString();
        RewardBudget.allocateToThePolice(stack, AMOUNT);
        spentBefore = policeSpentOnTheRewardLine();
    }

    @Test
    void anInvestigatorProposesALeaderApprovesAndThePoliceAccountantPaysFromTheBudget() throws Exception {
        String rewardId;
        try (PortalBrowser investigator = PortalBrowser.signIn(stack.gatewayUrl(), "dieutra", "rewards")) {
            investigator.browser.get(stack.gatewayUrl() + "/#/tips/" + tipId);
            investigator.click("tip-propose-reward");
            investigator.waitForVisible("propose-form");
            assertThat(investigator.value("propose-tip")).as("the tip's id comes from its page").isEqualTo(tipId);
            investigator.type("propose-amount", "0");
            investigator.type("propose-reason", "Cung cấp số tài khoản nhận tiền của đối tượng, giúp phong tỏa kịp thời.");
            investigator.click("propose-submit");
            assertThat(investigator.waitForVisible("propose-amount-error").getText())
                    .contains("Số tiền thưởng phải lớn hơn 0 đồng");
            assertThat(investigator.browser.findElement(By.id("propose-amount")).getDomAttribute("aria-invalid")).isEqualTo("true");
            assertThat(investigator.value("propose-reason")).as("what was typed is kept").startsWith("Cung cấp số tài khoản");
            investigator.screenshot("1-propose-refused");

            investigator.type("propose-amount", "2.500.000");
            investigator.click("propose-submit");
            investigator.waiting.until(driver -> REWARD_ROUTE.matcher(driver.getCurrentUrl()).find());
            Matcher route = REWARD_ROUTE.matcher(investigator.browser.getCurrentUrl());
            assertThat(route.find()).isTrue();
            rewardId = route.group(1);
            investigator.waitForText("reward-status", "Chờ phê duyệt");
            assertThat(investigator.text("reward-message")).isEqualTo("Đã gửi đề xuất khen thưởng.");
            assertThat(investigator.text("reward-amount")).isEqualTo("2.500.000 đ");
            assertThat(investigator.present("approve-form")).as("approving is a leader's").isFalse();
            assertThat(investigator.present("pay-form")).isFalse();
            investigator.screenshot("2-proposed");
        }

        try (PortalBrowser leader = PortalBrowser.signIn(stack.gatewayUrl(), "lanhdao.congan", "rewards")) {
            leader.click("nav-rewards");
            leader.waitUntilLoaded("rewards-results");
            assertThat(leader.waitForVisible("reward-row-" + rewardId).getText()).contains("2.500.000 đ", "Chờ phê duyệt", "dieutra");
            leader.screenshot("3-leader-list");
            leader.click("reward-link-" + rewardId);
            leader.type("approve-note", "Thông tin giúp phong tỏa kịp thời.");
            leader.click("approve-submit");
            leader.waitForText("reward-status", "Đã phê duyệt");
            assertThat(leader.text("reward-message")).isEqualTo("Đã phê duyệt khen thưởng.");
            assertThat(leader.text("reward-decided")).contains("lanhdao.congan", "Thông tin giúp phong tỏa kịp thời.");
            assertThat(leader.present("pay-form")).as("paying is the accountant's").isFalse();
        }

        try (PortalBrowser accountant = PortalBrowser.signIn(stack.gatewayUrl(), "ketoan.congan", "rewards")) {
            accountant.click("nav-rewards");
            accountant.waitUntilLoaded("rewards-results");
            accountant.click("reward-link-" + rewardId);
            accountant.waitForText("reward-status", "Đã phê duyệt");
            assertThat(accountant.text("pay-amount")).isEqualTo("2.500.000 đ");
            accountant.click("pay-submit");
            assertThat(accountant.waitForVisible("pay-reference-error").getText()).isNotBlank();
            assertThat(accountant.text("reward-status")).as("nothing is paid after a refusal").isEqualTo("Đã phê duyệt");
            accountant.screenshot("4-pay-refused");

            String voucher = "PC-" + UUID.randomUUID().toString().substring(0, 8);
            accountant.type("pay-reference", voucher);
            accountant.click("pay-submit");
            accountant.waitForText("reward-status", "Đã chi");
            assertThat(accountant.text("reward-message")).isEqualTo("Đã chi trả khen thưởng từ kinh phí.");
            assertThat(accountant.text("reward-paid")).contains("ketoan.congan", "cong-an-tinh", voucher);
            assertThat(accountant.text("reward-spending")).contains(RewardBudget.rewardLine());
            assertThat(accountant.present("pay-form")).as("a reward is paid once").isFalse();
            accountant.screenshot("5-paid");

            accountant.click("rewards-back");
            accountant.waitUntilLoaded("rewards-results");
            accountant.waiting.until(ExpectedConditions.textToBePresentInElementLocated(By.id("reward-row-" + rewardId), voucher));
        }

        // budget-service holds the spending the reward names, on the reward line, for exactly the reward's amount
        HttpApi api = HttpApi.at(stack.gatewayUrl()).waitingOutRateLimits().as(stack.keycloak().userToken("lanhdao.congan"));
        JsonNode reward = JSON.readTree(api.get("/api/v1/tips/rewards?tipId=" + tipId).body()).get("rewards").get(0);
        assertThat(reward.get("status").asString()).isEqualTo("PAID");
        assertThat(reward.get("budgetLineId").asString()).isEqualTo(RewardBudget.rewardLine());
        assertThat(reward.get("spendingId").asString()).isNotBlank();
        assertThat(reward.get("amount").get("dong").asString()).isEqualTo(String.valueOf(AMOUNT));
        assertThat(policeSpentOnTheRewardLine()).as("the police's spending on the line grew by the reward, once")
                .isEqualTo(spentBefore + AMOUNT);
    }

    /** What budget-service says the police (cong-an-tinh) spent on this year's reward line, in whole đồng. */
    static long policeSpentOnTheRewardLine() {
        HttpResponse<String> answer = HttpApi.at(stack.gatewayUrl()).waitingOutRateLimits().as(stack.keycloak().userToken("taichinh"))
                .get("/api/v1/budget/execution?year=" + RewardBudget.rewardLine().substring(0, 4) + "&unit=cong-an-tinh");
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        long spent = 0;
        for (JsonNode line : JSON.readTree(answer.body()).path("lines")) {
            if (line.path("lineId").asString("").equals(RewardBudget.rewardLine())) {
                for (JsonNode unit : line.path("units")) {
                    spent += RewardBudget.dong(unit.path("figures").path("spent"));
                }
            }
        }
        return spent;
    }
}
