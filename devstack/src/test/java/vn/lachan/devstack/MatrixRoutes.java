package vn.lachan.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import vn.lachan.platform.test.HttpApi;

/**
 * The routes of an authorization matrix, each with the path and body a cell sends (made when the cell runs), and the
 * cells every matrix has: each route without a token and with a token signed by another key, refused with 401 and
 * recorded in {@link Proofs} for {@code RouteProofsTest}.
 */
final class MatrixRoutes {

    private MatrixRoutes() {
    }

    record Route(String name, String method, Supplier<String> path, Supplier<String> body) {
        @Override
        public String toString() {
            return name;
        }
    }

    /** Every route as a caller without a valid token (none, or a forged one): 401. */
    static Stream<DynamicTest> withoutAValidToken(LocalStack stack, List<Route> routes) throws Exception {
        if (AuthorizationMatrixTest.stack == null) {
            AuthorizationMatrixTest.stack = stack; // its token helpers read the shared stack from there
        }
        Map<String, String> invalid = new LinkedHashMap<>();
        invalid.put("no token", null);
        invalid.put("a token signed by another key", AuthorizationMatrixTest.forgedToken());
        List<DynamicTest> tests = new ArrayList<>();
        invalid.forEach((who, token) -> {
            for (Route route : routes) {
                tests.add(DynamicTest.dynamicTest(who + " " + route + " → 401", () -> {
                    String path = route.path().get();
                    var answer = HttpApi.at(stack.gatewayUrl()).waitingOutRateLimits().as(token)
                            .send(route.method(), path, route.body().get());
                    Proofs.matrix(who, route.method(), path, answer.statusCode());
                    assertThat(answer.statusCode()).as(who + " " + route + ": " + answer.body()).isEqualTo(401);
                }));
            }
        });
        return tests.stream();
    }
}
