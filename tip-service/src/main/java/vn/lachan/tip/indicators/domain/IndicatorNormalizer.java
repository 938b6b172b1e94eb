package vn.lachan.tip.indicators.domain;

import java.net.IDN;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.lachan.platform.error.FieldViolation;

/**
 * Writes an indicator given in any usual notation in one canonical form, so that the same phone number,
 * account or site typed differently in two tips links them, and the scam check finds it however a citizen
 * types it.
 * <ul>
 * <li>Phones: E.164 {@code +84…}; spaces, dots, dashes, brackets, {@code 0}, {@code 84}, {@code 0084} accepted;
 *     the 11-digit mobile numbers renumbered in 2018 (0162… → 032…) converted; foreign numbers kept in E.164.</li>
 * <li>Bank accounts: {@code BANKCODE:digits}, the code required (aliases such as VIETCOMBANK → VCB), 6–19 digits.</li>
 * <li>E-wallets: {@code PROVIDER:id}; a phone-number id is written as a phone.</li>
 * <li>URLs and domains: host lower-case, internationalised names in punycode, no scheme, {@code www.}, default
 *     port, fragment or trailing slash; a URL keeps its path and query (their case too).</li>
 * <li>E-mail addresses: lower-case, the domain in punycode.</li>
 * <li>Social profiles: {@code facebook.com/<id or user name>}, {@code zalo.me/<E.164 phone>}, else {@code site/<name>}.</li>
 * <li>Crypto wallets: as written (base58 is case-sensitive), but {@code 0x} hex and bech32 lower-case.</li>
 * </ul>
 * Threat-intelligence "defanged" notation ({@code hxxp://vi-du[.]vn}) is read as well.
 */
public final class IndicatorNormalizer {

    public static final int MAX_LENGTH = 500;

    /** The 2018 conversion of 11-digit mobile numbers: old prefix (without 0) → new prefix (without 0). */
    static final Map<String, String> RENUMBERED_2018 = Map.ofEntries(
            // Viettel
            Map.entry("162", "32"), Map.entry("163", "33"), Map.entry("164", "34"), Map.entry("165", "35"),
            Map.entry("166", "36"), Map.entry("167", "37"), Map.entry("168", "38"), Map.entry("169", "39"),
            // MobiFone
            Map.entry("120", "70"), Map.entry("121", "79"), Map.entry("122", "77"), Map.entry("126", "76"),
            Map.entry("128", "78"),
            // VinaPhone
            Map.entry("123", "83"), Map.entry("124", "84"), Map.entry("125", "85"), Map.entry("127", "81"),
            Map.entry("129", "82"),
            // Vietnamobile, Gmobile
            Map.entry("186", "56"), Map.entry("188", "58"), Map.entry("199", "59"));

    /** Names people write for a bank → the code the platform keeps. Other codes are kept as written. */
    static final Map<String, String> BANK_ALIASES = Map.ofEntries(
            Map.entry("VIETCOMBANK", "VCB"), Map.entry("VBA", "AGRIBANK"), Map.entry("AGR", "AGRIBANK"),
            Map.entry("CTG", "VIETINBANK"), Map.entry("ICB", "VIETINBANK"), Map.entry("TECHCOMBANK", "TCB"),
            Map.entry("MBBANK", "MB"), Map.entry("MBB", "MB"), Map.entry("VPBANK", "VPB"), Map.entry("TPBANK", "TPB"),
            Map.entry("SACOMBANK", "STB"), Map.entry("HDBANK", "HDB"), Map.entry("EXIMBANK", "EIB"),
            Map.entry("MARITIMEBANK", "MSB"), Map.entry("SEABANK", "SEAB"), Map.entry("LPBANK", "LPB"),
            Map.entry("LIENVIETPOSTBANK", "LPB"), Map.entry("NAMABANK", "NAB"), Map.entry("BACABANK", "BAB"),
            Map.entry("ABBANK", "ABB"), Map.entry("VIETABANK", "VAB"), Map.entry("PGBANK", "PGB"),
            Map.entry("KIENLONGBANK", "KLB"), Map.entry("BAOVIETBANK", "BVB"), Map.entry("SAIGONBANK", "SGB"),
            Map.entry("DONGABANK", "DAB"));

    static final Map<String, String> WALLET_ALIASES = Map.ofEntries(
            Map.entry("VIETTELPAY", "VIETTELMONEY"), Map.entry("VNPTPAY", "VNPTMONEY"),
            Map.entry("AIRPAY", "SHOPEEPAY"), Map.entry("APPOTAPAY", "APPOTA"), Map.entry("MOMOWALLET", "MOMO"));

