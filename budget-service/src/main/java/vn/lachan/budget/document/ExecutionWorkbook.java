package vn.lachan.budget.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.lachan.budget.domain.BudgetLine;
import vn.lachan.budget.domain.ExecutionTable;
import vn.lachan.budget.domain.Percent;
import vn.lachan.budget.domain.UnitExecution;
import vn.lachan.platform.money.Money;
import vn.lachan.platform.time.LegalTime;

/**
 * A year's execution as an Excel workbook, for the finance department's own spreadsheets: the sheet "Theo dòng, đơn
 * vị" holds each line (plan → allocated → unallocated → committed → spent → available, spent as a share of the plan)
 * followed by its units (of their allocation), and the total; the sheet "Theo tháng" holds the months, cumulative,
 * against the plan (or the one unit's allocation). Amounts are numbers of whole đồng (exact: a double holds every
 * whole number below 2^53, far above any plan), so the finance staff can add them up themselves; shares are numbers
 * formatted as percentages. Headings in Vietnamese with the English below.
 */
public final class ExecutionWorkbook {

    public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** "thuc-hien-kinh-phi-2026.xlsx", with the line and unit when the workbook holds only those. */
    public static String fileName(int year, String lineId, String unit) {
        StringBuilder name = new StringBuilder("thuc-hien-kinh-phi-").append(year);
        for (String part : new String[] {lineId, unit}) {
            String safe = part == null ? "" : part.replaceAll("[^A-Za-z0-9_-]", "");
            if (!safe.isEmpty()) {
                name.append('-').append(safe);
            }
        }
        return name.append(".xlsx").toString();
    }
    public static final String LINES_SHEET = "Theo dòng, đơn vị";
    public static final String MONTHS_SHEET = "Theo tháng";
    /** The first row of figures on both sheets (0-based): title, stamp, a blank row and two heading rows above. */
    public static final int FIRST_FIGURES_ROW = 5;

    static final String[] LINE_HEADINGS_VI = {"Mã dòng", "Nội dung", "Đơn vị thực hiện", "Kế hoạch", "Đã phân bổ",
            "Chưa phân bổ", "Đã cam kết", "Đã chi", "Còn lại", "Tỷ lệ đã chi"};
    static final String[] LINE_HEADINGS_EN = {"Line", "Item", "Implementing unit", "Planned", "Allocated",
            "Unallocated", "Committed", "Spent", "Available", "Spent share"};
    static final String[] MONTH_HEADINGS_VI = {"Tháng", "Cam kết trong tháng", "Chi trong tháng", "Lũy kế đã chi",
            "Tỷ lệ lũy kế"};
    static final String[] MONTH_HEADINGS_EN = {"Month", "Committed in the month", "Spent in the month",
            "Spent to date", "Share to date"};
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private ExecutionWorkbook() {
    }

