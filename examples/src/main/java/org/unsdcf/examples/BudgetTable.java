package org.unsdcf.examples;

import java.util.List;
import org.unsdcf.core.rollup.BudgetAggregate;
import org.unsdcf.core.rollup.BudgetGroup;
import org.unsdcf.core.rollup.RollupReport;

/**
 * The budget of a roll-up as two tables, per funding year and per agency, each closed by a total
 * (the lines of the current joint work plans in the plan's currency, unlinked ones included):
 * lines, required, available, expenditure, to be mobilised, funding rate (available ÷ required) and
 * delivery rate (expenditure ÷ available). Rates come from the sums of each row, never averaged; a
 * total's to-be-mobilised lets an over-funded group offset the others (design.md §7.4).
 *
 * <pre>{@code
 * System.out.print(BudgetTable.render(report));
 * }</pre>
 *
 * <p>Amounts print exactly ({@code 120000}), rates at scale 4 ({@code 0.6667}), {@code -} when
 * absent. This class is stateless and thread-safe.
 */
public final class BudgetTable {
  private BudgetTable() {}

  /**
   * Renders the budget tables of a roll-up.
   *
   * @param report the roll-up
   * @return title lines and the two tables, an empty line between them, each line ending with LF
   * @throws NullPointerException if {@code report} is null
   */
  public static String render(RollupReport report) {
    String currency = report.currency();
    StringBuilder text = new StringBuilder();
    text.append(report.framework())
        .append(" budget by year (")
        .append(currency)
        .append(")\n")
        .append(table("year", report.budget().byYear()));
    text.append('\n')
        .append(report.framework())
        .append(" budget by agency (")
        .append(currency)
        .append(")\n")
        .append(table("agency", report.budget().byAgency()));
    int skipped = report.budget().skippedLines();
    if (skipped > 0) {
      text.append(skipped).append(" funding lines in another currency are left out\n");
    }
    return text.toString();
  }

  private static String table(String key, List<BudgetGroup> groups) {
    TextTable table =
        new TextTable(
            key,
            ">lines",
            ">required",
            ">available",
            ">expenditure",
            ">toBeMobilised",
            ">fundingRate",
            ">deliveryRate");
    BudgetAggregate total = BudgetAggregate.empty();
    for (BudgetGroup g : groups) {
      row(table, g.key(), g.budget());
      total = total.plus(g.budget());
    }
    row(table, "total", total);
    return table.render();
  }

  private static void row(TextTable table, String key, BudgetAggregate b) {
    table.row(
        key,
        Integer.toString(b.lines()),
        TextTable.amount(b.required()),
        TextTable.amount(b.available()),
        TextTable.amount(b.expenditure()),
        TextTable.amount(b.toBeMobilised()),
        TextTable.ratio(b.fundingRate()),
        TextTable.ratio(b.deliveryRate()));
  }
}
