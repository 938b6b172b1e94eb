package vn.lachan.cases;

import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMax;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Urgent holds (yêu cầu tạm dừng khẩn cấp) before any case.
 *
 * @param lapseAfter   how long a hold stands unless a freeze order of the tip's case confirms it. At most 72 hours:
 *                     the bank may delay a transaction at a competent body's request for at most 3 working days (Law on
 *                     Anti-Money Laundering 14/2022/QH15, Art. 44(3)), and 72 hours never exceed 3 working days
 * @param recentWithin how recently the money must have moved for an urgent hold (older money is traced in a case);
 *                     72 hours by default, the window in which most freezes succeed (FBI Recovery Asset Team)
 */
@Validated
@ConfigurationProperties("lachan.urgent-hold")
public record UrgentHoldSettings(
        @DefaultValue("72h") @DurationMin(seconds = 0, inclusive = false) @DurationMax(hours = 72) Duration lapseAfter,
        @DefaultValue("72h") @DurationMin(seconds = 0, inclusive = false) Duration recentWithin) {
}
