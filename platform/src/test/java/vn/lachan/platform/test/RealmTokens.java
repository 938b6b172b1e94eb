package vn.lachan.platform.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The claims of the realm's access tokens, read from the same files Keycloak imports ({@link LocalKeycloak#REALM_FILE}
 * and the dev additions): a user's realm roles are their own, their groups' and the groups' ancestors', and the
 * composites of all those; the client scope {@code lachan} reaches a token only when the user holds one of the roles
 * mapped to it, and then brings the {@code unit} attribute, the {@code roles} the client's scope allows and the
 * {@code lachan-api} audience; a client's hard-coded claims are added whatever the scopes. Only the claims the
 * platform reads or checks are made, with the profile claims a person's token has.
 */
final class RealmTokens {

    /** The realm's {@code accessTokenLifespan}. */
    static final int LIFESPAN_SECONDS = 300;
    static final String TEST_CLIENT = "lachan-test";
    static final String API_AUDIENCE = "lachan-api";
    static final String LACHAN_SCOPE = "lachan";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Map<String, JsonNode> users = new LinkedHashMap<>();
    private final Map<String, JsonNode> clients = new LinkedHashMap<>();
    private final Map<String, List<String>> groupRoles = new HashMap<>();
    private final Map<String, Set<String>> composites = new HashMap<>();
    private final Map<String, Set<String>> scopeRoles = new HashMap<>();
    private final String defaultRole;

    private RealmTokens(JsonNode realm) {
        defaultRole = realm.path("defaultRole").path("name").asString();
        for (JsonNode role : realm.path("roles").path("realm")) {
            Set<String> parts = new LinkedHashSet<>();
            role.path("composites").path("realm").forEach(part -> parts.add(part.asString()));
            composites.put(role.path("name").asString(), parts);
        }
        Deque<JsonNode> groups = new ArrayDeque<>();
        realm.path("groups").forEach(groups::add);
        while (!groups.isEmpty()) {
            JsonNode group = groups.pop();
            List<String> roles = new ArrayList<>();
            group.path("realmRoles").forEach(role -> roles.add(role.asString()));
            groupRoles.put(group.path("path").asString(), roles);
            group.path("subGroups").forEach(groups::add);
        }
        for (JsonNode mapping : realm.path("scopeMappings")) {
            if (mapping.has("clientScope")) {
                Set<String> roles = scopeRoles.computeIfAbsent(mapping.path("clientScope").asString(), s -> new TreeSet<>());
                mapping.path("roles").forEach(role -> roles.add(role.asString()));
            }
        }
        realm.path("clients").forEach(client -> clients.put(client.path("clientId").asString(), client));
        realm.path("users").forEach(user -> users.put(user.path("username").asString(), user));
    }

    static RealmTokens read(Path repoRoot) {
        try {
            RealmTokens realm = new RealmTokens(JSON.readTree(Files.readString(repoRoot.resolve(LocalKeycloak.REALM_FILE),
                    StandardCharsets.UTF_8)));
            Path dev = repoRoot.resolve(LocalKeycloak.DEV_DIR);
            try (Stream<Path> files = Files.list(dev)) {
                for (Path file : files.filter(f -> f.getFileName().toString().matches("lachan-users-\\d+\\.json"))
                        .sorted().toList()) {
                    JSON.readTree(Files.readString(file, StandardCharsets.UTF_8)).path("users")
                            .forEach(user -> realm.users.put(user.path("username").asString(), user));
                }
            }
            JsonNode testClient = JSON.readTree(Files.readString(dev.resolve("lachan-test-client.json"), StandardCharsets.UTF_8));
            realm.clients.put(testClient.path("clientId").asString(), testClient);
            return realm;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the realm under " + repoRoot, e);
        }
    }

    /** The dev seed users (people, not service accounts). */
    List<String> seedUsers() {
        return users.values().stream().filter(user -> !user.has("serviceAccountClientId"))
                .map(user -> user.path("username").asString()).toList();
    }

    /** The realm's clients that have a service account (client-credentials grant). */
    List<String> serviceAccountClients() {
        return clients.values().stream().filter(client -> client.path("serviceAccountsEnabled").asBoolean(false))
                .map(client -> client.path("clientId").asString()).toList();
    }

    boolean hasServiceAccount(String clientId) {
        return serviceAccountClients().contains(clientId);
    }

    /** A seed user's token through the test client (password grant). */
    Map<String, Object> userClaims(String username) {
        JsonNode user = users.get(username);
        if (user == null || user.has("serviceAccountClientId") || !user.path("enabled").asBoolean(true)) {
            throw new IllegalArgumentException("the realm has no seed user " + username);
        }
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("typ", "Bearer");
        claims.put("azp", TEST_CLIENT);
        claims.put("sub", UUID.nameUUIDFromBytes(("user:" + username).getBytes(StandardCharsets.UTF_8)).toString());
        claims.put("preferred_username", username);
        String first = user.path("firstName").asString("");
        String last = user.path("lastName").asString("");
        claims.put("name", (first + " " + last).trim());
        claims.put("given_name", first);
        claims.put("family_name", last);
        if (!user.path("email").asString("").isEmpty()) {
            claims.put("email", user.path("email").asString()); // Keycloak leaves the claim out for a user without one
        }
        claims.put("email_verified", user.path("emailVerified").asBoolean(false));
        String locale = firstAttribute(user, "locale");
        if (locale != null) {
            claims.put("locale", locale);
        }
        addLachanScope(claims, clients.get(TEST_CLIENT), effectiveRoles(user), firstAttribute(user, "unit"));
        return claims;
    }

