package vn.lachan.cases.domain;

import static vn.lachan.platform.security.Roles.AUDITOR;
import static vn.lachan.platform.security.Roles.CASE_OPENER;
import static vn.lachan.platform.security.Roles.INVESTIGATOR;
import static vn.lachan.platform.security.Roles.JUDGE;
import static vn.lachan.platform.security.Roles.PERSONAL_DATA;
import static vn.lachan.platform.security.Roles.POLICE_LEADER;
import static vn.lachan.platform.security.Roles.PROCURATOR;
import static vn.lachan.platform.security.Roles.READER_CONSOLIDATED;
import static vn.lachan.platform.security.Roles.TIP_INTAKE;

import java.util.List;
import vn.lachan.platform.error.AccessDeniedException;
import vn.lachan.platform.error.FieldViolation;
import vn.lachan.platform.error.ValidationException;
import vn.lachan.platform.security.Caller;

/**
 * Who may do what with cases. Opening a case (khởi tố vụ án) is the investigating police's decision.
 *
 * <p>Unit scope: the police see the cases led by their unit and by the units below it (a unit's code extends its
 * superior's: {@code cong-an-tinh-pa05} is under {@code cong-an-tinh}); the procuracy sees the cases whose
 * supervision was sent to it (the opening decision goes to the procuracy, Art. 153(4)); a court sees only the cases
 * indicted to it. Consolidated readers, auditors and the platform's own services see every case — except tip-service's
 * account (role {@code case-opener}), which opens one tip's case for the officer who decided it and reads nothing.
 * Anyone else sees none, and a case out of scope is "not found", so its existence does not leak.
 *
 * <p>Personal data: a case has none yet apart from its title, which may name suspects. It is shown to those who work
 * the case or check it (police, procuracy, court, auditors, the personal-data role, the platform's services), every
 * title shown is audited ({@link #PERSONAL_FIELDS}); consolidated readers (the People's Committee) need the figures,
 * not names, and get the case with its title withheld.
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

    /**
     * Who the case is opened by. An investigator or police leader opens it as themselves ({@code named}, if given,
     * must be them). tip-service's own account opens it for the officer who decided "prosecute" on a tip ({@code
     * named}, a police officer), and only the case of that one tip under the tip's reserved key ({@code
     * underTheTipsOwnKey}: the call's key is {@code IdempotencyKeys.caseOfTip} of its one tip): its secret opens no
     * other case, and a retry by either finds the same case.
     */
    public static Opener checkOpen(Caller caller, Opener named, List<String> tipIds, boolean underTheTipsOwnKey) {
        if (isTipService(caller)) {
            if (named == null || named.name().isBlank() || !named.unit().startsWith("cong-an-")) {
                throw new ValidationException(new FieldViolation("decided_by", "REQUIRED",
                        "Cần tên và đơn vị công an của cán bộ đã quyết định khởi tố.",
                        "The name and police unit of the officer who decided to prosecute are required."));
            }
            if (tipIds.size() != 1 || !underTheTipsOwnKey) {
                throw new AccessDeniedException(
                        "Tài khoản của tip-service chỉ mở vụ án của một tin báo, với khóa của chính tin báo đó.",
                        "tip-service's account opens only the case of one tip, under that tip's own key.");
            }
            return named;
        }
        checkOpen(caller);
        if (named != null && !(named.name().equals(caller.name()) && named.unit().equals(caller.unit()))) {
            throw new ValidationException(new FieldViolation("decided_by", "NOT_CALLER",
                    "Chỉ được ghi chính mình là người quyết định khởi tố.",
                    "You may only name yourself as the officer who decided to prosecute."));
        }
        return new Opener(caller.name(), caller.unit());
    }

    private static boolean isTipService(Caller caller) {
        return caller.isSystem() && caller.has(CASE_OPENER);
    }

    /** The platform's own services that read (report-service, budget-service), not tip-service's opener. */
    private static boolean platformReader(Caller caller) {
        return caller.isSystem() && !caller.has(CASE_OPENER);
    }

    /** May see some cases at all (the list is refused outright otherwise). */
    public static boolean maySeeAny(Caller caller) {
        return caller.isPolice() && caller.hasAny(INVESTIGATOR, POLICE_LEADER, TIP_INTAKE)
                || caller.hasAny(PROCURATOR, JUDGE, READER_CONSOLIDATED, AUDITOR)
                || platformReader(caller);
    }

    /** Sees every case of the province. */
    public static boolean seesAll(Caller caller) {
        return caller.hasAny(READER_CONSOLIDATED, AUDITOR) || platformReader(caller);
    }

    /** May read a case's title (it may name suspects); consolidated readers alone may not. */
    public static boolean mayReadTitle(Caller caller) {
        return caller.hasAny(INVESTIGATOR, POLICE_LEADER, TIP_INTAKE, PROCURATOR, JUDGE, AUDITOR, PERSONAL_DATA)
                || platformReader(caller);
    }

    /** The caller's unit is {@code unit} or above it. */
    public static boolean isUnitOrAbove(Caller caller, String unit) {
        return unit != null && (caller.belongsTo(unit) || unit.startsWith(caller.unit() + "-"));
    }

    public static boolean maySee(Caller caller, Case kase, String courtUnit) {
        if (seesAll(caller)) {
            return true;
        }
        if (caller.isPolice() && caller.hasAny(INVESTIGATOR, POLICE_LEADER, TIP_INTAKE)
                && isUnitOrAbove(caller, kase.leadUnit())) {
            return true;
        }
        if (caller.has(PROCURATOR) && caller.belongsTo(kase.procuracyUnit())) {
            return true;
        }
        return caller.has(JUDGE) && courtUnit != null && caller.belongsTo(courtUnit);
    }

    /** What a list may cover for this caller: the filters {@link vn.lachan.cases.store.CaseStore} applies. */
    public record Scope(boolean all, String policeUnit, String procuracyUnit, String courtUnit) {
    }

    public static Scope scope(Caller caller) {
        if (!maySeeAny(caller)) {
            throw new AccessDeniedException("Bạn không có quyền xem vụ án.", "You may not see cases.");
        }
        if (seesAll(caller)) {
            return new Scope(true, null, null, null);
        }
        boolean police = caller.isPolice() && caller.hasAny(INVESTIGATOR, POLICE_LEADER, TIP_INTAKE);
        return new Scope(false, police ? caller.unit() : null, caller.has(PROCURATOR) ? caller.unit() : null,
                caller.has(JUDGE) ? caller.unit() : null);
    }

    /** Listing cases is refused outright to those who may see none (reading one is "not found" instead). */
    public static void checkList(Caller caller) {
        scope(caller);
    }

    /**
     * A move, an extension or a change of flags is taken by the role that owns it, in the unit that owns the case
     * at that stage: the investigating police unit (or its superior), the supervising procuracy, the trial court.
     */
    public static void checkActs(Caller caller, String role, Case kase, String courtUnit) {
        if (!mayAct(caller, role, kase, courtUnit)) {
            throw new AccessDeniedException(
                    "Bước này do " + roleVi(role) + " của đơn vị đang thụ lý vụ án thực hiện.",
                    "This step is taken by the " + role + " of the unit handling the case.");
        }
    }

    /** Whether the caller holds {@code role} in the unit that owns the case for it (see {@link #checkActs}). */
    public static boolean mayAct(Caller caller, String role, Case kase, String courtUnit) {
        boolean ownsUnit = switch (role) {
            case POLICE_LEADER, INVESTIGATOR -> caller.isPolice() && isUnitOrAbove(caller, kase.leadUnit());
            case PROCURATOR -> caller.belongsTo(kase.procuracyUnit());
            case JUDGE -> courtUnit != null && caller.belongsTo(courtUnit);
            default -> false;
        };
        return caller.has(role) && ownsUnit;
    }

    /**
     * The moves the caller may make on the case now: those that start from its stage, owned by a role the caller
     * holds in the unit that owns the case for it; in the contract's order. What the portal offers, so the procedure's
     * rules live here only.
     */
    public static List<CaseMove> movesFor(Caller caller, Case kase) {
        return java.util.Arrays.stream(CaseMove.values())
                .filter(move -> move.startsFrom(kase.stage()) && mayAct(caller, move.role(), kase, kase.courtUnit()))
                .toList();
    }

    private static String roleVi(String role) {
        return switch (role) {
            case POLICE_LEADER -> "Thủ trưởng, Phó Thủ trưởng Cơ quan điều tra";
            case INVESTIGATOR -> "điều tra viên";
            case PROCURATOR -> "Kiểm sát viên, lãnh đạo Viện kiểm sát";
            case JUDGE -> "Thẩm phán";
            default -> role;
        };
    }
}
