package vn.lachan.tip.indicators.domain;

import com.ibm.icu.text.IDNA;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import okhttp3.HttpUrl;

/**
 * A web address as a browser reads it: parsed by the WHATWG URL rules (OkHttp's {@link HttpUrl}, which follows
 * them for http and https: {@code \} is a path separator, the last {@code @} before the path ends the user
 * information, dot segments are resolved, the host is percent-decoded), the host then checked by UTS 46
 * non-transitional processing (ICU4J, the options browsers use) and, when it ends in a number, read as an IPv4
 * address the way browsers read {@code 0x7f.1} or {@code 2130706433}.
 * <p>
 * The canonical form keeps no scheme, {@code www.}, default port, user information, fragment or trailing slash;
 * in the path and query an escape of an unreserved character or of a letter, digit or mark is written as that
 * character, other escapes with upper-case hex digits, so {@code /tra-c%e1%bb%a9u} and {@code /tra-cứu} are one.
 *
 * @param host  lower-case ASCII (punycode), dotted-decimal IPv4, or {@code [IPv6]}; without {@code www.} or final dot
 * @param port  empty when the scheme's default
 * @param path  without trailing slash
 * @param query without {@code ?}; empty when none
 */
record WebAddress(String host, String port, String path, String query) {

    /** A value that is no web address; the caller says so for its own type. */
    static final class NotAnAddress extends Exception {

        NotAnAddress(String why) {
            super(why, null, false, false);
        }
    }

    /** The options of the WHATWG "domain to ASCII": CheckBidi, CheckJoiners, non-transitional, no STD3 rules. */
    private static final IDNA UTS46 = IDNA.getUTS46Instance(
            IDNA.NONTRANSITIONAL_TO_ASCII | IDNA.NONTRANSITIONAL_TO_UNICODE | IDNA.CHECK_BIDI | IDNA.CHECK_CONTEXTJ);

    /** Errors browsers ignore: WHATWG sets CheckHyphens and VerifyDnsLength to false. */
    private static final Set<IDNA.Error> IGNORED = EnumSet.of(IDNA.Error.LEADING_HYPHEN, IDNA.Error.TRAILING_HYPHEN,
            IDNA.Error.HYPHEN_3_4, IDNA.Error.EMPTY_LABEL, IDNA.Error.LABEL_TOO_LONG, IDNA.Error.DOMAIN_NAME_TOO_LONG);

    private static final Pattern WEB_SCHEME = Pattern.compile("(?i)^https?:.*");
    private static final Pattern OTHER_SCHEME = Pattern.compile("(?i)^[a-z][a-z0-9+.\\-]*:[/\\\\].*");
    private static final Pattern LABEL = Pattern.compile("[a-z0-9_\\-]{1,63}");
    private static final Pattern TOP_LABEL = Pattern.compile("[a-z]{2,63}|xn--[a-z0-9\\-]{1,59}");
    private static final Pattern DIGITS = Pattern.compile("[0-9]+");
    private static final String UNRESERVED = "-._~";

    String hostAndPort() {
        return port.isEmpty() ? host : host + ":" + port;
    }

    /** The address {@code written} names, read with http when it has no scheme (as a browser's address bar does). */
    static WebAddress parse(String written) throws NotAnAddress {
        if (written.chars().anyMatch(Character::isWhitespace)) {
            throw new NotAnAddress("whitespace");
        }
        String s = written;
        if (!WEB_SCHEME.matcher(s).matches()) {
            if (OTHER_SCHEME.matcher(s).matches()) {
                throw new NotAnAddress("scheme");
            }
            s = (s.startsWith("//") || s.startsWith("\\\\") ? "http:" : "http://") + s;
        }
        HttpUrl url = HttpUrl.parse(s);
        if (url == null) {
            throw new NotAnAddress("unparsable");
        }
        String port = url.port() == HttpUrl.defaultPort(url.scheme()) ? "" : Integer.toString(url.port());
        String path = canonicalEscapes(url.encodedPath()).replaceAll("/+$", "");
        String query = url.encodedQuery() == null ? "" : canonicalEscapes(url.encodedQuery());
        return new WebAddress(host(url.host(), true).orElseThrow(() -> new NotAnAddress("host")), port, path, query);
    }

    /**
     * A host name or address in its canonical form, or empty when browsers would not visit it or it can name no site
     * on the Internet (one label, an empty label, a top-level label that is neither letters nor punycode).
     *
     * @param written as it stands in the URL, percent-decoded
     */
    static Optional<String> host(String written, boolean withoutWww) {
        String h = written.toLowerCase(Locale.ROOT);
        if (h.contains(":")) {
            return Optional.of(h.startsWith("[") ? h : "[" + h + "]"); // IPv6, compressed by the URL parser
        }
        String ascii = toAscii(h.endsWith(".") ? h.substring(0, h.length() - 1) : h);
        if (ascii == null) {
            return Optional.empty();
        }
        if (endsInANumber(ascii)) {
            return ipv4(ascii);
        }
        if (withoutWww && ascii.startsWith("www.")) {
            ascii = ascii.substring(4);
        }
        String[] labels = ascii.split("\\.", -1);
        if (ascii.length() > 253 || labels.length < 2 || !TOP_LABEL.matcher(labels[labels.length - 1]).matches()) {
            return Optional.empty();
        }
        for (String label : labels) {
            if (!LABEL.matcher(label).matches()) {
                return Optional.empty();
            }
        }
        return Optional.of(ascii);
    }

    /** UTS 46 ToASCII as browsers run it; null when it fails. */
    private static String toAscii(String host) {
        if (host.isEmpty()) {
            return null;
        }
        StringBuilder ascii = new StringBuilder();
        IDNA.Info info = new IDNA.Info();
        UTS46.nameToASCII(host, ascii, info);
        Set<IDNA.Error> errors = info.getErrors().isEmpty() ? Set.of() : EnumSet.copyOf(info.getErrors());
        return IGNORED.containsAll(errors) ? ascii.toString() : null;
    }

