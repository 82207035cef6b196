package io.emoticctv.portal.reports;

import io.emoticctv.contracts.Emotion;
import io.emoticctv.portal.DisplayTime;
import io.emoticctv.portal.admin.EmotionLooks;
import io.emoticctv.portal.web.Disclaimer;
import io.emoticctv.portal.web.EmotionStyle;
import io.emoticctv.portal.web.Percent;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * A report as a PDF: its range, the disclaimer, the charts (shares over time, totals, cameras
 * compared), totals per emotion and group, cameras, busiest periods, alerts.
 */
final class ReportPdf implements AutoCloseable {
  private static final float MARGIN = 50;
  private static final PDRectangle SIZE = PDRectangle.A4;
  private static final int MAX_ALERT_LINES = 200;
  private static final int MAX_CHART_CAMERAS = 15;

  private final PDDocument doc = new PDDocument();
  private final PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
  private final PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
  private PDPageContentStream page;
  private float y;

  private ReportPdf() {}

  static byte[] render(Report report, DisplayTime time) {
    try (ReportPdf pdf = new ReportPdf()) {
      return pdf.write(report, time);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private byte[] write(Report report, DisplayTime time) throws IOException {
    newPage();
    line(bold, 18, "EmotiCCTV report");
    line(regular, 11, report.request().describe() + " (times in " + time.zoneName() + ")");
    line(regular, 9, Disclaimer.TEXT);
    y -= 8;
    line(bold, 13, "Share of each expression over time");
    image(ReportCharts.sharesOverTime(report.series(), 1400, 600), 240);
    line(regular, 9, legend());
    line(bold, 13, "Totals per expression (" + report.total().faces() + " faces)");
    image(ReportCharts.totals(report.total(), 1400, 500), 200);
    for (Emotion e : Emotion.values()) {
      line(regular, 10, EmotionStyle.label(e) + ": " + report.total().count(e) + " faces, " + Percent.of(report.total().share(e)));
    }
    for (EmotionLooks.Group g : report.groups()) {
      line(regular, 10, g.describe() + ": " + report.total().count(g.members()) + " faces, " + Percent.of(report.total().share(g.members())));
    }
    y -= 8;
    line(bold, 13, "Cameras compared");
    if (!report.cameras().isEmpty()) {
      List<Report.CameraTally> shown = report.cameras().subList(0, Math.min(MAX_CHART_CAMERAS, report.cameras().size()));
      image(ReportCharts.camerasCompared(shown, 1400, 60 + 50 * shown.size()), Math.min(400, 30 + 25 * shown.size()));
    }
    for (Report.CameraTally c : report.cameras()) {
      Emotion dominant = c.tally().dominant();
      line(regular, 10, c.name() + " (" + c.cameraId() + "): " + c.tally().faces() + " faces, mostly "
          + (dominant == null ? "-" : EmotionStyle.label(dominant) + " " + Percent.of(c.tally().share(dominant))));
    }
    y -= 8;
    line(bold, 13, "Busiest periods");
    for (Report.Bucket b : report.busiest()) {
      line(regular, 10, time.dateTime(b.start()) + ": " + b.tally().faces() + " faces");
    }
    y -= 8;
    line(bold, 13, "Alerts in the range (" + report.alerts().size() + ")");
    for (ReportAlert a : report.alerts().subList(0, Math.min(MAX_ALERT_LINES, report.alerts().size()))) {
      line(regular, 10, time.dateTime(a.openedAt()) + "  " + a.cameraId() + "  " + EmotionStyle.label(a.emotion().toLowerCase(Locale.ROOT))
          + "  " + a.severity() + "  peak " + Percent.of(a.peakShare()) + "  " + a.status());
    }
    page.close();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    doc.save(out);
    return out.toByteArray();
  }

  private static String legend() {
    StringBuilder s = new StringBuilder("Lines: ");
    for (Emotion e : Emotion.values()) {
      s.append(EmotionStyle.label(e)).append(" ").append(EmotionStyle.color(e)).append(e.ordinal() < Emotion.COUNT - 1 ? ", " : "");
    }
    return s.toString();
  }

  private void newPage() throws IOException {
    if (page != null) {
      page.close();
    }
    PDPage p = new PDPage(SIZE);
    doc.addPage(p);
    page = new PDPageContentStream(doc, p);
    y = SIZE.getHeight() - MARGIN;
  }

  private void line(PDType1Font font, float size, String text) throws IOException {
    if (y - size * 1.4f < MARGIN) {
      newPage();
    }
    y -= size * 1.4f;
    page.beginText();
    page.setFont(font, size);
    page.newLineAtOffset(MARGIN, y);
    page.showText(winAnsi(text));
    page.endText();
  }

  private void image(BufferedImage chart, float height) throws IOException {
    if (y - height - 6 < MARGIN) {
      newPage();
    }
    float width = SIZE.getWidth() - 2 * MARGIN;
    PDImageXObject xobject = LosslessFactory.createFromImage(doc, chart);
    y -= height + 6;
    page.drawImage(xobject, MARGIN, y, width, height);
  }

  /** The standard fonts encode WinAnsi only: anything else becomes '?'. */
  static String winAnsi(String text) {
    StringBuilder s = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      if (c == '—' || c == '–') {
        s.append('-');
      } else if (c == '…') {
        s.append("...");
      } else if (c >= 0x20 && c < 0x7f || c >= 0xa0 && c <= 0xff) {
        s.append(c);
      } else {
        s.append('?');
      }
    }
    return s.toString();
  }

  @Override
  public void close() throws IOException {
    doc.close();
  }
}
