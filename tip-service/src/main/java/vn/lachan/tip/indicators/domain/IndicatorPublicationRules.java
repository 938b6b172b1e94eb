package vn.lachan.tip.indicators.domain;

import static vn.lachan.platform.security.Roles.BANK_LIAISON;
import static vn.lachan.platform.security.Roles.INVESTIGATOR;
import static vn.lachan.platform.security.Roles.POLICE_LEADER;
import static vn.lachan.platform.security.Roles.TIP_INTAKE;

import vn.lachan.platform.error.AccessDeniedException;
import vn.lachan.platform.error.Violations;
import vn.lachan.platform.security.Caller;

/**
 * Who may change what the public scam check answers, and what a publication, a withdrawal and a citizen's review
 * request must say. Publishing and withdrawing are the handling police's (investigators and police leaders of a
 * police unit); a bank's liaison officer may publish only an account, on the ground that the bank holds money on
 * it. Reading the standing and the review requests is for the police who handle tips.
 */
public final class IndicatorPublicationRules {

    public static final int MAX_REASON = 2_000;
    public static final int MAX_CONTACT = 200;

    private IndicatorPublicationRules() {
    }

    private static boolean handlingPolice(Caller caller) {
        return caller.isPolice() && caller.hasAny(INVESTIGATOR, POLICE_LEADER);
    }

    /**
     * Whether {@code caller} may publish {@code type} on {@code basis}. The handling police may publish on any basis
     * they can give (the prosecution basis is no one's to give: the service refuses it as a field error).
     */
    public static void checkPublish(Caller caller, IndicatorType type, PublicationBasis basis) {
        if (handlingPolice(caller)) {
            return;
        }
        if (caller.has(BANK_LIAISON) && basis == PublicationBasis.BANK_HOLD && type == IndicatorType.BANK_ACCOUNT) {
            return;
        }
        throw new AccessDeniedException(
                "Chỉ điều tra viên, lãnh đạo công an (hoặc ngân hàng, cho tài khoản đang bị phong tỏa) được công bố dấu hiệu lừa đảo.",
                "Only police investigators and leaders (or a bank, for an account it holds money on) may publish a value.");
    }

    public static void checkWithdraw(Caller caller) {
        if (!handlingPolice(caller)) {
            throw new AccessDeniedException("Chỉ điều tra viên hoặc lãnh đạo công an được gỡ công bố.",
                    "Only police investigators and police leaders may withdraw a published value.");
        }
    }

    public static void checkRead(Caller caller) {
        if (!(caller.isPolice() && caller.hasAny(TIP_INTAKE, INVESTIGATOR, POLICE_LEADER))) {
            throw new AccessDeniedException("Việc công bố dấu hiệu lừa đảo do lực lượng công an quản lý.",
                    "What the scam check publishes is managed by the police.");
        }
    }

    /** A reason (or note) is required and at most {@link #MAX_REASON} characters. */
    public static void checkReason(Violations v, String field, String reason) {
        v.requireText(field, reason);
        v.maxLength(field, reason, MAX_REASON);
    }

    public static void checkContact(Violations v, String field, String contact) {
        v.maxLength(field, contact, MAX_CONTACT);
    }
}