    /** WHATWG "ends in a number": the last label (a final empty one aside) is digits or an IPv4 number. */
    private static boolean endsInANumber(String host) {
        List<String> parts = new ArrayList<>(List.of(host.split("\\.", -1)));
        if (parts.getLast().isEmpty()) {
            if (parts.size() == 1) {
                return false;
            }
            parts.removeLast();
        }
        String last = parts.getLast();
        return !last.isEmpty() && DIGITS.matcher(last).matches() || ipv4Number(last) != null;
    }

    /** The WHATWG IPv4 parser: one to four decimal, octal ({@code 0…}) or hex ({@code 0x…}) numbers. */
    private static Optional<String> ipv4(String host) {
        List<String> parts = new ArrayList<>(List.of(host.split("\\.", -1)));
        if (parts.getLast().isEmpty() && parts.size() > 1) {
            parts.removeLast();
        }
        if (parts.size() > 4) {
            return Optional.empty();
        }
        List<BigInteger> numbers = new ArrayList<>();
        for (String part : parts) {
            BigInteger n = ipv4Number(part);
            if (n == null) {
                return Optional.empty();
            }
            numbers.add(n);
        }
        BigInteger byteLimit = BigInteger.valueOf(256);
        for (int i = 0; i < numbers.size() - 1; i++) {
            if (numbers.get(i).compareTo(byteLimit) >= 0) {
                return Optional.empty();
            }
        }
        if (numbers.getLast().compareTo(byteLimit.pow(5 - numbers.size())) >= 0) {
            return Optional.empty();
        }
        long address = numbers.getLast().longValueExact();
        for (int i = 0; i < numbers.size() - 1; i++) {
            address += numbers.get(i).longValueExact() << (8 * (3 - i));
        }
        return Optional.of((address >> 24 & 255) + "." + (address >> 16 & 255) + "." + (address >> 8 & 255) + "."
                + (address & 255));
    }

    /** The WHATWG IPv4 number parser; null on failure. */
    private static BigInteger ipv4Number(String part) {
        if (part.isEmpty() || part.length() > 64) {
            return null;
        }
        int radix = 10;
        String digits = part;
        if (part.startsWith("0x") || part.startsWith("0X")) {
            radix = 16;
            digits = part.substring(2);
        } else if (part.length() > 1 && part.startsWith("0")) {
            radix = 8;
            digits = part.substring(1);
        }
        if (digits.isEmpty()) {
            return BigInteger.ZERO;
        }
        for (char c : digits.toCharArray()) {
            if (Character.digit(c, radix) < 0 || c > 'z') {
                return null;
            }
        }
        return new BigInteger(digits, radix);
    }

    /**
     * Escapes in one canonical way: an escaped unreserved ASCII character (RFC 3986 §6.2.2.2) or UTF-8 letter, digit
     * or mark decoded, every other escape with upper-case hex digits (§6.2.2.1).
     */
    static String canonicalEscapes(String encoded) {
        StringBuilder out = new StringBuilder(encoded.length());
        int i = 0;
        while (i < encoded.length()) {
            char c = encoded.charAt(i);
            if (c != '%' || !escapeAt(encoded, i)) {
                out.append(c);
                i++;
                continue;
            }
            int end = i;
            ByteBuffer bytes = ByteBuffer.allocate(encoded.length());
            while (end < encoded.length() && escapeAt(encoded, end)) {
                bytes.put((byte) Integer.parseInt(encoded.substring(end + 1, end + 3), 16));
                end += 3;
            }
            out.append(decodedWherePlain(encoded.substring(i, end), bytes.flip()));
            i = end;
        }
        return out.toString();
    }

    private static boolean escapeAt(String s, int i) {
        return s.charAt(i) == '%' && i + 2 < s.length() && Character.digit(s.charAt(i + 1), 16) >= 0
                && Character.digit(s.charAt(i + 2), 16) >= 0;
    }

    /** A run of escapes: each character it decodes to written plainly when plain is allowed, else escaped again. */
    private static String decodedWherePlain(String escapes, ByteBuffer bytes) {
        StringBuilder out = new StringBuilder();
        int at = 0; // index into escapes, three characters per byte
        while (bytes.hasRemaining()) {
            int first = bytes.get(bytes.position()) & 0xff;
            int length = first < 0x80 ? 1 : first >= 0xf0 ? 4 : first >= 0xe0 ? 3 : first >= 0xc0 ? 2 : 1;
            String plain = null;
            if (length <= bytes.remaining()) {
                byte[] sequence = new byte[length];
                bytes.get(bytes.position(), sequence);
                plain = plainCharacter(sequence);
            }
            int consumed = plain == null ? 1 : length;
            out.append(plain != null ? plain : escapes.substring(at, at + 3).toUpperCase(Locale.ROOT));
            bytes.position(bytes.position() + consumed);
            at += 3 * consumed;
        }
        return out.toString();
    }

    private static String plainCharacter(byte[] sequence) {
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        String decoded;
        try {
            CharBuffer chars = utf8.decode(ByteBuffer.wrap(sequence));
            decoded = chars.toString();
        } catch (CharacterCodingException e) {
            return null;
        }
        int cp = decoded.codePointAt(0);
        if (cp < 0x80) {
            return Character.isLetterOrDigit(cp) || UNRESERVED.indexOf(cp) >= 0 ? decoded : null;
        }
        int type = Character.getType(cp);
        boolean mark = type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
        return Character.isLetterOrDigit(cp) || mark ? decoded : null;
    }
}
