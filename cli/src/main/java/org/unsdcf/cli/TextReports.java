package org.unsdcf.cli;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import java.util.OptionalDouble;
import org.unsdcf.core.rollup.BudgetAggregate;
import org.unsdcf.core.rollup.ProgressAggregate;
import org.unsdcf.core.rollup.Ratios;
import org.unsdcf.core.rollup.RollupNode;
import org.unsdcf.core.rollup.RollupReport;
import org.unsdcf.core.validation.ValidationReport;

/**
 * The text output of design.md §8, one line per finding or node; each node line ends with Open
 * SDG's view of §16 ({@code openSdg <status> score <score>}, {@code -} when absent).
 */
final class TextReports {
  private TextReports() {}

  static void printValidation(ValidationReport report, PrintStream out) {
    // The report's own text is the CLI form: one line per finding, then the summary line.
    out.println(report);
  }

  static String path(String path) {
    return path.isEmpty() ? "\"\"" : path;
  }

  static void printRollup(RollupReport report, PrintStream out) {
    out.println(
        report.framework()
            + " roll-up as of "
            + report.asOf()
            + " (currency "
            + report.currency()
            + ")");
    printNode(report.root(), 0, report, out);
    out.println("validation: " + report.validation().summary());
  }

  private static void printNode(RollupNode node, int depth, RollupReport report, PrintStream out) {
    ProgressAggregate p = node.progress();
    BudgetAggregate b = node.budget();
    out.println(
        "  ".repeat(depth)
            + node.level()
            + " "
            + node.code()
            + " "
            + p.status(report.thresholds())
            + " progress "
            + ratio(p.progress())
            + " pace "
            + ratio(p.pace())
            + " coverage "
            + p.assessed()
            + "/"
            + p.indicators()
            + " required "
            + amount(b.required())
            + " available "
            + amount(b.available())
            + " expenditure "
            + amount(b.expenditure())
            + " toBeMobilised "
            + amount(b.toBeMobilised())
            + " openSdg "
            + p.openSdg().map(r -> r.status().name()).orElse("-")
            + " score "
            + p.openSdg().map(r -> score(r.score())).orElse("-"));
    for (RollupNode child : node.children()) {
      printNode(child, depth + 1, report, out);
    }
  }

  static String ratio(Optional<BigDecimal> value) {
    return value.map(v -> v.setScale(4, RoundingMode.HALF_EVEN).toPlainString()).orElse("-");
  }

  /** An Open SDG score as JSON writes it, at scale 4 ({@code 5.0000}), {@code -} when absent. */
  static String score(OptionalDouble value) {
    return value.isPresent()
        ? Ratios.scale4(value.getAsDouble()).setScale(4, RoundingMode.HALF_EVEN).toPlainString()
        : "-";
  }

  static String amount(BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
  }
}
