package vn.lachan.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.lachan.platform.error.AccessDeniedException;
import vn.lachan.platform.error.FieldViolation;
import vn.lachan.platform.error.ValidationException;
import vn.lachan.platform.security.Caller;
import vn.lachan.platform.security.Roles;
import vn.lachan.platform.test.RealInfrastructure;
import vn.lachan.report.domain.ConsolidatedReport;
import vn.lachan.report.domain.IndicatorEntry;
import vn.lachan.report.domain.PeriodKind;

/**
 * The provincial document of the first half of 2024 from reports really stored: two accepted (Justice, Education),
 * one submitted and still under review (Industry and Trade); the documents are opened and read back.
 */
@RealInfrastructure(database = "lachan_report_consolidation")
class ConsolidationServiceTest extends ReportServiceTestBase {

    static final Caller EDUCATION = new Caller("s-gddt", "baocao.gddt", "so-gddt", Set.of(Roles.REPORT_SUBMITTER));
    static final Caller AUDITOR = new Caller("s-kt", "kiemtoan", "ubnd-tinh", Set.of(Roles.AUDITOR));

    @Autowired
    Reports reports;
    @Autowired
    Consolidation consolidation;

    static boolean filed;

    @BeforeAll
    static void note() {
        filed = false;
    }

    void file() {
        if (filed) {
            return;
        }
        filed = true;
        var justice = reports.start("so-tu-phap", 2024, PeriodKind.HALF_YEAR, JUSTICE);
        justice = reports.update(justice.id(), justice.etag(), ReportWorkflowServiceTest.fullJustice(),
                "Đã tuyên truyền tại 12 xã, phường về thủ đoạn giả danh cơ quan tư pháp; kiến nghị bổ sung kinh phí.", JUSTICE);
        justice = reports.submit(justice.id(), justice.etag(), JUSTICE);
        reports.accept(justice.id(), justice.etag(), "", REVIEWER);

        var education = reports.start("so-gddt", 2024, PeriodKind.HALF_YEAR, EDUCATION);
        education = reports.update(education.id(), education.etag(), List.of(
                new IndicatorEntry("propaganda.sessions", "3", null), new IndicatorEntry("propaganda.participants", "300", null),
                new IndicatorEntry("propaganda.warnings", "1", null), new IndicatorEntry("training.sessions", "1", null),
                new IndicatorEntry("schools.reached", "12", null), new IndicatorEntry("students.reached", "5400", null)),
                "Lồng ghép nội dung phòng, chống lừa đảo trực tuyến vào giờ sinh hoạt lớp.", EDUCATION);
        education = reports.submit(education.id(), education.etag(), EDUCATION);
        reports.accept(education.id(), education.etag(), "", REVIEWER);

        var trade = reports.start("so-cong-thuong", 2024, PeriodKind.HALF_YEAR, TRADE);
        var tradeFull = trade.indicators().stream().filter(i -> i.required() && i.value() == null)
                .map(i -> new IndicatorEntry(i.code(), "1000000", null)).toList();
        trade = reports.update(trade.id(), trade.etag(), tradeFull, "", TRADE);
        reports.submit(trade.id(), trade.etag(), TRADE);
    }

    @Test
    void totalsAddUpTheAcceptedReportsOnlyAndExactly() {
        file();
        ConsolidatedReport r = consolidation.consolidate(2024, PeriodKind.HALF_YEAR, COMMITTEE);
        assertThat(r.totals()).filteredOn(t -> t.code().equals("propaganda.sessions"))
                .singleElement().satisfies(t -> {
                    assertThat(t.value()).isEqualTo(15);
                    assertThat(t.units()).isEqualTo(2);
                });
        assertThat(r.totals()).filteredOn(t -> t.code().equals("propaganda.participants"))
                .singleElement().satisfies(t -> assertThat(t.value()).isEqualTo(1750));
        assertThat(r.units()).extracting(u -> u.unit().code()).containsExactlyInAnyOrder("so-tu-phap", "so-gddt");
        assertThat(r.underReview()).extracting(u -> u.unit().code()).containsExactly("so-cong-thuong");
    }

    @Test
    void theWordDocumentSaysInVietnameseWhatThePeriodBrought() throws Exception {
        file();
        byte[] docx = consolidation.export(2024, PeriodKind.HALF_YEAR, Consolidation.Format.DOCX, REVIEWER);
        String text;
        try (var doc = new XWPFDocument(new ByteArrayInputStream(docx)); var words = new XWPFWordExtractor(doc)) {
            text = words.getText();
            assertThat(doc.getTables()).hasSizeGreaterThanOrEqualTo(3);
            assertThat(doc.getDocument().getBody().getSectPr().getPgSz().getW()).hasToString("11906");
            assertThat(doc.getParagraphs()).filteredOn(p -> p.getText().equals("BÁO CÁO")).singleElement()
                    .satisfies(p -> assertThat(p.getRuns().get(0).getFontFamily()).isEqualTo("Times New Roman"));
            // the chart is a PNG drawn at its size, with bars in the document's red
            assertThat(doc.getAllPictures()).singleElement().satisfies(picture -> {
                assertThat(picture.getPictureType()).isEqualTo(org.apache.poi.xwpf.usermodel.Document.PICTURE_TYPE_PNG);
                var image = javax.imageio.ImageIO.read(new ByteArrayInputStream(picture.getData()));
                assertThat(image.getWidth()).isEqualTo(vn.lachan.report.document.CompletenessChart.WIDTH);
                assertThat(image.getHeight()).isEqualTo(vn.lachan.report.document.CompletenessChart.HEIGHT);
                assertThat(barPixels(image)).as("the bars are drawn").isGreaterThan(1_000);
            });
        }
        assertReads(text);
        assertThat(text).contains("Biểu đồ 1. Tình hình gửi báo cáo của các đơn vị");
    }

