package vn.lachan.devstack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/** {@code java -jar devstack/target/devstack-*-exec.jar}: the whole platform on this machine until Ctrl-C. */
public final class DevStack {

    private DevStack() {
    }

    public static void main(String[] args) throws InterruptedException {
        try {
            Path root = repoRoot();
            int offset = Integer.parseInt(System.getenv().getOrDefault("LACHAN_PORT_OFFSET", "0"));
            LocalStack stack = LocalStack.start(root, root.resolve("devstack/target/stack"), new StackPorts(offset),
                    true, System.out);
            CountDownLatch stopped = new CountDownLatch(1);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                System.out.println("Stopping Lá Chắn …");
                stack.close();
                stopped.countDown();
            }));
            if (SampleTips.wanted(System.getenv("LACHAN_SEED"))) {
                SampleTips.loadInto(stack, System.out);
            }
            System.out.println(stack.summary());
            stopped.await();
        } catch (StackException | IllegalStateException e) {
            System.err.println("Lá Chắn could not start: " + e.getMessage());
            System.exit(1);
        }
    }

    /** The checkout this runs from: the nearest directory up from here holding devstack/ and k8s/. */
    public static Path repoRoot() {
        Path dir = Path.of("").toAbsolutePath();
        for (Path d = dir; d != null; d = d.getParent()) {
            if (Files.isDirectory(d.resolve("devstack")) && Files.isDirectory(d.resolve("k8s"))) {
                return d;
            }
        }
        throw new StackException("Run this from the Lá Chắn checkout (no devstack/ and k8s/ above " + dir + ").");
    }
}
