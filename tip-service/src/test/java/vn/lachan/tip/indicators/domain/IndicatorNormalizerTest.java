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

    // phones, URLs, domains and bank accounts: canonical forms in the corpora (IndicatorCorpusTest)

    @Test
    void aPhoneSaysWhyItIsRefused() {
        assertThat(refused(PHONE, "0521234567").vi()).contains("Đầu số này chưa được cấp ở Việt Nam");
        assertThat(refused(PHONE, "0521234567").en()).contains("not assigned in Viet Nam", "Example: 0912 345 678");
        assertThat(refused(PHONE, "+999 1234 5678").vi()).contains("Mã quốc gia", "không tồn tại", "+84");
        assertThat(refused(PHONE, "+999 1234 5678").en()).contains("country code", "does not exist");
        assertThat(refused(PHONE, "091234").en()).contains("too few or too many digits", "Viet Nam");
        assertThat(refused(PHONE, "+855 12").en()).contains("too few or too many digits", "+855");
        assertThat(refused(PHONE, "0912 345 67a").code()).isEqualTo("INVALID_FORMAT");
    }

    @ParameterizedTest(name = "''{0}''")
    @CsvSource(delimiter = '|', value = {
            "0011004123456 | Cần mã ngân hàng",
            "VCB | Thiếu số tài khoản",
            "VCB 12345 | 6 đến 19 chữ số",
            "VCB 12345678901234567890 | 6 đến 19 chữ số",
            "VCB 0011004123A56 | 6 đến 19 chữ số",
            "Ngân hàng 0011004123456 | Cần mã ngân hàng",
            "NH 0011004123456 | Cần mã ngân hàng"})
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

    @Test
    void aVietnameseDomainIsOnePunycodeValueWhetherItsAccentsArePrecomposedOrNot() {
        String decomposed = Normalizer.normalize("thuế.vn", Normalizer.Form.NFD);
        assertThat(decomposed).isNotEqualTo("thuế.vn");
        assertThat(normalize(DOMAIN, decomposed)).isEqualTo(normalize(DOMAIN, "thuế.vn")).isEqualTo("xn--thu-9jz.vn");
    }

    @ParameterizedTest(name = "''{0}''")
    @ValueSource(strings = {"vi du.vn", "localhost", "vi-du.", "vi..du.vn", "https://", "vi-du.v", "999.1.1.1", "vi-du.123",
            "http://xn--garbage.vn/", "ftp://vi-du.vn/"})
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
