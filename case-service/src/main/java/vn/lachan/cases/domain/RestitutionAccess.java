package vn.lachan.cases.domain;

import static vn.lachan.platform.security.Roles.AUDITOR;
import static vn.lachan.platform.security.Roles.BANK_LIAISON;
import static vn.lachan.platform.security.Roles.INVESTIGATOR;
import static vn.lachan.platform.security.Roles.JUDGE;
import static vn.lachan.platform.security.Roles.PERSONAL_DATA;
import static vn.lachan.platform.security.Roles.POLICE_LEADER;
import static vn.lachan.platform.security.Roles.PROCURATOR;

import java.util.List;
import java.util.Optional;
import vn.lachan.platform.error.AccessDeniedException;
import vn.lachan.platform.error.FieldViolation;
import vn.lachan.platform.error.ValidationException;
import vn.lachan.platform.security.Caller;

/**
 * Who may do what with victims' claims and returns of money. Every rule here applies to a case the caller may see
 * ({@link CaseAccess}); any other case is "not found".
 *
 * <ul>
 * <li>Claims are added by the police who send the case's freeze requests (investigators and police leaders), and read
 * by them, the supervising procuracy, the trial court and auditors; other viewers of the case (tip intake, the People's
 * Committee, the platform's services) may not read them.</li>
 * <li>A return is decided by the competent person of the stage the case is in: while investigated or suspended, a
 * police leader of the investigating unit or above it (Thủ trưởng Cơ quan điều tra, CPC Art. 106(2)); in prosecution,
 * a procurator of the supervising procuracy (Viện kiểm sát); at trial and once judged, a judge of the trial court
 * (Tòa án, Art. 106(2), 47). A closed or dropped case takes no return decision here.</li>
 * <li>Return instructions are seen as freeze requests are: the police investigators and leaders and the procuracy see
 * all; judges and auditors those of a case they may see; a bank (role bank-liaison) only those addressed to it, and it
 * alone reports them paid. Another bank's instruction is "not found" to it.</li>
 * </ul>
 *
 * <p>Personal data: the victim's name, account and bank are shown to police investigators, holders of the
 * personal-data role and, on an instruction, to the bank that pays it (it needs the account); withheld from everyone
 * else. Every read is audited with the fields it showed.
 */
public final class RestitutionAccess {

    /** The fields audited when a claim or instruction is shown with the victim's data. */
    public static final List<String> PERSONAL_FIELDS = List.of("victim_name", "account_number", "bank_name");

    private RestitutionAccess() {
    }

    /** Only investigators and police leaders of a police unit add claims (call with a case the caller may see). */
    public static void checkAddClaim(Caller caller) {
        if (!caller.isPolice() || !caller.hasAny(INVESTIGATOR, POLICE_LEADER)) {
            throw new AccessDeniedException("Chỉ điều tra viên hoặc lãnh đạo công an được ghi yêu cầu của bị hại.",
                    "Only police investigators and police leaders may add victims' claims.");
        }
    }

    /** Who reads the claims of a case they may see. */
    public static void checkReadClaims(Caller caller) {
        if (!mayReadClaims(caller)) {
            throw new AccessDeniedException("Bạn không có quyền xem yêu cầu của bị hại.",
                    "You may not read victims' claims.");
        }
    }

    private static boolean mayReadClaims(Caller caller) {
        return caller.isPolice() && caller.hasAny(INVESTIGATOR, POLICE_LEADER)
                || caller.hasAny(PROCURATOR, JUDGE, AUDITOR);
    }

    /** The role competent to decide a return in {@code stage}; a field error for a case that takes none. */
    public static String decider(Stage stage) {
        return switch (stage) {
            case INVESTIGATION, SUSPENDED -> POLICE_LEADER;
            case PROSECUTION -> PROCURATOR;
            case TRIAL, JUDGED -> JUDGE;
            case CLOSED, DROPPED -> throw new ValidationException(new FieldViolation("case_id", "CASE_CLOSED",
                    "Vụ án đã kết thúc hoặc đình chỉ; không quyết định trả lại tiền tại đây.",
                    "The case is closed or dropped; no return is decided here."));
        };
    }

    /** Only a bank, for the instructions addressed to it. */
    public static boolean isBank(Caller caller, String bank) {
        return FreezeRequestAccess.isBank(caller, bank);
    }

    /** Sees every bank's instructions (as freeze requests). */
    public static boolean seesAllBanks(Caller caller) {
        return FreezeRequestAccess.seesAllBanks(caller);
    }

    public static boolean maySee(Caller caller, ReturnInstruction instruction) {
        return seesAllBanks(caller) || isBank(caller, instruction.bank());
    }

    /**
     * The bank a list of instructions is confined to: empty for those who see every bank (and for judges and auditors
     * listing a case they may see, {@code readsTheCase}), the caller's own for a bank; refused to anyone else.
     */
    public static Optional<String> listScope(Caller caller, boolean readsTheCase) {
        if (seesAllBanks(caller) || readsTheCase && mayReadClaims(caller)) {
            return Optional.empty();
        }
        if (caller.has(BANK_LIAISON)) {
            return Optional.of(caller.unit());
        }
        throw new AccessDeniedException("Bạn không có quyền xem lệnh trả lại tiền.", "You may not see return instructions.");
    }

    /** Only the addressed bank reports an instruction paid; call with one the caller may see. */
    public static void checkReport(Caller caller, ReturnInstruction instruction) {
        if (!isBank(caller, instruction.bank())) {
            throw new AccessDeniedException("Chỉ ngân hàng nhận lệnh trả lại tiền được báo đã thực hiện.",
                    "Only the bank the return is addressed to may report it paid.");
        }
    }

    public static boolean mayReadVictim(Caller caller) {
        return caller.isPolice() && caller.has(INVESTIGATOR) || caller.has(PERSONAL_DATA);
    }

    public static boolean mayReadVictim(Caller caller, ReturnInstruction instruction) {
        return mayReadVictim(caller) || isBank(caller, instruction.bank());
    }
}
