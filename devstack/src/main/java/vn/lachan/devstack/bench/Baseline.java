package vn.lachan.devstack.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.stream.Stream;

/**
 * The footprint peer: a bare Spring Boot web app ({@code bench/baseline}: spring-boot-starter-webmvc, one controller)
 * started alone in its own JVM with the services' JVM settings, driven with the same closed-loop load as a side,
 * then measured as the services are: start-up as Spring Boot logs it, resident memory after the load.
 *
 * @param hello the load it was warmed with (its GET /hello), a figure of its own
 */
record Baseline(double startSeconds, long residentMiB, Measurement hello) {

    static Baseline measure(Path root, String javaOptions, Size size, HttpClient http, Path workDir, PrintStream out) {
        Path jar = jar(root);
        int port = freePort();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java));
        command.addAll(List.of(javaOptions.split("\\s+")));
        command.addAll(List.of("-Duser.timezone=Asia/Ho_Chi_Minh", "-jar", jar.toString()));
        Path log = workDir.resolve("baseline.log");
        out.println("Bare Spring Boot web app (footprint peer) …");
        Process process;
        try {
            Files.createDirectories(workDir);
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
            builder.environment().put("LACHAN_HTTP_PORT", Integer.toString(port));
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            double start = awaitStarted(process, log);
            HttpRequest hello = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/hello"))
                    .timeout(Duration.ofSeconds(30)).GET().build();
            Measurement load = Load.run("bare Spring Boot GET /hello (footprint peer)", "Java HttpClient", size,
                    () -> http.send(hello, HttpResponse.BodyHandlers.ofString()).statusCode() == 200);
            long rss = Footprint.residentKiB(process.pid());
            return new Baseline(start, rss < 0 ? -1 : rss / 1024, load);
        } finally {
            process.destroy();
            try {
                if (!process.waitFor(30, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static double awaitStarted(Process process, Path log) {
        long until = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (System.nanoTime() < until) {
            Matcher started = Footprint.STARTED.matcher(Bench.readable(log));
            if (started.find()) {
                return Double.parseDouble(started.group(1));
            }
            if (!process.isAlive()) {
                throw new IllegalStateException("the bare Spring Boot app stopped: see " + log);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException("the bare Spring Boot app did not start in 3 minutes: see " + log);
    }

    private static Path jar(Path root) {
        Path target = root.resolve("bench/baseline/target");
        try (Stream<Path> files = Files.exists(target) ? Files.list(target) : Stream.empty()) {
            return files.filter(f -> f.getFileName().toString().matches("bench-baseline-.*-exec\\.jar")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no bench/baseline/target/bench-baseline-*-exec.jar: "
                            + "build it (./mvnw -o -pl devstack -am package)"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
