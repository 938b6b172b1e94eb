package vn.lachan.tip.intake.domain;

import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Function;
import vn.lachan.platform.error.Violations;
import vn.lachan.platform.security.Caller;
import vn.lachan.platform.time.LegalTime;
import vn.lachan.platform.unit.RegisteredUnit;
import vn.lachan.platform.unit.UnitCodes;

/**
 * A kiến nghị khởi tố (petition for prosecution) comes only from a competent state body (Criminal Procedure Code,
 * Art. 144(4)): it names that body, a unit of the registry (ADR 0004) that is a state body and existed when the tip
 * was received.
 * What a bank, the press or a citizen passes on is a tin báo (REPORT) or a tố giác (DENUNCIATION).
 */
public final class PetitionRules {

    public static final String FIELD = "tip.petitioning_unit";

    private PetitionRules() {
    }

    /** Adds to {@code v} what is wrong with the petitioning body of {@code draft}; {@code units} finds units by code. */
    public static void check(Violations v, TipDraft draft, Function<String, Optional<RegisteredUnit>> units) {
        String code = draft.petitioningUnit();
        boolean given = code != null && !code.isBlank();
        if (draft.sourceKind() != SourceKind.PETITION) {
            if (given && draft.sourceKind() != null) {
                v.add(FIELD, "NOT_APPLICABLE",
                        "Chỉ kiến nghị khởi tố (PETITION) mới ghi cơ quan kiến nghị; hãy bỏ trống trường này.",
                        "Only a petition for prosecution (PETITION) names a petitioning body; leave this field empty.");
            }
            return;
        }
        if (!given) {
            v.add(FIELD, "REQUIRED",
                    "Kiến nghị khởi tố phải ghi mã cơ quan nhà nước có thẩm quyền đã kiến nghị, ví dụ vien-kiem-sat-tinh.",
                    "A petition for prosecution must name the competent state body that filed it by its unit code, "
                            + "e.g. vien-kiem-sat-tinh.");
            return;
        }
        if (Caller.SYSTEM_UNIT.equals(code)) {
            v.add(FIELD, "NOT_STATE_BODY",
                    "he-thong là tài khoản máy của hệ thống, không phải cơ quan nhà nước; không thể kiến nghị khởi tố.",
                    "he-thong is the platform's machine accounts, not a state body; it cannot petition for prosecution.");
            return;
        }
        Violations format = new Violations();
        UnitCodes.check(format, FIELD, code);
        if (!format.isEmpty()) {
            v.add(FIELD, "INVALID_FORMAT",
                    "Cơ quan kiến nghị là mã đơn vị (chữ thường không dấu, số, gạch ngang), ví dụ vien-kiem-sat-tinh; "
                            + "đơn của công dân là tố giác (DENUNCIATION).",
                    "The petitioning body is a unit code (lower-case ASCII letters, digits, hyphens), e.g. "
                            + "vien-kiem-sat-tinh; a citizen's complaint is a denunciation (DENUNCIATION).");
            return;
        }
        Optional<RegisteredUnit> found = units.apply(code);
        if (found.isEmpty()) {
            v.add(RegisteredUnit.unknown(FIELD, code));
            return;
        }
        RegisteredUnit unit = found.get();
        if (!unit.stateBody()) {
            v.add(FIELD, "NOT_STATE_BODY",
                    unit.nameVi() + " không phải cơ quan nhà nước có thẩm quyền kiến nghị khởi tố (Điều 144 BLTTHS); "
                            + "hãy ghi nhận thông tin này là tin báo (REPORT).",
                    unit.nameEn() + " is not a state body competent to petition for prosecution (CPC Art. 144); "
                            + "record its information as a report (REPORT).");
            return;
        }
        if (draft.receivedAt() == null) {
            return;
        }
        LocalDate received = LegalTime.legalDay(draft.receivedAt());
        if (received.isBefore(unit.validFrom())) {
            v.add(FIELD, "UNIT_NOT_YET_FORMED",
                    unit.nameVi() + " chỉ tồn tại từ ngày " + unit.validFrom() + ", sau khi tiếp nhận tin.",
                    unit.nameEn() + " exists only from " + unit.validFrom() + ", after the tip was received.");
        } else if (!unit.existedOn(received)) {
            String successors = String.join(", ", unit.successors());
            String then = successors.isEmpty() ? "" : "; đơn vị kế thừa: " + successors;
            String thenEn = successors.isEmpty() ? "" : "; its successor is " + successors;
            v.add(FIELD, "UNIT_DISSOLVED",
                    unit.nameVi() + " chỉ tồn tại đến ngày " + unit.validTo() + ", trước khi tiếp nhận tin" + then + ".",
                    unit.nameEn() + " existed only until " + unit.validTo() + ", before the tip was received" + thenEn + ".");
        }
    }
}
