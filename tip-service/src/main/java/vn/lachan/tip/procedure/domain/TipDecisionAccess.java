package vn.lachan.tip.procedure.domain;

import static vn.lachan.platform.security.Roles.INVESTIGATOR;
import static vn.lachan.platform.security.Roles.POLICE_LEADER;
import static vn.lachan.platform.security.Roles.PROCURATOR;
import static vn.lachan.platform.security.Roles.TIP_INTAKE;

import vn.lachan.platform.error.AccessDeniedException;
import vn.lachan.platform.security.Caller;
import vn.lachan.tip.intake.domain.TipAccess;

/**
 * Who may move a tip towards its decision. Deciding, the first extension and resuming are the handling police's
 * (investigators and police leaders); the second extension is the procuracy's (Art. 147(3)); the notification of
 * the procuracy is recorded by the police who handle tips or by the procuracy; the overdue view is the police's.
 * Which tips a caller may see at all is {@link TipAccess}'s: a tip outside it is "not found".
 */
public final class TipDecisionAccess {

    private TipDecisionAccess() {
    }

    public static void checkDecide(Caller caller) {
        if (!handlingPolice(caller)) {
            throw new AccessDeniedException("Chỉ điều tra viên hoặc lãnh đạo công an được quyết định về tin báo.",
                    "Only police investigators and police leaders may decide on tips.");
        }
    }

    public static void checkResume(Caller caller) {
        if (!handlingPolice(caller)) {
            throw new AccessDeniedException("Chỉ điều tra viên hoặc lãnh đạo công an được phục hồi giải quyết tin báo.",
                    "Only police investigators and police leaders may resume tips.");
        }
    }

    /** Extension 1 is the handling body's; extension 2 is granted by the procuracy. */
    public static void checkExtend(Caller caller, int extension) {
        if (extension == 1 && !handlingPolice(caller)) {
            throw new AccessDeniedException(
                    "Lần gia hạn đầu do điều tra viên hoặc lãnh đạo công an (cơ quan giải quyết) quyết định.",
                    "The first extension is made by the handling body: police investigators or police leaders.");
        }
        if (extension >= 2 && !caller.has(PROCURATOR)) {
            throw new AccessDeniedException("Lần gia hạn thứ hai do Viện kiểm sát quyết định (Điều 147 khoản 3).",
                    "The second extension is granted by the procuracy (Art. 147(3)).");
        }
    }

    public static void checkRecordNotification(Caller caller) {
        if (!(caller.isPolice() && caller.hasAny(TIP_INTAKE, INVESTIGATOR, POLICE_LEADER)) && !caller.has(PROCURATOR)) {
            throw new AccessDeniedException("Bạn không có quyền ghi nhận việc thông báo Viện kiểm sát.",
                    "You may not record the procuracy's notification.");
        }
    }

    public static void checkListOverdue(Caller caller) {
        if (!(caller.isPolice() && caller.hasAny(TIP_INTAKE, INVESTIGATOR, POLICE_LEADER))) {
            throw new AccessDeniedException("Danh sách tin báo quá hạn dành cho lực lượng công an.",
                    "The overdue list is for the police.");
        }
    }

    private static boolean handlingPolice(Caller caller) {
        return caller.isPolice() && caller.hasAny(INVESTIGATOR, POLICE_LEADER);
    }
}
