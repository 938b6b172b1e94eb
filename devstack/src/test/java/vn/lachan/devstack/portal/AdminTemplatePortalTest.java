package vn.lachan.devstack.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import vn.lachan.devstack.LocalStack;
import vn.lachan.devstack.SharedStack;
import vn.lachan.platform.test.HttpApi;

/**
 * The administrators' template editor in a real headless Chromium against the whole local stack. The administrator
 * writes a commune's own report template: report-service refuses a malformed code, a missing English name and a
 * missing reason beside each field, in Vietnamese, keeping what was typed; the corrected template is version 1 with
 * an indicator pre-filled by tip-service. While she reorders it, another administrator saves version 2 over the API:
 * her save is refused as stale (409), said plainly, and reloading shows version 2. Only a commune no test reports for
 * gets a template, so no other test's report changes. Screenshots go to {@code devstack/target/admin-*.png}.
 */
@Tag("browser")
class AdminTemplatePortalTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static LocalStack stack;
    static HttpApi admin;
    static String commune;

    @BeforeAll
    static void chooseACommuneWithoutItsOwnTemplate() {
        HeadlessChromium.requireInstalled();
        stack = SharedStack.get();
        admin = HttpApi.at(stack.gatewayUrl()).waitingOutRateLimits().as(stack.keycloak().userToken("admin"));
        Set<String> withTemplate = new HashSet<>();
        read(admin.get("/api/v1/reports/templates")).path("templates").forEach(t -> withTemplate.add(t.path("appliesTo").asString()));
        for (JsonNode unit : read(admin.get("/api/v1/units?kind=commune")).path("units")) {
            if (!withTemplate.contains(unit.path("code").asString())) {
                commune = unit.path("code").asString();
                break;
            }
        }
        assertThat(commune).as("a commune without its own template").isNotNull();
    }

    @Test
    void anAdministratorWritesACommunesTemplateFixesWhatIsRefusedAndIsToldWhenSomeoneElseSavedFirst() throws Exception {
        try (PortalBrowser portal = PortalBrowser.signIn(stack.gatewayUrl(), "admin", "admin")) {
            portal.click("nav-admin");
            portal.waitUntilLoaded("templates-results");
            assertThat(portal.waitForVisible("template-row-commune").getText()).contains("commune");
            portal.screenshot("1-templates");

            portal.click("template-new-link");
            portal.type("template-applies-to", commune);
            portal.type("ind-0-code", "ATM Kiểm tra");
            portal.type("ind-0-label-vi", "Số buổi tuyên truyền tại xã");
            portal.choose("ind-0-measure", "COUNT");
            portal.click("template-save");
            assertThat(portal.waitForVisible("ind-0-code-error").getText()).contains("Mã chỉ tiêu viết thường");
            assertThat(portal.text("ind-0-label-en-error")).isNotBlank();
            assertThat(portal.text("template-note-error")).isNotBlank();
            assertThat(portal.browser.findElement(By.id("ind-0-code")).getDomAttribute("aria-invalid")).isEqualTo("true");
            assertThat(portal.value("ind-0-label-vi")).as("what was typed is kept").isEqualTo("Số buổi tuyên truyền tại xã");
            assertThat(portal.text("template-form-message")).contains("Vui lòng sửa");
            portal.screenshot("2-refused");

            portal.type("ind-0-code", "propaganda.commune_sessions");
            portal.type("ind-0-label-en", "Propaganda sessions in the commune");
            portal.click("indicator-add");
            portal.type("ind-1-code", "tips.total");
            portal.type("ind-1-label-vi", "Số tin báo tiếp nhận");
            portal.type("ind-1-label-en", "Tips received");
            portal.choose("ind-1-source", "tip-service");
            portal.type("template-note", "Mẫu riêng của xã (kiểm thử cổng)");
            portal.click("template-save");
            portal.waitForText("template-message", "Đã lưu mẫu, phiên bản 1.");
            assertThat(portal.browser.getCurrentUrl()).endsWith("#/admin/templates/" + commune);
            assertThat(portal.text("template-title")).contains(commune);
            JsonNode saved = read(admin.get("/api/v1/reports/templates/" + commune));
            assertThat(saved.path("version").asInt()).isEqualTo(1);
            assertThat(saved.path("indicators").get(1).path("source").asString()).isEqualTo("tip-service");
            portal.screenshot("3-saved");

            // another administrator saves version 2 while this one reorders the indicators
            HttpResponse<String> other = admin.send("PUT", "/api/v1/reports/templates/" + commune, """
                    {"version":1,"changeNote":"Bản của quản trị viên khác","indicators":[
                     {"code":"propaganda.commune_sessions","labelVi":"Số buổi tuyên truyền","labelEn":"Propaganda sessions",
                      "measure":"COUNT","required":true,"source":"unit"}]}""");
            assertThat(other.statusCode()).as(other.body()).isEqualTo(200);
            portal.click("ind-1-up");
            assertThat(portal.value("ind-0-code")).isEqualTo("tips.total");
            portal.type("template-note", "Đưa số tin báo lên đầu");
            portal.click("template-save");
            assertThat(portal.waitForVisible("template-stale").getText()).contains("Một quản trị viên khác vừa lưu mẫu này");
            portal.screenshot("4-stale");
            portal.click("template-reload");
            portal.waiting.until(ExpectedConditions.textToBePresentInElementLocated(By.id("template-version"), "Phiên bản 2"));
            assertThat(portal.value("ind-0-label-vi")).isEqualTo("Số buổi tuyên truyền");
            assertThat(portal.present("ind-1-code")).as("version 2 has one indicator").isFalse();
        }
        assertThat(read(admin.get("/api/v1/reports/templates/" + commune)).path("version").asInt())
                .as("the stale save wrote nothing").isEqualTo(2);
    }

    static JsonNode read(HttpResponse<String> answer) {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return JSON.readTree(answer.body());
    }
}
