package vn.lachan.platform.unit;

import java.util.regex.Pattern;
import vn.lachan.platform.error.Violations;

/** Unit codes are stable lower-case ASCII identifiers such as {@code huyen-lai-vung}. */
public final class UnitCodes {

    private static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9-]{1,59}");

    private UnitCodes() {
    }

    public static void check(Violations v, String field, String code) {
        if (code == null || code.isBlank()) {
            v.requireText(field, code);
        } else if (!CODE.matcher(code).matches()) {
            v.add(field, "INVALID_FORMAT",
                    "Mã đơn vị chỉ gồm chữ thường không dấu, số và dấu gạch ngang, ví dụ huyen-lai-vung.",
                    "A unit code has lower-case ASCII letters, digits and hyphens, e.g. huyen-lai-vung.");
        }
    }
}
