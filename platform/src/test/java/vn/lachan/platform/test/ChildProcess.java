package vn.lachan.platform.test;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** A child process of the stack: started with its environment, logged to a file, awaited and stopped. */
public final class ChildProcess implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final String name;
    private final Process process;
    private final Path log;

    private ChildProcess(String name, Process process, Path log) {
        this.name = name;
        this.process = process;
        this.log = log;
    }

    public static ChildProcess start(String name, List<String> command, Map<String, String> environment, Path workDir,
                                Path log) {
        try {
            Files.createDirectories(log.getParent());
            ProcessBuilder builder = new ProcessBuilder(command)
                    .directory(workDir.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            builder.environment().putAll(environment);
            return new ChildProcess(name, builder.start(), log);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot start " + name + ": " + e.getMessage(), e);
        }
    }

    /** Waits until {@code url} answers 200, failing early if the process dies. */
    public void awaitHealthy(URI url, Duration timeout) {
        Instant give = Instant.now().plus(timeout);
        while (Instant.now().isBefore(give)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " stopped with exit code " + process.exitValue() + "; see " + log
                        + lastLines());
            }
            try {
                var answer = HTTP.send(HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(2)).GET().build(),
                        HttpResponse.BodyHandlers.discarding());
                if (answer.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for " + name);
            }
            sleep(Duration.ofMillis(500));
        }
        throw new IllegalStateException(name + " did not become healthy at " + url + " within " + timeout.toSeconds()
                + " s; see " + log + lastLines());
    }

    /** Waits for the process to end by itself; its exit code, or -1 if it is still running after {@code timeout}. */
    public int awaitExit(Duration timeout) throws InterruptedException {
        return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS) ? process.exitValue() : -1;
    }

    public String name() {
        return name;
    }

    public Path log() {
        return log;
    }

    public String lastLines() {
        try {
            List<String> lines = Files.readAllLines(log);
            return "\n  " + String.join("\n  ", lines.subList(Math.max(0, lines.size() - 15), lines.size()));
        } catch (IOException e) {
            return "";
        }
    }

    /** Kills the process at once (SIGKILL: no shutdown hook, nothing drained or flushed), as a crash or the OOM killer. */
    public void kill() {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        try {
            process.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** Asks the process to stop (SIGTERM, so it shuts down gracefully) and kills it if it will not. */
    @Override
    public void close() {
        if (!process.isAlive()) {
            return;
        }
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    public static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted");
        }
    }
}
