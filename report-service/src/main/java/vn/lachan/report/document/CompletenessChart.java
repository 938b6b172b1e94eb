package vn.lachan.report.document;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;
import vn.lachan.report.domain.Completeness;
import vn.lachan.report.domain.ConsolidatedReport;

/**
 * The document's chart, its title the caption under it: how many of the units that owed the period's report sent
 * it on time, late, not at all, and how many the provincial police accepted. Drawn by JFreeChart as a PNG in DejaVu
 * Serif (shipped with the service, so every Vietnamese letter is drawn on any machine; the image, eclipse-temurin,
 * has the fontconfig and FreeType AWT needs), the same picture in the DOCX and the PDF.
 */
public final class CompletenessChart {

    /** The picture's size in pixels: 160 mm × 80 mm at 200 dots per inch. */
    public static final int WIDTH = 1260;
    public static final int HEIGHT = 630;
    public static final String TITLE = "Biểu đồ 1. Tình hình gửi báo cáo của các đơn vị (số đơn vị)";
    private static final Font REGULAR = font("fonts/DejaVuSerif.ttf");
    private static final Font BOLD = font("fonts/DejaVuSerif-Bold.ttf");

    private CompletenessChart() {
    }

    /** The bars' labels and values, in the order drawn. */
    public static DefaultCategoryDataset data(ConsolidatedReport r) {
        Completeness c = r.completeness();
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        String series = "Số đơn vị";
        data.addValue(c.expected(), series, "Phải báo cáo");
        data.addValue(c.count(Completeness.State.ON_TIME), series, "Gửi đúng hạn");
        data.addValue(c.count(Completeness.State.LATE), series, "Gửi trễ hạn");
        data.addValue(c.count(Completeness.State.MISSING), series, "Chưa gửi");
        data.addValue(c.accepted(), series, "Đã tiếp nhận");
        return data;
    }

    public static byte[] png(ConsolidatedReport r) {
        JFreeChart chart = ChartFactory.createBarChart(null, null, null, data(r), PlotOrientation.VERTICAL,
                false, false, false);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        CategoryPlot plot = chart.getCategoryPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setRangeGridlinePaint(new Color(0xBBBBBB));
        plot.setRangeGridlineStroke(new BasicStroke(1f));
        CategoryAxis categories = plot.getDomainAxis();
        categories.setTickLabelFont(REGULAR.deriveFont(24f));
        categories.setTickLabelPaint(Color.BLACK);
        NumberAxis counts = (NumberAxis) plot.getRangeAxis();
        counts.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        counts.setTickLabelFont(REGULAR.deriveFont(22f));
        counts.setTickLabelPaint(Color.BLACK);
        counts.setUpperMargin(0.15);
        BarRenderer bars = (BarRenderer) plot.getRenderer();
        bars.setBarPainter(new StandardBarPainter());
        bars.setShadowVisible(false);
        bars.setSeriesPaint(0, new Color(0x8B1A1A));
        bars.setMaximumBarWidth(0.12);
        bars.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator());
        bars.setDefaultItemLabelsVisible(true);
        bars.setDefaultItemLabelFont(BOLD.deriveFont(24f));
        BufferedImage image = chart.createBufferedImage(WIDTH, HEIGHT);
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Font font(String resource) {
        try (InputStream in = CompletenessChart.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the service's resources");
            }
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (FontFormatException e) {
            throw new IllegalStateException(resource + " is no TrueType font", e);
        }
    }
}
