package vn.lachan.devstack.portal;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;

/**
 * What every portal page shown in a test must pass: axe-core's WCAG 2.1 A and AA rules with no critical violation
 * (every finding, serious ones first, is written to {@code target/portal-a11y/}), and a picture of the page at
 * phone width next to the test's own desktop one ({@code target/<name>-phone.png}).
 */
final class PortalChecks {

    static final int PHONE_WIDTH = 390;
    static final int PHONE_HEIGHT = 844;
    // Serious findings are written down, not yet blocking: the pages with data (tip detail, decisions, receipts)
    // have not been through axe in the whole stack yet; the pages checked so far had none (docs in README).
    private static final Set<String> BLOCKING = Set.of("critical");
    private static final List<String> RULES = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private PortalChecks() {
    }

    /** Keycloak's own pages are not the portal's: only the gateway's pages are checked. */
    static void check(WebDriver browser, String name) throws IOException {
        if (browser.getCurrentUrl().contains("/realms/")) {
            return;
        }
        accessible(browser, name);
        phoneScreenshot(browser, name);
    }

    static void accessible(WebDriver browser, String name) throws IOException {
        // axe.run in the page itself: the portal's pages have no frames, so the frame-by-frame
        // run, which finishes in a new blank tab, adds only a step that failed once on a loaded machine
        Results results = new AxeBuilder().withTags(RULES).setLegacyMode(true).analyze(browser);
        Path report = Path.of("target", "portal-a11y", name + ".txt");
        Files.createDirectories(report.getParent());
        Files.writeString(report, describe(results.getViolations()), StandardCharsets.UTF_8);
        List<Rule> blocking = results.getViolations().stream()
                .filter(rule -> BLOCKING.contains(rule.getImpact()))
                .toList();
        assertThat(blocking).as("axe-core on %s (%s):%n%s", name, browser.getCurrentUrl(), describe(blocking)).isEmpty();
    }

    private static String describe(List<Rule> rules) {
        return rules.stream()
                .map(rule -> rule.getImpact() + " " + rule.getId() + ": " + rule.getHelp() + "\n"
                        + rule.getNodes().stream().map(node -> "    " + node.getTarget()).collect(Collectors.joining("\n")))
                .collect(Collectors.joining("\n"));
    }

    /** The whole page at a phone's width; the window gets its old size back afterwards. */
    static void phoneScreenshot(WebDriver browser, String name) throws IOException {
        Dimension before = browser.manage().window().getSize();
        JavascriptExecutor page = (JavascriptExecutor) browser;
        try {
            browser.manage().window().setSize(new Dimension(PHONE_WIDTH, PHONE_HEIGHT));
            page.executeScript("window.scrollTo(0, 0);");
            Number frame = (Number) page.executeScript("return window.outerHeight - window.innerHeight;");
            Number height = (Number) page.executeScript("return document.documentElement.scrollHeight;");
            browser.manage().window().setSize(new Dimension(PHONE_WIDTH,
                    Math.max(PHONE_HEIGHT, height.intValue() + frame.intValue())));
            Path shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
            Path target = Path.of("target");
            Files.createDirectories(target);
            Files.copy(shot, target.resolve(name + "-phone.png"), StandardCopyOption.REPLACE_EXISTING);
        } finally {
            browser.manage().window().setSize(before);
        }
    }
}
