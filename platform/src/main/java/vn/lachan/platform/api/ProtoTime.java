package vn.lachan.platform.api;

import com.google.protobuf.Timestamp;
import java.time.Instant;

/** Between protobuf timestamps and {@link Instant}; an unset timestamp is null. */
public final class ProtoTime {

    private ProtoTime() {
    }

    public static Instant instant(boolean present, Timestamp timestamp) {
        return present ? Instant.ofEpochSecond(timestamp.getSeconds(), timestamp.getNanos()) : null;
    }

    public static Timestamp timestamp(Instant instant) {
        return Timestamp.newBuilder().setSeconds(instant.getEpochSecond()).setNanos(instant.getNano()).build();
    }
}
