package org.unsdcf.report;

import java.math.BigDecimal;
import java.util.List;
import org.unsdcf.core.rollup.BudgetAggregate;
import org.unsdcf.core.rollup.BudgetGroup;

/**
 * Budget charts: required, available and expenditure side by side, per year (columns) and per
 * agency (rows), each series in its own colour and named in a legend.
 */
final class BudgetChart {
  private static final int WIDTH = 900;
  private static final String[] SERIES = {"Required", "Available", "Expenditure"};
  private static final String[] SERIES_LOWER = {"required", "available", "expenditure"};
  private static final String[] COLOURS = {
    Palette.REQUIRED, Palette.AVAILABLE, Palette.EXPENDITURE
  };

  private BudgetChart() {}

  static void byYear(Markup markup, String id, List<BudgetGroup> years, String currency) {
    int height = 280;
    double top = 36;
    double bottom = height - 30;
    double left = 90;
    double plot = WIDTH - left - 20;
    double max = max(years);
    String[][] amounts = amounts(years);
    Svg svg =
        Svg.open(
            markup,
            id,
            WIDTH,
            height,
            "Budget by year (" + currency + ")",
            "Columns of required, available and expenditure per year: "
                + describe(years, amounts)
                + ".");
    legend(svg);
    svg.line(left, bottom, left + plot, bottom, Palette.MUTED);
    svg.text(
        left - 6, top + 4, Figures.money(BigDecimal.valueOf(max)), "end", Palette.MUTED, "axis");
    svg.text(left - 6, bottom, "0", "end", Palette.MUTED, "axis");
    double slot = plot / Math.max(1, years.size());
    double bar = Math.min(28, slot / 4);
    for (int i = 0; i < years.size(); i++) {
      BudgetGroup group = years.get(i);
      BigDecimal[] values = values(group.budget());
      double x0 = left + i * slot + (slot - 3 * bar) / 2;
      for (int s = 0; s < 3; s++) {
        double h = (bottom - top) * values[s].doubleValue() / max;
        svg.rect(
            x0 + s * bar,
            bottom - Math.max(h, 1),
            bar - 2,
            Math.max(h, 1),
            COLOURS[s],
            "mark",
            tip(group.key(), s, amounts[i][s], currency));
      }
      svg.text(
          left + i * slot + slot / 2, bottom + 18, group.key(), "middle", Palette.TEXT, "axis");
    }
    svg.close();
  }

  static void byGroup(
      Markup markup, String id, String what, List<BudgetGroup> groups, String currency) {
    int row = 34;
    double top = 36;
    double left = 200;
    double plot = WIDTH - left - 150;
    int height = (int) top + row * groups.size() + 8;
    double max = max(groups);
    String[][] amounts = amounts(groups);
    Svg svg =
        Svg.open(
            markup,
            id,
            WIDTH,
            height,
            "Budget by " + what + " (" + currency + ")",
            "Bars of required, available and expenditure per "
                + what
                + ": "
                + describe(groups, amounts)
                + ".");
    legend(svg);
    for (int i = 0; i < groups.size(); i++) {
      BudgetGroup group = groups.get(i);
      BigDecimal[] values = values(group.budget());
      double y = top + i * row;
      String label = group.key().isEmpty() ? "(none)" : Text.shorten(group.key(), 28);
      svg.text(left - 8, y + 17, label, "end", Palette.TEXT, "label");
      for (int s = 0; s < 3; s++) {
        double w = plot * values[s].doubleValue() / max;
        svg.rect(
            left,
            y + 3 + s * 9,
            Math.max(w, 1),
            8,
            COLOURS[s],
            "mark",
            tip(group.key(), s, amounts[i][s], currency));
      }
      svg.text(left + plot + 8, y + 17, amounts[i][0], "start", Palette.MUTED, "value");
    }
    svg.close();
  }

  private static void legend(Svg svg) {
    double x = 90;
    for (int s = 0; s < 3; s++) {
      svg.rect(x, 10, 12, 12, COLOURS[s], "swatch");
      svg.text(x + 18, 20, SERIES[s], "start", Palette.TEXT, "legend");
      x += 130;
    }
  }

  private static BigDecimal[] values(BudgetAggregate budget) {
    return new BigDecimal[] {budget.required(), budget.available(), budget.expenditure()};
  }

  private static double max(List<BudgetGroup> groups) {
    double max = 0;
    for (BudgetGroup group : groups) {
      for (BigDecimal value : values(group.budget())) {
        max = Math.max(max, value.doubleValue());
      }
    }
    return max > 0 ? max : 1;
  }

  /** Each group's amounts of the three series as people read them, worked out once a chart. */
  private static String[][] amounts(List<BudgetGroup> groups) {
    String[][] amounts = new String[groups.size()][];
    for (int i = 0; i < amounts.length; i++) {
      BigDecimal[] values = values(groups.get(i).budget());
      amounts[i] =
          new String[] {
            Figures.money(values[0]), Figures.money(values[1]), Figures.money(values[2])
          };
    }
    return amounts;
  }

  private static String tip(String key, int series, String amount, String currency) {
    return (key.isEmpty() ? "(none)" : key)
        + ": "
        + SERIES_LOWER[series]
        + " "
        + amount
        + " "
        + currency;
  }

  private static String describe(List<BudgetGroup> groups, String[][] amounts) {
    StringBuilder desc = new StringBuilder();
    for (int i = 0; i < amounts.length; i++) {
      BudgetGroup group = groups.get(i);
      desc.append(desc.length() == 0 ? "" : "; ")
          .append(group.key().isEmpty() ? "(none)" : group.key())
          .append(" required ")
          .append(amounts[i][0])
          .append(", available ")
          .append(amounts[i][1])
          .append(", expenditure ")
          .append(amounts[i][2]);
    }
    return desc.toString();
  }
}
