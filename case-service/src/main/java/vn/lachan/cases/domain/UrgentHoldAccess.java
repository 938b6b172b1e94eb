package vn.lachan.cases.domain;

import static vn.lachan.platform.security.Roles.BANK_LIAISON;
import static vn.lachan.platform.security.Roles.INVESTIGATOR;
import static vn.lachan.platform.security.Roles.POLICE_LEADER;

import vn.lachan.platform.error.AccessDeniedException;
import vn.lachan.platform.security.Caller;

/**
 * Who may do what with urgent holds: the same people as with freeze requests ({@link FreezeRequestAccess}). Police
 * investigators and leaders send them — on a tip they may see in tip-service, which case-service asks with their own
 * token, so the tip's unit scope is tip-service's own rule — and, with the procuracy, see them all; a bank sees and
 * answers only those addressed to it, another bank's being "not found". Nobody else sees any. The account is shown to
 * everyone who may see the hold (it is what the hold is about) and every read is audited.
 */
public final class UrgentHoldAccess {

    private UrgentHoldAccess() {
    }

    public static void checkCreate(Caller caller) {
        if (!caller.isPolice() || !caller.hasAny(INVESTIGATOR, POLICE_LEADER)) {
            throw new AccessDeniedException("Chỉ điều tra viên hoặc lãnh đạo công an được gửi yêu cầu tạm dừng khẩn cấp.",
                    "Only police investigators and police leaders may send urgent holds.");
        }
    }

    public static boolean maySee(Caller caller, UrgentHold hold) {
        return FreezeRequestAccess.seesAllBanks(caller) || FreezeRequestAccess.isBank(caller, hold.bank());
    }

    /** The bank a list is confined to (null: every bank); refused to those who may see no hold. */
    public static String listScope(Caller caller) {
        if (FreezeRequestAccess.seesAllBanks(caller)) {
            return null;
        }
        if (caller.has(BANK_LIAISON)) {
            return caller.unit();
        }
        throw new AccessDeniedException("Bạn không có quyền xem yêu cầu tạm dừng khẩn cấp.",
                "You may not see urgent holds.");
    }

    /** Only the addressed bank answers; call with a hold the caller may see. */
    public static void checkRespond(Caller caller, UrgentHold hold) {
        if (!FreezeRequestAccess.isBank(caller, hold.bank())) {
            throw new AccessDeniedException("Chỉ ngân hàng nhận yêu cầu tạm dừng được trả lời yêu cầu này.",
                    "Only the bank the urgent hold is addressed to may answer it.");
        }
    }
}
