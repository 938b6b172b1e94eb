package vn.lachan.platform.audit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Verifies a service's audit chain offline, straight on its database, against anchors written outside it:
 * <pre>
 * java -cp '/app/resources:/app/classes:/app/libs/*' vn.lachan.platform.audit.AuditChainCommand [anchor-file]
 * </pre>
 * with {@code LACHAN_DB_URL}, {@code LACHAN_DB_USER} and {@code LACHAN_DB_PASSWORD} naming the service's database
 * (a read-only role is enough). The anchor file holds {@code audit-anchor … id=N hash=H} lines, e.g. the service's
 * log filtered on {@code audit-anchor}. Exits 0 when the chain is intact, 1 with the first broken entry otherwise.
 */
public final class AuditChainCommand {

    private static final Pattern ANCHOR = Pattern.compile("audit-anchor\\b.*?\\bid=(\\d+)\\s+hash=([0-9a-fA-F]{64})");

    private AuditChainCommand() {
    }

    public static void main(String[] args) throws Exception {
        String url = System.getenv("LACHAN_DB_URL");
        if (url == null || url.isBlank()) {
            System.err.println("Set LACHAN_DB_URL (and LACHAN_DB_USER, LACHAN_DB_PASSWORD) to the service's database.");
            System.exit(2);
        }
        List<AuditChain.Head> anchors = args.length > 0 ? anchors(Path.of(args[0])) : List.of();
        try (Connection connection = DriverManager.getConnection(url, env("LACHAN_DB_USER", "lachan"),
                env("LACHAN_DB_PASSWORD", "lachan"))) {
            AuditChain.Result result = AuditChain.verify(connection, anchors);
            System.out.println(describe(result, anchors.size()));
            System.exit(result.intact() ? 0 : 1);
        } catch (SQLException e) {
            System.err.println("Cannot read the audit log at " + url + ": " + e.getMessage());
            System.exit(2);
        }
    }

    static String describe(AuditChain.Result result, int anchors) {
        if (result.intact()) {
            return "intact: " + result.checked() + " entries, " + anchors + " anchors; head id=" + result.head().id()
                    + " hash=" + result.head().hex();
        }
        return "BROKEN at entry " + result.firstBroken() + " (" + result.checked() + " entries checked): "
                + result.problemEn();
    }

    /** The anchors in a file of log lines; other lines are skipped. */
    static List<AuditChain.Head> anchors(Path file) throws IOException {
        List<AuditChain.Head> found = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            Matcher m = ANCHOR.matcher(line);
            if (m.find()) {
                found.add(AuditChain.Head.of(Long.parseLong(m.group(1)), m.group(2)));
            }
        }
        return found;
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