    /** A realm client's token (client-credentials grant): its service account's roles, its hard-coded claims. */
    Map<String, Object> clientClaims(String clientId) {
        JsonNode client = clients.get(clientId);
        if (client == null || !hasServiceAccount(clientId)) {
            throw new IllegalArgumentException("the realm has no client with a service account: " + clientId);
        }
        JsonNode account = users.values().stream()
                .filter(user -> clientId.equals(user.path("serviceAccountClientId").asString(null)))
                .findFirst().orElseThrow(() -> new IllegalStateException("no service-account user for " + clientId));
        Map<String, Object> claims = serviceAccountBase(clientId);
        addLachanScope(claims, client, effectiveRoles(account), firstAttribute(account, "unit"));
        for (JsonNode mapper : client.path("protocolMappers")) {
            if ("oidc-hardcoded-claim-mapper".equals(mapper.path("protocolMapper").asString())
                    && mapper.path("config").path("access.token.claim").asBoolean(false)) {
                claims.put(mapper.path("config").path("claim.name").asString(),
                        mapper.path("config").path("claim.value").asString());
            }
        }
        return claims;
    }

    /** A client that is not in the realm file, made with the scope {@code lachan} or without. */
    Map<String, Object> unknownClientClaims(String clientId, boolean withApiAudience, Set<String> roles) {
        Map<String, Object> claims = serviceAccountBase(clientId);
        if (withApiAudience && roles.stream().anyMatch(scopeRoles.getOrDefault(LACHAN_SCOPE, Set.of())::contains)) {
            claims.put("aud", List.of(API_AUDIENCE));
            claims.put("roles", List.copyOf(new TreeSet<>(roles)));
        }
        return claims;
    }

    private static Map<String, Object> serviceAccountBase(String clientId) {
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("typ", "Bearer");
        claims.put("azp", clientId);
        claims.put("sub", UUID.nameUUIDFromBytes(("client:" + clientId).getBytes(StandardCharsets.UTF_8)).toString());
        claims.put("preferred_username", "service-account-" + clientId);
        claims.put("client_id", clientId);
        claims.put("email_verified", false);
        return claims;
    }

    /**
     * The scope {@code lachan}: only for a holder of one of its roles; then the unit, the roles the client may put in
     * its tokens (all with full scope, else those mapped to the client's default scopes) and the API's audience.
     */
    private void addLachanScope(Map<String, Object> claims, JsonNode client, Set<String> effective, String unit) {
        Set<String> lachanRoles = scopeRoles.getOrDefault(LACHAN_SCOPE, Set.of());
        boolean requested = false;
        for (JsonNode scope : client.path("defaultClientScopes")) {
            requested |= LACHAN_SCOPE.equals(scope.asString());
        }
        if (!requested || (!lachanRoles.isEmpty() && effective.stream().noneMatch(lachanRoles::contains))) {
            return;
        }
        Set<String> allowed = new TreeSet<>();
        if (client.path("fullScopeAllowed").asBoolean(true)) {
            allowed.addAll(effective);
        } else {
            for (JsonNode scope : client.path("defaultClientScopes")) {
                allowed.addAll(scopeRoles.getOrDefault(scope.asString(), Set.of()));
            }
            allowed.retainAll(effective);
        }
        if (unit != null) {
            claims.put("unit", unit);
        }
        claims.put("roles", List.copyOf(allowed));
        claims.put("aud", List.of(API_AUDIENCE));
    }

    /** The user's realm roles, their groups' (and those groups' ancestors'), and every composite of them. */
    private Set<String> effectiveRoles(JsonNode user) {
        Deque<String> pending = new ArrayDeque<>();
        user.path("realmRoles").forEach(role -> pending.add(role.asString()));
        pending.add(defaultRole);
        for (JsonNode group : user.path("groups")) {
            for (String path = group.asString(); !path.isEmpty(); path = path.substring(0, path.lastIndexOf('/'))) {
                pending.addAll(groupRoles.getOrDefault(path, List.of()));
            }
        }
        Set<String> roles = new TreeSet<>();
        while (!pending.isEmpty()) {
            String role = pending.pop();
            if (roles.add(role)) {
                pending.addAll(composites.getOrDefault(role, Set.of()));
            }
        }
        return roles;
    }

    private static String firstAttribute(JsonNode user, String name) {
        JsonNode values = user.path("attributes").path(name);
        return values.isArray() && !values.isEmpty() ? values.get(0).asString() : null;
    }
}
