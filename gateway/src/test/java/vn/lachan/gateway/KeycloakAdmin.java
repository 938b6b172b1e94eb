package vn.lachan.gateway;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import vn.lachan.platform.test.LocalKeycloak;

/**
 * The admin REST API of the test JVM's real Keycloak (user {@code admin}/{@code admin} of the master realm),
 * for what the gateway's tests arrange there: a throw-away copy of the portal client that may send browsers
 * back to the gateway under test, its access-token lifespan, users' sessions and the realm's events.
 */
final class KeycloakAdmin {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** A client of the realm: its id in the admin API (a UUID) and its {@code clientId}. */
    record Client(String uuid, String clientId, String secret) {
    }

    private final LocalKeycloak keycloak;

    KeycloakAdmin(LocalKeycloak keycloak) {
        this.keycloak = keycloak;
    }

    /**
     * A copy of the realm's own {@code lachan-portal} client — confidential, authorization code only, PKCE S256
     * required, the same scopes and claims — that sends browsers back only to {@code portal} (the gateway under
     * test): {@code <portal>/login/oauth2/code/keycloak} after signing in, {@code <portal>/} after signing out.
     */
    Client createPortalClient(String clientId, String secret, String portal) {
        JsonNode found = call("GET", "/clients?clientId=lachan-portal", null, 200);
        if (found.isEmpty()) {
            throw new IllegalStateException("the realm has no client lachan-portal");
        }
        ObjectNode client = (ObjectNode) found.get(0);
        client.remove("id");
        client.remove("access");
        client.path("protocolMappers").forEach(mapper -> ((ObjectNode) mapper).remove("id"));
        client.put("clientId", clientId);
        client.put("name", "Lá Chắn – gateway test " + portal);
        client.put("secret", secret);
        client.putArray("redirectUris").add(portal + "/login/oauth2/code/keycloak");
        ObjectNode attributes = client.has("attributes") ? (ObjectNode) client.get("attributes") : client.putObject("attributes");
        attributes.put("post.logout.redirect.uris", portal + "/");
        attributes.put("pkce.code.challenge.method", "S256");
        call("POST", "/clients", client.toString(), 201);
        String uuid = uuidOf(clientId);
        // the realm gives new clients no API audience by default: make sure the copy has the original's scopes
        // (lachan among them), by name
        JsonNode scopes = call("GET", "/client-scopes", null, 200);
        for (JsonNode wanted : client.path("defaultClientScopes")) {
            for (JsonNode scope : scopes) {
                if (wanted.asString().equals(scope.path("name").asString())) {
                    call("PUT", "/clients/" + uuid + "/default-client-scopes/" + scope.path("id").asString(), null, 204);
                }
            }
        }
        return new Client(uuid, clientId, secret);
    }

    /** Sets how long the client's access tokens (and ID tokens) live; null for the realm's lifespan. */
    void accessTokenLifespan(Client client, Integer seconds) {
        ObjectNode representation = (ObjectNode) call("GET", "/clients/" + client.uuid(), null, 200);
        ObjectNode attributes = (ObjectNode) representation.get("attributes");
        if (seconds == null) {
            attributes.remove("access.token.lifespan");
        } else {
            attributes.put("access.token.lifespan", String.valueOf(seconds));
        }
        call("PUT", "/clients/" + client.uuid(), representation.toString(), 204);
    }

    void delete(Client client) {
        call("DELETE", "/clients/" + client.uuid(), null, 204);
    }

    /** The id of a user, which is also the {@code sub} of their tokens. */
    String userId(String username) {
        JsonNode users = call("GET", "/users?exact=true&username=" + encode(username), null, 200);
        if (users.isEmpty()) {
            throw new IllegalStateException("the realm has no user " + username);
        }
        return users.get(0).get("id").asString();
    }

    /** Ends every Keycloak session of a user, as an administrator (or the user's "sign out everywhere") does. */
    void logOut(String userId) {
        call("POST", "/users/" + userId + "/logout", null, 204);
    }

    /** The ids of a user's active Keycloak sessions. */
    List<String> sessions(String userId) {
        return StreamSupport.stream(call("GET", "/users/" + userId + "/sessions", null, 200).spliterator(), false)
                .map(session -> session.get("id").asString())
                .toList();
    }

    /** How many events of {@code type} Keycloak recorded for a user at a client (REFRESH_TOKEN, CODE_TO_TOKEN, …). */
    int events(String type, Client client, String userId) {
        return call("GET", "/events?max=1000&type=" + type + "&client=" + encode(client.clientId()) + "&user=" + userId,
                null, 200).size();
    }

    private String uuidOf(String clientId) {
        JsonNode found = call("GET", "/clients?clientId=" + encode(clientId), null, 200);
        if (found.isEmpty()) {
            throw new IllegalStateException("Keycloak does not list the client " + clientId + " it has just created");
        }
        return found.get(0).get("id").asString();
    }

    private JsonNode call(String method, String path, String json, int expected) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(keycloak.url() + "/admin/realms/lachan" + path))
                .header("Authorization", "Bearer " + adminToken())
                .header("Accept", "application/json");
        if (json == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        }
        HttpResponse<String> answer = send(request.build());
        if (answer.statusCode() != expected) {
            throw new IllegalStateException("Keycloak's admin API answered " + method + " " + path + " with "
                    + answer.statusCode() + " " + answer.body());
        }
        return answer.body().isBlank() ? JSON.createObjectNode() : JSON.readTree(answer.body());
    }

    /** A fresh token of the master realm's admin (they live a minute). */
    private String adminToken() {
        String form = Map.of("grant_type", "password", "client_id", "admin-cli", "username", "admin", "password", "admin")
                .entrySet().stream().map(e -> e.getKey() + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        HttpResponse<String> answer = send(HttpRequest.newBuilder(
                        URI.create(keycloak.url() + "/realms/master/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
        if (answer.statusCode() != 200) {
            throw new IllegalStateException("Keycloak refused the admin's token: " + answer.statusCode() + " " + answer.body());
        }
        return JSON.readTree(answer.body()).get("access_token").asString();
    }

    private static HttpResponse<String> send(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
