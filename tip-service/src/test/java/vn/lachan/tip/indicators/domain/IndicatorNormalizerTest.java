package vn.lachan.tip.indicators.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static vn.lachan.tip.indicators.domain.IndicatorType.BANK_ACCOUNT;
import static vn.lachan.tip.indicators.domain.IndicatorType.CRYPTO_WALLET;
import static vn.lachan.tip.indicators.domain.IndicatorType.DOMAIN;
import static vn.lachan.tip.indicators.domain.IndicatorType.EMAIL;
import static vn.lachan.tip.indicators.domain.IndicatorType.E_WALLET;
import static vn.lachan.tip.indicators.domain.IndicatorType.PHONE;
import static vn.lachan.tip.indicators.domain.IndicatorType.SOCIAL_PROFILE;
import static vn.lachan.tip.indicators.domain.IndicatorType.URL;

import java.text.Normalizer;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.lachan.platform.error.FieldViolation;

class IndicatorNormalizerTest {

    static String normalize(IndicatorType type, String value) {
        return IndicatorNormalizer.normalize(type, value);
    }

    static FieldViolation refused(IndicatorType type, String value) {
        var failure = catchThrowableOfType(IndicatorNormalizer.Malformed.class, () -> normalize(type, value));
        assertThat(failure).as("%s '%s' is refused", type, value).isNotNull();
        return failure.at("tip.indicators[0].value");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "0912345678", "0912 345 678", "0912-345-678", "0912.345.678", "(091) 234.5678", "091 234 5678",
            "+84912345678", "+84 912 345 678", "+84 912-345-678", "+84 (0) 912 345 678", "(+84) 912345678",
            "84912345678", "84 912 345 678", "840912345678", "0084912345678", "0084 912 345 678", "912345678",
            " 0912345678 ", "tel:+84912345678", "0912\u00a0345\u00a0678", "0912/345/678"})
    void everyNotationOfOnePhoneIsOneValue(String written) {
        assertThat(normalize(PHONE, written)).isEqualTo("+84912345678");
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            // the 2018 renumbering of 11-digit mobile numbers, one per old prefix
            "01623456789, +84323456789", "01633456789, +84333456789", "01643456789, +84343456789",
            "01653456789, +84353456789", "01663456789, +84363456789", "01673456789, +84373456789",
            "01683456789, +84383456789", "01693456789, +84393456789",
            "01203456789, +84703456789", "01213456789, +84793456789", "01223456789, +84773456789",
            "01263456789, +84763456789", "01283456789, +84783456789",
            "01233456789, +84833456789", "01243456789, +84843456789", "01253456789, +84853456789",
            "01273456789, +84813456789", "01293456789, +84823456789",
            "01863456789, +84563456789", "01883456789, +84583456789", "01993456789, +84593456789",
            "+84 162 345 6789, +84323456789", "84 1623456789, +84323456789", "0162 345 6789, +84323456789",
            // every current mobile range
            "0321234567, +84321234567", "0561234567, +84561234567", "0701234567, +84701234567",
            "0811234567, +84811234567", "0981234567, +84981234567",
            // fixed lines: Hà Nội, TP HCM, Đồng Tháp
            "024 3825 1234, +842438251234", "(028) 3822 1234, +842838221234", "0277 385 1234, +842773851234",
            "+84 277 385 1234, +842773851234",
            // service numbers
            "1900 1234, +8419001234", "1900 123 456, +841900123456", "1800 1234, +8418001234",
            // foreign numbers are kept in E.164
            "+855 12 345 678, +85512345678", "00855 12 345 678, +85512345678", "+86 138 0013 8000, +8613800138000"})
    void phonesAreWrittenInE164(String written, String expected) {
        assertThat(normalize(PHONE, written)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "''{0}''")
    @ValueSource(strings = {
            "091234567", "09123456789", "0112345678", "0612345678", "01003456789", "01313456789", "0212345678",
            "12345", "0912 345 67a", "không có", "+84", "+0912345678", "0912345678 ext 2", "+1234567",
            "09-12-34-56-78-90", "84 91234", "++84912345678"})
    void malformedPhonesAreRefusedWithAnExample(String written) {
        FieldViolation violation = refused(PHONE, written);
        assertThat(violation.field()).isEqualTo("tip.indicators[0].value");
        assertThat(violation.code()).isEqualTo("INVALID_FORMAT");
        assertThat(violation.vi()).contains("Số điện thoại không hợp lệ", "Ví dụ: 0912 345 678");
        assertThat(violation.en()).contains("Not a valid phone number", "Example: 0912 345 678");
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "VCB:0011004123456 | VCB:0011004123456",
            "vcb 0011 004 123 456 | VCB:0011004123456",
            "VCB - 0011.004.123.456 | VCB:0011004123456",
            "Vietcombank: 0011004123456 | VCB:0011004123456",
            "BIDV 31410000123456 | BIDV:31410000123456",
            "Agribank/5500205123456 | AGRIBANK:5500205123456",
            "VBA 5500205123456 | AGRIBANK:5500205123456",
            "Techcombank 19033445566778 | TCB:19033445566778",
            "MB Bank 0123456789 | MB:0123456789",
            "ctg 108001234567 | VIETINBANK:108001234567",
            "TPB:000123 | TPB:000123",
            "NEWBANK 1234567 | NEWBANK:1234567"})
    void bankAccountsAreBankCodeColonDigits(String written, String expected) {
        assertThat(normalize(BANK_ACCOUNT, written)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "''{0}''")
    @CsvSource(delimiter = '|', value = {
            "0011004123456 | Cần mã ngân hàng",
            "VCB | Thiếu số tài khoản",
            "VCB 12345 | 6 đến 19 chữ số",
            "VCB 12345678901234567890 | 6 đến 19 chữ số",
            "VCB 0011004123A56 | 6 đến 19 chữ số",
            "Ngân hàng 0011004123456 | Cần mã ngân hàng"})
    void malformedBankAccountsSayWhatIsMissing(String written, String reason) {
        FieldViolation violation = refused(BANK_ACCOUNT, written);
        assertThat(violation.vi()).contains(reason, "VCB:0011004123456");
        assertThat(violation.en()).contains("VCB:0011004123456");
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "MOMO:0912345678 | MOMO:+84912345678",
            "MoMo 0912 345 678 | MOMO:+84912345678",
            "momo: +84 912 345 678 | MOMO:+84912345678",
            "ZaloPay 84912345678 | ZALOPAY:+84912345678",
            "Viettel Money: 0912345678 | VIETTELMONEY:+84912345678",
            "ViettelPay 0912345678 | VIETTELMONEY:+84912345678",
            "ShopeePay:Nguyen.Van_A | SHOPEEPAY:nguyen.van_a"})
    void eWalletsAreProviderColonId(String written, String expected) {
        assertThat(normalize(E_WALLET, written)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "''{0}''")
    @ValueSource(strings = {"0912345678", "MOMO", "MOMO: 091234", "MOMO:ab", ":0912345678", "MOMO:tên có dấu cách"})
    void malformedEWalletsAreRefused(String written) {
        assertThat(refused(E_WALLET, written).vi()).contains("MOMO:0912345678");
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "https://www.Vi-Du.vn/ | vi-du.vn",
            "http://vi-du.vn | vi-du.vn",
            "vi-du.vn/ | vi-du.vn",
            "HTTPS://WWW.VI-DU.VN/Dang-Nhap/ | vi-du.vn/Dang-Nhap",
            "https://vi-du.vn/dang-nhap?ref=sms#top | vi-du.vn/dang-nhap?ref=sms",
            "https://vi-du.vn:443/a | vi-du.vn/a",
            "http://vi-du.vn:8080/a/ | vi-du.vn:8080/a",
            "https://user:pass@vi-du.vn/a | vi-du.vn/a",
            "https://vietcombank.com.vn@lua-dao.xyz/login | lua-dao.xyz/login",
            "hxxps://lua-dao[.]xyz/nhan-qua | lua-dao.xyz/nhan-qua",
            "https://công-an.vn/tra-cứu | xn--cng-an-ixa.vn/tra-cứu",
            "https://bücher.de | xn--bcher-kva.de",
            "http://103.21.4.7/login | 103.21.4.7/login",
            "https://vi-du.vn. | vi-du.vn"})
    void urlsKeepTheirPathButNotSchemeWwwOrTrailingSlash(String written, String expected) {
        assertThat(normalize(URL, written)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "Vi-Du.VN | vi-du.vn",
            "www.vi-du.vn | vi-du.vn",
            "https://www.vi-du.vn/ | vi-du.vn",
            "thuế.vn | xn--thu-9jz.vn",
            "THUẾ.VN | xn--thu-9jz.vn",
            "xn--thu-9jz.vn | xn--thu-9jz.vn",
            "lua-dao[.]xyz | lua-dao.xyz"})
    void domainsAreLowerCasePunycodeWithoutWww(String written, String expected) {
        assertThat(normalize(DOMAIN, written)).isEqualTo(expected);
    }

    @Test
    void aVietnameseDomainIsOnePunycodeValueWhetherItsAccentsArePrecomposedOrNot() {
        String decomposed = Normalizer.normalize("thuế.vn", Normalizer.Form.NFD);
        assertThat(decomposed).isNotEqualTo("thuế.vn");
        assertThat(normalize(DOMAIN, decomposed)).isEqualTo(normalize(DOMAIN, "thuế.vn")).isEqualTo("xn--thu-9jz.vn");
    }

    @ParameterizedTest(name = "''{0}''")
    @ValueSource(strings = {"vi du.vn", "localhost", "vi_du.vn", "-vi-du.vn", "vi-du.", "vi..du.vn", "https://", "vi-du.v",
            "999.1.1.1", "http://[::1]/", "vi-du.123"})
    void malformedAddressesAreRefused(String written) {
        assertThat(refused(URL, written).vi()).contains("Địa chỉ web không hợp lệ");
        assertThat(refused(DOMAIN, written).en()).contains("Example: vi-du.vn");
    }

    @Test
    void aDomainHasNoPathOrPort() {
        assertThat(refused(DOMAIN, "vi-du.vn/dang-nhap").en()).contains("choose URL");
        assertThat(refused(DOMAIN, "vi-du.vn:8080").en()).contains("choose URL");
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            " Nguyen.Van.A@Gmail.com  | nguyen.van.a@gmail.com",
            "mailto:KeToan@Cong-Ty.VN | ketoan@cong-ty.vn",
            "lienhe@công-an.vn | lienhe@xn--cng-an-ixa.vn",
            "a+b@www.vi-du.vn | a+b@www.vi-du.vn"})
    void emailsAreLowerCase(String written, String expected) {
        assertThat(normalize(EMAIL, written)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "''{0}''")
    @ValueSource(strings = {"nguyenvana", "@vi-du.vn", "a@", "a@b", "a..b@vi-du.vn", ".a@vi-du.vn", "a b@vi-du.vn",
            "a@1.2.3.4", "tên@vi-du.vn"})
    void malformedEmailsAreRefused(String written) {
        assertThat(refused(EMAIL, written).en()).contains("Not a valid e-mail address", "ten@vi-du.vn");
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "https://www.facebook.com/Nguyen.Van.A/ | facebook.com/nguyen.van.a",
            "facebook.com/nguyen.van.a | facebook.com/nguyen.van.a",
            "m.facebook.com/nguyen.van.a?ref=bookmarks | facebook.com/nguyen.van.a",
            "fb.com/nguyen.van.a | facebook.com/nguyen.van.a",
            "https://web.facebook.com/nguyen.van.a/about | facebook.com/nguyen.van.a",
            "https://www.facebook.com/profile.php?id=100012345678 | facebook.com/100012345678",
            "https://www.facebook.com/people/Nguyen-Van-A/100012345678/ | facebook.com/100012345678",
            "https://www.facebook.com/groups/MuaBanDoCu/ | facebook.com/groups/muabandocu",
            "https://zalo.me/0912345678 | zalo.me/+84912345678",
            "zalo.me/84912345678 | zalo.me/+84912345678",
            "https://zalo.me/g/AbCdEf123 | zalo.me/g/AbCdEf123",
            "https://t.me/LuaDaoBot | t.me/luadaobot",
            "telegram.me/luadaobot | t.me/luadaobot",
            "https://www.tiktok.com/@Shop.Gia.Re | tiktok.com/@shop.gia.re",
            "twitter.com/ScamAccount | x.com/scamaccount"})
    void socialProfilesHaveOneCanonicalLink(String written, String expected) {
        assertThat(normalize(SOCIAL_PROFILE, written)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "''{0}''")
    @ValueSource(strings = {"nguyen.van.a", "Nguyễn Văn A", "facebook.com", "facebook.com/profile.php?id=abc",
            "zalo.me/abc", "https://zalo.me/"})
    void malformedSocialProfilesAreRefused(String written) {
        assertThat(refused(SOCIAL_PROFILE, written).vi()).contains("Cần đường dẫn tới trang cá nhân", "facebook.com/nguyen.van.a");
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            " 0x52908400098527886E0F7030069857D2E4169EE7 | 0x52908400098527886e0f7030069857d2e4169ee7",
            "0X52908400098527886E0F7030069857D2E4169EE7 | 0x52908400098527886e0f7030069857d2e4169ee7",
            "TQn9Y2khEsLJW1ChVWFMSMeRDow5KcbLSE | TQn9Y2khEsLJW1ChVWFMSMeRDow5KcbLSE",
            "1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa | 1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa",
            "BC1QAR0SRRR7XFKVY5L643LYDNW9RE59GTZZWF5MDQ | bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq"})
    void cryptoWalletsKeepTheirCaseUnlessHexOrBech32(String written, String expected) {
        assertThat(normalize(CRYPTO_WALLET, written)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "''{0}''")
    @ValueSource(strings = {"0x1234", "TQn9Y2khEs LJW1ChVWFMSMeRDow5KcbLSE", "địa-chỉ-ví-không-hợp-lệ-dài-dài"})
    void malformedCryptoWalletsAreRefused(String written) {
        assertThat(refused(CRYPTO_WALLET, written).en()).contains("20 to 128 letters and digits");
    }

    @ParameterizedTest
    @EnumSource(IndicatorType.class)
    void aBlankOrOverlongValueIsRefusedForEveryType(IndicatorType type) {
        assertThat(refused(type, "  ").code()).isEqualTo("REQUIRED");
        assertThat(refused(type, null).code()).isEqualTo("REQUIRED");
        assertThat(refused(type, "1".repeat(IndicatorNormalizer.MAX_LENGTH + 1)).code()).isEqualTo("TOO_LONG");
    }

    @ParameterizedTest
    @EnumSource(IndicatorType.class)
    void everyTypesExampleIsItselfAccepted(IndicatorType type) {
        for (String example : type.example().split(", ")) {
            String normalized = normalize(type, example);
            assertThat(normalize(type, normalized)).as("normalising %s twice changes nothing", example).isEqualTo(normalized);
        }
    }

    @Test
    void normalisingIsIdempotentForEveryAcceptedNotation() {
        Map<IndicatorType, String[]> samples = Map.of(
                PHONE, new String[] {"(091) 234.5678", "0162 345 6789", "1900 1234", "+855 12 345 678", "024 3825 1234"},
                BANK_ACCOUNT, new String[] {"vcb 0011 004 123 456"},
                E_WALLET, new String[] {"MoMo 0912 345 678"},
                URL, new String[] {"https://công-an.vn/tra-cứu/?a=1"},
                DOMAIN, new String[] {"WWW.THUẾ.VN"},
                EMAIL, new String[] {"lienhe@công-an.vn"},
                SOCIAL_PROFILE, new String[] {"https://www.facebook.com/profile.php?id=100012345678", "zalo.me/0912345678"});
        samples.forEach((type, values) -> {
            for (String value : values) {
                String once = normalize(type, value);
                assertThat(normalize(type, once)).as("%s %s", type, value).isEqualTo(once);
            }
        });
    }
}
