package vn.lachan.devstack.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.HdrHistogram.Recorder;

/**
 * A closed-loop load: {@code concurrency} callers, each sending its next request as soon as the last one is
 * answered, for a warm-up and then a measured time. Latencies go to an HdrHistogram (1 µs to 1 min, 3 digits).
 */
final class Load {

    /** One request; false (or an exception) counts as an error. */
    @FunctionalInterface
    interface Call {
        boolean send() throws Exception;
    }

    private Load() {
    }

    static Measurement run(String name, String tool, Size size, Call call) {
        run(call, size.concurrency(), size.warmUp(), null, new AtomicLong());
        double load = loadAverage();
        Recorder recorder = new Recorder(1_000, 60_000_000_000L, 3);
        AtomicLong errors = new AtomicLong();
        long started = System.nanoTime();
        run(call, size.concurrency(), size.measure(), recorder, errors);
        double seconds = (System.nanoTime() - started) / 1e9;
        var histogram = recorder.getIntervalHistogram();
        long requests = histogram.getTotalCount();
        return new Measurement(name, tool, requests, errors.get(), (requests - errors.get()) / seconds,
                Duration.ofNanos(histogram.getValueAtPercentile(50)), Duration.ofNanos(histogram.getValueAtPercentile(99)),
                load, null);
    }

    private static void run(Call call, int concurrency, Duration time, Recorder recorder, AtomicLong errors) {
        long until = System.nanoTime() + time.toNanos();
        List<Thread> callers = new ArrayList<>();
        for (int i = 0; i < concurrency; i++) {
            callers.add(Thread.ofVirtual().start(() -> {
                while (System.nanoTime() < until) {
                    long sent = System.nanoTime();
                    boolean ok;
                    try {
                        ok = call.send();
                    } catch (Exception e) {
                        ok = false;
                    }
                    if (recorder != null) {
                        recorder.recordValue(Math.max(1_000, System.nanoTime() - sent));
                        if (!ok) {
                            errors.incrementAndGet();
                        }
                    }
                }
            }));
        }
        for (Thread caller : callers) {
            try {
                caller.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** The 1-minute load average of the machine (Linux), or -1. */
    static double loadAverage() {
        try {
            return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }
}
