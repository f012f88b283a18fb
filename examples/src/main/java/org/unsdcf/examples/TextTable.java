package org.unsdcf.examples;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.unsdcf.core.rollup.Ratios;

/**
 * A plain-text table with aligned columns: text columns left-aligned, number columns right-aligned,
 * two spaces between columns, no trailing spaces, every line ending with LF. Also the number
 * formats of the roll-up text (design.md §11): ratios at scale 4 ({@code 1.0000}), amounts exact
 * ({@code 120000}), {@code -} when absent.
 */
final class TextTable {
  /** What an absent value prints as. */
  static final String NONE = "-";

  private final List<String> headers;
  private final boolean[] numeric;
  private final List<List<String>> rows = new ArrayList<>();

  /**
   * Starts a table; a header starting with {@code >} names a right-aligned (number) column.
   *
   * @param headers the column headers
   */
  TextTable(String... headers) {
    this.headers = new ArrayList<>(headers.length);
    this.numeric = new boolean[headers.length];
    for (int i = 0; i < headers.length; i++) {
      numeric[i] = headers[i].startsWith(">");
      this.headers.add(numeric[i] ? headers[i].substring(1) : headers[i]);
    }
  }

  TextTable row(String... cells) {
    if (cells.length != headers.size()) {
      throw new IllegalArgumentException(
          "a row needs " + headers.size() + " cells, but had " + cells.length);
    }
    rows.add(List.of(cells));
    return this;
  }

  String render() {
    int[] widths = new int[headers.size()];
    for (int i = 0; i < widths.length; i++) {
      widths[i] = headers.get(i).length();
      for (List<String> row : rows) {
        widths[i] = Math.max(widths[i], row.get(i).length());
      }
    }
    StringBuilder text = new StringBuilder();
    line(text, headers, widths);
    for (List<String> row : rows) {
      line(text, row, widths);
    }
    return text.toString();
  }

  private void line(StringBuilder text, List<String> cells, int[] widths) {
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < cells.size(); i++) {
      String cell = cells.get(i);
      String pad = " ".repeat(widths[i] - cell.length());
      if (i > 0) {
        line.append("  ");
      }
      line.append(numeric[i] ? pad + cell : cell + pad);
    }
    text.append(line.toString().stripTrailing()).append('\n');
  }

  /** A ratio at scale 4, HALF_EVEN, {@code -} when absent. */
  static String ratio(Optional<BigDecimal> value) {
    return value
        .map(v -> v.setScale(Ratios.SCALE, RoundingMode.HALF_EVEN).toPlainString())
        .orElse(NONE);
  }

  /** An exact amount, normalised. */
  static String amount(BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    return stripped.signum() == 0
        ? "0"
        : (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
  }
}
