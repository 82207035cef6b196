package io.emoticctv.models.report;

import io.emoticctv.models.evaluation.CalibrationError.ReliabilityBin;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Reliability diagram: per confidence bin, the accuracy of the predictions in it, before (grey)
 * and after (blue) temperature scaling; a calibrated model follows the diagonal.
 */
final class ReliabilityDiagramChart {
  private static final int PLOT = 400;
  private static final int LEFT = 60;
  private static final int TOP = 50;

  private ReliabilityDiagramChart() {}

  static void write(Path png, String title, List<ReliabilityBin> before, List<ReliabilityBin> after,
      double eceBefore, double eceAfter, double temperature) {
    PngCharts.write(png, LEFT + PLOT + 30, TOP + PLOT + 90,
        g -> paint(g, title, before, after, eceBefore, eceAfter, temperature));
  }

  private static void paint(Graphics2D g, String title, List<ReliabilityBin> before, List<ReliabilityBin> after,
      double eceBefore, double eceAfter, double temperature) {
    g.setFont(PngCharts.TITLE);
    g.drawString(title, 10, 20);
    g.setFont(PngCharts.LABEL);
    g.drawRect(LEFT, TOP, PLOT, PLOT);
    for (int i = 0; i <= 10; i += 2) {
      int x = LEFT + PLOT * i / 10;
      int y = TOP + PLOT - PLOT * i / 10;
      PngCharts.centred(g, String.format(Locale.ROOT, "%.1f", i / 10.0), x, TOP + PLOT + 15);
      g.drawString(String.format(Locale.ROOT, "%.1f", i / 10.0), LEFT - 30, y + 4);
    }
    PngCharts.centred(g, "confidence (top probability)", LEFT + PLOT / 2, TOP + PLOT + 32);
    g.drawString("accuracy", 5, TOP - 8);
    bars(g, before, new Color(160, 160, 160), 0);
    bars(g, after, new Color(40, 90, 220), 1);
    g.setColor(Color.RED);
    g.setStroke(new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, new float[] {5, 5}, 0));
    g.drawLine(LEFT, TOP + PLOT, LEFT + PLOT, TOP);
    g.setColor(new Color(160, 160, 160));
    g.fillRect(LEFT, TOP + PLOT + 45, 12, 12);
    g.setColor(new Color(40, 90, 220));
    g.fillRect(LEFT, TOP + PLOT + 65, 12, 12);
    g.setColor(Color.BLACK);
    g.drawString(String.format(Locale.ROOT, "temperature 1 (as trained): ECE %.3f", eceBefore), LEFT + 18,
        TOP + PLOT + 56);
    g.drawString(String.format(Locale.ROOT, "temperature %.3f (fitted on train holdout): ECE %.3f", temperature,
        eceAfter), LEFT + 18, TOP + PLOT + 76);
  }

  /** Half-width bars side by side in each bin; empty bins are left blank. */
  private static void bars(Graphics2D g, List<ReliabilityBin> bins, Color color, int slot) {
    g.setColor(color);
    for (ReliabilityBin b : bins) {
      if (b.count() == 0) {
        continue;
      }
      int x0 = LEFT + (int) Math.round(b.lower() * PLOT);
      int width = (int) Math.round((b.upper() - b.lower()) * PLOT) / 2;
      int height = (int) Math.round(b.accuracy() * PLOT);
      g.fillRect(x0 + slot * width, TOP + PLOT - height, width - 1, height);
    }
  }
}