    /** The workbook of {@code table}, stamped with the time it was made (Vietnam's time). */
    public static byte[] write(ExecutionTable table, Instant madeAt) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Styles styles = new Styles(book);
            String stamp = "Đơn vị tính: đồng (amounts in đồng). Lập lúc " + STAMP.format(madeAt.atZone(LegalTime.ZONE))
                    + " (giờ Việt Nam).";
            lines(book.createSheet(LINES_SHEET), table, stamp, styles);
            months(book.createSheet(MONTHS_SHEET), table, stamp, styles);
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the execution workbook", e);
        }
    }

    private static void lines(Sheet sheet, ExecutionTable table, String stamp, Styles styles) {
        title(sheet, "TÌNH HÌNH THỰC HIỆN KINH PHÍ NĂM " + table.year()
                + " — KẾ HOẠCH PHÒNG, CHỐNG TỘI PHẠM SỬ DỤNG CÔNG NGHỆ CAO 2022–2026", stamp, styles,
                LINE_HEADINGS_VI, LINE_HEADINGS_EN);
        int r = FIRST_FIGURES_ROW;
        for (ExecutionTable.Row row : table.lines()) {
            BudgetLine line = row.line();
            Row cells = sheet.createRow(r++);
            text(cells, 0, line.id(), styles.bold);
            text(cells, 1, line.labelVi(), styles.bold);
            text(cells, 2, "", styles.bold);
            money(cells, 3, line.planned(), styles.boldMoney);
            money(cells, 4, line.allocated(), styles.boldMoney);
            money(cells, 5, line.unallocated(), styles.boldMoney);
            money(cells, 6, line.committed(), styles.boldMoney);
            money(cells, 7, line.spent(), styles.boldMoney);
            money(cells, 8, line.available(), styles.boldMoney);
            share(cells, 9, line.spent(), line.planned(), styles.boldShare);
            for (UnitExecution unit : row.units()) {
                Row u = sheet.createRow(r++);
                text(u, 0, line.id(), styles.plain);
                text(u, 1, "", styles.plain);
                text(u, 2, unit.unit(), styles.plain);
                text(u, 3, "", styles.plain);
                money(u, 4, unit.allocated(), styles.money);
                text(u, 5, "", styles.plain);
                money(u, 6, unit.committed(), styles.money);
                money(u, 7, unit.spent(), styles.money);
                money(u, 8, unit.available(), styles.money);
                share(u, 9, unit.spent(), unit.allocated(), styles.share);
            }
        }
        Row total = sheet.createRow(r);
        text(total, 0, "", styles.bold);
        text(total, 1, "Tổng cộng (Total)", styles.bold);
        text(total, 2, "", styles.bold);
        money(total, 3, table.planned(), styles.boldMoney);
        money(total, 4, table.allocated(), styles.boldMoney);
        money(total, 5, table.lines().stream().map(l -> l.line().unallocated()).reduce(Money.ZERO, Money::plus),
                styles.boldMoney);
        money(total, 6, table.committed(), styles.boldMoney);
        money(total, 7, table.spent(), styles.boldMoney);
        money(total, 8, table.available(), styles.boldMoney);
        share(total, 9, table.spent(), table.planned(), styles.boldShare);
        widths(sheet, 14, 60, 24, 18, 18, 18, 18, 18, 18, 12);
        sheet.createFreezePane(3, FIRST_FIGURES_ROW);
        sheet.setAutoFilter(new CellRangeAddress(FIRST_FIGURES_ROW - 1, r - 1, 0, LINE_HEADINGS_VI.length - 1));
    }

    private static void months(Sheet sheet, ExecutionTable table, String stamp, Styles styles) {
        title(sheet, "THỰC HIỆN THEO THÁNG NĂM " + table.year() + " (lũy kế so với " + table.base().format() + ")",
                stamp, styles, MONTH_HEADINGS_VI, MONTH_HEADINGS_EN);
        int r = FIRST_FIGURES_ROW;
        for (ExecutionTable.Month month : table.months()) {
            Row cells = sheet.createRow(r++);
            Cell m = cells.createCell(0);
            m.setCellValue(month.month());
            m.setCellStyle(styles.plain);
            money(cells, 1, month.committed(), styles.money);
            money(cells, 2, month.spent(), styles.money);
            money(cells, 3, month.spentToDate(), styles.money);
            Cell s = cells.createCell(4);
            s.setCellValue(month.basisPointsToDate() / 10_000.0);
            s.setCellStyle(styles.share);
        }
        widths(sheet, 10, 22, 22, 22, 14);
        sheet.createFreezePane(1, FIRST_FIGURES_ROW);
    }

    private static void title(Sheet sheet, String title, String stamp, Styles styles, String[] vi, String[] en) {
        text(sheet.createRow(0), 0, title, styles.title);
        text(sheet.createRow(1), 0, stamp, styles.plain);
        Row headingVi = sheet.createRow(FIRST_FIGURES_ROW - 2);
        Row headingEn = sheet.createRow(FIRST_FIGURES_ROW - 1);
        for (int c = 0; c < vi.length; c++) {
            text(headingVi, c, vi[c], styles.heading);
            text(headingEn, c, en[c], styles.headingEn);
        }
    }

    private static void text(Row row, int column, String value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }

    private static void money(Row row, int column, Money value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue((double) value.dong());
        cell.setCellStyle(style);
    }

    private static void share(Row row, int column, Money part, Money whole, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(Percent.basisPoints(part, whole) / 10_000.0); // 0 when there is nothing to share
        cell.setCellStyle(style);
    }

    private static void widths(Sheet sheet, int... characters) {
        for (int c = 0; c < characters.length; c++) {
            sheet.setColumnWidth(c, characters[c] * 256);
        }
    }

    /** The few cell styles of the workbook (a workbook holds a limited number; made once). */
    private static final class Styles {
        final CellStyle plain;
        final CellStyle bold;
        final CellStyle title;
        final CellStyle heading;
        final CellStyle headingEn;
        final CellStyle money;
        final CellStyle boldMoney;
        final CellStyle share;
        final CellStyle boldShare;

        Styles(XSSFWorkbook book) {
            Font boldFont = book.createFont();
            boldFont.setBold(true);
            Font italic = book.createFont();
            italic.setItalic(true);
            Font big = book.createFont();
            big.setBold(true);
            big.setFontHeightInPoints((short) 13);
            short amounts = book.createDataFormat().getFormat("#,##0");
            short percent = book.createDataFormat().getFormat("0.00%");
            plain = bordered(book);
            bold = bordered(book);
            bold.setFont(boldFont);
            title = book.createCellStyle();
            title.setFont(big);
            heading = bordered(book);
            heading.setFont(boldFont);
            heading.setWrapText(true);
            headingEn = bordered(book);
            headingEn.setFont(italic);
            headingEn.setWrapText(true);
            money = bordered(book);
            money.setDataFormat(amounts);
            boldMoney = bordered(book);
            boldMoney.setDataFormat(amounts);
            boldMoney.setFont(boldFont);
            share = bordered(book);
            share.setDataFormat(percent);
            boldShare = bordered(book);
            boldShare.setDataFormat(percent);
            boldShare.setFont(boldFont);
        }

        private static CellStyle bordered(XSSFWorkbook book) {
            CellStyle style = book.createCellStyle();
            style.setBorderTop(BorderStyle.THIN);
            style.setBorderBottom(BorderStyle.THIN);
            style.setBorderLeft(BorderStyle.THIN);
            style.setBorderRight(BorderStyle.THIN);
            return style;
        }
    }
}
