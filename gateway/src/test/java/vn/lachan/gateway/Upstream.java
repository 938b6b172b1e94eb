package vn.lachan.gateway;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A service behind the gateway that answers every request with 200 and remembers what reached it. */
final class Upstream implements AutoCloseable {

    record Seen(String method, String path, String authorization, String cookie) {
    }

    private final HttpServer server;
    final List<Seen> seen = new CopyOnWriteArrayList<>();

    private Upstream(HttpServer server) {
        this.server = server;
    }

    static Upstream start(String name) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            Upstream upstream = new Upstream(server);
            server.createContext("/", exchange -> {
                exchange.getRequestBody().readAllBytes();
                var headers = exchange.getRequestHeaders();
                upstream.seen.add(new Seen(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                        headers.getFirst("Authorization"), headers.getFirst("Cookie")));
                byte[] body = ("{\"from\":\"" + name + "\"}").getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
                exchange.close();
            });
            server.start();
            return upstream;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
