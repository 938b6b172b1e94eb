package vn.lachan.devstack.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What the benchmark reads from the project rather than repeating it. */
final class Settings {

    private Settings() {
    }

    /**
     * The JVM settings a pod of tip-service runs with: the manifests' {@code JAVA_TOOL_OPTIONS}, and the container's
     * limits as the JVM sees them in a pod (its memory limit as {@code MaxRAM}, its CPU limit as the processor count,
     * which also chooses the garbage collector).
     */
    static String productionJavaOptions(Path root) {
        String kustomization = read(root.resolve("k8s/base/kustomization.yaml"));
        Matcher tool = Pattern.compile("JAVA_TOOL_OPTIONS=(.+)").matcher(kustomization);
        if (!tool.find()) {
            throw new IllegalStateException("no JAVA_TOOL_OPTIONS in k8s/base/kustomization.yaml");
        }
        String deployment = read(root.resolve("k8s/base/tip-service.yaml"));
        Matcher limits = Pattern.compile("limits:\\s*\\n\\s*cpu:\\s*\"?([0-9.]+)(m?)\"?\\s*\\n\\s*memory:\\s*(\\d+)Mi")
                .matcher(deployment);
        if (!limits.find()) {
            throw new IllegalStateException("no cpu and memory limits in k8s/base/tip-service.yaml");
        }
        double cpus = Double.parseDouble(limits.group(1)) / (limits.group(2).isEmpty() ? 1 : 1000);
        return tool.group(1).strip() + " -XX:MaxRAM=" + limits.group(3) + "m -XX:ActiveProcessorCount="
                + Math.max(1, (int) Math.ceil(cpus));
    }

    /** The scam-check index's Redis key of a value, whatever version of the index is current (asked of Redis). */
    static String scamCheckKey(URI redis, String type, String normalized) {
        Path cli = Tools.find("redis-cli");
        if (cli == null) {
            return "lachan:tip:scam-check:v2:n2:i:" + type + ":" + normalized;
        }
        String keys = Tools.run(List.of(cli.toString(), "-h", redis.getHost(), "-p", Integer.toString(redis.getPort()),
                "--scan", "--pattern", "lachan:tip:scam-check:*:i:" + type + ":" + normalized), Map.of(), Duration.ofSeconds(30));
        return keys.lines().filter(l -> !l.isBlank()).findFirst()
                .orElseThrow(() -> new IllegalStateException("no scam-check key for " + normalized + " in Redis"));
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
