package vn.lachan.platform.test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;

/** Copying and deleting directory trees (the JDK has no one-call way). */
final class Trees {

    private Trees() {
    }

    /** Copies the directory {@code source} into {@code target} (made if missing), keeping files' permissions. */
    static void copy(Path source, Path target) throws IOException {
        try (Stream<Path> files = Files.walk(source)) {
            for (Path path : files.toList()) {
                Path copy = target.resolve(source.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(path, copy, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }

    /** Deletes {@code root} and everything under it, if it exists. */
    static void delete(Path root) throws IOException {
        if (root == null || !Files.exists(root)) {
            return;
        }
        try (Stream<Path> old = Files.walk(root)) {
            for (Path path : old.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    /** {@link #delete}, for clean-up paths where a failure has nothing left to tell. */
    static void deleteQuietly(Path root) {
        try {
            delete(root);
        } catch (IOException e) {
            // a left-over temporary directory is harmless
        }
    }
}
