package vn.lachan.report.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.Image;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;
import vn.lachan.report.domain.Completeness;
import vn.lachan.report.domain.ConsolidatedReport;

/**
 * The consolidated report as a PDF: A4, Decree 30/2020's margins, with DejaVu Serif embedded (shipped with the
 * service, so every Vietnamese letter renders the same on any machine; Times New Roman may not be shipped).
 */
public final class ConsolidatedPdf {

    private static final float POINTS_PER_MM = 72f / 25.4f;
    private static final BaseFont REGULAR = font("fonts/DejaVuSerif.ttf");
    private static final BaseFont BOLD = font("fonts/DejaVuSerif-Bold.ttf");

    private ConsolidatedPdf() {
    }

    public static byte[] write(ConsolidatedReport r) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document(PageSize.A4, 30 * POINTS_PER_MM, 15 * POINTS_PER_MM, 20 * POINTS_PER_MM,
                20 * POINTS_PER_MM);
        PdfWriter.getInstance(doc, out);
        doc.addTitle(DocumentText.TITLE + " " + DocumentText.SUBJECT + " " + DocumentText.periodLine(r.period()));
        doc.open();
        PdfPTable head = new PdfPTable(new float[] {2, 3});
        head.setWidthPercentage(100);
        head.addCell(block(new String[] {DocumentText.ISSUER_TOP, DocumentText.ISSUER, " ", DocumentText.NUMBER},
                new boolean[] {false, true, false, false}, 11));
        head.addCell(block(new String[] {DocumentText.NATION, DocumentText.MOTTO, " ",
                DocumentText.placeAndDate(r.issuedOn())}, new boolean[] {true, true, false, false}, 11));
        doc.add(head);
        doc.add(line(Element.ALIGN_CENTER, true, 13, " "));
        doc.add(line(Element.ALIGN_CENTER, true, 13, DocumentText.TITLE));
        doc.add(line(Element.ALIGN_CENTER, true, 13, DocumentText.SUBJECT));
        doc.add(line(Element.ALIGN_CENTER, true, 13, DocumentText.periodLine(r.period())));
        doc.add(line(Element.ALIGN_JUSTIFIED, false, 12, DocumentText.window(r.period())));

        doc.add(line(Element.ALIGN_LEFT, true, 12, "I. TÌNH HÌNH GỬI BÁO CÁO CỦA CÁC ĐƠN VỊ"));
        doc.add(line(Element.ALIGN_JUSTIFIED, false, 12, DocumentText.completenessSummary(r)));
        doc.add(chart(r));
        Paragraph caption = new Paragraph(CompletenessChart.TITLE, new Font(REGULAR, 10, Font.ITALIC));
        caption.setAlignment(Element.ALIGN_CENTER);
        caption.setSpacingAfter(6);
        doc.add(caption);
        doc.add(unitList("Đơn vị chưa gửi báo cáo:", r.inState(Completeness.State.MISSING), false));
        doc.add(unitList("Đơn vị gửi báo cáo trễ hạn:", r.inState(Completeness.State.LATE), true));
        doc.add(unitList("Đơn vị đã gửi, Công an Tỉnh chưa tiếp nhận (chưa tổng hợp số liệu):", r.underReview(), false));

        doc.add(line(Element.ALIGN_LEFT, true, 12, "II. KẾT QUẢ THỰC HIỆN (TỔNG HỢP SỐ LIỆU)"));
        List<String[]> totals = DocumentText.totalRows(r);
        doc.add(table(new String[] {"STT", "Chỉ tiêu", "Đơn vị tính", "Tổng cộng", "Số đơn vị báo cáo"},
                new float[] {1, 7, 2, 3, 2}, totals));

        doc.add(line(Element.ALIGN_LEFT, true, 12, "III. SỐ LIỆU THEO ĐƠN VỊ"));
        List<String[]> perUnit = DocumentText.unitRows(r);
        doc.add(table(new String[] {"STT", "Đơn vị", "Chỉ tiêu", "Số liệu"}, new float[] {1, 5, 7, 3}, perUnit));

