package io.emoticctv.portal.reports;

import io.emoticctv.contracts.Emotion;
import io.emoticctv.portal.web.EmotionStyle;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.util.List;

/**
 * The report's charts drawn server-side with Java2D, for the PDF: the share of each emotion over
 * time, the range's totals per emotion, and the cameras compared. Same colours as the pages.
 */
final class ReportCharts {
  private static final Color AXIS = new Color(0x55, 0x5a, 0x66);
  private static final Color GRID = new Color(0xdd, 0xe0, 0xe6);
  private static final Font LABEL = new Font(Font.SANS_SERIF, Font.PLAIN, 20);
  private static final int LEFT = 90;
  private static final int BOTTOM = 50;
  private static final int TOP = 20;

  private ReportCharts() {}

  /** Lines of each emotion's share (0..100 %) per bucket, left to right in time. */
  static BufferedImage sharesOverTime(List<Report.Bucket> series, int width, int height) {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = canvas(image);
    int plotW = width - LEFT - 20;
    int plotH = height - TOP - BOTTOM;
    percentGrid(g, plotW, plotH);
    if (series.size() == 1) {
      for (Emotion e : Emotion.values()) {
        double share = series.get(0).tally().share(e);
        g.setColor(Color.decode(EmotionStyle.color(e)));
        int y = TOP + (int) Math.round(plotH * (1 - share));
        g.fillOval(LEFT + plotW / 2 - 5, y - 5, 10, 10);
      }
    } else if (series.size() > 1) {
      g.setStroke(new BasicStroke(3f));
      for (Emotion e : Emotion.values()) {
        Path2D.Double line = new Path2D.Double();
        for (int i = 0; i < series.size(); i++) {
          double x = LEFT + (double) plotW * i / (series.size() - 1);
          double y = TOP + plotH * (1 - series.get(i).tally().share(e));
          if (i == 0) {
            line.moveTo(x, y);
          } else {
            line.lineTo(x, y);
          }
        }
        g.setColor(Color.decode(EmotionStyle.color(e)));
        g.draw(line);
      }
    }
    g.dispose();
    return image;
  }

  /** One bar per emotion: its share of all faces in the range. */
  static BufferedImage totals(Tally total, int width, int height) {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = canvas(image);
    int plotW = width - LEFT - 20;
    int plotH = height - TOP - BOTTOM;
    percentGrid(g, plotW, plotH);
    int slot = plotW / Emotion.COUNT;
    for (Emotion e : Emotion.values()) {
      int barH = (int) Math.round(plotH * total.share(e));
      int x = LEFT + slot * e.ordinal() + slot / 6;
      g.setColor(Color.decode(EmotionStyle.color(e)));
      g.fillRect(x, TOP + plotH - barH, slot * 2 / 3, barH);
      g.setColor(AXIS);
      g.drawString(EmotionStyle.label(e), x, height - BOTTOM + 30);
    }
    g.dispose();
    return image;
  }

  /**
   * One bar per camera, most faces first: its faces split by emotion, each segment as wide as the
   * emotion's share, the camera's name to the left.
   */
  static BufferedImage camerasCompared(List<Report.CameraTally> cameras, int width, int height) {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = canvas(image);
    int nameW = 300;
    int plotW = width - nameW - 20;
    int row = (height - TOP) / Math.max(1, cameras.size());
    for (int r = 0; r < cameras.size(); r++) {
      Report.CameraTally camera = cameras.get(r);
      int y = TOP + r * row;
      g.setColor(AXIS);
      g.drawString(camera.name().length() > 24 ? camera.name().substring(0, 24) + "…" : camera.name(), 10, y + row / 2 + 7);
      double x = nameW;
      for (Emotion e : Emotion.values()) {
        double w = plotW * camera.tally().share(e);
        g.setColor(Color.decode(EmotionStyle.color(e)));
        g.fillRect((int) Math.round(x), y + 4, (int) Math.round(w), row - 8);
        x += w;
      }
    }
    g.dispose();
    return image;
  }

  private static Graphics2D canvas(BufferedImage image) {
    Graphics2D g = image.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, image.getWidth(), image.getHeight());
    g.setFont(LABEL);
    return g;
  }

  private static void percentGrid(Graphics2D g, int plotW, int plotH) {
    for (int p = 0; p <= 100; p += 25) {
      int y = TOP + plotH - plotH * p / 100;
      g.setColor(GRID);
      g.drawLine(LEFT, y, LEFT + plotW, y);
      g.setColor(AXIS);
      g.drawString(p + "%", 20, y + 7);
    }
    g.drawLine(LEFT, TOP, LEFT, TOP + plotH);
  }
}
