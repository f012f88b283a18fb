package org.unsdcf.examples;

import java.util.List;
import org.unsdcf.core.model.ResultLevel;
import org.unsdcf.core.rollup.ProgressAggregate;
import org.unsdcf.core.rollup.RollupNode;
import org.unsdcf.core.rollup.RollupReport;

/**
 * The progress of a roll-up as a table, one row for the framework, each priority area and each
 * outcome, in document order: level, code, status, progress (the weighted mean capped achievement
 * of the outcomes' indicators), pace, and coverage as assessed/indicators. Outputs and sub-outputs
 * are left out: their progress sits beside the outcome's and is not folded into it (design.md
 * §7.3).
 *
 * <pre>{@code
 * RollupReport report = Rollup.compute(KyrgyzstanFramework.build(),
 *     RollupOptions.builder().asOf(LocalDate.of(2025, 6, 30)).build());
 * System.out.print(ProgressTable.render(report));
 * }</pre>
 *
 * <p>Ratios print at scale 4 ({@code 0.2500}), {@code -} when absent. This class is stateless and
 * thread-safe.
 */
public final class ProgressTable {
  private ProgressTable() {}

  /**
   * Renders the progress table of a roll-up.
   *
   * @param report the roll-up
   * @return a title line and the table, each line ending with LF
   * @throws NullPointerException if {@code report} is null
   */
  public static String render(RollupReport report) {
    TextTable table = new TextTable("level", "code", "status", ">progress", ">pace", ">coverage");
    add(table, report, report.root());
    return report.framework()
        + " progress as of "
        + report.asOf()
        + " (priority areas and outcomes)\n"
        + table.render();
  }

  private static void add(TextTable table, RollupReport report, RollupNode node) {
    ProgressAggregate p = node.progress();
    table.row(
        node.level().name(),
        node.code(),
        p.status(report.thresholds()).name(),
        TextTable.ratio(p.progress()),
        TextTable.ratio(p.pace()),
        p.assessed() + "/" + p.indicators());
    List<RollupNode> children = node.children();
    for (RollupNode child : children) {
      if (child.level() != ResultLevel.OUTPUT && child.level() != ResultLevel.SUB_OUTPUT) {
        add(table, report, child);
      }
    }
  }
}
