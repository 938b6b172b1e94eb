package vn.lachan.kase;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** What an idempotent create remembers of its request: a retry must hash the same, another request not. */
final class RequestHashes {

    private RequestHashes() {
    }

    /** SHA-256 of the request's text form; records print every component, so equal requests hash alike. */
    static String of(Record request) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(request.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
