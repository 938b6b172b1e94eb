package vn.lachan.cases.domain;

import java.util.List;
import vn.lachan.platform.error.AccessDeniedException;
import vn.lachan.platform.security.Caller;
import vn.lachan.platform.security.Roles;

/**
 * Who may do what with the money trail. Reading a case's trail is for those who may read the case ({@link
 * CaseAccess}); to anyone else (a bank, another police unit, a court the case was not sent to) the case is "not
 * found", so its existence does not leak. The victims' own accounts are personal data, shown as to those who read
 * the victims' claims ({@link RestitutionAccess#mayReadVictim}); the other accounts' numbers to those who see the
 * freeze requests on them (the police investigating, the procuracy) and holders of the personal-data role, and
 * withheld from the other readers (consolidated readers, auditors, tip intake, the court), who get the figures. Onward transfers are reported only by the bank a
 * freeze request is addressed to; to another bank the request is "not found" ({@link FreezeRequestAccess#maySee}).
 */
public final class TrailAccess {

    /** The fields audited when a trail is shown: its accounts, and the victims' when shown. */
    public static final List<String> ACCOUNT_FIELDS = List.of("account_number");
    public static final List<String> WITH_VICTIMS = List.of("account_number", "victim_account_number");

    private TrailAccess() {
    }

    /** Sees the numbers of the trail's accounts (not the victims', see {@link RestitutionAccess#mayReadVictim}). */
    public static boolean maySeeAccounts(Caller caller) {
        return FreezeRequestAccess.seesAllBanks(caller) || caller.has(Roles.PERSONAL_DATA);
    }

    /** Only the addressed bank reports onward transfers; call with a request the caller may see. */
    public static void checkReportOnward(Caller caller, FreezeRequest request) {
        if (!FreezeRequestAccess.isBank(caller, request.bank())) {
            throw new AccessDeniedException("Chỉ ngân hàng nhận yêu cầu phong tỏa được báo giao dịch chuyển tiếp.",
                    "Only the bank the freeze request is addressed to may report onward transfers.");
        }
    }
}
