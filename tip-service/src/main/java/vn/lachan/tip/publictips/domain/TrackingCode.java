package vn.lachan.tip.publictips.domain;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.regex.Pattern;
import vn.lachan.platform.error.FieldViolation;
import vn.lachan.platform.error.ValidationException;

/**
 * What a citizen types to follow a public tip, e.g. {@code LC-7K3M-9QXD}: eight characters from an alphabet
 * without the look-alikes 0/O, 1/I/L and U (about 39 bits), drawn from {@link SecureRandom}. It finds the tip but
 * opens nothing; the secret does that.
 */
public record TrackingCode(String value) {

    static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTVWXYZ";
    static final String PREFIX = "LC-";
    private static final Pattern WRITTEN = Pattern.compile("LC[" + ALPHABET + "]{8}");
    private static final SecureRandom RANDOM = new SecureRandom();

    public static TrackingCode generate() {
        StringBuilder code = new StringBuilder(PREFIX);
        for (int i = 0; i < 8; i++) {
            if (i == 4) {
                code.append('-');
            }
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return new TrackingCode(code.toString());
    }

    /** The code as a citizen typed it, in any case, with or without spaces and dashes; a field error when it is none. */
    public static TrackingCode parse(String field, String written) {
        if (written == null || written.isBlank()) {
            throw new ValidationException(FieldViolation.required(field));
        }
        String compact = written.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
        if (compact.length() > 20 || !WRITTEN.matcher(compact).matches()) {
            throw new ValidationException(new FieldViolation(field, "INVALID_FORMAT",
                    "Mã theo dõi có dạng LC-XXXX-XXXX, ví dụ LC-7K3M-9QXD.",
                    "A tracking code looks like LC-XXXX-XXXX, e.g. LC-7K3M-9QXD."));
        }
        return new TrackingCode(PREFIX + compact.substring(2, 6) + "-" + compact.substring(6));
    }

    @Override
    public String toString() {
        return value;
    }
}
