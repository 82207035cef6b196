package io.emoticctv.portal.audit;

import java.util.List;
import java.util.stream.Collectors;

/**
 * RFC 4180 CSV lines. A cell that a spreadsheet would run as a formula (starting with {@code =},
 * {@code +}, {@code -}, {@code @}) is prefixed with an apostrophe.
 */
public final class Csv {
  private Csv() {}

  public static String line(List<String> cells) {
    return cells.stream().map(Csv::cell).collect(Collectors.joining(",")) + "\r\n";
  }

  static String cell(String value) {
    String v = value == null ? "" : value;
    if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
      v = "'" + v;
    }
    if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
      return "\"" + v.replace("\"", "\"\"") + "\"";
    }
    return v;
  }
}
