package vn.lachan.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Keycloak from the Maven artifact {@code org.keycloak:keycloak-quarkus-dist}, unpacked by the devstack
 * build, in dev mode on the stack's PostgreSQL, with the realm of {@code k8s/keycloak/} imported.
 */
final class KeycloakServer {

    static final String REALM_FILE = "k8s/keycloak/lachan-realm.json";

    private KeycloakServer() {
    }

    static ManagedProcess start(Path repoRoot, Path workDir, int port, String dbUrl, String dbUser, String dbPassword) {
        Path dist = distribution(repoRoot);
        Path realm = repoRoot.resolve(REALM_FILE);
        if (!Files.isRegularFile(realm)) {
            throw new StackException("The realm file " + realm + " is missing.");
        }
        try {
            Path imports = dist.resolve("data/import");
            Files.createDirectories(imports);
            Files.copy(realm, imports.resolve("lachan-realm.json"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String javaHome = System.getProperty("java.home");
        List<String> command = List.of(dist.resolve("bin/kc.sh").toString(), "start-dev",
                "--http-port=" + port,
                "--http-management-port=" + (port + 1),
                "--hostname-strict=false",
                "--import-realm",
                "--health-enabled=true",
                "--db=postgres",
                "--db-url=" + dbUrl,
                "--db-username=" + dbUser,
                "--db-password=" + dbPassword);
        var process = ManagedProcess.start("keycloak", command, Map.of(
                "JAVA_HOME", javaHome,
                "KC_BOOTSTRAP_ADMIN_USERNAME", "admin",
                "KC_BOOTSTRAP_ADMIN_PASSWORD", "admin",
                "JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx512m"), dist, workDir.resolve("logs/keycloak.log"));
        process.awaitHealthy(URI.create("http://localhost:" + port + "/realms/lachan/.well-known/openid-configuration"),
                Duration.ofMinutes(4));
        return process;
    }

    /** The unpacked distribution under devstack/target/keycloak. */
    static Path distribution(Path repoRoot) {
        Path unpacked = repoRoot.resolve("devstack/target/keycloak");
        try (Stream<Path> dirs = Files.exists(unpacked) ? Files.list(unpacked) : Stream.empty()) {
            return dirs.filter(d -> d.getFileName().toString().startsWith("keycloak-") && Files.isDirectory(d))
                    .findFirst()
                    .orElseThrow(() -> new StackException("Keycloak is not unpacked under " + unpacked
                            + ": run ./mvnw -B -DskipTests install first."));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
