package vn.lachan.devstack;

/**
 * The ports of a local stack. {@link #standard()} are those of the README; tests shift them all by an
 * offset so a running local stack and a test run do not collide.
 */
public record StackPorts(int offset) {

    public static StackPorts standard() {
        return new StackPorts(0);
    }

    public int postgres() {
        return 15432 + offset;
    }

    public int redis() {
        return 16379 + offset;
    }

    public int keycloak() {
        return 8180 + offset;
    }

    /** The local run's SMTP server (when no LACHAN_SMTP_HOST is set), and its IMAP port for reading. */
    public int smtp() {
        return 12525 + offset;
    }

    public int imap() {
        return 12143 + offset;
    }

    public int gatewayHttp() {
        return 8080 + offset;
    }

    public int gatewayManagement() {
        return 8081 + offset;
    }

    /** HTTP port of a service; its gRPC port is 1000 higher and its management port one higher. */
    public int http(App app) {
        return app.basePort() + offset;
    }

    public int grpc(App app) {
        return app.basePort() + 1000 + offset;
    }

    public int management(App app) {
        return app.basePort() + 1 + offset;
    }
}
