package vn.lachan.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import vn.lachan.platform.test.HttpApi;

/** The budget a test needs before the police's accountant can pay a reward: money on this year's reward line. */
public final class RewardBudget {

    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final ObjectMapper JSON = new ObjectMapper();

    private RewardBudget() {
    }

    /** This year's line rewards are paid from (Appendix 2, line IV). */
    public static String rewardLine() {
        return LocalDate.now(VIETNAM).getYear() + "-MANAGEMENT";
    }

    /**
     * Gives the police (cong-an-tinh) {@code dong} more of this year's reward line than they have already used
     * (other tests' overrides may have spent above their allocation): asked by the planner, approved by the People's
     * Committee.
     */
    public static void allocateToThePolice(LocalStack stack, long dong) {
        JsonNode lines = ok(send(stack, "taichinh", "GET",
                "/api/v1/budget/execution?year=" + LocalDate.now(VIETNAM).getYear() + "&unit=cong-an-tinh", null)).path("lines");
        for (JsonNode line : lines) {
            if (line.path("lineId").asString("").equals(rewardLine())) {
                for (JsonNode unit : line.path("units")) {
                    JsonNode f = unit.path("figures");
                    long beyond = dong(f.path("committed")) + dong(f.path("spent")) - dong(f.path("allocated"));
                    dong += Math.max(0, beyond);
                }
            }
        }
        String allocation = ok(send(stack, "taichinh", "POST", "/api/v1/budget/lines/" + rewardLine() + "/allocations",
                "{\"unit\":\"cong-an-tinh\",\"amount\":{\"dong\":\"" + dong + "\"},\"note\":\"Thưởng nóng (kiểm thử)\"}"))
                .get("id").asString();
        ok(send(stack, "ubnd", "POST", "/api/v1/budget/allocations/" + allocation + ":approve", "{}"));
    }

    /** Whole đồng of a proto3 JSON Money (empty when 0). */
    public static long dong(JsonNode money) {
        String text = money.path("dong").asString("0");
        return Long.parseLong(text.isEmpty() ? "0" : text);
    }

    private static HttpResponse<String> send(LocalStack stack, String user, String method, String path, String body) {
        HttpApi api = HttpApi.at(stack.gatewayUrl()).waitingOutRateLimits().as(stack.keycloak().userToken(user));
        return SampleTips.send(() -> api.send(method, path, body));
    }

    private static JsonNode ok(HttpResponse<String> answer) {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return JSON.readTree(answer.body());
    }
}
