package vn.lachan.tip.procedure;

import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Prosecutions whose case is opened in case-service (ADR 0005).
 *
 * @param retryEvery     how often the reconciler looks for pending prosecutions; each failed attempt waits twice as
 *                       long, at most 10 minutes
 * @param reconcileAfter how long the officer's own call has before the reconciler takes over
 */
@Validated
@ConfigurationProperties("lachan.tips.prosecutions")
public record ProsecutionSettings(@DefaultValue("30s") @DurationMin(seconds = 0, inclusive = false) Duration retryEvery,
                                  @DefaultValue("30s") @DurationMin(seconds = 0) Duration reconcileAfter) {
}
