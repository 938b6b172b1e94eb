package vn.lachan.report.document;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import vn.lachan.report.domain.Completeness;
import vn.lachan.report.domain.ConsolidatedReport;
import vn.lachan.report.domain.Measure;
import vn.lachan.report.domain.PeriodKind;
import vn.lachan.report.domain.ReportingPeriod;

/** The words of the consolidated document (Decree 30/2020 layout), shared by the DOCX and the PDF. */
public final class DocumentText {

    public static final String ISSUER_TOP = "ỦY BAN NHÂN DÂN";
    public static final String ISSUER = "TỈNH ĐỒNG THÁP";
    public static final String NUMBER = "Số:        /BC-UBND";
    public static final String NATION = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
    public static final String MOTTO = "Độc lập - Tự do - Hạnh phúc";
    public static final String TITLE = "BÁO CÁO";
    public static final String SUBJECT = "Kết quả thực hiện Kế hoạch tăng cường giải pháp phòng, chống tội phạm "
            + "sử dụng công nghệ cao trên địa bàn Tỉnh giai đoạn 2022 - 2026";
    public static final String RECIPIENTS_TITLE = "Nơi nhận:";
    public static final String[] RECIPIENTS = {
            "- Bộ Công an (Cục An ninh mạng);", "- TT/TU; TT/HĐND Tỉnh;", "- CT, PCT/UBND Tỉnh;",
            "- Công an Tỉnh;", "- Các sở, ngành Tỉnh;", "- UBND các xã, phường;", "- Lưu: VT."};
    public static final String SIGN_FOR = "TM. ỦY BAN NHÂN DÂN";
    public static final String SIGNER = "CHỦ TỊCH";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private DocumentText() {
    }

    /** "Đồng Tháp, ngày 05 tháng 3 năm 2025": Decree 30 pads days below 10 and months 1 and 2 with a zero. */
    public static String placeAndDate(LocalDate day) {
        int m = day.getMonthValue();
        return "Đồng Tháp, ngày " + String.format("%02d", day.getDayOfMonth()) + " tháng "
                + (m < 3 ? String.format("%02d", m) : String.valueOf(m)) + " năm " + day.getYear();
    }

    public static String periodName(ReportingPeriod p) {
        return p.kind() == PeriodKind.HALF_YEAR ? "6 tháng đầu năm " + p.year() : "năm " + p.year();
    }

    /** The subject line under the title, e.g. "(6 tháng đầu năm 2025)". */
    public static String periodLine(ReportingPeriod p) {
        return "(" + periodName(p).substring(0, 1).toUpperCase() + periodName(p).substring(1) + ")";
    }

    public static String window(ReportingPeriod p) {
        String s = "Kỳ báo cáo: " + periodName(p) + "; số liệu từ ngày " + DAY.format(p.windowFrom()) + " đến ngày "
                + DAY.format(p.windowTo()) + " (Nghị định số 09/2019/NĐ-CP); hạn gửi báo cáo: " + DAY.format(p.due()) + ".";
        if (p.hasEstimatedPart()) {
            s += " Số liệu từ ngày " + DAY.format(p.estimatedFrom()) + " đến ngày " + DAY.format(p.windowTo())
                    + " là ước tính và được chỉnh lý trong báo cáo kỳ sau.";
        }
        return s;
    }

    public static String completenessSummary(ConsolidatedReport r) {
        Completeness c = r.completeness();
        return "Số đơn vị phải báo cáo: " + c.expected() + "; đã gửi đúng hạn: " + c.count(Completeness.State.ON_TIME)
                + "; gửi trễ hạn: " + c.count(Completeness.State.LATE) + "; chưa gửi: "
                + c.count(Completeness.State.MISSING) + "; đã được Công an Tỉnh tiếp nhận và tổng hợp: " + c.accepted() + ".";
    }

    /** Whole numbers grouped by dots ("1.234.567"); money with " đ". */
    public static String number(long value, Measure measure) {
        String digits = String.format("%,d", value).replace(',', '.');
        return measure == Measure.DONG ? digits + " đ" : digits;
    }

    public static String measureName(Measure m) {
        return m == Measure.DONG ? "đồng" : "số lượng";
    }

    public static String submittedOn(Completeness.UnitState u) {
        return u.firstSubmitted() == null ? "" : DAY.format(vn.lachan.platform.time.LegalTime.legalDay(u.firstSubmitted()));
    }

    /** Rows of the totals table: number, indicator, measure, total, units that reported it. */
    public static List<String[]> totalRows(ConsolidatedReport r) {
        List<String[]> rows = new ArrayList<>();
        int n = 1;
        for (var t : r.totals()) {
            rows.add(new String[] {String.valueOf(n++), t.labelVi(), measureName(t.measure()), number(t.value(), t.measure()),
                    String.valueOf(t.units())});
        }
        return rows;
    }

    /** Rows of the per-unit table: the unit's number and name on its first indicator's row only. */
    public static List<String[]> unitRows(ConsolidatedReport r) {
        List<String[]> rows = new ArrayList<>();
        int n = 1;
        for (var u : r.units()) {
            boolean first = true;
            for (var i : u.indicators()) {
                rows.add(new String[] {first ? String.valueOf(n) : "", first ? u.unit().nameVi() : "", i.labelVi(),
                        number(i.value(), i.measure())});
                first = false;
            }
            n++;
        }
        return rows;
    }

    /** Units named in a sentence; late ones with the day they submitted and how late. */
    public static String unitList(List<Completeness.UnitState> units, boolean late) {
        return units.isEmpty() ? "không có." : String.join("; ", units.stream().map(u -> late
                ? u.unit().nameVi() + " (gửi ngày " + submittedOn(u) + ", trễ " + u.daysLate() + " ngày)"
                : u.unit().nameVi()).toList()) + ".";
    }
}
