package vn.lachan.tip.indicators.domain;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Phone numbers as a phone dials them: read by libphonenumber (Google's numbering-plan metadata) with Việt Nam as the
 * default country, after the 2018 conversion of 11-digit mobile numbers, and written in E.164. Any Unicode digits
 * (full-width {@code ０９１２…}), dashes ({@code ‐ – — −}) and spaces are read; letters, extensions and other signs are
 * not. A Vietnamese number must be in a range the plan assigns; a foreign one must have a country code that exists
 * and a length its plan allows.
 */
final class PhoneNumbers {

    /**
     * The 2018 conversion of 11-digit mobile numbers (Bộ TT&amp;TT, Quyết định 798/QĐ-BTTTT, 2018): old prefix without
     * the 0 → new prefix without the 0.
     */
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

    private static final PhoneNumberUtil PLAN = PhoneNumberUtil.getInstance();
    private static final int VIETNAM = 84;

    /** Digits of any script, plus signs, spaces, dashes, dots, slashes and brackets, half- or full-width. */
    private static final Pattern WRITTEN = Pattern.compile(
            "[\\p{Nd}+\\uFF0B\\p{Zs}\\t\\p{Pd}\\u2212.\\uFF0E/\\uFF0F()\\uFF08\\uFF09\\[\\]\\u00AD\\u200B]+");

    /** A plus sign, if any, once and before every digit. */
    private static final Pattern PLUS_AT_MOST_ONCE_FIRST = Pattern.compile("[^+\\uFF0B\\p{Nd}]*[+\\uFF0B]?[^+\\uFF0B]*");

    private PhoneNumbers() {
    }

    /** The number {@code written} names in E.164, e.g. {@code +84912345678}. */
    static String e164(String written) {
        String s = written.regionMatches(true, 0, "tel:", 0, 4) ? written.substring(4) : written;
        if (!WRITTEN.matcher(s).matches() || digits(s) < 4 || !PLUS_AT_MOST_ONCE_FIRST.matcher(s).matches()) {
            throw invalid();
        }
        PhoneNumber number;
        try {
            number = PLAN.parse(s, "VN");
        } catch (NumberParseException e) {
            throw switch (e.getErrorType()) {
                case INVALID_COUNTRY_CODE -> unknownCountry();
                default -> invalid();
            };
        }
        if (number.getCountryCode() == VIETNAM) {
            renumber2018(number);
        }
        if (!PLAN.isPossibleNumber(number)) {
            throw wrongLength(number);
        }
        if (number.getCountryCode() == VIETNAM && !PLAN.isValidNumber(number)) {
            throw unassigned();
        }
        return PLAN.format(number, PhoneNumberUtil.PhoneNumberFormat.E164);
    }

    /** An 11-digit mobile number of before 2018, converted; other numbers unchanged. */
    private static void renumber2018(PhoneNumber number) {
        String national = Long.toString(number.getNationalNumber());
        String renumbered = national.length() == 10 ? RENUMBERED_2018.get(national.substring(0, 3)) : null;
        if (renumbered != null && !number.isItalianLeadingZero()) {
            number.setNationalNumber(Long.parseLong(renumbered + national.substring(3)));
        }
    }

    private static int digits(String s) {
        return (int) s.codePoints().filter(Character::isDigit).count();
    }

    private static IndicatorNormalizer.Malformed invalid() {
        return IndicatorNormalizer.invalid(IndicatorType.PHONE, "Số điện thoại không hợp lệ.", "Not a valid phone number.");
    }

    private static IndicatorNormalizer.Malformed unknownCountry() {
        return IndicatorNormalizer.invalid(IndicatorType.PHONE, "UNKNOWN_COUNTRY_CODE",
                "Mã quốc gia sau dấu + không tồn tại; số Việt Nam bắt đầu bằng 0 hoặc +84.",
                "The country code after + does not exist; Vietnamese numbers start with 0 or +84.");
    }

    private static IndicatorNormalizer.Malformed unassigned() {
        return IndicatorNormalizer.invalid(IndicatorType.PHONE, "UNASSIGNED_NUMBER",
                "Đầu số này chưa được cấp ở Việt Nam, nên không có thuê bao nào mang số này.",
                "This prefix is not assigned in Viet Nam, so no subscriber has this number.");
    }

    private static IndicatorNormalizer.Malformed wrongLength(PhoneNumber number) {
        String where = number.getCountryCode() == VIETNAM ? "Việt Nam" : "mã quốc gia +" + number.getCountryCode();
        String whereEn = number.getCountryCode() == VIETNAM ? "Viet Nam" : "country code +" + number.getCountryCode();
        return IndicatorNormalizer.invalid(IndicatorType.PHONE, "Số điện thoại không hợp lệ: thiếu hoặc thừa chữ số so với số của " + where + ".",
                "Not a valid phone number: too few or too many digits for a number of " + whereEn + ".");
    }
}
