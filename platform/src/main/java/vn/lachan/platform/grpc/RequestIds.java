package vn.lachan.platform.grpc;

import io.grpc.Context;
import io.grpc.Metadata;
import java.util.UUID;
import java.util.regex.Pattern;

/** The request id carried from the gateway through every gRPC call, for logs and error answers. */
public final class RequestIds {

    public static final Metadata.Key<String> HEADER =
            Metadata.Key.of("x-request-id", Metadata.ASCII_STRING_MARSHALLER);
    static final Context.Key<String> CURRENT = Context.key("lachan-request-id");
    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9._:-]{1,100}");

    private RequestIds() {
    }

    /** The id of the call being served, or a fresh one outside a call. */
    public static String current() {
        String id = CURRENT.get();
        return id != null ? id : newId();
    }

    /** Keeps a caller's id only if it is short and harmless to log. */
    static String acceptOrCreate(String fromCaller) {
        return fromCaller != null && SAFE.matcher(fromCaller).matches() ? fromCaller : newId();
    }

    static String newId() {
        return UUID.randomUUID().toString();
    }
}
