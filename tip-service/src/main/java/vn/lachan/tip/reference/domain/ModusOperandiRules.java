package vn.lachan.tip.reference.domain;

import static vn.lachan.platform.security.Roles.ADMIN;

import java.util.regex.Pattern;
import vn.lachan.platform.error.AccessDeniedException;
import vn.lachan.platform.error.Violations;
import vn.lachan.platform.security.Caller;

/** Who may change the modus operandi list, and what an entry must look like. */
public final class ModusOperandiRules {

    static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,39}");
    static final int MAX_LABEL = 200;
    static final int MAX_POSITION = 10_000;

    private ModusOperandiRules() {
    }

    /** The list is reference data for the whole province: only administrators change it. */
    public static void checkSave(Caller caller) {
        if (!caller.has(ADMIN)) {
            throw new AccessDeniedException("Chỉ quản trị viên được sửa danh mục thủ đoạn.",
                    "Only administrators may change the modus operandi list.");
        }
    }

    /**
     * The entry to store for a save request, given the entry stored under its code (null: none yet). Absent
     * {@code active} and {@code position} keep what is stored; a new entry is active and goes after {@code lastPosition}.
     */
    public static ModusOperandi check(String code, String labelVi, String labelEn, Boolean active, Integer position,
                                      ModusOperandi stored, int lastPosition) {
        Violations v = new Violations();
        if (code == null || code.isBlank()) {
            v.requireText("code", code);
        } else if (!CODE.matcher(code).matches()) {
            v.add("code", "INVALID_FORMAT",
                    "Mã thủ đoạn gồm 2–40 ký tự: chữ hoa không dấu, số và dấu _, bắt đầu bằng chữ, ví dụ FAKE_PRIZE.",
                    "A modus operandi code has 2–40 upper-case ASCII letters, digits and _, starting with a letter, "
                            + "e.g. FAKE_PRIZE.");
        }
        v.requireText("label_vi", labelVi).maxLength("label_vi", strip(labelVi), MAX_LABEL);
        v.requireText("label_en", labelEn).maxLength("label_en", strip(labelEn), MAX_LABEL);
        if (position != null && (position < 1 || position > MAX_POSITION)) {
            v.add("position", "OUT_OF_RANGE", "Vị trí từ 1 đến " + MAX_POSITION + ".",
                    "The position is from 1 to " + MAX_POSITION + ".");
        }
        v.throwIfAny();
        boolean activeNow = active != null ? active : stored == null || stored.active();
        int place = position != null ? position : stored != null ? stored.position() : Math.min(lastPosition + 1, MAX_POSITION);
        return new ModusOperandi(code, strip(labelVi), strip(labelEn), activeNow, place);
    }

    private static String strip(String text) {
        return text == null ? null : text.strip();
    }
}
