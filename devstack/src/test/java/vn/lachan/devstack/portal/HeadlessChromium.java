package vn.lachan.devstack.portal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's Chromium driven by its chromedriver, headless, with a fresh profile that is deleted when
 * the browser closes, and without the background traffic this closed network would refuse. Found at
 * {@code LACHAN_CHROMIUM} / {@code LACHAN_CHROMEDRIVER}, else where Debian or Ubuntu install them.
 */
final class HeadlessChromium implements AutoCloseable {

    static final Path CHROMIUM = found("LACHAN_CHROMIUM", "/usr/bin/chromium", "/usr/bin/chromium-browser");
    static final Path CHROMEDRIVER = found("LACHAN_CHROMEDRIVER", "/usr/bin/chromedriver",
            "/usr/lib/chromium/chromedriver", "/usr/lib/chromium-browser/chromedriver");
    /** {@code -Dlachan.browser-tests=skip}: run the suite without Chromium on purpose (the tests say they skipped). */
    static final boolean SKIP_ON_PURPOSE = "skip".equals(System.getProperty("lachan.browser-tests"));

    private final ChromeDriver driver;
    private final Path profile;

    private HeadlessChromium(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    /**
     * Fails the calling test class with what to install where Chromium or its driver is missing: the test command
     * never runs zero browser tests silently. Skipped instead only when asked ({@link #SKIP_ON_PURPOSE}).
     */
    static void requireInstalled() {
        if (Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER)) {
            return;
        }
        String missing = "The portal's browser tests need Chromium and its driver, not found at " + CHROMIUM + " and "
                + CHROMEDRIVER + ": apt-get install chromium chromium-driver, or set LACHAN_CHROMIUM and "
                + "LACHAN_CHROMEDRIVER to where they are";
        Assumptions.assumeFalse(SKIP_ON_PURPOSE, missing + " (skipped: -Dlachan.browser-tests=skip)");
        Assertions.fail(missing + "; to run the other tests without them, -Dlachan.browser-tests=skip.");
    }

    /** The first executable of {@code variable}'s value and {@code places}; the first place when none is. */
    private static Path found(String variable, String... places) {
        String configured = System.getenv(variable);
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured.strip());
        }
        return Stream.of(places).map(Path::of).filter(Files::isExecutable).findFirst().orElse(Path.of(places[0]));
    }

    static HeadlessChromium open(int width, int height) {
        try {
            Path profile = Files.createTempDirectory("lachan-chromium-");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM.toFile());
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--no-first-run", "--user-data-dir=" + profile, "--window-size=" + width + "," + height);
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(CHROMEDRIVER.toFile())
                    .usingAnyFreePort()
                    .build();
            return new HeadlessChromium(new ChromeDriver(service, options), profile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    ChromeDriver driver() {
        return driver;
    }

    @Override
    public void close() {
        driver.quit();
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
