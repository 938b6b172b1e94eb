package vn.lachan.tip.publictips.domain;

import static vn.lachan.platform.security.Roles.INVESTIGATOR;
import static vn.lachan.platform.security.Roles.PERSONAL_DATA;
import static vn.lachan.platform.security.Roles.POLICE_LEADER;
import static vn.lachan.platform.security.Roles.PROCURATOR;
import static vn.lachan.platform.security.Roles.TIP_INTAKE;

import vn.lachan.platform.error.AccessDeniedException;
import vn.lachan.platform.security.Caller;

/**
 * Who of the police may use a public tip's thread and see who filed it. The tipster's messages may name people, so
 * only those handling or supervising tips read them; the tipster's contact data only investigators and the
 * personal-data role see.
 */
public final class PublicTipAccess {

    private PublicTipAccess() {
    }

    public static void checkReadThread(Caller caller) {
        if (!caller.hasAny(TIP_INTAKE, INVESTIGATOR, POLICE_LEADER, PROCURATOR)) {
            throw new AccessDeniedException("Bạn không có quyền xem trao đổi với người tố giác.",
                    "You may not read the messages with tipsters.");
        }
    }

    public static void checkReply(Caller caller) {
        if (!caller.hasAny(TIP_INTAKE, INVESTIGATOR, POLICE_LEADER)) {
            throw new AccessDeniedException("Chỉ cán bộ công an giải quyết tin báo được trả lời người tố giác.",
                    "Only the police handling tips may reply to tipsters.");
        }
    }

    public static boolean maySeeContact(Caller caller) {
        return caller.hasAny(INVESTIGATOR, PERSONAL_DATA);
    }
}
