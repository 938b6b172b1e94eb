package vn.lachan.devstack;

import java.nio.file.Path;

/** Where the checkout is, for tests run by Maven (which passes it) or from an IDE. */
final class Repo {

    private Repo() {
    }

    static Path root() {
        String given = System.getProperty("lachan.repo.root");
        return given != null ? Path.of(given) : DevStack.repoRoot();
    }
}