    @Test
    void theChartCountsTheUnitsAsTheTextDoes() {
        file();
        ConsolidatedReport r = consolidation.consolidate(2024, PeriodKind.HALF_YEAR, COMMITTEE);
        var data = vn.lachan.report.document.CompletenessChart.data(r);
        assertThat(data.getColumnKeys()).containsExactly("Phải báo cáo", "Gửi đúng hạn", "Gửi trễ hạn", "Chưa gửi",
                "Đã tiếp nhận");
        var c = r.completeness();
        assertThat(data.getValue(0, 0).longValue()).isEqualTo(c.expected());
        assertThat(data.getValue(0, 4).longValue()).isEqualTo(2); // Justice and Education accepted
        long sent = data.getValue(0, 1).longValue() + data.getValue(0, 2).longValue();
        assertThat(sent + data.getValue(0, 3).longValue()).as("on time + late + missing = expected").isEqualTo(c.expected());
        assertThat(sent).isEqualTo(3); // Justice, Education, Industry and Trade
    }

    /** Pixels of the bars' colour (#8B1A1A, within a little anti-aliasing). */
    static long barPixels(java.awt.image.BufferedImage image) {
        long count = 0;
        for (int x = 0; x < image.getWidth(); x++) {
            for (int y = 0; y < image.getHeight(); y++) {
                int rgb = image.getRGB(x, y);
                int red = (rgb >> 16) & 0xff;
                int green = (rgb >> 8) & 0xff;
                int blue = rgb & 0xff;
                if (Math.abs(red - 0x8B) < 12 && Math.abs(green - 0x1A) < 12 && Math.abs(blue - 0x1A) < 12) {
                    count++;
                }
            }
        }
        return count;
    }

    @Test
    void thePdfReadsBackWithEveryDiacriticAndItsFontEmbedded() throws Exception {
        file();
        byte[] pdf = consolidation.export(2024, PeriodKind.HALF_YEAR, Consolidation.Format.PDF, COMMITTEE);
        java.nio.file.Files.write(java.nio.file.Path.of("target", "consolidated-2024-half-year.pdf"), pdf);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getPage(0).getMediaBox().getWidth()).isCloseTo(595f, org.assertj.core.data.Offset.offset(1f));
            PDFont font = doc.getPage(0).getResources().getFontNames().iterator().hasNext()
                    ? doc.getPage(0).getResources().getFont(doc.getPage(0).getResources().getFontNames().iterator().next())
                    : null;
            assertThat(font).isNotNull();
            assertThat(font.isEmbedded()).isTrue();
            assertReads(new PDFTextStripper().getText(doc));
            // the first page is drawn, not blank: the heading's ink darkens part of it
            var image = new org.apache.pdfbox.rendering.PDFRenderer(doc).renderImageWithDPI(0, 50);
            long dark = 0;
            for (int x = 0; x < image.getWidth(); x++) {
                for (int y = 0; y < image.getHeight() / 4; y++) {
                    if ((image.getRGB(x, y) & 0xff) < 128) {
                        dark++;
                    }
                }
            }
            assertThat(dark).isPositive();
            // the chart is on the first page: drawn, its bars in the document's red
            var page = new org.apache.pdfbox.rendering.PDFRenderer(doc).renderImageWithDPI(0, 100);
            assertThat(barPixels(page)).as("the chart's bars on page 1").isGreaterThan(500);
        }
    }

    /** The heading, the title of the plan, the exact totals, the late and missing units and the units' own words. */
    static void assertReads(String document) {
        String text = document.replaceAll("\\s+", " ");
        assertThat(text).contains("ỦY BAN NHÂN DÂN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                "Đồng Tháp, ngày ", "BÁO CÁO",
                "Kết quả thực hiện Kế hoạch tăng cường giải pháp phòng, chống tội phạm sử dụng công nghệ cao",
                "(6 tháng đầu năm 2024)", "15/12/2023", "14/06/2024",
                "1.750", "5.400", "Sở Tư pháp", "Sở Giáo dục và Đào tạo",
                "Đơn vị chưa gửi báo cáo:", "Sở Tài chính", "Đơn vị gửi báo cáo trễ hạn:", "trễ ",
                "Sở Công Thương", "giả danh cơ quan tư pháp; kiến nghị bổ sung kinh phí",
                "Lồng ghép nội dung phòng, chống lừa đảo trực tuyến", "Nơi nhận:", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH");
        assertThat(text).containsPattern("\\b15\\b");
    }

    @Test
    void onlyThePolicesReviewersAndThePeoplesCommitteeExportIt() {
        assertThatThrownBy(() -> consolidation.export(2024, PeriodKind.YEAR, Consolidation.Format.PDF, JUSTICE))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> consolidation.export(2024, PeriodKind.YEAR, Consolidation.Format.PDF, AUDITOR))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> consolidation.export(2024, PeriodKind.YEAR, Consolidation.Format.PDF, NOT_POLICE_REVIEWER))
                .isInstanceOf(AccessDeniedException.class);
        var bad = catchThrowableOfType(ValidationException.class,
                () -> consolidation.export(2030, null, null, COMMITTEE));
        assertThat(bad.violations()).extracting(FieldViolation::field).containsExactly("year", "kind", "format");
    }
}
