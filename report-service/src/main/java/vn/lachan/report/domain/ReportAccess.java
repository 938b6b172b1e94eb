package vn.lachan.report.domain;

import static vn.lachan.platform.security.Roles.ADMIN;
import static vn.lachan.platform.security.Roles.AUDITOR;
import static vn.lachan.platform.security.Roles.POLICE_LEADER;
import static vn.lachan.platform.security.Roles.READER_CONSOLIDATED;
import static vn.lachan.platform.security.Roles.REPORT_REVIEWER;
import static vn.lachan.platform.security.Roles.REPORT_SUBMITTER;

import vn.lachan.platform.error.AccessDeniedException;
import vn.lachan.platform.security.Caller;

/**
 * Who may do what with reports: a unit writes and sees its own; the police who review reports, the
 * People's Committee (consolidated reader) and auditors see every unit's.
 */
public final class ReportAccess {

    private ReportAccess() {
    }

    public static void checkStart(Caller caller, String unit) {
        if (caller.hasAny(POLICE_LEADER, REPORT_REVIEWER)) {
            return;
        }
        if (!caller.has(REPORT_SUBMITTER)) {
            throw new AccessDeniedException("Bạn không có quyền lập báo cáo.", "You may not write reports.");
        }
        if (!caller.belongsTo(unit)) {
            throw new AccessDeniedException("Chỉ được lập báo cáo của đơn vị mình.",
                    "You may only write your own unit's report.");
        }
    }

    /** Entering figures, submitting and opening a correction: the unit's own submitters only. */
    public static void checkWrite(Caller caller, Report report) {
        if (!caller.has(REPORT_SUBMITTER) || !caller.belongsTo(report.unit())) {
            throw new AccessDeniedException("Chỉ người lập báo cáo của đơn vị " + report.unit() + " được sửa và gửi báo cáo này.",
                    "Only the report submitters of unit " + report.unit() + " may edit and submit this report.");
        }
    }

    /** Returning and accepting: the reviewers at the provincial police. */
    public static void checkReview(Caller caller) {
        if (!caller.has(REPORT_REVIEWER) || !caller.isPolice()) {
            throw new AccessDeniedException("Chỉ cán bộ thẩm định của Công an Tỉnh được trả lại hoặc tiếp nhận báo cáo.",
                    "Only reviewers at the provincial police may return or accept reports.");
        }
    }

    /**
     * The consolidated provincial document: the reviewers at the provincial police, who consolidate, and the People's
     * Committee (consolidated reader), who signs it. Auditors and police leaders without the reviewer role see the
     * reports themselves, not this document.
     */
    public static void checkConsolidated(Caller caller) {
        if (!(caller.has(REPORT_REVIEWER) && caller.isPolice()) && !caller.has(READER_CONSOLIDATED)) {
            throw new AccessDeniedException("Chỉ cán bộ tổng hợp báo cáo của Công an Tỉnh và UBND Tỉnh được xuất báo cáo tổng hợp.",
                    "Only the provincial police's report reviewers and the People's Committee may export the consolidated report.");
        }
    }

    /** A unit's reporting contact: set by the unit's own report submitters, or by an administrator for any unit. */
    public static void checkSetContact(Caller caller, String unit) {
        if (caller.has(ADMIN) || (caller.has(REPORT_SUBMITTER) && caller.belongsTo(unit))) {
            return;
        }
        throw new AccessDeniedException("Chỉ người lập báo cáo của đơn vị " + unit + " hoặc quản trị viên được đặt địa chỉ nhận nhắc báo cáo.",
                "Only unit " + unit + "'s report submitters or an administrator may set where its reminders go.");
    }

    /**
     * Whose reporting contacts the caller may read (e-mail addresses: personal data): every unit's for administrators
     * and the provincial police's report reviewers (null), the caller's own unit's for a report submitter.
     */
    public static String contactScope(Caller caller) {
        if (caller.has(ADMIN) || (caller.has(REPORT_REVIEWER) && caller.isPolice())) {
            return null;
        }
        if (caller.has(REPORT_SUBMITTER)) {
            return caller.unit();
        }
        throw new AccessDeniedException("Bạn không có quyền xem địa chỉ nhận nhắc báo cáo.",
                "You may not see where report reminders go.");
    }

    public static boolean seesAllUnits(Caller caller) {
        return caller.hasAny(POLICE_LEADER, REPORT_REVIEWER, READER_CONSOLIDATED, AUDITOR) || caller.isSystem();
    }

    public static boolean maySee(Caller caller, Report report) {
        return seesAllUnits(caller) || caller.belongsTo(report.unit());
    }

    /** The unit a list may cover: any for those who see all, else only the caller's. */
    public static String scopeUnit(Caller caller, String requested) {
        if (seesAllUnits(caller)) {
            return requested;
        }
        if (requested != null && !caller.belongsTo(requested)) {
            throw new AccessDeniedException("Chỉ được xem báo cáo của đơn vị mình.",
                    "You may only see your own unit's reports.");
        }
        return caller.unit();
    }
}
