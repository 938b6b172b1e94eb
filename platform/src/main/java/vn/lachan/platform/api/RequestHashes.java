package vn.lachan.platform.api;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.stream.Collectors;
import vn.lachan.platform.error.ConflictException;

/**
 * What an idempotent change remembers of its request: a retry with the same Idempotency-Key must
 * hash the same, and the same key with another request is refused rather than silently answered.
 *
 * <p>Being replaced by {@link vn.lachan.platform.idempotency.Idempotency} (keys scoped by caller and operation,
 * fingerprints of the canonical request): new code uses that; this goes when the last service has moved.
 */
public final class RequestHashes {

    private RequestHashes() {
    }

    /** SHA-256 of the parts' text forms (records print every component, so equal requests hash alike). */
    public static String of(Object... parts) {
        String text = Arrays.stream(parts).map(String::valueOf).collect(Collectors.joining("\n"));
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The result stored the first time, if this is a retry of the same request.
     *
     * @param whatVi the kind of record in Vietnamese ("tin báo"), for the refusal
     * @param whatEn the same in English ("tip")
     */
    public static <T> T sameRequestOrRefuse(T earlier, String earlierHash, String hash, String whatVi, String whatEn) {
        if (!hash.equals(earlierHash)) {
            throw new ConflictException(
                    "Idempotency-Key này đã được dùng cho một " + whatVi + " khác.",
                    "This Idempotency-Key was already used for a different " + whatEn + ".");
        }
        return earlier;
    }
}
