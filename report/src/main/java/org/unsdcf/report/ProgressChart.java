package org.unsdcf.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.unsdcf.core.model.ProgressStatus;
import org.unsdcf.core.model.ResultLevel;
import org.unsdcf.core.rollup.ProgressThresholds;
import org.unsdcf.core.rollup.RollupNode;

/**
 * The chart of progress by priority area and outcome: one bar per node (the framework, its areas,
 * their outcomes), its length the weighted progress, its colour the status, and the status in words
 * beside it.
 */
final class ProgressChart {
  private static final int WIDTH = 900;
  private static final int ROW = 26;
  private static final int TOP = 8;
  private static final int LABEL = 390;
  private static final int BAR = 320;
  private static final int LABEL_CHARS = 38;

  /**
   * One row of the chart and of the table beside it, with the figures both show worked out once
   * (each {@code progress()} and {@code pace()} of a node is a division).
   */
  record Row(
      int depth,
      RollupNode node,
      String title,
      ProgressStatus status,
      Optional<BigDecimal> progress,
      String progressPercent,
      String pacePercent) {}

  private ProgressChart() {}

  /** The framework, its priority areas and their outcomes, in document order. */
  static List<Row> rows(
      RollupNode root, Function<String, String> titles, ProgressThresholds thresholds) {
    List<Row> rows = new ArrayList<>();
    add(rows, 0, root, titles, thresholds);
    for (RollupNode area : root.children()) {
      add(rows, 1, area, titles, thresholds);
      for (RollupNode outcome : area.children()) {
        if (outcome.level() == ResultLevel.OUTCOME) {
          add(rows, 2, outcome, titles, thresholds);
        }
      }
    }
    return rows;
  }

  private static void add(
      List<Row> rows,
      int depth,
      RollupNode node,
      Function<String, String> titles,
      ProgressThresholds thresholds) {
    Optional<BigDecimal> progress = node.progress().progress();
    rows.add(
        new Row(
            depth,
            node,
            titles.apply(node.code()),
            node.progress().status(thresholds),
            progress,
            Figures.percent(progress),
            Figures.percent(node.progress().pace())));
  }

  static void write(Markup markup, String id, List<Row> rows) {
    int height = TOP * 2 + ROW * rows.size();
    Svg svg =
        Svg.open(
            markup, id, WIDTH, height, "Progress by priority area and outcome", description(rows));
    for (int i = 0; i < rows.size(); i++) {
      Row row = rows.get(i);
      double y = TOP + i * ROW;
      // Bold upper rows are wider per character; deeper rows start further right.
      String label =
          Text.shorten(row.node().code() + " " + row.title(), LABEL_CHARS + 3 * row.depth());
      svg.openGroup(tip(row));
      svg.text(
          8 + 16 * row.depth(),
          y + 17,
          label,
          "start",
          Palette.TEXT,
          row.depth() < 2 ? "label strong" : "label");
      svg.rect(LABEL, y + 5, BAR, ROW - 10, Palette.TRACK, "track");
      BigDecimal progress = row.progress().orElse(BigDecimal.ZERO);
      double length = BAR * Math.min(1, Math.max(0, progress.doubleValue()));
      // A zero-length bar still shows a sliver in its status colour.
      svg.rect(LABEL, y + 5, Math.max(length, 2), ROW - 10, Palette.status(row.status()), "mark");
      svg.text(
          LABEL + BAR + 10,
          y + 17,
          row.progress().isPresent()
              ? row.progressPercent() + " " + Palette.words(row.status())
              : Palette.words(row.status()),
          "start",
          Palette.status(row.status()),
          "value");
      svg.closeGroup();
    }
    svg.close();
  }

  private static String tip(Row row) {
    return row.node().code()
        + " "
        + row.title()
        + ": progress "
        + row.progressPercent()
        + ", "
        + Palette.lowerWords(row.status())
        + ", "
        + row.node().progress().assessed()
        + " of "
        + row.node().progress().indicators()
        + " indicators assessed";
  }

  private static String description(List<Row> rows) {
    StringBuilder desc =
        new StringBuilder(
            "Bars of weighted progress towards the final targets, coloured by status: ");
    for (int i = 0; i < rows.size(); i++) {
      Row row = rows.get(i);
      desc.append(i == 0 ? "" : "; ")
          .append(row.node().code())
          .append(' ')
          .append(row.progressPercent())
          .append(' ')
          .append(Palette.lowerWords(row.status()));
    }
    return desc.append('.').toString();
  }
}
