package vn.lachan.tip.publictips.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Locale;

/**
 * The secret that opens a public tip to its tipster: 160 random bits written as 32 base32 characters in groups of
 * four. Only a salted SHA-256 of it is stored; a secret this random needs no slow hash, since guessing it is
 * hopeless however fast each guess is. Comparison takes the same time whether or not, and where, it differs.
 */
public final class TipSecret {

    static final int SECRET_BYTES = 20;
    static final int SALT_BYTES = 16;
    /** Longer input is not a secret we issued; it is not hashed, so nobody makes us hash megabytes. */
    static final int MAX_WRITTEN = 100;
    private static final String BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    private static final SecureRandom RANDOM = new SecureRandom();

    private TipSecret() {
    }

    /** A new secret, e.g. {@code K7QD-2M5X-…}, to show the tipster once. */
    public static String generate() {
        byte[] bytes = new byte[SECRET_BYTES];
        RANDOM.nextBytes(bytes);
        String encoded = base32(bytes);
        StringBuilder grouped = new StringBuilder();
        for (int i = 0; i < encoded.length(); i += 4) {
            grouped.append(i == 0 ? "" : "-").append(encoded, i, i + 4);
        }
        return grouped.toString();
    }

    public static byte[] newSalt() {
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        return salt;
    }

    /** The stored form of {@code secret} under {@code salt}; case, spaces and dashes do not matter. */
    public static byte[] hash(byte[] salt, String secret) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(salt);
            return sha256.digest(canonical(secret).getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether {@code given} is the secret stored as {@code hash} under {@code salt}, in constant time. */
    public static boolean matches(String given, byte[] salt, byte[] hash) {
        String written = given == null || given.length() > MAX_WRITTEN ? "" : given;
        return MessageDigest.isEqual(hash(salt, written), hash);
    }

    static String canonical(String secret) {
        return secret.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
    }

    static String base32(byte[] bytes) {
        StringBuilder out = new StringBuilder();
        int buffer = 0;
        int bits = 0;
        for (byte b : bytes) {
            buffer = (buffer << 8) | (b & 0xff);
            bits += 8;
            while (bits >= 5) {
                out.append(BASE32.charAt((buffer >> (bits - 5)) & 31));
                bits -= 5;
            }
        }
        if (bits > 0) {
            out.append(BASE32.charAt((buffer << (5 - bits)) & 31));
        }
        return out.toString();
    }
}
