package vn.lachan.devstack.k8s;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** Renders the overlays in {@code k8s/overlays} with {@code kubectl kustomize}, once each. */
final class Kustomize {

    private static final Map<String, Rendering> RENDERED = new ConcurrentHashMap<>();

    private Kustomize() {
    }

    static boolean kubectlOnPath() {
        return kubectl().isPresent();
    }

    static Optional<Path> kubectl() {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        return Stream.of(path.split(File.pathSeparator))
                .filter(dir -> !dir.isBlank())
                .flatMap(dir -> Stream.of(Path.of(dir, "kubectl"), Path.of(dir, "kubectl.exe")))
                .filter(Files::isExecutable)
                .findFirst();
    }

    /** The checkout: the first directory upwards holding {@code k8s/} and the lachan parent pom. */
    static Path repositoryRoot() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path pom = dir.resolve("pom.xml");
            if (Files.isDirectory(dir.resolve("k8s")) && Files.isRegularFile(pom)
                    && read(pom).contains("<artifactId>lachan</artifactId>")) {
                return dir;
            }
        }
        throw new IllegalStateException("no directory with k8s/ and the lachan pom.xml above "
                + Path.of("").toAbsolutePath());
    }

    static Path k8s() {
        return repositoryRoot().resolve("k8s");
    }

    static List<String> overlays() {
        try (Stream<Path> dirs = Files.list(k8s().resolve("overlays"))) {
            return dirs.filter(dir -> Files.isRegularFile(dir.resolve("kustomization.yaml")))
                    .map(dir -> dir.getFileName().toString())
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Rendering render(String overlay) {
        return RENDERED.computeIfAbsent(overlay, o -> run(o, "k8s/overlays/" + o));
    }

    /**
     * The base with only the given components of {@code k8s/components}, as an overlay that uses them would render
     * it: a kustomization written under {@code target/} for the purpose, named {@code name}.
     */
    static Rendering renderComponents(String name, String... components) {
        return RENDERED.computeIfAbsent("components:" + name, key -> {
            Path root = repositoryRoot();
            Path dir = root.resolve("devstack/target/kustomize/" + name);
            StringBuilder kustomization = new StringBuilder("""
                    apiVersion: kustomize.config.k8s.io/v1beta1
                    kind: Kustomization
                    namespace: lachan
                    resources:
                      - %s
                    components:
                    """.formatted(dir.relativize(k8s().resolve("base")).toString().replace('\\', '/')));
            for (String component : components) {
                kustomization.append("  - ")
                        .append(dir.relativize(k8s().resolve("components").resolve(component)).toString().replace('\\', '/'))
                        .append('\n');
            }
            try {
                Files.createDirectories(dir);
                Files.writeString(dir.resolve("kustomization.yaml"), kustomization.toString());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return run(name, root.relativize(dir).toString());
        });
    }

    private static Rendering run(String overlay, String directory) {
        Path root = repositoryRoot();
        Path kubectl = kubectl().orElseThrow(() -> new IllegalStateException("kubectl is not on PATH"));
        try {
            Path out = Files.createTempFile("kustomize-" + overlay, ".yaml");
            Path err = Files.createTempFile("kustomize-" + overlay, ".err");
            try {
                Process process = new ProcessBuilder(kubectl.toString(), "kustomize", directory)
                        .directory(root.toFile())
                        .redirectOutput(out.toFile())
                        .redirectError(err.toFile())
                        .start();
                if (!process.waitFor(2, TimeUnit.MINUTES)) {
                    process.destroyForcibly();
                    throw new AssertionError("kubectl kustomize " + directory + " took over 2 minutes");
                }
                if (process.exitValue() != 0) {
                    throw new AssertionError("kubectl kustomize " + directory + " failed (exit "
                            + process.exitValue() + "):\n" + read(err));
                }
                return new Rendering(overlay, parse(read(out)));
            } finally {
                Files.deleteIfExists(out);
                Files.deleteIfExists(err);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @SuppressWarnings("unchecked")
    static List<K8sObject> parse(String multiDocumentYaml) {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(64 * 1024 * 1024);
        List<K8sObject> objects = new ArrayList<>();
        for (Object document : new Yaml(new SafeConstructor(options)).loadAll(multiDocumentYaml)) {
            if (document instanceof Map<?, ?> map) {
                objects.add(new K8sObject((Map<String, Object>) map));
            } else if (document != null) {
                throw new AssertionError("a rendered document is not a mapping: " + document);
            }
        }
        return objects;
    }

    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
