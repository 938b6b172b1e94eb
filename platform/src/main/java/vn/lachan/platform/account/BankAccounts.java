package vn.lachan.platform.account;

/**
 * A bank account as one indicator, {@code BANKCODE:digits} (e.g. {@code VCB:0123456789}): the form tip-service keeps
 * for a tip's bank account, so that an account named by a victim's tip, a victim's claim ("Vietcombank"), a freeze
 * request (addressed to the bank unit {@code vcb-dong-thap}) or a bank's report of an onward transfer is the same
 * account wherever it appears.
 */
public final class BankAccounts {

    private BankAccounts() {
    }

    /** The indicator of account {@code number} (digits) at the bank named {@code bank} as people write it. */
    public static String ofBankName(String bank, String number) {
        String code = bank == null ? null : BankCodes.of(bank);
        return (code == null ? "?" : code) + ":" + number;
    }

    /** The indicator of account {@code number} (digits) at a branch of the platform's bank unit {@code unitCode}. */
    public static String ofBankUnit(String unitCode, String number) {
        return bankOfUnit(unitCode) + ":" + number;
    }

    /**
     * The code of the bank a bank unit belongs to: the unit code's first word ({@code vcb-dong-thap} → {@code VCB},
     * {@code agribank-cao-lanh} → {@code AGRIBANK}), read as {@link BankCodes} reads a bank's name.
     */
    public static String bankOfUnit(String unitCode) {
        String first = unitCode == null ? "" : unitCode.split("-", 2)[0];
        String code = BankCodes.of(first);
        return code == null ? first.toUpperCase(java.util.Locale.ROOT) : code;
    }

    /** Whether a unit code is a branch of a bank the platform knows ({@code vcb-dong-thap}), not a police unit. */
    public static boolean isBankUnit(String unitCode) {
        if (unitCode == null || unitCode.isBlank()) {
            return false;
        }
        return BankCodes.known(BankCodes.glued(unitCode.split("-", 2)[0])) != null;
    }
}
