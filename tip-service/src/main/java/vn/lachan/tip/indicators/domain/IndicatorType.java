package vn.lachan.tip.indicators.domain;

/** What an indicator is, each with an example of how it is written, for error messages. */
public enum IndicatorType {
    PHONE("0912 345 678, +84 912 345 678"),
    BANK_ACCOUNT("VCB:0011004123456, BIDV 3141 0000 123456"),
    E_WALLET("MOMO:0912345678, ZALOPAY:0912345678"),
    URL("https://vi-du.vn/dang-nhap"),
    DOMAIN("vi-du.vn"),
    EMAIL("ten@vi-du.vn"),
    SOCIAL_PROFILE("facebook.com/nguyen.van.a, zalo.me/0912345678"),
    CRYPTO_WALLET("0x52908400098527886e0f7030069857d2e4169ee7, TQn9Y2khEsLJW1ChVWFMSMeRDow5KcbLSE");

    private final String example;

    IndicatorType(String example) {
        this.example = example;
    }

    public String example() {
        return example;
    }
}
