package vn.lachan.platform.time;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** Legal days are counted in Vietnam's time zone, whatever the server's. */
public final class LegalTime {

    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private LegalTime() {
    }

    public static LocalDate legalDay(Instant instant) {
        return instant.atZone(ZONE).toLocalDate();
    }

    /** The first instant of a legal day. */
    public static Instant startOf(LocalDate day) {
        return day.atStartOfDay(ZONE).toInstant();
    }
}
