package vn.lachan.cases.domain;

import vn.lachan.platform.account.BankAccounts;

/** The accounts of a case as the indicators the platform links them by ({@link BankAccounts}). */
public final class TrailAccounts {

    private TrailAccounts() {
    }

    /** The account a freeze request is about. */
    public static String of(FreezeRequest request) {
        return BankAccounts.ofBankUnit(request.bank(), request.accountNumber());
    }

    /** The victim's own account of a claim (the bank as the victim named it). */
    public static String of(VictimClaim claim) {
        return BankAccounts.ofBankName(claim.bankName(), claim.accountNumber());
    }
}
