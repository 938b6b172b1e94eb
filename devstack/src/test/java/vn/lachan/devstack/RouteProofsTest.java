package vn.lachan.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import vn.lachan.platform.test.HttpApi;
import vn.lachan.platform.test.LocalKeycloak;

/**
 * Every route of every contract is in the proofs: the gateway's OpenAPI document (generated from the
 * {@code .proto} files) lists the routes, and the authorization matrices and bad-input corpora of this
 * same test run must have called each of them — as every seed user of the realm and with no token, and
 * with at least one bad input refused with a 4xx. A new RPC without its matrix row and bad input fails
 * here, not in review. Ordered after the other classes: it reads what the other classes of the run recorded in {@link Proofs}.
 *
 * <p>Runs only in a whole devstack run (it is skipped by a narrow {@code -Dtest=} selection, which does
 * not select it). Ordered before FaultInjectionTest only, which kills and restarts parts of the stack.
 */
@Order(Integer.MAX_VALUE - 1)
@Tag("e2e")
class RouteProofsTest {

    static final ObjectMapper json = new ObjectMapper();
    static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");

    /** A route of the OpenAPI document, matching the concrete paths the tests sent. */
    record Route(String method, String template, Pattern path) {
        static Route of(String method, String template) {
            // a path parameter is one segment and never swallows a custom verb (":approve")
            String regex = Pattern.quote(template).replaceAll("\\{[^}]+}", "\\\\E[^/:]+\\\\Q");
            return new Route(method.toUpperCase(), template, Pattern.compile(regex));
        }

        boolean matches(Proofs.Call call) {
            String path = URI.create(call.path()).getRawPath();
            return method.equals(call.method()) && this.path.matcher(path).matches();
        }

        @Override
        public String toString() {
            return method + " " + template;
        }
    }

    @Test
    void everyRouteIsCalledByEverySeedUserWithoutATokenAndWithBadInput() throws Exception {
        List<Route> routes = routesOfTheContracts();
        Set<String> callers = new TreeSet<>(seedUsers());
        callers.add("no token");
        List<Proofs.Call> calls = Proofs.calls();
        assertThat(calls).as("the matrices and corpora ran before this class").isNotEmpty();

        Map<String, Set<String>> missingCallers = new TreeMap<>();
        List<String> withoutBadInput = new ArrayList<>();
        for (Route route : routes) {
            Set<String> missing = new TreeSet<>(callers);
            boolean refusedBadInput = false;
            for (Proofs.Call call : calls) {
                if (!route.matches(call)) {
                    continue;
                }
                if (call.kind() == Proofs.Kind.MATRIX) {
                    missing.remove(call.who());
                } else if (call.status() >= 400 && call.status() < 500) {
                    refusedBadInput = true;
                }
            }
            if (!missing.isEmpty()) {
                missingCallers.put(route.toString(), missing);
            }
            if (!refusedBadInput) {
                withoutBadInput.add(route.toString());
            }
        }
        List<String> strays = calls.stream()
                .filter(call -> routes.stream().noneMatch(route -> route.matches(call)))
                .map(call -> call.method() + " " + call.path())
                .distinct()
                .toList();

        assertThat(missingCallers).as("routes whose authorization matrix lacks these callers").isEmpty();
        assertThat(withoutBadInput).as("routes without a refused bad input").isEmpty();
        assertThat(strays).as("calls that match no route of the contracts (a renamed route?)").isEmpty();
    }

    /** The routes of the OpenAPI document the gateway serves (the contracts' {@code google.api.http} routes). */
    static List<Route> routesOfTheContracts() {
        var answer = HttpApi.at(SharedStack.get().gatewayUrl()).get("/api/openapi.json");
        assertThat(answer.statusCode()).isEqualTo(200);
        JsonNode paths = json.readTree(answer.body()).get("paths");
        List<Route> routes = new ArrayList<>();
        for (var path : paths.properties()) {
            for (var operation : path.getValue().properties()) {
                if (METHODS.contains(operation.getKey())) {
                    routes.add(Route.of(operation.getKey(), path.getKey()));
                }
            }
        }
        assertThat(routes).hasSizeGreaterThan(50);
        return routes;
    }

    /** The realm's seed users, as the local stack imports them. */
    static List<String> seedUsers() throws Exception {
        JsonNode users = json.readTree(Files.readString(
                LocalKeycloak.repoRoot().resolve(LocalKeycloak.DEV_DIR).resolve("lachan-users-0.json"))).get("users");
        List<String> names = new ArrayList<>();
        users.forEach(user -> names.add(user.get("username").asString()));
        assertThat(names).contains("tiepnhan", "nganhang.vcb", "admin");
        return names;
    }
}
