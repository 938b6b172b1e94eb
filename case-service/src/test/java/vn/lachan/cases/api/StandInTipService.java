package vn.lachan.cases.api;

import io.grpc.Server;
import io.grpc.ServerBuilder;
import io.grpc.ServerInterceptors;
import io.grpc.Status;
import io.grpc.stub.StreamObserver;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.lachan.platform.test.CallerAuthorization;
import vn.lachan.tip.v1.GetTipRequest;
import vn.lachan.tip.v1.Tip;
import vn.lachan.tip.v1.TipServiceGrpc;

/**
 * A stand-in tip-service on a local port for case-service's own tests (the real one answers in devstack's end-to-end
 * tests): answers {@code TipService.GetTip} with the tips a test put in, refuses a call without a token as the real one
 * does, answers NOT_FOUND to the users a tip is hidden from (as tip-service does for a tip out of the caller's sight),
 * records whose token each call carried, and fails every call with a set status while one is set.
 */
final class StandInTipService extends TipServiceGrpc.TipServiceImplBase {

    static final StandInTipService SHARED = new StandInTipService();
    private static final Pattern USER = Pattern.compile("\"preferred_username\"\\s*:\\s*\"([^\"]+)\"");

    private final Map<String, Tip> tips = new ConcurrentHashMap<>();
    private final Map<String, Set<String>> hiddenFrom = new ConcurrentHashMap<>();
    private final List<String> callers = new CopyOnWriteArrayList<>();
    private final ThreadLocal<String> authorization = new ThreadLocal<>();
    private volatile Status failure;
    private final Server server;

    private StandInTipService() {
        try {
            server = ServerBuilder.forPort(0)
                    .addService(ServerInterceptors.intercept(this, CallerAuthorization.keptIn(authorization))).build().start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String address() {
        return "static://localhost:" + server.getPort();
    }

    void put(Tip tip, String... hiddenFromUsers) {
        tips.put(tip.getId(), tip);
        hiddenFrom.put(tip.getId(), Set.of(hiddenFromUsers));
    }

    void failWith(Status status) {
        failure = status;
    }

    /** The user whose token each call carried, in order ("" for none). */
    List<String> callers() {
        return List.copyOf(callers);
    }

    @Override
    public void getTip(GetTipRequest request, StreamObserver<Tip> response) {
        String user = user(authorization.get());
        callers.add(user);
        Status failing = failure;
        if (failing != null) {
            response.onError(failing.asRuntimeException());
        } else if (user.isEmpty()) {
            response.onError(Status.UNAUTHENTICATED.withDescription("no token").asRuntimeException());
        } else if (!tips.containsKey(request.getId()) || hiddenFrom.get(request.getId()).contains(user)) {
            response.onError(Status.NOT_FOUND.withDescription("tip " + request.getId()).asRuntimeException());
        } else {
            response.onNext(tips.get(request.getId()));
            response.onCompleted();
        }
    }

    private static String user(String header) {
        if (header == null || !header.startsWith("Bearer ")) {
            return "";
        }
        String[] parts = header.substring(7).split("\\.");
        if (parts.length < 2) {
            return "";
        }
        Matcher m = USER.matcher(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8));
        return m.find() ? m.group(1) : "";
    }
}
