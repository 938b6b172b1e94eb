package vn.lachan.cases.domain;

import static vn.lachan.platform.security.Roles.BANK_LIAISON;
import static vn.lachan.platform.security.Roles.INVESTIGATOR;
import static vn.lachan.platform.security.Roles.PERSONAL_DATA;
import static vn.lachan.platform.security.Roles.POLICE_LEADER;
import static vn.lachan.platform.security.Roles.PROCURATOR;

import java.util.List;
import vn.lachan.platform.error.AccessDeniedException;
import vn.lachan.platform.security.Caller;

/**
 * Who may do what with freeze requests. The investigating police send them and, with the procuracy that
 * supervises them, see them all. A bank (role bank-liaison: its officers and its systems) sees and answers
 * only the requests addressed to it; another bank's request is "not found" to it. Nobody else sees any.
 *
 * <p>Release orders (lệnh giải tỏa, CPC Art. 129) are issued only by the head or deputy head of the investigation
 * agency: a police leader of the unit leading the request's case, or of a unit above it; the addressed bank alone
 * reports one executed. The supervising procuracy reads them with the requests (it sees every request).
 *
 * <p>Personal data: the account holder's name is shown to the addressed bank (it holds the account anyway),
 * to police investigators and to holders of the personal-data role, and withheld from everyone else. The account
 * number is shown to all who may see the request (it is what the request is about) and audited with the name.
 */
public final class FreezeRequestAccess {

    /** The fields audited when a request is shown with the account holder. */
    public static final List<String> PERSONAL_FIELDS = List.of("account_holder", "account_number");
    /** The fields audited when a request is shown with the account holder withheld. */
    public static final List<String> ACCOUNT_FIELDS = List.of("account_number");

    private FreezeRequestAccess() {
    }

    /** Only investigators and police leaders of a police unit send freeze requests. */
    public static void checkCreate(Caller caller) {
        if (!caller.isPolice() || !caller.hasAny(INVESTIGATOR, POLICE_LEADER)) {
            throw new AccessDeniedException("Chỉ điều tra viên hoặc lãnh đạo công an được gửi yêu cầu phong tỏa.",
                    "Only police investigators and police leaders may send freeze requests.");
        }
    }

    /** Sees the requests addressed to every bank. */
    public static boolean seesAllBanks(Caller caller) {
        return caller.isPolice() && caller.hasAny(INVESTIGATOR, POLICE_LEADER) || caller.has(PROCURATOR);
    }

    /** Whether the caller speaks for {@code bank}. */
    public static boolean isBank(Caller caller, String bank) {
        return caller.has(BANK_LIAISON) && caller.belongsTo(bank);
    }

    public static boolean maySee(Caller caller, FreezeRequest request) {
        return seesAllBanks(caller) || isBank(caller, request.bank());
    }

    /**
     * The bank a list is confined to: none (null) for those who see every bank, the caller's own for a bank.
     * Listing is refused outright to those who may see no request (reading one is "not found" instead).
     */
    public static String listScope(Caller caller) {
        if (seesAllBanks(caller)) {
            return null;
        }
        if (caller.has(BANK_LIAISON)) {
            return caller.unit();
        }
        throw new AccessDeniedException("Bạn không có quyền xem yêu cầu phong tỏa.", "You may not see freeze requests.");
    }

    /** Only the addressed bank answers a request; call with a request the caller may see. */
    public static void checkRespond(Caller caller, FreezeRequest request) {
        if (!isBank(caller, request.bank())) {
            throw new AccessDeniedException("Chỉ ngân hàng nhận yêu cầu phong tỏa được trả lời yêu cầu này.",
                    "Only the bank the freeze request is addressed to may answer it.");
        }
    }

    /** Only police leaders issue release orders (their unit is checked against the case's by {@link #checkRelease}). */
    public static void checkReleaser(Caller caller) {
        if (!caller.isPolice() || !caller.has(POLICE_LEADER)) {
            throw releaseRefused();
        }
    }

    /**
     * A release order on a request of {@code kase} (a case the caller may see) is issued by a police leader of the
     * unit leading the case or of a unit above it.
     */
    public static void checkRelease(Caller caller, Case kase) {
        checkReleaser(caller);
        if (!CaseAccess.mayAct(caller, POLICE_LEADER, kase, kase.courtUnit())) {
            throw releaseRefused();
        }
    }

    private static AccessDeniedException releaseRefused() {
        return new AccessDeniedException(
                "Chỉ Thủ trưởng, Phó Thủ trưởng Cơ quan điều tra của đơn vị đang thụ lý vụ án được ra lệnh giải tỏa.",
                "Only the head or deputy head of the investigation agency leading the case may issue a release order.");
    }

    /** Only the addressed bank reports a release executed; call with a request the caller may see. */
    public static void checkReportReleased(Caller caller, FreezeRequest request) {
        if (!isBank(caller, request.bank())) {
            throw new AccessDeniedException("Chỉ ngân hàng nhận yêu cầu phong tỏa được báo đã giải tỏa.",
                    "Only the bank the freeze request is addressed to may report the release executed.");
        }
    }

    public static boolean maySeeAccountHolder(Caller caller, FreezeRequest request) {
        return isBank(caller, request.bank())
                || caller.isPolice() && caller.has(INVESTIGATOR)
                || caller.has(PERSONAL_DATA);
    }
}
