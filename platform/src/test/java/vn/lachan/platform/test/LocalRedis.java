package vn.lachan.platform.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import redis.embedded.RedisServer;

/** A real Redis: the one {@code LACHAN_REDIS_URL} names, or else an embedded redis-server from Maven. */
public final class LocalRedis implements AutoCloseable {

    private final RedisServer embedded;
    private final String url;

    private LocalRedis(RedisServer embedded, String url) {
        this.embedded = embedded;
        this.url = url;
    }

    /** The server of {@code LACHAN_REDIS_URL}, or an embedded one on {@code port} (0 for any free port). */
    public static LocalRedis start(int port) {
        String url = System.getenv("LACHAN_REDIS_URL");
        if (url != null && !url.isBlank()) {
            return new LocalRedis(null, url);
        }
        try {
            int chosen = port > 0 ? port : freePort();
            RedisServer server = RedisServer.newRedisServer()
                    .port(chosen)
                    .bind("127.0.0.1")
                    .setting("save \"\"")
                    .setting("appendonly no")
                    .build();
            server.start();
            return new LocalRedis(server, "redis://127.0.0.1:" + chosen);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start embedded Redis", e);
        }
    }

    public String url() {
        return url;
    }

    /** Whether {@link #stop()} and {@link #startAgain()} work (an embedded server). */
    public boolean canStop() {
        return embedded != null;
    }

    /** Stops the embedded server (its data is not kept: nothing here keeps any in Redis that PostgreSQL does not). */
    public void stop() throws IOException {
        embedded.stop();
    }

    /** Starts the stopped embedded server again, on its port. */
    public void startAgain() throws IOException {
        embedded.start();
    }

    @Override
    public void close() throws IOException {
        if (embedded != null) {
            embedded.stop();
        }
    }

    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