        doc.add(line(Element.ALIGN_LEFT, true, 12, "IV. TÌNH HÌNH, KẾT QUẢ NỔI BẬT, KHÓ KHĂN, KIẾN NGHỊ CỦA CÁC ĐƠN VỊ"));
        for (var u : r.units()) {
            if (!u.narrative().isEmpty()) {
                Paragraph p = new Paragraph();
                p.setAlignment(Element.ALIGN_JUSTIFIED);
                p.add(new Phrase(u.unit().nameVi() + ": ", new Font(BOLD, 12)));
                p.add(new Phrase(u.narrative(), new Font(REGULAR, 12)));
                doc.add(p);
            }
        }
        doc.add(line(Element.ALIGN_LEFT, false, 12, " "));
        PdfPTable closing = new PdfPTable(2);
        closing.setWidthPercentage(100);
        String[] recipients = new String[DocumentText.RECIPIENTS.length + 1];
        recipients[0] = DocumentText.RECIPIENTS_TITLE;
        System.arraycopy(DocumentText.RECIPIENTS, 0, recipients, 1, DocumentText.RECIPIENTS.length);
        boolean[] bold = new boolean[recipients.length];
        bold[0] = true;
        PdfPCell left = block(recipients, bold, 10);
        left.setHorizontalAlignment(Element.ALIGN_LEFT);
        closing.addCell(left);
        closing.addCell(block(new String[] {DocumentText.SIGN_FOR, DocumentText.SIGNER}, new boolean[] {true, true}, 12));
        doc.add(closing);
        doc.close();
        return out.toByteArray();
    }

    /** The chart, 160 mm wide, centred; its pixels kept (200 dots per inch), not re-drawn. */
    private static Image chart(ConsolidatedReport r) {
        try {
            Image chart = Image.getInstance(CompletenessChart.png(r));
            chart.scaleAbsolute(160 * POINTS_PER_MM, 80 * POINTS_PER_MM);
            chart.setAlignment(Element.ALIGN_CENTER);
            chart.setAlt(CompletenessChart.TITLE);
            return chart;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static BaseFont font(String resource) {
        try (InputStream in = ConsolidatedPdf.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the service's resources");
            }
            return BaseFont.createFont(resource, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, in.readAllBytes(), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Paragraph line(int align, boolean bold, float size, String text) {
        Paragraph p = new Paragraph(text, new Font(bold ? BOLD : REGULAR, size));
        p.setAlignment(align);
        p.setSpacingAfter(3);
        return p;
    }

    private static PdfPCell block(String[] lines, boolean[] bold, float size) {
        PdfPCell cell = new PdfPCell();
        cell.setBorder(Rectangle.NO_BORDER);
        for (int i = 0; i < lines.length; i++) {
            Paragraph p = new Paragraph(lines[i], new Font(bold[i] ? BOLD : REGULAR, size));
            p.setAlignment(Element.ALIGN_CENTER);
            cell.addElement(p);
        }
        return cell;
    }

    private static Paragraph unitList(String title, List<Completeness.UnitState> units, boolean late) {
        Paragraph p = new Paragraph();
        p.setAlignment(Element.ALIGN_JUSTIFIED);
        p.add(new Phrase(title + " ", new Font(BOLD, 12)));
        p.add(new Phrase(DocumentText.unitList(units, late), new Font(REGULAR, 12)));
        return p;
    }

    private static PdfPTable table(String[] header, float[] widths, List<String[]> rows) {
        PdfPTable t = new PdfPTable(widths);
        t.setWidthPercentage(100);
        t.setSpacingBefore(4);
        t.setSpacingAfter(8);
        t.setHeaderRows(1);
        for (String h : header) {
            t.addCell(new Phrase(h, new Font(BOLD, 10)));
        }
        for (String[] row : rows) {
            for (String c : row) {
                t.addCell(new Phrase(c, new Font(REGULAR, 10)));
            }
        }
        return t;
    }
}
