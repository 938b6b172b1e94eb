package vn.lachan.devstack.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.lachan.devstack.App;
import vn.lachan.devstack.LocalStack;

/**
 * An application's start-up time (Spring Boot's own "Started … in N seconds", all five starting at once on this
 * machine) and resident memory after the benchmark's load.
 *
 * @param startSeconds NaN if the log does not say; residentMiB -1 if the process was not found
 */
record Footprint(String app, double startSeconds, long residentMiB) {

    static final Pattern STARTED = Pattern.compile("Started \\w+ in ([0-9.]+) seconds");

    static List<Footprint> of(LocalStack stack) {
        List<Footprint> all = new ArrayList<>();
        for (App app : App.values()) {
            double start = Double.NaN;
            try {
                Matcher started = STARTED.matcher(Files.readString(stack.logs().resolve(app.module() + ".log")));
                if (started.find()) {
                    start = Double.parseDouble(started.group(1));
                }
            } catch (IOException | RuntimeException e) {
                // no log: start stays unknown
            }
            long rss = ProcessHandle.current().descendants()
                    .filter(p -> p.info().commandLine().orElse("").matches(".*/" + app.module() + "-[^/ ]*-exec\\.jar.*"))
                    .mapToLong(p -> residentKiB(p.pid())).max().orElse(-1);
            all.add(new Footprint(app.module(), start, rss < 0 ? -1 : rss / 1024));
        }
        return all;
    }

    static long residentKiB(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D", ""));
                }
            }
        } catch (IOException | RuntimeException e) {
            return -1;
        }
        return -1;
    }
}
