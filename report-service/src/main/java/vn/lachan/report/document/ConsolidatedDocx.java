package vn.lachan.report.document;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import vn.lachan.report.domain.Completeness;
import vn.lachan.report.domain.ConsolidatedReport;

/**
 * The consolidated report as a Word document: A4, Times New Roman 13/14, Decree 30/2020's margins (top and bottom
 * 20 mm, left 30 mm, right 15 mm).
 */
public final class ConsolidatedDocx {

    private static final String FONT = "Times New Roman";
    /** Millimetres in twentieths of a point. */
    private static final double TWIPS_PER_MM = 1440 / 25.4;

    private ConsolidatedDocx() {
    }

    public static byte[] write(ConsolidatedReport r) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            page(doc);
            heading(doc, r);
            para(doc, ParagraphAlignment.CENTER, true, 14, DocumentText.TITLE);
            para(doc, ParagraphAlignment.CENTER, true, 14, DocumentText.SUBJECT);
            para(doc, ParagraphAlignment.CENTER, true, 14, DocumentText.periodLine(r.period()));
            para(doc, ParagraphAlignment.BOTH, false, 14, DocumentText.window(r.period()));

            para(doc, ParagraphAlignment.LEFT, true, 14, "I. TÌNH HÌNH GỬI BÁO CÁO CỦA CÁC ĐƠN VỊ");
            para(doc, ParagraphAlignment.BOTH, false, 14, DocumentText.completenessSummary(r));
            chart(doc, r);
            unitList(doc, "Đơn vị chưa gửi báo cáo:", r.inState(Completeness.State.MISSING), false);
            unitList(doc, "Đơn vị gửi báo cáo trễ hạn:", r.inState(Completeness.State.LATE), true);
            unitList(doc, "Đơn vị đã gửi, Công an Tỉnh chưa tiếp nhận (chưa tổng hợp số liệu):", r.underReview(), false);

            para(doc, ParagraphAlignment.LEFT, true, 14, "II. KẾT QUẢ THỰC HIỆN (TỔNG HỢP SỐ LIỆU)");
            List<String[]> totals = DocumentText.totalRows(r);
            table(doc, new String[] {"STT", "Chỉ tiêu", "Đơn vị tính", "Tổng cộng", "Số đơn vị báo cáo"}, totals);

            para(doc, ParagraphAlignment.LEFT, true, 14, "III. SỐ LIỆU THEO ĐƠN VỊ");
            List<String[]> perUnit = DocumentText.unitRows(r);
            table(doc, new String[] {"STT", "Đơn vị", "Chỉ tiêu", "Số liệu"}, perUnit);

