package vn.lachan.tip.indicators.domain;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import vn.lachan.platform.account.BankCodes;
import vn.lachan.platform.error.FieldViolation;

/**
 * Writes an indicator given in any usual notation in one canonical form, so that the same phone number,
 * account or site typed differently in two tips links them, and the scam check finds it however a citizen
 * types it.
 * <ul>
 * <li>Phones: E.164 {@code +84…}, read as a phone reads them ({@link PhoneNumbers}: libphonenumber, the 2018
 *     conversion of 11-digit mobile numbers); numbers in no assigned range and unknown country codes refused.</li>
 * <li>Bank accounts: {@code BANKCODE:digits}, the code required ({@link BankCodes}: "NH Vietcombank" → VCB),
 *     6–19 digits.</li>
 * <li>E-wallets: {@code PROVIDER:id}; a phone-number id is written as a phone.</li>
 * <li>URLs and domains: read as a browser reads them ({@link WebAddress}: WHATWG URL rules, UTS 46 hosts, numeric
 *     IPv4 forms); no scheme, {@code www.}, default port, fragment or trailing slash; a URL keeps its path and query
 *     (their case too).</li>
 * <li>E-mail addresses: lower-case, the domain by UTS 46 in punycode.</li>
 * <li>Social profiles: {@code facebook.com/<id or user name>}, {@code zalo.me/<E.164 phone>}, else {@code site/<name>}.</li>
 * <li>Crypto wallets: as written (base58 is case-sensitive), but {@code 0x} hex and bech32 lower-case.</li>
 * </ul>
 * Threat-intelligence "defanged" notation ({@code hxxp://vi-du[.]vn}) is read as well.
 */
public final class IndicatorNormalizer {

    public static final int MAX_LENGTH = 500;

    /**
     * Changes whenever a value's canonical form may change, so values stored under an older one are normalised again
     * (IndicatorRenormalization). 1: hand-written parsers; 2: WHATWG URLs, UTS 46 hosts, libphonenumber, bank names.
     */
    public static final int VERSION = 2;

    static final Map<String, String> WALLET_ALIASES = Map.ofEntries(
            Map.entry("VIETTELPAY", "VIETTELMONEY"), Map.entry("VNPTPAY", "VNPTMONEY"),
            Map.entry("AIRPAY", "SHOPEEPAY"), Map.entry("APPOTAPAY", "APPOTA"), Map.entry("MOMOWALLET", "MOMO"));

