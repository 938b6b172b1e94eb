package vn.lachan.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import vn.lachan.platform.test.HttpApi;

/**
 * Every route of every contract is in the proofs: the authorization matrices called it as every seed user and
 * without a token, and the bad-input corpora called it at least once with input it refused. The routes are those of
 * the OpenAPI document the gateway serves (generated from the contracts), so a new RPC with an HTTP route fails
 * this test until both proofs cover it. Runs after the other test classes of the same run (see
 * junit-platform.properties); run on its own it fails, saying so.
 */
@Order(Integer.MAX_VALUE)
class RouteProofsTest {

    static final ObjectMapper json = new ObjectMapper();
    static List<Route> routes;

    /** A route of the contracts as the OpenAPI document names it, e.g. {@code POST /api/v1/tips/{id}:decide}. */
    record Route(String method, String template, Pattern pattern, int literals) {

        static Route of(String method, String template) {
            StringBuilder regex = new StringBuilder("^");
            int literals = 0;
            for (String part : template.split("(?=\\{)|(?<=\\})")) {
                if (part.startsWith("{")) {
                    regex.append("[^/:?]+");
                } else {
                    regex.append(Pattern.quote(part));
                    literals += part.length();
                }
            }
            return new Route(method.toUpperCase(Locale.ROOT), template, Pattern.compile(regex.append("$").toString()),
                    literals);
        }

        boolean matches(Proofs.Call call) {
            String path = call.path().split("\\?", 2)[0];
            return method.equals(call.method().toUpperCase(Locale.ROOT)) && pattern.matcher(path).matches();
        }

        @Override
        public String toString() {
            return method + " " + template;
        }
    }

    @BeforeAll
    static void readTheContracts() throws Exception {
        var answer = HttpApi.at(SharedStack.get().gatewayUrl()).get("/api/openapi.json");
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        JsonNode paths = json.readTree(answer.body()).get("paths");
        routes = new ArrayList<>();
        for (var path : paths.properties()) {
            for (var operation : path.getValue().properties()) {
                routes.add(Route.of(operation.getKey(), path.getKey()));
            }
        }
        assertThat(routes).as("routes in /api/openapi.json").hasSizeGreaterThan(50);
    }

    /** The route a call went to: of the templates it matches, the one with the most literal characters. */
    static Optional<Route> routeOf(Proofs.Call call) {
        return routes.stream().filter(r -> r.matches(call)).max(Comparator.comparingInt(Route::literals));
    }

    @Test
    void everyRouteIsInAnAuthorizationMatrixForEverySeedUserAndWithoutAToken() throws Exception {
        Set<String> callers = seedUsers();
        callers.add("no token");
        Map<String, Set<String>> seen = seen(Proofs.Kind.MATRIX);
        assertThat(seen).as("no authorization matrix ran before this test: run the whole devstack test suite").isNotEmpty();
        Map<String, Set<String>> missing = new TreeMap<>();
        for (Route route : routes) {
            Set<String> absent = new TreeSet<>(callers);
            absent.removeAll(seen.getOrDefault(route.toString(), Set.of()));
            if (!absent.isEmpty()) {
                missing.put(route.toString(), absent);
            }
        }
        assertThat(missing).as("routes whose authorization matrix lacks these callers").isEmpty();
    }

    @Test
    void everyRouteIsInABadInputCorpusAndRefusedItWithoutAServerError() {
        Map<String, Set<String>> seen = seen(Proofs.Kind.BAD_INPUT);
        assertThat(seen).as("no bad-input corpus ran before this test: run the whole devstack test suite").isNotEmpty();
        List<String> missing = routes.stream().map(Route::toString).filter(r -> !seen.containsKey(r)).sorted().toList();
        assertThat(missing).as("routes no bad-input case refused").isEmpty();
    }

    @Test
    void noProofCalledARouteTheContractsDoNotHave() {
        List<String> strays = Proofs.calls().stream().filter(c -> routeOf(c).isEmpty())
                .map(c -> c.kind() + " " + c.method() + " " + c.path()).distinct().sorted().toList();
        assertThat(strays).isEmpty();
    }

    /** The people of the realm every local run has (its service accounts act for services, not people). */
    static Set<String> seedUsers() throws Exception {
        Set<String> users = new TreeSet<>();
        for (JsonNode user : json.readTree(Repo.root().resolve("k8s/keycloak/lachan-realm.json").toFile()).get("users")) {
            String name = user.get("username").asString();
            if (!name.startsWith("service-account-")) {
                users.add(name);
            }
        }
        assertThat(users).hasSizeGreaterThan(10);
        return users;
    }

    /** Per route, who called it in proofs of {@code kind} (bad-input calls only count when refused with a 4xx). */
    static Map<String, Set<String>> seen(Proofs.Kind kind) {
        Map<String, Set<String>> seen = new TreeMap<>();
        for (Proofs.Call call : Proofs.calls()) {
            if (call.kind() != kind || (kind == Proofs.Kind.BAD_INPUT && (call.status() < 400 || call.status() >= 500))) {
                continue;
            }
            routeOf(call).ifPresent(r -> seen.computeIfAbsent(r.toString(), k -> new TreeSet<>()).add(call.who()));
        }
        return seen;
    }
}
