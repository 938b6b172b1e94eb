package vn.lachan.devstack;

/**
 * One local stack for all end-to-end test classes of a test run: started by the first that asks,
 * stopped when the test JVM exits. Its ports are shifted by 20000 so a running local stack does not collide;
 * {@code -Dlachan.e2e.port-offset=N} shifts them elsewhere, so two test runs on one machine do not collide either.
 */
public final class SharedStack {

    static final int PORT_OFFSET = Integer.getInteger("lachan.e2e.port-offset", 20000);
    private static LocalStack stack;

    private SharedStack() {
    }

    public static synchronized LocalStack get() {
        if (stack == null) {
            stack = LocalStack.start(Repo.root(), Repo.root().resolve("devstack/target/e2e-stack"),
                    new StackPorts(PORT_OFFSET), false, System.out);
            Runtime.getRuntime().addShutdownHook(new Thread(stack::close));
        }
        return stack;
    }
}
