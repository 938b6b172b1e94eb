package vn.lachan.report.domain;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import vn.lachan.platform.error.Violations;

/**
 * What a template may say: it applies to a kind of unit or a unit of the registry, its indicator codes are unique and
 * well formed, every indicator has both labels and a measure, and a pre-filled indicator names one the source
 * service really provides ({@link Prefill#PROVIDED}).
 */
public final class TemplateRules {

    static final Pattern CODE = Pattern.compile("[a-z][a-z0-9_]*(\\.[a-z0-9_]+)*");
    static final int MAX_INDICATORS = 100;
    static final int MAX_LABEL = 300;

    private TemplateRules() {
    }

    public static void check(UnitRegistry units, String appliesTo, List<TemplateIndicator> indicators,
                             String changeNote, Violations v) {
        if (appliesTo == null || appliesTo.isBlank()) {
            v.add("applies_to", "REQUIRED", "Chọn loại đơn vị hoặc mã đơn vị áp dụng mẫu.",
                    "Name the kind of unit or the unit the template applies to.");
        } else if (!UnitRegistry.KINDS.contains(appliesTo) && units.find(appliesTo).isEmpty()) {
            v.add("applies_to", "UNKNOWN",
                    "Không có loại đơn vị hay đơn vị " + appliesTo + "; loại đơn vị: "
                            + String.join(", ", UnitRegistry.KINDS.stream().sorted().toList()) + ".",
                    "No kind of unit or unit " + appliesTo + "; kinds: "
                            + String.join(", ", UnitRegistry.KINDS.stream().sorted().toList()) + ".");
        }
        if (indicators.isEmpty()) {
            v.add("indicators", "REQUIRED", "Mẫu phải có ít nhất một chỉ tiêu.", "A template needs at least one indicator.");
        }
        if (indicators.size() > MAX_INDICATORS) {
            v.add("indicators", "TOO_MANY", "Tối đa " + MAX_INDICATORS + " chỉ tiêu.", "At most " + MAX_INDICATORS + " indicators.");
        }
        v.requireText("change_note", changeNote).maxLength("change_note", changeNote, 1000);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < indicators.size(); i++) {
            TemplateIndicator t = indicators.get(i);
            String f = "indicators[" + i + "]";
            if (t.code() == null || !CODE.matcher(t.code()).matches() || t.code().length() > 80) {
                v.add(f + ".code", "INVALID_FORMAT",
                        "Mã chỉ tiêu viết thường, không dấu, các phần cách nhau bằng dấu chấm, ví dụ atm.inspected.",
                        "An indicator code is lower-case ASCII in dot-separated parts, e.g. atm.inspected.");
            } else if (!seen.add(t.code())) {
                v.add(f + ".code", "DUPLICATE", "Mã chỉ tiêu " + t.code() + " bị trùng.",
                        "Indicator code " + t.code() + " appears twice.");
            }
            v.requireText(f + ".label_vi", t.labelVi()).maxLength(f + ".label_vi", t.labelVi(), MAX_LABEL);
            v.requireText(f + ".label_en", t.labelEn()).maxLength(f + ".label_en", t.labelEn(), MAX_LABEL);
            if (t.measure() == null) {
                v.add(f + ".measure", "REQUIRED", "Chọn đơn vị tính: COUNT (số lượng) hoặc DONG (đồng).",
                        "Choose the measure: COUNT or DONG.");
            }
            String source = t.source() == null || t.source().isBlank() ? TemplateIndicator.UNIT : t.source();
            if (!source.equals(TemplateIndicator.UNIT)) {
                var provided = Prefill.PROVIDED.get(source);
                if (provided == null) {
                    v.add(f + ".source", "UNKNOWN",
                            "Nguồn phải là unit hoặc một trong " + String.join(", ", Prefill.PROVIDED.keySet()) + ".",
                            "The source is unit or one of " + String.join(", ", Prefill.PROVIDED.keySet()) + ".");
                } else if (t.code() != null && !provided.contains(t.code())) {
                    v.add(f + ".code", "NOT_PROVIDED",
                            source + " không cung cấp chỉ tiêu " + t.code() + "; có: " + String.join(", ", provided) + ".",
                            source + " does not provide " + t.code() + "; it provides " + String.join(", ", provided) + ".");
                }
            }
        }
    }
}
