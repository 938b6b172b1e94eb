package vn.lachan.gateway;

import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Optional;

/** What the gateway sees of a browser: cookies kept per host, redirects followed one at a time by the test. */
final class Browser {

    private final String gateway;
    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    private final HttpClient http;

    Browser(String gateway) {
        this.gateway = gateway;
        this.http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    HttpResponse<String> get(String pathOrUrl, String... headers) throws Exception {
        return send(request(pathOrUrl, headers).GET());
    }

    HttpResponse<String> post(String pathOrUrl, String contentType, String body, String... headers) throws Exception {
        return send(request(pathOrUrl, headers).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** Follows one redirect. */
    HttpResponse<String> follow(HttpResponse<String> redirect) throws Exception {
        return get(location(redirect).toString());
    }

    Optional<String> cookie(String name) {
        return cookies.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals(name)).map(HttpCookie::getValue).findFirst();
    }

    List<HttpCookie> allCookies() {
        return cookies.getCookieStore().getCookies();
    }

    /** Where a redirect points, relative locations resolved against the request. */
    static URI location(HttpResponse<?> response) {
        String location = response.headers().firstValue("Location").orElseThrow(
                () -> new AssertionError("no redirect: " + response.statusCode() + " " + response.body()));
        return response.request().uri().resolve(location);
    }

    private HttpRequest.Builder request(String pathOrUrl, String... headers) {
        URI uri = URI.create(pathOrUrl.startsWith("http") ? pathOrUrl : gateway + pathOrUrl);
        HttpRequest.Builder request = HttpRequest.newBuilder(uri);
        if (headers.length > 0) {
            request.headers(headers);
        }
        return request;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
