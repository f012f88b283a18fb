package org.unsdcf.report;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.unsdcf.core.rollup.BudgetAggregate;
import org.unsdcf.core.rollup.ComputedValue;
import org.unsdcf.core.rollup.IndicatorProgress;
import org.unsdcf.core.rollup.ProgressAggregate;
import org.unsdcf.core.rollup.RollupNode;
import org.unsdcf.core.rollup.RollupReport;
import org.unsdcf.core.validation.Finding;
import org.unsdcf.core.validation.ValidationReport;

/**
 * Writes roll-up and validation reports as CSV tables for spreadsheets (design.md §17).
 *
 * <p>Rules:
 *
 * <ul>
 *   <li>RFC 4180: fields separated by commas, records ended by CR LF, a field holding a comma, a
 *       quote, CR or LF quoted with its quotes doubled.
 *   <li>The table starts with a UTF-8 byte order mark ({@code U+FEFF}, so that spreadsheet programs
 *       read the text as UTF-8), then a header row.
 *   <li>A text cell starting with {@code =}, {@code +}, {@code -} or {@code @} gets a leading
 *       {@code '}, so that no spreadsheet runs it as a formula (CSV injection); numbers are written
 *       as they are.
 *   <li>Figures as the text report gives them: ratios at scale 4 (HALF_EVEN), sums and given values
 *       exact and normalised, dates ISO 8601; an absent value is an empty cell.
 * </ul>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CsvTables {
  /** The header row of {@link #rollup}. */
  static final List<String> ROLLUP_COLUMNS =
      List.of(
          "row",
          "level",
          "code",
          "owner",
          "status",
          "reason",
          "progress",
          "pace",
          "coverage",
          "indicators",
          "assessed",
          "achieved",
          "lines",
          "required",
          "available",
          "expenditure",
          "toBeMobilised",
          "fundingRate",
          "deliveryRate",
          "baseline",
          "target",
          "actual",
          "actualDate",
          "achievement",
          "cappedAchievement",
          "expected",
          "cappedPace",
          "weight");

  /** The header row of {@link #findings}. */
  static final List<String> FINDING_COLUMNS =
      List.of("severity", "code", "path", "subject", "message");

  private static final char BOM = '\uFEFF';

  private CsvTables() {}

  /**
   * Writes a roll-up as one row per node (kind {@code node}, in the tree's pre-order: the
   * framework, each area, outcome, output and sub-output), then one per indicator (kind {@code
   * indicator}, in the report's order). Columns: {@code row, level, code, owner, status, reason},
   * the node figures of design.md §8 ({@code progress, pace, coverage, indicators, assessed,
   * achieved} and the budget's {@code lines, required, available, expenditure, toBeMobilised,
   * fundingRate, deliveryRate}), then the indicator figures of §7.1 ({@code baseline, target,
   * actual, actualDate, achievement, cappedAchievement, expected, cappedPace, weight}; an
   * indicator's {@code pace} is in the {@code pace} column).
   *
   * @param report the roll-up
   * @param out where the table goes
   * @throws NullPointerException if an argument is null
   * @throws IOException if {@code out} fails
   */
  public static void rollup(RollupReport report, Appendable out) throws IOException {
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(out, "out");
    out.append(BOM);
    record(out, ROLLUP_COLUMNS, List.of());
    node(report, report.root(), out);
    for (IndicatorProgress p : report.indicators()) {
      List<String> cells = new ArrayList<>();
      cells.add("indicator");
      cells.add(p.level().name());
      cells.add(p.code());
      cells.add(p.owner());
      cells.add(p.status().name());
      cells.add(p.reason().map(Enum::name).orElse(""));
      cells.add("");
      cells.add(ratio(p.pace()));
      for (int i = 0; i < 11; i++) {
        cells.add("");
      }
      cells.add(plain(p.reported(ComputedValue.BASELINE)));
      cells.add(plain(p.reported(ComputedValue.TARGET)));
      cells.add(plain(p.reported(ComputedValue.ACTUAL)));
      cells.add(p.actualDate().map(Object::toString).orElse(""));
      cells.add(ratio(p.achievement()));
      cells.add(ratio(p.cappedAchievement()));
      cells.add(ratio(p.expected()));
      cells.add(ratio(p.cappedPace()));
      cells.add(Figures.plain(p.weight()));
      record(out, cells, List.of(0, 1, 2, 3, 4, 5));
    }
  }

  private static void node(RollupReport report, RollupNode node, Appendable out)
      throws IOException {
    ProgressAggregate progress = node.progress();
    BudgetAggregate budget = node.budget();
    List<String> cells = new ArrayList<>();
    cells.add("node");
    cells.add(node.level().name());
    cells.add(node.code());
    cells.add("");
    cells.add(progress.status(report.thresholds()).name());
    cells.add("");
    cells.add(ratio(progress.progress()));
    cells.add(ratio(progress.pace()));
    cells.add(ratio(progress.coverage()));
    cells.add(Integer.toString(progress.indicators()));
    cells.add(Integer.toString(progress.assessed()));
    cells.add(Integer.toString(progress.achieved()));
    cells.add(Integer.toString(budget.lines()));
    cells.add(Figures.plain(budget.required()));
    cells.add(Figures.plain(budget.available()));
    cells.add(Figures.plain(budget.expenditure()));
    cells.add(Figures.plain(budget.toBeMobilised()));
    cells.add(ratio(budget.fundingRate()));
    cells.add(ratio(budget.deliveryRate()));
    for (int i = 0; i < 9; i++) {
      cells.add("");
    }
    record(out, cells, List.of(0, 1, 2, 3, 4, 5));
    for (RollupNode child : node.children()) {
      node(report, child, out);
    }
  }

  /**
   * Writes a validation report's findings, one row each in the report's order, under the header
   * {@code severity, code, path, subject, message}.
   *
   * @param report the validation report
   * @param out where the table goes
   * @throws NullPointerException if an argument is null
   * @throws IOException if {@code out} fails
   */
  public static void findings(ValidationReport report, Appendable out) throws IOException {
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(out, "out");
    out.append(BOM);
    record(out, FINDING_COLUMNS, List.of());
    for (Finding f : report.findings()) {
      record(
          out,
          List.of(f.severity().name(), f.code(), f.path(), f.subject(), f.message()),
          List.of(0, 1, 2, 3, 4));
    }
  }

  private static String ratio(Optional<BigDecimal> value) {
    return value.map(Figures::ratio).orElse("");
  }

  private static String plain(Optional<BigDecimal> value) {
    return value.map(Figures::plain).orElse("");
  }

  /** Writes one record; the cells at {@code textCells} are guarded against formulas. */
  private static void record(Appendable out, List<String> cells, List<Integer> textCells)
      throws IOException {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      String cell = cells.get(i);
      out.append(field(textCells.contains(i) ? defused(cell) : cell));
    }
    out.append("\r\n");
  }

  static String defused(String text) {
    if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0) {
      return "'" + text;
    }
    return text;
  }

  static String field(String cell) {
    boolean quote = false;
    for (int i = 0; i < cell.length() && !quote; i++) {
      char c = cell.charAt(i);
      quote = c == ',' || c == '"' || c == '\r' || c == '\n';
    }
    return quote ? '"' + cell.replace("\"", "\"\"") + '"' : cell;
  }
}
