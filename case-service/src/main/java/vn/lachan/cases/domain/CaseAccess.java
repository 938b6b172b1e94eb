package vn.lachan.cases.domain;

import static vn.lachan.platform.security.Roles.AUDITOR;
import static vn.lachan.platform.security.Roles.INVESTIGATOR;
import static vn.lachan.platform.security.Roles.JUDGE;
import static vn.lachan.platform.security.Roles.POLICE_LEADER;
import static vn.lachan.platform.security.Roles.PROCURATOR;
import static vn.lachan.platform.security.Roles.READER_CONSOLIDATED;
import static vn.lachan.platform.security.Roles.TIP_INTAKE;

import java.util.List;
import vn.lachan.platform.error.AccessDeniedException;
import vn.lachan.platform.security.Caller;

/**
 * Who may do what with cases. Opening a case (khởi tố vụ án) is the investigating police's decision.
 * The police who handle tips and cases, the procuracy that supervises investigations, the court, the
 * consolidated readers and the auditors see every case; the platform's own services do too (tip-service
 * will open cases for the user whose token it forwards). Nobody else sees any case.
 *
 * <p>Personal data: a case has none yet apart from its title, which may name suspects. Everyone who may
 * see a case may see its title, so nothing is redacted now; every title shown is audited instead
 * ({@link #PERSONAL_FIELDS}). When cases carry suspects or victims, withhold them here by role, as
 * tip-service does with the narrative.
 */
public final class CaseAccess {

    /** The fields of a case that may hold personal data, as written to the audit log when shown. */
    public static final List<String> PERSONAL_FIELDS = List.of("title");

    private CaseAccess() {
    }

    /** Only investigators and police leaders of a police unit open cases. */
    public static void checkOpen(Caller caller) {
        if (!caller.isPolice() || !caller.hasAny(INVESTIGATOR, POLICE_LEADER)) {
            throw new AccessDeniedException("Chỉ điều tra viên hoặc lãnh đạo công an được khởi tố vụ án.",
                    "Only police investigators and police leaders may open cases.");
        }
    }

    /** Sees every case; there is no per-unit scope for cases. */
    public static boolean maySee(Caller caller) {
        return caller.isPolice() && caller.hasAny(INVESTIGATOR, POLICE_LEADER, TIP_INTAKE)
                || caller.hasAny(PROCURATOR, JUDGE, READER_CONSOLIDATED, AUDITOR)
                || caller.isSystem();
    }

    /** Listing cases is refused outright to those who may see none (reading one is "not found" instead). */
    public static void checkList(Caller caller) {
        if (!maySee(caller)) {
            throw new AccessDeniedException("Bạn không có quyền xem vụ án.", "You may not see cases.");
        }
    }
}