            para(doc, ParagraphAlignment.LEFT, true, 14, "IV. TÌNH HÌNH, KẾT QUẢ NỔI BẬT, KHÓ KHĂN, KIẾN NGHỊ CỦA CÁC ĐƠN VỊ");
            for (var u : r.units()) {
                if (!u.narrative().isEmpty()) {
                    XWPFParagraph p = doc.createParagraph();
                    p.setAlignment(ParagraphAlignment.BOTH);
                    run(p, true, 14, u.unit().nameVi() + ": ");
                    run(p, false, 14, u.narrative());
                }
            }
            closing(doc);
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The chart, 160 mm wide on the page, centred, with its title under it for those who cannot see it. */
    private static void chart(XWPFDocument doc, ConsolidatedReport r) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        try (ByteArrayInputStream png = new ByteArrayInputStream(CompletenessChart.png(r))) {
            p.createRun().addPicture(png, Document.PICTURE_TYPE_PNG, "bieu-do-1.png", Units.toEMU(160 * 72 / 25.4),
                    Units.toEMU(80 * 72 / 25.4));
        } catch (IOException | InvalidFormatException e) {
            throw new IllegalStateException("the chart could not be placed in the document", e);
        }
        XWPFParagraph under = doc.createParagraph();
        under.setAlignment(ParagraphAlignment.CENTER);
        run(under, false, 12, CompletenessChart.TITLE).setItalic(true);
    }

    private static void page(XWPFDocument doc) {
        CTSectPr section = doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.addNewPgSz();
        size.setW(BigInteger.valueOf(11906));
        size.setH(BigInteger.valueOf(16838));
        CTPageMar margins = section.addNewPgMar();
        margins.setTop(twips(20));
        margins.setBottom(twips(20));
        margins.setLeft(twips(30));
        margins.setRight(twips(15));
    }

    private static BigInteger twips(double mm) {
        return BigInteger.valueOf(Math.round(mm * TWIPS_PER_MM));
    }

    private static void heading(XWPFDocument doc, ConsolidatedReport r) {
        XWPFTable t = doc.createTable(1, 2);
        t.removeBorders();
        t.setWidth("100%");
        cell(t.getRow(0).getCell(0), new String[] {DocumentText.ISSUER_TOP, DocumentText.ISSUER, "", DocumentText.NUMBER},
                new boolean[] {false, true, false, false}, false);
        cell(t.getRow(0).getCell(1), new String[] {DocumentText.NATION, DocumentText.MOTTO, "",
                DocumentText.placeAndDate(r.issuedOn())}, new boolean[] {true, true, false, false}, true);
    }

    private static void cell(XWPFTableCell cell, String[] lines, boolean[] bold, boolean italicLast) {
        cell.removeParagraph(0);
        for (int i = 0; i < lines.length; i++) {
            XWPFParagraph p = cell.addParagraph();
            p.setAlignment(ParagraphAlignment.CENTER);
            XWPFRun run = run(p, bold[i], 13, lines[i]);
            run.setItalic(italicLast && i == lines.length - 1);
        }
    }

    private static void unitList(XWPFDocument doc, String title, List<Completeness.UnitState> units, boolean late) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(ParagraphAlignment.BOTH);
        run(p, true, 14, title + " ");
        run(p, false, 14, DocumentText.unitList(units, late));
    }

    private static void table(XWPFDocument doc, String[] header, List<String[]> rows) {
        XWPFTable t = doc.createTable(rows.size() + 1, header.length);
        t.setWidth("100%");
        for (int c = 0; c < header.length; c++) {
            text(t.getRow(0).getCell(c), header[c], true);
        }
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < header.length; c++) {
                text(t.getRow(r + 1).getCell(c), rows.get(r)[c], false);
            }
        }
        doc.createParagraph();
    }

    private static void text(XWPFTableCell cell, String text, boolean bold) {
        XWPFParagraph p = cell.getParagraphs().get(0);
        run(p, bold, 13, text);
    }

    private static void closing(XWPFDocument doc) {
        XWPFTable t = doc.createTable(1, 2);
        t.removeBorders();
        t.setWidth("100%");
        XWPFTableCell left = t.getRow(0).getCell(0);
        left.removeParagraph(0);
        XWPFParagraph title = left.addParagraph();
        XWPFRun r = run(title, true, 12, DocumentText.RECIPIENTS_TITLE);
        r.setItalic(true);
        for (String line : DocumentText.RECIPIENTS) {
            run(left.addParagraph(), false, 11, line);
        }
        cell(t.getRow(0).getCell(1), new String[] {DocumentText.SIGN_FOR, DocumentText.SIGNER},
                new boolean[] {true, true}, false);
    }

    private static XWPFParagraph para(XWPFDocument doc, ParagraphAlignment align, boolean bold, int size, String text) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(align);
        run(p, bold, size, text);
        return p;
    }

    private static XWPFRun run(XWPFParagraph p, boolean bold, int size, String text) {
        XWPFRun run = p.createRun();
        run.setFontFamily(FONT);
        run.setFontSize(size);
        run.setBold(bold);
        run.setText(text);
        return run;
    }
}
