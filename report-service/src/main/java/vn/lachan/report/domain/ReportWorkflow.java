package vn.lachan.report.domain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import vn.lachan.platform.error.ConflictException;
import vn.lachan.platform.error.Violations;

/**
 * The life of a report: draft (editable) → submitted (locked) → returned with comments (editable again) → accepted
 * (locked; a correction is a new revision with a reason). Plain rules on values; who may act is {@link ReportAccess}.
 */
public final class ReportWorkflow {

    /** Largest figure accepted: a million billion (đồng or things), far above any real one. */
    public static final long MAX_VALUE = 999_999_999_999_999L;
    static final int MAX_REASON = 1000;
    public static final int MAX_NARRATIVE = 20_000;
    private static final Pattern WHOLE = Pattern.compile("-?[0-9]+");

    private ReportWorkflow() {
    }

    public static boolean editable(ReportStatus status) {
        return status == ReportStatus.DRAFT || status == ReportStatus.RETURNED;
    }

    /** The indicators after the unit's entries; every bad entry is reported, by its position in the request. */
    public static List<Indicator> apply(List<Indicator> current, List<IndicatorEntry> entries, Violations v) {
        Map<String, Indicator> byCode = current.stream()
                .collect(Collectors.toMap(Indicator::code, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < entries.size(); i++) {
            IndicatorEntry e = entries.get(i);
            String f = "indicators[" + i + "]";
            Indicator indicator = e.code() == null ? null : byCode.get(e.code().trim());
            if (indicator == null) {
                v.add(f + ".code", "UNKNOWN", "Báo cáo này không có chỉ tiêu " + e.code() + ".",
                        "This report has no indicator " + e.code() + ".");
                continue;
            }
            if (!seen.add(indicator.code())) {
                v.add(f + ".code", "DUPLICATE", "Chỉ tiêu " + indicator.code() + " được nhập hai lần.",
                        "Indicator " + indicator.code() + " is given twice.");
                continue;
            }
            String text = e.value() == null ? "" : e.value().trim();
            Long value = null;
            if (!text.isEmpty()) {
                if (!WHOLE.matcher(text).matches()) {
                    v.add(f + ".value", "NOT_INTEGER",
                            "\"" + indicator.labelVi() + "\": nhập số nguyên, không dấu chấm, dấu phẩy hay chữ (ví dụ 1500).",
                            "\"" + indicator.labelEn() + "\": enter a whole number, without points, commas or letters (e.g. 1500).");
                    continue;
                }
                if (text.startsWith("-")) {
                    v.add(f + ".value", "NEGATIVE", "\"" + indicator.labelVi() + "\": không được âm.",
                            "\"" + indicator.labelEn() + "\": may not be negative.");
                    continue;
                }
                if (text.replaceFirst("^0+(?=.)", "").length() > 15) {
                    v.add(f + ".value", "TOO_LARGE", "\"" + indicator.labelVi() + "\": tối đa " + MAX_VALUE + ".",
                            "\"" + indicator.labelEn() + "\": at most " + MAX_VALUE + ".");
                    continue;
                }
                value = Long.parseLong(text);
            }
            String reason = e.overrideReason() == null ? "" : e.overrideReason().trim();
            v.maxLength(f + ".override_reason", reason, MAX_REASON);
            Indicator changed;
            if (!TemplateIndicator.UNIT.equals(indicator.source())) {
                if (value == null || (value.equals(indicator.prefilledValue()) && reason.isEmpty())) {
                    // back to what the source said
                    changed = withValue(indicator, indicator.prefilledValue(), null);
                } else if (reason.isEmpty()) {
                    v.add(f + ".override_reason", "REQUIRED",
                            "\"" + indicator.labelVi() + "\" do " + indicator.source() + " cung cấp ("
                                    + indicator.prefilledValue() + "); ghi lý do khi sửa số liệu này.",
                            "\"" + indicator.labelEn() + "\" comes from " + indicator.source() + " ("
                                    + indicator.prefilledValue() + "); give a reason to override it.");
                    continue;
                } else {
                    changed = withValue(indicator, value, reason);
                }
            } else {
                changed = withValue(indicator, value, null);
            }
            byCode.put(indicator.code(), changed);
        }
        return new ArrayList<>(byCode.values());
    }

    private static Indicator withValue(Indicator i, Long value, String reason) {
        return new Indicator(i.code(), i.labelVi(), i.labelEn(), i.measure(), i.required(), i.source(), value,
                i.prefilledValue(), reason);
    }

    /** A report may be submitted only with every required indicator filled; the missing ones are all listed. */
    public static void checkComplete(List<Indicator> indicators, Violations v) {
        for (Indicator i : indicators) {
            if (i.required() && i.value() == null) {
                v.add("indicators[" + i.code() + "]", "MISSING",
                        "Chưa nhập chỉ tiêu bắt buộc: " + i.labelVi() + ".",
                        "Required indicator not entered: " + i.labelEn() + ".");
            }
        }
    }

    /** The state a workflow action needs, or a refusal saying what state the report is in. */
    public static void requireState(Report report, String action, ReportStatus... allowed) {
        for (ReportStatus s : allowed) {
            if (report.status() == s) {
                return;
            }
        }
        throw new ConflictException(
                "Báo cáo đang ở trạng thái " + vi(report.status()) + ", không thể " + viAction(action) + ".",
                "The report is " + report.status().name().toLowerCase() + "; it cannot be "
                        + enAction(action) + ".");
    }

    public static String vi(ReportStatus s) {
        return switch (s) {
            case DRAFT -> "nháp";
            case SUBMITTED -> "đã gửi (khóa)";
            case RETURNED -> "bị trả lại";
            case ACCEPTED -> "đã tiếp nhận (khóa)";
        };
    }

    private static String viAction(String action) {
        return switch (action) {
            case ReportEvent.UPDATE -> "sửa";
            case ReportEvent.SUBMIT -> "gửi";
            case ReportEvent.RETURN -> "trả lại";
            case ReportEvent.ACCEPT -> "tiếp nhận";
            case ReportEvent.CORRECT -> "mở bản đính chính";
            case ReportEvent.REFRESH -> "cập nhật số liệu tự động";
            default -> action;
        };
    }

    private static String enAction(String action) {
        return switch (action) {
            case ReportEvent.UPDATE -> "edited";
            case ReportEvent.SUBMIT -> "submitted";
            case ReportEvent.RETURN -> "returned";
            case ReportEvent.ACCEPT -> "accepted";
            case ReportEvent.CORRECT -> "corrected";
            case ReportEvent.REFRESH -> "refreshed from its sources";
            default -> action;
        };
    }
}
