package vn.lachan.cases.domain;

import static vn.lachan.platform.security.Roles.BANK_LIAISON;

import vn.lachan.platform.error.AccessDeniedException;
import vn.lachan.platform.security.Caller;

/**
 * Who may watch a feed of freeze requests: a bank (role bank-liaison: its system's client credentials or its officers),
 * and only its own unit's feed, the requests addressed to that unit ({@link FreezeRequestAccess#isBank}). The police and
 * the procuracy read requests with ListFreezeRequests; nobody else sees any.
 */
public final class FreezeFeedAccess {

    private FreezeFeedAccess() {
    }

    /** The bank whose feed the caller watches: its own unit. Anyone else is refused. */
    public static String bankOf(Caller caller) {
        if (!caller.has(BANK_LIAISON) || caller.unit().isBlank() || caller.isPolice() || caller.isSystem()) {
            throw new AccessDeniedException("Chỉ ngân hàng được nhận luồng yêu cầu phong tỏa gửi cho mình.",
                    "Only a bank may watch the feed of the freeze requests addressed to it.");
        }
        return caller.unit();
    }

    /** Whether an event belongs in the caller's feed: an event of the caller's own bank, never another's. */
    public static boolean belongs(Caller caller, FeedEvent event) {
        return FreezeRequestAccess.isBank(caller, event.bank());
    }
}
