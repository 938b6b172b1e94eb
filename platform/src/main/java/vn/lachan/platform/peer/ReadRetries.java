package vn.lachan.platform.peer;

import io.grpc.MethodDescriptor;
import io.grpc.ServiceDescriptor;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Retries only for calls that change nothing: gRPC's own retry (service config), for the contract's read methods
 * (marked {@code idempotency_level = NO_SIDE_EFFECTS} or {@code IDEMPOTENT}, or named Get…, List…, Check…), when
 * the peer is UNAVAILABLE — e.g. the pod it reached is stopping — within the call's deadline. A change is never
 * retried by the channel (a retried change is the caller's decision, with its Idempotency-Key); gRPC's transparent
 * retry of a call that never left this process is the only exception, and it is safe.
 */
public final class ReadRetries {

    static final int MAX_ATTEMPTS = 3;
    /** Every address of a peer's name gets calls in turn (a headless Service: every ready pod). */
    public static final String LOAD_BALANCING = "round_robin";

    private ReadRetries() {
    }

    public static boolean isRead(MethodDescriptor<?, ?> method) {
        String name = method.getBareMethodName() == null ? "" : method.getBareMethodName();
        return method.isSafe() || method.isIdempotent()
                || name.startsWith("Get") || name.startsWith("List") || name.startsWith("Check");
    }

    /** The service config naming every read method of {@code services}, with the retry policy. */
    public static Map<String, Object> serviceConfig(Collection<ServiceDescriptor> services) {
        List<Object> names = new ArrayList<>();
        for (ServiceDescriptor service : services) {
            for (MethodDescriptor<?, ?> method : service.getMethods()) {
                if (method.getType() == MethodDescriptor.MethodType.UNARY && isRead(method)) {
                    names.add(Map.of("service", service.getName(), "method", method.getBareMethodName()));
                }
            }
        }
        if (names.isEmpty()) {
            return Map.of();
        }
        return Map.of("loadBalancingConfig", List.of(Map.of(LOAD_BALANCING, Map.of())), "methodConfig", List.of(Map.of(
                "name", names,
                "retryPolicy", Map.of(
                        "maxAttempts", (double) MAX_ATTEMPTS,
                        "initialBackoff", "0.1s",
                        "maxBackoff", "1s",
                        "backoffMultiplier", 2.0,
                        "retryableStatusCodes", List.of("UNAVAILABLE")))));
    }

    /** The contract's gRPC services on the classpath (the generated {@code vn.lachan.*.v1.*Grpc} classes). */
    public static List<ServiceDescriptor> contractServices(ClassLoader loader) {
        List<ServiceDescriptor> services = new ArrayList<>();
        try {
            Resource[] classes = new PathMatchingResourcePatternResolver(loader)
                    .getResources("classpath*:vn/lachan/**/v1/*Grpc.class");
            for (Resource resource : classes) {
                String path = resource.getURL().toString();
                String className = path.substring(path.indexOf("vn/lachan/"), path.length() - ".class".length())
                        .replace('/', '.');
                Object descriptor = Class.forName(className, false, loader).getMethod("getServiceDescriptor").invoke(null);
                services.add((ServiceDescriptor) descriptor);
            }
        } catch (IOException | ReflectiveOperationException | RuntimeException e) {
            // without the list, channels simply do not retry: never a reason not to start
            LoggerFactory.getLogger(ReadRetries.class)
                    .warn("cannot list the contract's gRPC services; calls to peers are not retried", e);
            return List.of();
        }
        return services;
    }
}
