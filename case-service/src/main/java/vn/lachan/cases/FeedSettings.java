package vn.lachan.cases;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMax;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The banks' feed of freeze requests (FreezeRequestFeedService).
 *
 * @param pollEvery      how often each replica reads the banks' feed heads when no notification wakes it (the fallback
 *                       when LISTEN cannot be used, e.g. through PgBouncer in transaction mode): the longest a new
 *                       event waits on another replica
 * @param heartbeatEvery a stream with no event for this long gets a heartbeat, so that proxies keep it open
 * @param batch          events read from PostgreSQL at a time
 * @param listenUrl      the JDBC URL of the one connection per replica that LISTENs for new events; it must reach
 *                       PostgreSQL in session mode (not PgBouncer in transaction mode, where only the poll works)
 */
@Validated
@ConfigurationProperties("lachan.feed")
public record FeedSettings(
        @DefaultValue("1s") @DurationMin(millis = 50) @DurationMax(minutes = 1) Duration pollEvery,
        @DefaultValue("15s") @DurationMin(millis = 100) @DurationMax(minutes = 5) Duration heartbeatEvery,
        @DefaultValue("100") @Min(1) @Max(1000) int batch,
        String listenUrl, String listenUser, String listenPassword) {
}