    private static final Pattern PHONE_SEPARATORS = Pattern.compile("[\\s.\\-()/\\u00A0]");
    private static final Pattern PHONE_DIGITS = Pattern.compile("\\+?[0-9]{4,20}");
    private static final Pattern PHONE_LIKE = Pattern.compile("[+0-9\\s.\\-()\\u00A0]+");
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9]{1,19}");
    private static final Pattern WALLET_ID = Pattern.compile("[A-Za-z0-9._@\\-]{3,64}");
    private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.\\-]*://");
    private static final Pattern PORT = Pattern.compile("(.*):([0-9]{1,5})");
    private static final Pattern IPV4 = Pattern.compile("(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})");
    private static final Pattern LABEL = Pattern.compile("[a-z0-9]([a-z0-9\\-]{0,61}[a-z0-9])?");
    private static final Pattern TOP_LABEL = Pattern.compile("[a-z]{2,63}|xn--[a-z0-9\\-]{1,59}");
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
        String s = written.regionMatches(true, 0, "tel:", 0, 4) ? written.substring(4) : written;
        s = PHONE_SEPARATORS.matcher(s).replaceAll("");
        if (!PHONE_DIGITS.matcher(s).matches()) {
            throw invalidPhone();
        }
        String significant; // the national significant number: no country code, no trunk 0
        if (s.startsWith("+84")) {
            significant = withoutTrunkZero(s.substring(3));
        } else if (s.startsWith("+")) {
            return foreignPhone(s.substring(1));
        } else if (s.startsWith("0084")) {
            significant = withoutTrunkZero(s.substring(4));
        } else if (s.startsWith("00")) {
            return foreignPhone(s.substring(2));
        } else if (s.startsWith("0")) {
            significant = s.substring(1);
        } else if (s.startsWith("84") && (s.length() == 11 || s.length() == 12)) {
            significant = withoutTrunkZero(s.substring(2));
        } else {
            significant = s; // the trunk 0 left out, or a 1800/1900 service number
        }
        return "+84" + vietnamese(significant);
    }

    private static String vietnamese(String significant) {
        int length = significant.length();
        if (length == 9 && "35789".indexOf(significant.charAt(0)) >= 0) {
            return significant; // mobile
        }
        if (length == 10 && significant.startsWith("1")) {
            String renumbered = RENUMBERED_2018.get(significant.substring(0, 3));
            if (renumbered != null) {
                return renumbered + significant.substring(3);
            }
        }
        if (length == 10 && significant.startsWith("2")) {
            return significant; // fixed line: area codes 2xx since 2017
        }
        if ((significant.startsWith("1800") || significant.startsWith("1900")) && (length == 8 || length == 10)) {
            return significant;
        }
        throw invalidPhone();
    }

    private static String foreignPhone(String digits) {
        if (digits.length() < 8 || digits.length() > 15 || digits.startsWith("0")) {
            throw invalidPhone();
        }
        return "+" + digits;
    }

    private static String withoutTrunkZero(String number) {
        return number.startsWith("0") ? number.substring(1) : number;
    }

    private static Malformed invalidPhone() {
        return invalid(IndicatorType.PHONE, "Số điện thoại không hợp lệ.", "Not a valid phone number.");
    }

    static String bankAccount(String written) {
        int digit = firstDigit(written);
        if (digit < 0) {
            throw invalid(IndicatorType.BANK_ACCOUNT, "Thiếu số tài khoản (6 đến 19 chữ số).",
                    "The account number (6 to 19 digits) is missing.");
        }
        String code = code(written.substring(0, digit));
        if (code == null) {
            throw invalid(IndicatorType.BANK_ACCOUNT, "Cần mã ngân hàng trước số tài khoản.",
                    "Write the bank's code before the account number.");
        }
        String number = written.substring(digit).replaceAll("[\\s.\\-]", "");
        if (!number.matches("[0-9]{6,19}")) {
            throw invalid(IndicatorType.BANK_ACCOUNT, "Số tài khoản gồm 6 đến 19 chữ số.",
                    "An account number has 6 to 19 digits.");
        }
        return BANK_ALIASES.getOrDefault(code, code) + ":" + number;
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

    /** A bank or wallet code from what precedes the number: letters and digits, upper-case; null when none. */
    private static String code(String written) {
        String code = written.replaceAll("[\\s:/\\-_]", "").toUpperCase(Locale.ROOT);
        return CODE.matcher(code).matches() ? code : null;
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
        Web web = web(written, IndicatorType.URL, "Địa chỉ web không hợp lệ.", "Not a valid web address.");
        return web.hostAndPort() + web.path() + (web.query().isEmpty() ? "" : "?" + web.query());
    }

    static String domain(String written) {
        Web web = web(written, IndicatorType.DOMAIN, "Tên miền không hợp lệ.", "Not a valid domain name.");
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
        String host = at > 0 ? host(s.substring(at + 1), false) : null;
        if (host == null || IPV4.matcher(host).matches() || !EMAIL_LOCAL.matcher(local).matches()
                || local.startsWith(".") || local.endsWith(".") || local.contains("..")) {
            throw invalid(IndicatorType.EMAIL, "Địa chỉ thư điện tử không hợp lệ.", "Not a valid e-mail address.");
        }
        return local + "@" + host;
    }

    static String socialProfile(String written) {
        String vi = "Cần đường dẫn tới trang cá nhân.";
        String en = "Write the link to the profile.";
        Web web = web(written, IndicatorType.SOCIAL_PROFILE, vi, en);
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

    /** A web address taken apart: host (punycode, no www.), port unless default, path without trailing slash, query. */
    private record Web(String host, String port, String path, String query) {

        String hostAndPort() {
            return port.isEmpty() ? host : host + ":" + port;
        }
    }

    private static Web web(String written, IndicatorType type, String vi, String en) {
        String s = refanged(written);
        if (s.chars().anyMatch(Character::isWhitespace)) {
            throw invalid(type, vi, en);
        }
        s = SCHEME.matcher(s).replaceFirst("");
        int end = s.length();
        for (char c : new char[] {'/', '?', '#'}) {
            int i = s.indexOf(c);
            end = i >= 0 ? Math.min(end, i) : end;
        }
        String authority = s.substring(0, end);
        String rest = s.substring(end);
        authority = authority.substring(authority.lastIndexOf('@') + 1); // user:password@ is no part of the site
        String port = "";
        Matcher withPort = PORT.matcher(authority);
        if (withPort.matches()) {
            authority = withPort.group(1);
            port = withPort.group(2).equals("80") || withPort.group(2).equals("443") ? "" : withPort.group(2);
        }
        String host = host(authority, true);
        if (host == null) {
            throw invalid(type, vi, en);
        }
        int fragment = rest.indexOf('#');
        rest = fragment >= 0 ? rest.substring(0, fragment) : rest;
        int question = rest.indexOf('?');
        String path = (question >= 0 ? rest.substring(0, question) : rest).replaceAll("/+$", "");
        String query = question >= 0 ? rest.substring(question + 1) : "";
        return new Web(host, port, path, query);
    }

    /** "hxxp://vi-du[.]vn", as threat reports write addresses so nobody clicks them, read as the address. */
    private static String refanged(String written) {
        String s = written.replace("[.]", ".").replace("(.)", ".").replace("{.}", ".").replace("[dot]", ".");
        return s.regionMatches(true, 0, "hxxp", 0, 4) ? "http" + s.substring(4) : s;
    }

    /** A host name in lower-case ASCII (punycode), or null when it is none. */
    static String host(String written, boolean withoutWww) {
        String h = written.toLowerCase(Locale.ROOT);
        h = h.endsWith(".") ? h.substring(0, h.length() - 1) : h;
        Matcher ip = IPV4.matcher(h);
        if (ip.matches()) {
            for (int i = 1; i <= 4; i++) {
                if (Integer.parseInt(ip.group(i)) > 255) {
                    return null;
                }
            }
            return h;
        }
        String ascii;
        try {
            ascii = IDN.toASCII(h, IDN.USE_STD3_ASCII_RULES).toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return null;
        }
        if (withoutWww && ascii.startsWith("www.")) {
            ascii = ascii.substring(4);
        }
        String[] labels = ascii.split("\\.", -1);
        if (ascii.length() > 253 || labels.length < 2 || !TOP_LABEL.matcher(labels[labels.length - 1]).matches()) {
            return null;
        }
        for (String label : labels) {
            if (!LABEL.matcher(label).matches()) {
                return null;
            }
        }
        return ascii;
    }

    private static Malformed invalid(IndicatorType type, String vi, String en) {
        return new Malformed("INVALID_FORMAT", vi + " Ví dụ: " + type.example() + ".", en + " Example: " + type.example() + ".");
    }
}