    private static final Pattern PHONE_LIKE = Pattern.compile("[+\\uFF0B\\p{Nd}\\s\\p{Zs}\\p{Pd}.()]+");
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9]{1,19}");
    private static final Pattern WALLET_ID = Pattern.compile("[A-Za-z0-9._@\\-]{3,64}");
    private static final Pattern IPV4 = Pattern.compile("[0-9.]+");
    private static final Pattern EMAIL_LOCAL = Pattern.compile("[a-z0-9!#$%&'*+/=?^_`{|}~.\\-]{1,64}");
    private static final Pattern FACEBOOK_NAME = Pattern.compile("[a-z0-9.]{1,50}");
    private static final Pattern NUMERIC_ID = Pattern.compile("[0-9]{5,20}");
    private static final Pattern PROFILE_NAME = Pattern.compile("@?[a-z0-9._\\-]{1,64}");
    private static final Pattern CRYPTO = Pattern.compile("[A-Za-z0-9]{20,128}");
    private static final Pattern HEX_ADDRESS = Pattern.compile("0[xX][0-9a-fA-F]{40}");
    private static final Pattern BECH32 = Pattern.compile("(?i)(bc|tb|ltc)1[0-9a-z]{6,87}");

    /** Social sites under their other host names → the host the platform keeps. */
    private static final Map<String, String> SOCIAL_SITES = Map.ofEntries(
            Map.entry("fb.com", "facebook.com"), Map.entry("twitter.com", "x.com"),
            Map.entry("mobile.twitter.com", "x.com"), Map.entry("telegram.me", "t.me"),
            Map.entry("telegram.dog", "t.me"), Map.entry("m.tiktok.com", "tiktok.com"),
            Map.entry("m.youtube.com", "youtube.com"));

    private IndicatorNormalizer() {
    }

    /** Why a value is not an indicator of its type, said so a person can correct it. */
    public static final class Malformed extends IllegalArgumentException {

        private final String code;
        private final String vi;
        private final String en;

        Malformed(String code, String vi, String en) {
            super(en);
            this.code = code;
            this.vi = vi;
            this.en = en;
        }

        public String code() {
            return code;
        }

        public FieldViolation at(String field) {
            return new FieldViolation(field, code, vi, en);
        }
    }

    /** The canonical form of {@code value} as an indicator of {@code type}; {@link Malformed} when it is none. */
    public static String normalize(IndicatorType type, String value) {
        if (value == null || value.isBlank()) {
            throw new Malformed("REQUIRED", "Trường này là bắt buộc. Ví dụ: " + type.example() + ".",
                    "This field is required. Example: " + type.example() + ".");
        }
        if (value.length() > MAX_LENGTH) {
            throw new Malformed("TOO_LONG", "Tối đa " + MAX_LENGTH + " ký tự (hiện có " + value.length() + ").",
                    "At most " + MAX_LENGTH + " characters (got " + value.length() + ").");
        }
        String written = value.strip();
        return switch (type) {
            case PHONE -> phone(written);
            case BANK_ACCOUNT -> bankAccount(written);
            case E_WALLET -> eWallet(written);
            case URL -> url(written);
            case DOMAIN -> domain(written);
            case EMAIL -> email(written);
            case SOCIAL_PROFILE -> socialProfile(written);
            case CRYPTO_WALLET -> cryptoWallet(written);
        };
    }

    static String phone(String written) {
        return PhoneNumbers.e164(written);
    }

    static String bankAccount(String given) {
        String written = asciiDigits(given);
        int digit = firstDigit(written);
        if (digit < 0) {
            throw invalid(IndicatorType.BANK_ACCOUNT, "Thiếu số tài khoản (6 đến 19 chữ số).",
                    "The account number (6 to 19 digits) is missing.");
        }
        String code = BankCodes.of(written.substring(0, digit));
        if (code == null) {
            throw invalid(IndicatorType.BANK_ACCOUNT, "Cần mã ngân hàng trước số tài khoản.",
                    "Write the bank's code before the account number.");
        }
        String number = written.substring(digit).replaceAll("[\\s.\\-]", "");
        if (!number.matches("[0-9]{6,19}")) {
            throw invalid(IndicatorType.BANK_ACCOUNT, "Số tài khoản gồm 6 đến 19 chữ số.",
                    "An account number has 6 to 19 digits.");
        }
        return code + ":" + number;
    }

    static String eWallet(String written) {
        int colon = written.indexOf(':');
        int split = colon >= 0 ? colon : firstDigit(written.replace('+', '0'));
        String provider = split > 0 ? code(written.substring(0, split)) : null;
        if (provider == null) {
            throw invalid(IndicatorType.E_WALLET, "Cần tên ví rồi mã ví (thường là số điện thoại).",
                    "Write the wallet provider, then the wallet id (usually a phone number).");
        }
        String id = written.substring(colon >= 0 ? colon + 1 : split).strip();
        if (PHONE_LIKE.matcher(id).matches()) {
            try {
                id = phone(id);
            } catch (Malformed e) {
                throw invalid(IndicatorType.E_WALLET, "Mã ví là số điện thoại không hợp lệ.",
                        "The wallet id is not a valid phone number.");
            }
        } else if (WALLET_ID.matcher(id).matches()) {
            id = id.toLowerCase(Locale.ROOT);
        } else {
            throw invalid(IndicatorType.E_WALLET, "Mã ví gồm 3 đến 64 chữ, số hoặc . _ @ -.",
                    "A wallet id has 3 to 64 letters, digits or . _ @ -.");
        }
        return WALLET_ALIASES.getOrDefault(provider, provider) + ":" + id;
    }

    /** A wallet provider's code from what precedes the id: letters and digits, upper-case; null when none. */
    private static String code(String written) {
        String code = written.replaceAll("[\\s:/\\-_]", "").toUpperCase(Locale.ROOT);
        return CODE.matcher(code).matches() ? code : null;
    }

    /** Digits of any script (full-width ０-９ from a phone's keyboard…) as ASCII digits. */
    private static String asciiDigits(String s) {
        StringBuilder out = new StringBuilder(s.length());
        s.codePoints().forEach(c -> out.append(Character.isDigit(c) ? (char) ('0' + Character.digit(c, 10)) : Character.toString(c)));
        return out.toString();
    }

    private static int firstDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                return i;
            }
        }
        return -1;
    }

    static String url(String written) {
        WebAddress web = web(written, IndicatorType.URL, "Địa chỉ web không hợp lệ.", "Not a valid web address.");
        return web.hostAndPort() + web.path() + (web.query().isEmpty() ? "" : "?" + web.query());
    }

    static String domain(String written) {
        WebAddress web = web(written, IndicatorType.DOMAIN, "Tên miền không hợp lệ.", "Not a valid domain name.");
        if (!web.port().isEmpty() || !web.path().isEmpty() || !web.query().isEmpty()) {
            throw invalid(IndicatorType.DOMAIN, "Tên miền không có cổng hay đường dẫn; địa chỉ đầy đủ hãy chọn loại URL.",
                    "A domain has no port or path; choose URL for a full address.");
        }
        return web.host();
    }

    static String email(String written) {
        String s = written.regionMatches(true, 0, "mailto:", 0, 7) ? written.substring(7) : written;
        s = s.toLowerCase(Locale.ROOT);
        int at = s.lastIndexOf('@');
        String local = at > 0 ? s.substring(0, at) : "";
        String host = at > 0 ? WebAddress.host(s.substring(at + 1), false).orElse(null) : null;
        if (host == null || IPV4.matcher(host).matches() || host.startsWith("[") || !EMAIL_LOCAL.matcher(local).matches()
                || local.startsWith(".") || local.endsWith(".") || local.contains("..")) {
            throw invalid(IndicatorType.EMAIL, "Địa chỉ thư điện tử không hợp lệ.", "Not a valid e-mail address.");
        }
        return local + "@" + host;
    }

    static String socialProfile(String written) {
        String vi = "Cần đường dẫn tới trang cá nhân.";
        String en = "Write the link to the profile.";
        WebAddress web = web(written, IndicatorType.SOCIAL_PROFILE, vi, en);
        String site = web.host().endsWith(".facebook.com") ? "facebook.com" : SOCIAL_SITES.getOrDefault(web.host(), web.host());
        List<String> path = Arrays.stream(web.path().split("/")).filter(p -> !p.isEmpty()).toList();
        String profile = path.isEmpty() ? null : switch (site) {
            case "facebook.com" -> facebook(path, web.query());
            case "zalo.me" -> zalo(path);
            default -> PROFILE_NAME.matcher(path.get(0).toLowerCase(Locale.ROOT)).matches()
                    ? path.get(0).toLowerCase(Locale.ROOT) : null;
        };
        if (profile == null) {
            throw invalid(IndicatorType.SOCIAL_PROFILE, vi, en);
        }
        return site + "/" + profile;
    }

    private static String facebook(List<String> path, String query) {
        String first = path.get(0).toLowerCase(Locale.ROOT);
        if (first.equals("profile.php")) {
            String id = parameter(query, "id");
            return id != null && NUMERIC_ID.matcher(id).matches() ? id : null;
        }
        if ((first.equals("people") || first.equals("pages")) && path.size() >= 3
                && NUMERIC_ID.matcher(path.get(2)).matches()) {
            return path.get(2);
        }
        if (first.equals("groups") && path.size() >= 2) {
            return "groups/" + path.get(1).toLowerCase(Locale.ROOT);
        }
        return FACEBOOK_NAME.matcher(first).matches() ? first : null;
    }

    private static String zalo(List<String> path) {
        if (path.get(0).equals("g") && path.size() >= 2) {
            return "g/" + path.get(1); // group invitation codes are case-sensitive
        }
        try {
            return phone(path.get(0));
        } catch (Malformed e) {
            return NUMERIC_ID.matcher(path.get(0)).matches() ? path.get(0) : null; // an official account
        }
    }

    private static String parameter(String query, String name) {
        for (String pair : query.split("&")) {
            if (pair.startsWith(name + "=")) {
                return pair.substring(name.length() + 1);
            }
        }
        return null;
    }

    static String cryptoWallet(String written) {
        if (!CRYPTO.matcher(written).matches()) {
            throw invalid(IndicatorType.CRYPTO_WALLET, "Địa chỉ ví tiền ảo gồm 20 đến 128 chữ và số, không có dấu cách.",
                    "A crypto wallet address has 20 to 128 letters and digits, without spaces.");
        }
        String lower = written.toLowerCase(Locale.ROOT);
        boolean oneCase = written.equals(lower) || written.equals(written.toUpperCase(Locale.ROOT));
        if (HEX_ADDRESS.matcher(written).matches() || BECH32.matcher(written).matches() && oneCase) {
            return lower; // hex and bech32 are case-insensitive; base58 is not
        }
        return written;
    }

    private static WebAddress web(String written, IndicatorType type, String vi, String en) {
        try {
            return WebAddress.parse(refanged(written));
        } catch (WebAddress.NotAnAddress e) {
            throw invalid(type, vi, en);
        }
    }

    /** "hxxp://vi-du[.]vn", as threat reports write addresses so nobody clicks them, read as the address. */
    private static String refanged(String written) {
        String s = written.replace("[.]", ".").replace("(.)", ".").replace("{.}", ".").replace("[dot]", ".");
        return s.regionMatches(true, 0, "hxxp", 0, 4) ? "http" + s.substring(4) : s;
    }

    static Malformed invalid(IndicatorType type, String vi, String en) {
        return invalid(type, "INVALID_FORMAT", vi, en);
    }

    static Malformed invalid(IndicatorType type, String code, String vi, String en) {
        return new Malformed(code, vi + " Ví dụ: " + type.example() + ".", en + " Example: " + type.example() + ".");
    }
}
