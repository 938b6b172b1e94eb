package vn.lachan.tip.intake.domain;

import static vn.lachan.platform.security.Roles.AUDITOR;
import static vn.lachan.platform.security.Roles.INVESTIGATOR;
import static vn.lachan.platform.security.Roles.PERSONAL_DATA;
import static vn.lachan.platform.security.Roles.POLICE_LEADER;
import static vn.lachan.platform.security.Roles.PROCURATOR;
import static vn.lachan.platform.security.Roles.READER_CONSOLIDATED;
import static vn.lachan.platform.security.Roles.TIP_INTAKE;

import vn.lachan.platform.error.AccessDeniedException;
import vn.lachan.platform.security.Caller;

/**
 * Who may do what with tips. The police see every tip; the procuracy supervises them all; any other
 * unit sees only the tips routed to it. The narrative may name victims and suspects, so it is shown
 * only to the roles that handle tips and to holders of the personal-data role.
 */
public final class TipAccess {

    private TipAccess() {
    }

    /** Receiving tips is police work; a unit outside the police may only file for itself. */
    public static void checkReceive(Caller caller, String receivingUnit) {
        if (!caller.hasAny(TIP_INTAKE, INVESTIGATOR, POLICE_LEADER)) {
            throw new AccessDeniedException("Bạn không có quyền tiếp nhận tin báo.", "You may not receive tips.");
        }
        if (!caller.isPolice() && !caller.isSystem() && !caller.belongsTo(receivingUnit)) {
            throw new AccessDeniedException("Chỉ được tiếp nhận tin báo cho đơn vị của mình.",
                    "You may only receive tips for your own unit.");
        }
    }

    /** Sees the tips of every unit. */
    public static boolean seesAllUnits(Caller caller) {
        return caller.isPolice() && caller.hasAny(TIP_INTAKE, INVESTIGATOR, POLICE_LEADER)
                || caller.hasAny(PROCURATOR, READER_CONSOLIDATED, AUDITOR)
                || caller.isSystem();
    }

    public static boolean maySee(Caller caller, Tip tip) {
        return seesAllUnits(caller) || caller.belongsTo(tip.facts().receivingUnit());
    }

    public static boolean maySeeNarrative(Caller caller) {
        return caller.hasAny(TIP_INTAKE, INVESTIGATOR, POLICE_LEADER, PROCURATOR, PERSONAL_DATA);
    }

    /** The unit whose tips a list or count may cover: any for those who see all, else only the caller's. */
    public static String scopeUnit(Caller caller, String requested) {
        if (seesAllUnits(caller)) {
            return requested;
        }
        if (requested != null && !caller.belongsTo(requested)) {
            throw new AccessDeniedException("Chỉ được xem tin báo của đơn vị mình.",
                    "You may only see the tips of your own unit.");
        }
        return caller.unit();
    }
}
