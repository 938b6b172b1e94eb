package vn.lachan.devstack.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.HdrHistogram.Histogram;

/** The tools a user would compare the platform with, driven as they are: redis-benchmark, pgbench, HAProxy. */
final class Tools {

    private Tools() {
    }

    /** The tool's path on this machine, or null: a missing tool leaves its side unmeasured, it does not fail the run. */
    static Path find(String tool) {
        for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin").split(":")) {
            Path candidate = Path.of(dir, tool);
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    /** {@code redis-benchmark} sending {@code command} (e.g. {@code HGETALL key}) with the size's clients and count. */
    static Measurement redisBenchmark(String name, String host, int port, Size size, String... command) {
        Path tool = find("redis-benchmark");
        if (tool == null) {
            return Measurement.missing(name, "redis-benchmark", "redis-benchmark is not installed (apt-get install redis-tools)");
        }
        List<String> args = new ArrayList<>(List.of(tool.toString(), "-h", host, "-p", Integer.toString(port),
                "-c", Integer.toString(size.concurrency()), "-n", Integer.toString(size.redisRequests()), "--csv"));
        args.addAll(List.of(command));
        double load = Load.loadAverage();
        String out = run(args, Map.of(), Duration.ofMinutes(5));
        // "test","rps","avg_latency_ms","min_latency_ms","p50_latency_ms","p95_latency_ms","p99_latency_ms","max_latency_ms"
        String[] row = out.lines().filter(l -> !l.startsWith("\"test\"") && l.startsWith("\"")).reduce((a, b) -> b)
                .orElseThrow(() -> new IllegalStateException("redis-benchmark answered: " + out))
                .replace("\"", "").split(",");
        double rps = Double.parseDouble(row[row.length - 7]);
        return new Measurement(name, "redis-benchmark", size.redisRequests(), 0, rps,
                millis(row[row.length - 4]), millis(row[row.length - 2]), load, null);
    }

    /**
     * {@code pgbench} running {@code script} (one transaction) with the size's clients, first for the warm-up, then
     * for the measured time; latencies from its per-transaction log.
     */
    static Measurement pgbench(String name, String jdbcUrl, String user, String password, String script, Size size,
                               Path workDir) {
        Path tool = find("pgbench");
        if (tool == null) {
            return Measurement.missing(name, "pgbench", "pgbench is not installed (apt-get install postgresql-client-15)");
        }
        Matcher url = Pattern.compile("jdbc:postgresql://([^:/]+):(\\d+)/([^?]+)").matcher(jdbcUrl);
        if (!url.lookingAt()) {
            throw new IllegalArgumentException("not a PostgreSQL JDBC URL: " + jdbcUrl);
        }
        try {
            Files.createDirectories(workDir);
            Path file = workDir.resolve("insert.sql");
            Files.writeString(file, script);
            Path logs = workDir.resolve("log");
            Files.createDirectories(logs);
            try (Stream<Path> old = Files.list(logs)) {
                old.forEach(p -> p.toFile().delete());
            }
            Map<String, String> env = Map.of("PGPASSWORD", password);
            List<String> base = List.of(tool.toString(), "-n", "-h", url.group(1), "-p", url.group(2), "-U", user,
                    "-c", Integer.toString(size.concurrency()), "-j", "2", "-f", file.toString());
            List<String> warm = new ArrayList<>(base);
            warm.addAll(List.of("-T", Long.toString(Math.max(1, size.warmUp().toSeconds())), url.group(3)));
            run(warm, env, Duration.ofMinutes(5));
            double load = Load.loadAverage();
            List<String> measured = new ArrayList<>(base);
            measured.addAll(List.of("-T", Long.toString(Math.max(1, size.measure().toSeconds())), "-l",
                    "--log-prefix=" + logs.resolve("pgbench"), url.group(3)));
            String out = run(measured, env, Duration.ofMinutes(5));
            Matcher tps = Pattern.compile("tps = ([0-9.]+)").matcher(out);
            Matcher failed = Pattern.compile("number of failed transactions: (\\d+)").matcher(out);
            Histogram latencies = new Histogram(1_000, 60_000_000_000L, 3);
            try (Stream<Path> files = Files.list(logs)) {
                for (Path log : files.toList()) {
                    for (String line : Files.readAllLines(log)) {
                        String[] f = line.split(" ");
                        latencies.recordValue(Math.max(1_000, Long.parseLong(f[2]) * 1_000));
                    }
                }
            }
            if (!tps.find()) {
                throw new IllegalStateException("pgbench answered: " + out);
            }
            return new Measurement(name, "pgbench", latencies.getTotalCount(), failed.find() ? Long.parseLong(failed.group(1)) : 0,
                    Double.parseDouble(tps.group(1)), Duration.ofNanos(latencies.getValueAtPercentile(50)),
                    Duration.ofNanos(latencies.getValueAtPercentile(99)), load, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** HAProxy in front of {@code backendPort} on {@code port}, as a plain HTTP reverse proxy; null if not installed. */
    static Process haproxy(int port, int backendPort, Path workDir) {
        Path tool = find("haproxy");
        if (tool == null) {
            return null;
        }
        try {
            Files.createDirectories(workDir);
            Path config = workDir.resolve("haproxy.cfg");
            Files.writeString(config, """
                    global
                      maxconn 2000
                    defaults
                      mode http
                      timeout connect 5s
                      timeout client 60s
                      timeout server 60s
                    frontend bench
                      bind 127.0.0.1:%d
                      default_backend service
                    backend service
                      http-reuse always
                      server service 127.0.0.1:%d
                    """.formatted(port, backendPort));
            Process process = new ProcessBuilder(tool.toString(), "-db", "-f", config.toString())
                    .redirectErrorStream(true).redirectOutput(workDir.resolve("haproxy.log").toFile()).start();
            long until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (System.nanoTime() < until) {
                try (Socket ignored = new Socket("127.0.0.1", port)) {
                    return process;
                } catch (IOException notYet) {
                    Thread.sleep(50);
                }
            }
            process.destroy();
            throw new IllegalStateException("HAProxy did not listen on " + port + ": see " + workDir.resolve("haproxy.log"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Runs a command to its end; its output, or an exception with it if it failed. */
    static String run(List<String> command, Map<String, String> env, Duration timeout) {
        try {
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
            builder.environment().putAll(env);
            Process process = builder.start();
            byte[] out = process.getInputStream().readAllBytes();
            if (!process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException(command.getFirst() + " did not finish in " + timeout);
            }
            String text = new String(out, StandardCharsets.UTF_8);
            if (process.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed (" + process.exitValue() + "): " + text);
            }
            return text;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Duration millis(String value) {
        return Duration.ofNanos(Math.round(Double.parseDouble(value) * 1e6));
    }
}
