package vn.lachan.cases.domain;

import static vn.lachan.platform.security.Roles.AUDITOR;
import static vn.lachan.platform.security.Roles.CASE_OPENER;
import static vn.lachan.platform.security.Roles.POLICE_LEADER;
import static vn.lachan.platform.security.Roles.READER_CONSOLIDATED;
import static vn.lachan.platform.security.Roles.REPORT_REVIEWER;
import static vn.lachan.platform.security.Roles.REPORT_SUBMITTER;

import vn.lachan.platform.error.AccessDeniedException;
import vn.lachan.platform.security.Caller;

/**
 * Who may read a unit's case figures (counts and sums, never a case): those who check and consolidate the periodic
 * reports (the provincial police's report reviewers, the People's Committee, auditors) and the platform's services
 * for any unit (not tip-service's case-opener account, which reads nothing); a police leader for their unit and those below it, as for its cases ({@link CaseAccess}); a unit's
 * report submitter for their own unit only, for its periodic report (as budget-service's execution).
 */
public final class CaseStatisticsAccess {

    private CaseStatisticsAccess() {
    }

    public static void checkRead(Caller caller, String unit) {
        if (caller.hasAny(REPORT_REVIEWER, READER_CONSOLIDATED, AUDITOR) || caller.isSystem() && !caller.has(CASE_OPENER)) {
            return;
        }
        if (caller.isPolice() && caller.has(POLICE_LEADER) && CaseAccess.isUnitOrAbove(caller, unit)) {
            return;
        }
        if (caller.has(REPORT_SUBMITTER) && caller.belongsTo(unit)) {
            return;
        }
        if (caller.hasAny(REPORT_SUBMITTER, POLICE_LEADER)) {
            throw new AccessDeniedException("Chỉ được xem số liệu vụ án của đơn vị mình.",
                    "You may only read your own unit's case figures.");
        }
        throw new AccessDeniedException("Bạn không có quyền xem số liệu vụ án.", "You may not read case figures.");
    }
}
