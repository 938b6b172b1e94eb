package vn.lachan.devstack;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.LinkedHashMap;
import java.util.Map;

/** Checks made before anything starts, each failing with one line that says what to do. */
final class Preflight {

    private Preflight() {
    }

    static void requireJava21() {
        int feature = Runtime.version().feature();
        if (feature < 21) {
            throw new StackException("Lá Chắn needs Java 21 or newer (this is Java " + feature
                    + "): set JAVA_HOME to a JDK 21+, e.g. export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64");
        }
    }

    /** Every port the stack will listen on, by what uses it. */
    static Map<String, Integer> ports(StackPorts ports, boolean embeddedPostgres, boolean embeddedRedis,
            boolean embeddedSmtp) {
        Map<String, Integer> wanted = new LinkedHashMap<>();
        if (embeddedSmtp) {
            wanted.put("SMTP", ports.smtp());
            wanted.put("IMAP", ports.imap());
        }
        if (embeddedPostgres) {
            wanted.put("PostgreSQL", ports.postgres());
        }
        if (embeddedRedis) {
            wanted.put("Redis", ports.redis());
        }
        wanted.put("Keycloak", ports.keycloak());
        wanted.put("Keycloak management", ports.keycloak() + 1);
        for (App app : App.values()) {
            if (app.isService()) {
                wanted.put(app.module() + " HTTP", ports.http(app));
                wanted.put(app.module() + " gRPC", ports.grpc(app));
                wanted.put(app.module() + " management", ports.management(app));
            }
        }
        wanted.put("gateway HTTP", ports.gatewayHttp());
        wanted.put("gateway management", ports.gatewayManagement());
        return wanted;
    }

    static void requireFree(Map<String, Integer> ports) {
        ports.forEach((what, port) -> {
            try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
                socket.setReuseAddress(true);
            } catch (IOException e) {
                throw new StackException("Port " + port + " (" + what + ") is already taken: stop what uses it "
                        + "(is a Lá Chắn stack already running?), or start with LACHAN_PORT_OFFSET=1000 to shift every port.");
            }
        });
    }
}
