package io.emoticctv.models.report;

import io.emoticctv.contracts.Emotion;
import java.awt.Color;
import java.awt.Graphics2D;
import java.nio.file.Path;

/**
 * The confusion matrix as a heat map: cell shade = share of the true emotion's images (row
 * recall), cell text = image count. Rows: true emotion; columns: predicted.
 */
final class ConfusionMatrixChart {
  private static final int CELL = 64;
  private static final int LEFT = 100;
  private static final int TOP = 70;

  private ConfusionMatrixChart() {}

  static void write(Path png, String title, int[][] confusion) {
    int side = CELL * Emotion.COUNT;
    PngCharts.write(png, LEFT + side + 20, TOP + side + 50, g -> paint(g, title, confusion));
  }

  private static void paint(Graphics2D g, String title, int[][] confusion) {
    g.setFont(PngCharts.TITLE);
    g.drawString(title, 10, 20);
    g.setFont(PngCharts.LABEL);
    PngCharts.centred(g, "predicted", LEFT + CELL * Emotion.COUNT / 2, 40);
    for (int t = 0; t < Emotion.COUNT; t++) {
      int rowTotal = 0;
      for (int n : confusion[t]) {
        rowTotal += n;
      }
      g.setColor(Color.BLACK);
      g.drawString(Emotion.values()[t].key(), 10, TOP + t * CELL + CELL / 2 + 5);
      PngCharts.centred(g, Emotion.values()[t].key(), LEFT + t * CELL + CELL / 2, TOP - 8);
      for (int p = 0; p < Emotion.COUNT; p++) {
        double share = rowTotal == 0 ? 0 : (double) confusion[t][p] / rowTotal;
        int shade = (int) Math.round(255 * (1 - share));
        g.setColor(new Color(shade, shade, 255));
        g.fillRect(LEFT + p * CELL, TOP + t * CELL, CELL, CELL);
        g.setColor(Color.GRAY);
        g.drawRect(LEFT + p * CELL, TOP + t * CELL, CELL, CELL);
        g.setColor(share > 0.5 ? Color.WHITE : Color.BLACK);
        PngCharts.centred(g, Integer.toString(confusion[t][p]), LEFT + p * CELL + CELL / 2, TOP + t * CELL + CELL / 2 + 5);
      }
    }
    g.setColor(Color.BLACK);
    g.drawString("rows: true emotion; shade: share of the row", 10, TOP + CELL * Emotion.COUNT + 30);
  }
}
