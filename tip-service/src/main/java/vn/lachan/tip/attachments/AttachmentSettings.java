package vn.lachan.tip.attachments;

import jakarta.validation.constraints.Positive;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;
import vn.lachan.tip.attachments.domain.AttachmentRules;

/**
 * Files attached to tips.
 *
 * @param maxBytes the largest file a tip may carry, in bytes; its base64 must fit {@code lachan.rest.max-body-bytes},
 *                 which the service checks when it starts
 */
@Validated
@ConfigurationProperties("lachan.attachments")
public record AttachmentSettings(@DefaultValue("" + AttachmentRules.DEFAULT_MAX_BYTES) @Positive int maxBytes) {
}
