package vn.lachan.gateway;

import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What the gateway sees of a browser: redirects followed one at a time by the test, and cookies kept the way
 * browsers keep them (RFC 6265): per host unless a Domain is given, by path, until they expire, and
 * {@code Secure} ones sent over https and to {@code localhost}/{@code 127.0.0.1}, which browsers count as
 * secure (Keycloak marks its cookies Secure even over plain http). SameSite is not enforced.
 */
final class Browser {

    /** A cookie as the browser holds it. */
    record Cookie(String name, String value, String domain, boolean hostOnly, String path, boolean secure,
                  boolean httpOnly, Instant expires) {

        boolean sentTo(URI uri) {
            String host = uri.getHost().toLowerCase(Locale.ROOT);
            boolean domainMatches = hostOnly ? host.equals(domain) : host.equals(domain) || host.endsWith("." + domain);
            String requestPath = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
            boolean pathMatches = requestPath.equals(path) || requestPath.startsWith(path)
                    && (path.endsWith("/") || requestPath.charAt(path.length()) == '/');
            boolean secureEnough = !secure || "https".equalsIgnoreCase(uri.getScheme()) || TRUSTWORTHY.contains(host);
            return domainMatches && pathMatches && secureEnough && !expired();
        }

        boolean expired() {
            return expires != null && !expires.isAfter(Instant.now());
        }
    }

    private static final Set<String> TRUSTWORTHY = Set.of("localhost", "127.0.0.1", "[::1]");

    private final String gateway;
    private final List<Cookie> jar = new ArrayList<>();
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    Browser(String gateway) {
        this.gateway = gateway;
    }

    HttpResponse<String> get(String pathOrUrl, String... headers) throws Exception {
        return send(request(pathOrUrl, headers).GET());
    }

    HttpResponse<String> post(String pathOrUrl, String contentType, String body, String... headers) throws Exception {
        return send(request(pathOrUrl, headers).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** Submits a form as a browser does: {@code application/x-www-form-urlencoded}, fields in order. */
    HttpResponse<String> submit(String url, Map<String, String> fields) throws Exception {
        return post(url, "application/x-www-form-urlencoded", fields.entrySet().stream()
                .map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
                .collect(Collectors.joining("&")));
    }

    /** Follows one redirect. */
    HttpResponse<String> follow(HttpResponse<String> redirect) throws Exception {
        return get(location(redirect).toString());
    }

    /** A cookie this browser sends to the gateway (Keycloak's, on another host, are not looked at). */
    Optional<String> cookie(String name) {
        return gatewayCookies().stream().filter(c -> c.name().equals(name)).map(Cookie::value).findFirst();
    }

    /** The cookies this browser sends to the gateway. */
    synchronized List<Cookie> gatewayCookies() {
        URI home = URI.create(gateway + "/");
        return jar.stream().filter(cookie -> cookie.sentTo(home)).toList();
    }

    /** Every cookie this browser holds, for any host (the gateway's and Keycloak's). */
    synchronized List<Cookie> allCookies() {
        jar.removeIf(Cookie::expired);
        return List.copyOf(jar);
    }

    /** Where a redirect points, relative locations resolved against the request. */
    static URI location(HttpResponse<?> response) {
        String location = response.headers().firstValue("Location").orElseThrow(
                () -> new AssertionError("no redirect: " + response.statusCode() + " " + response.body()));
        return response.request().uri().resolve(location);
    }

    /** The decoded query parameters of an address. */
    static Map<String, String> query(URI uri) {
        Map<String, String> values = new LinkedHashMap<>();
        String encoded = uri.getRawQuery();
        if (encoded == null || encoded.isEmpty()) {
            return values;
        }
        for (String pair : encoded.split("&")) {
            int eq = pair.indexOf('=');
            String name = eq < 0 ? pair : pair.substring(0, eq);
            String value = eq < 0 ? "" : pair.substring(eq + 1);
            values.put(URLDecoder.decode(name, StandardCharsets.UTF_8), URLDecoder.decode(value, StandardCharsets.UTF_8));
        }
        return values;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private HttpRequest.Builder request(String pathOrUrl, String... headers) {
        URI uri = URI.create(pathOrUrl.startsWith("http") ? pathOrUrl : gateway + pathOrUrl);
        HttpRequest.Builder request = HttpRequest.newBuilder(uri);
        if (headers.length > 0) {
            request.headers(headers);
        }
        String cookies = cookieHeader(uri);
        if (!cookies.isEmpty()) {
            request.header("Cookie", cookies);
        }
        return request;
    }

    private synchronized String cookieHeader(URI uri) {
        jar.removeIf(Cookie::expired);
        return jar.stream().filter(cookie -> cookie.sentTo(uri))
                .sorted((a, b) -> b.path().length() - a.path().length())
                .map(cookie -> cookie.name() + "=" + cookie.value())
                .collect(Collectors.joining("; "));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        response.headers().allValues("Set-Cookie").forEach(header -> keep(response.request().uri(), header));
        return response;
    }

    /** Stores (or, when expired, removes) the cookie of one Set-Cookie header. */
    private synchronized void keep(URI from, String header) {
        String[] parts = header.split(";");
        int eq = parts[0].indexOf('=');
        if (eq <= 0) {
            return;
        }
        String name = parts[0].substring(0, eq).strip();
        String value = parts[0].substring(eq + 1).strip();
        String host = from.getHost().toLowerCase(Locale.ROOT);
        String domain = host;
        boolean hostOnly = true;
        String path = null;
        boolean secure = false;
        boolean httpOnly = false;
        Instant expires = null;
        Instant maxAge = null;
        for (int i = 1; i < parts.length; i++) {
            String attribute = parts[i].strip();
            int sep = attribute.indexOf('=');
            String key = (sep < 0 ? attribute : attribute.substring(0, sep)).strip().toLowerCase(Locale.ROOT);
            String argument = sep < 0 ? "" : attribute.substring(sep + 1).strip();
            switch (key) {
                case "domain" -> {
                    String given = argument.startsWith(".") ? argument.substring(1) : argument;
                    if (!given.isEmpty()) {
                        domain = given.toLowerCase(Locale.ROOT);
                        hostOnly = false;
                    }
                }
                case "path" -> path = argument.startsWith("/") ? argument : null;
                case "secure" -> secure = true;
                case "httponly" -> httpOnly = true;
                case "max-age" -> {
                    try {
                        maxAge = Instant.now().plusSeconds(Long.parseLong(argument));
                    } catch (NumberFormatException ignored) {
                        // browsers ignore a Max-Age they cannot read
                    }
                }
                case "expires" -> {
                    try {
                        expires = ZonedDateTime.parse(argument.replace('-', ' '), DateTimeFormatter.RFC_1123_DATE_TIME)
                                .toInstant();
                    } catch (DateTimeParseException ignored) {
                        // a date no browser would read either: a session cookie
                    }
                }
                default -> {
                    // SameSite, Version, Comment, …
                }
            }
        }
        if (path == null) {
            String requestPath = from.getRawPath() == null || from.getRawPath().isEmpty() ? "/" : from.getRawPath();
            int slash = requestPath.lastIndexOf('/');
            path = slash <= 0 ? "/" : requestPath.substring(0, slash);
        }
        Cookie cookie = new Cookie(name, value, domain, hostOnly, path, secure, httpOnly, maxAge != null ? maxAge : expires);
        String finalPath = path;
        String finalDomain = domain;
        jar.removeIf(old -> old.name().equals(name) && old.domain().equals(finalDomain) && old.path().equals(finalPath));
        if (!cookie.expired()) {
            jar.add(cookie);
        }
    }
}
