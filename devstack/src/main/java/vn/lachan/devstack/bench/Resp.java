package vn.lachan.devstack.bench;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/** Just enough of the Redis protocol for the benchmark's few commands (no client library on the class path). */
final class Resp implements AutoCloseable {

    private final Socket socket;
    private final InputStream in;
    private final OutputStream out;

    Resp(String host, int port) {
        try {
            socket = new Socket(host, port);
            in = new BufferedInputStream(socket.getInputStream());
            out = socket.getOutputStream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sends a command; an integer or simple answer as text, a bulk string's text, or the first line of an array. */
    String call(String... command) {
        try {
            send(command);
            return read();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The first key matching {@code pattern}, or null (SCAN to its end). */
    String scan(String pattern) {
        try {
            String cursor = "0";
            do {
                send("SCAN", cursor, "MATCH", pattern, "COUNT", "1000");
                line(); // *2
                cursor = read();
                int n = Integer.parseInt(line().substring(1));
                String first = null;
                for (int i = 0; i < n; i++) {
                    String key = read();
                    if (first == null) {
                        first = key;
                    }
                }
                if (first != null) {
                    return first;
                }
            } while (!cursor.equals("0"));
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void send(String... command) throws IOException {
        StringBuilder b = new StringBuilder("*").append(command.length).append("\r\n");
        for (String part : command) {
            b.append('$').append(part.getBytes(StandardCharsets.UTF_8).length).append("\r\n").append(part).append("\r\n");
        }
        out.write(b.toString().getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    private String read() throws IOException {
        String line = line();
        return switch (line.charAt(0)) {
            case '+', ':' -> line.substring(1);
            case '-' -> throw new IllegalStateException("Redis: " + line.substring(1));
            case '$' -> {
                int length = Integer.parseInt(line.substring(1));
                if (length < 0) {
                    yield null;
                }
                byte[] bytes = in.readNBytes(length + 2);
                yield new String(bytes, 0, length, StandardCharsets.UTF_8);
            }
            default -> line;
        };
    }

    private String line() throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        int c;
        while ((c = in.read()) != -1 && c != '\n') {
            if (c != '\r') {
                b.write(c);
            }
        }
        if (c == -1) {
            throw new IOException("Redis closed the connection");
        }
        return b.toString(StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException e) {
            // closing anyway
        }
    }
}
