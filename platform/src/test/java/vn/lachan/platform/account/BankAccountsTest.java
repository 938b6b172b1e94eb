package vn.lachan.platform.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BankAccountsTest {

    @ParameterizedTest
    @CsvSource({
            "vcb-dong-thap, VCB", "vcb-cao-lanh, VCB", "bidv-dong-thap, BIDV", "agribank-dong-thap, AGRIBANK",
            "vietcombank-hcm, VCB", "tcb-dong-thap, TCB", "ctg-dong-thap, VIETINBANK"})
    void aBankUnitIsItsBanksCode(String unit, String code) {
        assertThat(BankAccounts.bankOfUnit(unit)).isEqualTo(code);
        assertThat(BankAccounts.isBankUnit(unit)).isTrue();
    }

    @ParameterizedTest
    @CsvSource({"Vietcombank", "NH Ngoại thương", "Ngân hàng TMCP Ngoại Thương", "VCB"})
    void theSameAccountIsOneIndicatorHoweverItsBankIsNamed(String name) {
        assertThat(BankAccounts.ofBankName(name, "0071000123456"))
                .isEqualTo(BankAccounts.ofBankUnit("vcb-dong-thap", "0071000123456"))
                .isEqualTo("VCB:0071000123456");
    }

    @ParameterizedTest
    @CsvSource({"cong-an-tinh-pa05", "so-tu-phap", "vien-kiem-sat-tinh", "ubnd-tinh"})
    void aPoliceOrOtherUnitIsNotABank(String unit) {
        assertThat(BankAccounts.isBankUnit(unit)).isFalse();
    }
}
