package vn.lachan.platform.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * The data directory of a stopped PostgreSQL in which Keycloak has already made its schema and imported the realm
 * with its development additions: a test JVM that needs Keycloak starts its PostgreSQL on a copy of it
 * ({@link LocalPostgres#startFromCopyOf}), so its Keycloak skips the minute of schema creation and realm import.
 *
 * <p>Made once per checkout by the first test JVM that asks (under a file lock), kept under
 * {@code platform/target/keycloak-snapshots/<hash>}; the hash covers everything the snapshot holds (the realm, the
 * dev users and test client, the Keycloak distribution and its build options), so a change to any of them makes a new
 * one. Not used with {@code LACHAN_DB_URL} (an external server cannot be copied). The devstack's test stack starts
 * its PostgreSQL on a copy too, and points the portal's client at its own gateway ({@link
 * LocalKeycloak#sendBrowsersBackTo}).
 */
public final class KeycloakSnapshot {

    private KeycloakSnapshot() {
    }

    /** The snapshot for this checkout's realm and distribution, made now if it does not exist yet. */
    public static Path dataDirectory(Path repoRoot) {
        Path snapshots = repoRoot.resolve("platform/target/keycloak-snapshots");
        try {
            Files.createDirectories(snapshots);
            Path snapshot = snapshots.resolve(hash(repoRoot));
            try (FileChannel channel = FileChannel.open(snapshots.resolve(".lock"), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE);
                 var lock = channel.lock()) {
                if (!Files.isDirectory(snapshot)) {
                    make(repoRoot, snapshot);
                }
            }
            return snapshot;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make the Keycloak snapshot under " + snapshots, e);
        }
    }

    /** Starts a server in a fresh directory, Keycloak on it, stops both cleanly and keeps the directory. */
    private static void make(Path repoRoot, Path snapshot) throws IOException {
        Path work = snapshot.resolveSibling(snapshot.getFileName() + ".making");
        Trees.delete(work);
        try (LocalPostgres postgres = LocalPostgres.startEmbedded(work);
             LocalKeycloak keycloak = LocalKeycloak.start(repoRoot, LocalRedis.freePort(), LocalRedis.freePort(), postgres,
                     snapshot.resolveSibling(snapshot.getFileName() + ".log"))) {
            keycloak.issuer(); // started: realm imported, test client made
        }
        Files.deleteIfExists(work.resolve("epg-lock"));
        Files.move(work, snapshot, StandardCopyOption.ATOMIC_MOVE);
    }

    static String hash(Path repoRoot) throws IOException {
        List<Path> inputs = new ArrayList<>();
        inputs.add(repoRoot.resolve(LocalKeycloak.REALM_FILE));
        try (Stream<Path> dev = Files.list(repoRoot.resolve(LocalKeycloak.DEV_DIR))) {
            dev.filter(f -> f.getFileName().toString().endsWith(".json")).sorted().forEach(inputs::add);
        }
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (Path input : inputs) {
                sha.update(input.getFileName().toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                sha.update(Files.readAllBytes(input));
            }
            sha.update(LocalKeycloak.distribution(repoRoot).getFileName().toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            sha.update(String.join(" ", LocalKeycloak.BUILD_OPTIONS).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            sha.update(LocalKeycloak.DEFAULT_PUBLIC_URL.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest(), 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
