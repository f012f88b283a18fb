package org.unsdcf.report;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.owasp.encoder.Encode;
import org.unsdcf.core.model.CooperationFramework;
import org.unsdcf.core.model.Indicator;
import org.unsdcf.core.model.JointWorkPlan;
import org.unsdcf.core.model.Measure;
import org.unsdcf.core.model.Outcome;
import org.unsdcf.core.model.Output;
import org.unsdcf.core.model.PriorityArea;
import org.unsdcf.core.model.ResultLevel;
import org.unsdcf.core.model.SubOutput;
import org.unsdcf.core.rollup.BudgetGroup;
import org.unsdcf.core.rollup.ComputedValue;
import org.unsdcf.core.rollup.IndicatorProgress;
import org.unsdcf.core.rollup.RollupReport;
import org.unsdcf.core.validation.Finding;
import org.unsdcf.core.validation.Severity;
import org.unsdcf.core.validation.ValidationReport;

/** Writes the page of one plan: head and style, then one section per view. */
final class Page {
  private static final Severity[] SEVERITIES = Severity.values();
  private static final String[] LEVEL_WORDS = levelWords();

  /** Each measure's name in lower case, the unit column's words for an indicator without a unit. */
  private static final String[] MEASURE_WORDS = measureWords();

  // A table has thousands of cells: their fixed markup is encoded once and copied whole.
  private static final byte[] TD = "<td>".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] TD_CLASS = "<td class=\"".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] TAG_END = "\">".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] TD_END = "</td>".getBytes(StandardCharsets.US_ASCII);

  /**
   * The Content-Security-Policy, encoded once: its quotes would send it to the encoder each page.
   */
  private static final String POLICY =
      Encode.forHtmlAttribute("default-src 'none'; style-src 'unsafe-inline'");

  private final CooperationFramework plan;
  private final RollupReport rollup;
  private final ValidationReport validation;
  private final List<JointWorkPlan> current;
  private final Markup markup;
  private final Map<String, String> titles = new HashMap<>();
  private final Map<String, Indicator> indicators;
  private int charts;

  Page(CooperationFramework plan, RollupReport rollup, ValidationReport validation) {
    this.plan = plan;
    this.rollup = rollup;
    this.validation = validation;
    this.current = plan.currentJointWorkPlans();
    this.indicators = new HashMap<>(2 * rollup.indicators().size() + 16);
    this.markup = new Markup(estimate(rollup, validation));
    index();
  }

  /**
   * A little more than the page will take, from what it shows (the fixed parts, then per row of
   * each view: indicator rows with their chart are the bulk), so the buffer is sized once.
   */
  private static int estimate(RollupReport rollup, ValidationReport validation) {
    long bytes =
        16_384L
            + 2_560L * rollup.indicators().size()
            + 1_024L * progressRows(rollup)
            + 1_536L * rollup.budget().byYear().size()
            + 1_536L * rollup.budget().byAgency().size()
            + 512L * rollup.budget().byContributingPartner().size()
            + 768L * validation.findings().size();
    return (int) Math.min(bytes, 64L << 20);
  }

  private static int progressRows(RollupReport rollup) {
    int rows = 1 + rollup.root().children().size();
    for (var area : rollup.root().children()) {
      rows += area.children().size();
    }
    return rows;
  }

  /** Writes the page and returns its bytes' builder. */
  Markup write() {
    markup.raw("<!DOCTYPE html>\n");
    markup.open("html", "lang", "en").newline();
    head();
    markup.open("body").newline();
    header();
    facts();
    progress();
    indicatorTable();
    budget();
    findings();
    markup
        .open("footer")
        .text("Written by unsdcf from the plan " + plan.code() + " as of " + rollup.asOf() + ".")
        .close("footer")
        .newline();
    markup.close("body").newline().close("html").newline();
    return markup;
  }

  private void head() {
    markup.open("head").newline();
    markup.empty("meta", "charset", "utf-8").newline();
    // Defence in depth: even a mistake in this page could load nothing and run nothing.
    markup
        .start("meta")
        .attribute("http-equiv", "Content-Security-Policy")
        .encodedAttribute("content", POLICY)
        .endEmpty()
        .newline();
    markup
        .empty("meta", "name", "viewport", "content", "width=device-width, initial-scale=1")
        .newline();
    markup.element("title", plan.code() + " " + plan.title() + " as of " + rollup.asOf()).newline();
    markup.open("style").raw(Style.CSS_UTF8).close("style").newline();
    markup.close("head").newline();
  }

  private void header() {
    markup.open("header").newline();
    markup.element("h1", plan.title()).newline();
    markup
        .element(
            "p",
            plan.code()
                + " \u00b7 "
                + plan.period().start()
                + "\u2013"
                + plan.period().end()
                + " \u00b7 as of "
                + rollup.asOf(),
            "class",
            "muted")
        .newline();
    markup.close("header").newline();
  }

  private void facts() {
    section("facts", "The framework");
    markup.open("dl", "class", "facts").newline();
    fact("Code", plan.code());
    fact("Title", plan.title());
    fact("Countries", String.join(", ", plan.countries()));
    fact("Period", plan.period().start() + "\u2013" + plan.period().end());
    fact("Signed on", plan.signedOn().map(LocalDate::toString).orElse("not recorded"));
    fact("Currency", plan.currency());
    int outcomes = 0;
    int outputs = 0;
    for (PriorityArea area : plan.priorityAreas()) {
      outcomes += area.outcomes().size();
      for (Outcome outcome : area.outcomes()) {
        outputs += outcome.outputs().size();
      }
    }
    fact(
        "Results",
        plan.priorityAreas().size()
            + " priority areas, "
            + outcomes
            + " outcomes, "
            + outputs
            + " outputs, "
            + rollup.indicators().size()
            + " indicators");
    int entries = 0;
    for (JointWorkPlan jwp : current) {
      entries += jwp.entries().size();
    }
    fact(
        "Joint work plans",
        plan.jointWorkPlans().size()
            + " in all, "
            + current.size()
            + " current with "
            + entries
            + " sub-outputs");
    fact(
        "Validation",
        (validation.valid() ? "valid" : "invalid")
            + " as of "
            + validation.asOf()
            + " ("
            + validation.strictness().name().toLowerCase(Locale.ROOT)
            + "): "
            + summary());
    markup.close("dl").newline();
    endSection();
  }

  private void fact(String name, String value) {
    markup.element("dt", name).element("dd", value).newline();
  }

  private void progress() {
    section("progress", "Progress by priority area and outcome");
    markup
        .element(
            "p",
            "Each bar is the weighted share of the way from baseline to final target, capped at 100%; its"
                + " colour and the words beside it give the status (thresholds: on track from "
                + Figures.percent(java.util.Optional.of(rollup.thresholds().onTrack()))
                + " of the expected pace, at risk from "
                + Figures.percent(java.util.Optional.of(rollup.thresholds().atRisk()))
                + ").",
            "class",
            "muted")
        .newline();
    List<ProgressChart.Row> rows =
        ProgressChart.rows(rollup.root(), this::title, rollup.thresholds());
    ProgressChart.write(markup, nextChart(), rows);
    markup.open("table").newline();
    headerRow("Level", "Code", "Title", "Status", "Progress", "Pace", "Indicators assessed");
    for (ProgressChart.Row row : rows) {
      markup.open("tr");
      cell(LEVEL_WORDS[row.node().level().ordinal()]);
      cell(row.node().code());
      cell(row.title());
      statusCell(row.status());
      cell(row.progressPercent(), "num");
      cell(row.pacePercent(), "num");
      cell(row.node().progress().assessed() + " of " + row.node().progress().indicators(), "num");
      markup.close("tr").newline();
    }
    markup.close("table").newline();
    endSection();
  }

  private void indicatorTable() {
    section("indicators", "Indicators");
    markup.open("p", "class", "muted").text("In each chart: ");
    markup.raw("<span class=\"key baseline\">\u25a0</span>").text(" baseline, ");
    markup.raw("<span class=\"key target\">\u25cb</span>").text(" targets, ");
    markup
        .raw("<span class=\"key actual\">\u25cf</span>")
        .text(" actuals up to " + rollup.asOf() + ".");
    markup.close("p").newline();
    if (rollup.indicators().isEmpty()) {
      markup.element("p", "The plan has no indicators.").newline();
      endSection();
      return;
    }
    markup.open("table").newline();
    headerRow(
        "Code",
        "Indicator",
        "Of",
        "Unit",
        "Baseline",
        "Final target",
        "Actual",
        "Status",
        "Achievement",
        "Chart");
    for (IndicatorProgress progress : rollup.indicators()) {
      Indicator indicator = indicators.get(progress.code());
      markup.open("tr");
      cell(progress.code());
      cell(indicator == null ? "" : indicator.title());
      cell(progress.owner());
      cell(
          indicator == null
              ? ""
              : indicator
                  .unit()
                  .map(u -> u.symbol())
                  .orElse(MEASURE_WORDS[indicator.measure().ordinal()]));
      cell(Figures.plain(progress.reported(ComputedValue.BASELINE)), "num");
      cell(Figures.plain(progress.reported(ComputedValue.TARGET)), "num");
      cell(
          Figures.plain(progress.reported(ComputedValue.ACTUAL))
              + progress.actualDate().map(d -> " (" + d + ")").orElse(""),
          "num");
      statusCell(progress.status(), progress.reason().map(r -> r.name()).orElse(""));
      cell(Figures.percent(progress.achievement()), "num");
      markup.open("td", "class", "chart-cell");
      List<IndicatorChart.Point> points =
          indicator == null ? List.of() : IndicatorChart.points(indicator, rollup.asOf());
      if (points.isEmpty()) {
        markup.text("no numeric values");
      } else {
        IndicatorChart.write(markup, nextChart(), progress.code(), points);
      }
      markup.close("td").close("tr").newline();
    }
    markup.close("table").newline();
    endSection();
  }

  private void budget() {
    section("budget", "Budget");
    String currency = rollup.currency();
    var total = rollup.root().budget();
    markup
        .element(
            "p",
            "Current joint work plans, "
                + total.lines()
                + " funding lines in "
                + currency
                + ": required "
                + Figures.money(total.required())
                + ", available "
                + Figures.money(total.available())
                + ", expenditure "
                + Figures.money(total.expenditure())
                + ", to be mobilised "
                + Figures.money(total.toBeMobilised())
                + "; funding rate "
                + Figures.percent(total.fundingRate())
                + ", delivery rate "
                + Figures.percent(total.deliveryRate())
                + "."
                + (rollup.budget().skippedLines() == 0
                    ? ""
                    : " "
                        + rollup.budget().skippedLines()
                        + " lines in another currency are left out."),
            "class",
            "muted")
        .newline();
    if (rollup.budget().byYear().isEmpty()) {
      markup.element("p", "No funding lines.").newline();
      endSection();
      return;
    }
    markup.element("h3", "By year").newline();
    BudgetChart.byYear(markup, nextChart(), rollup.budget().byYear(), currency);
    budgetTable("Year", rollup.budget().byYear());
    markup.element("h3", "By agency").newline();
    BudgetChart.byGroup(markup, nextChart(), "agency", rollup.budget().byAgency(), currency);
    budgetTable("Agency", rollup.budget().byAgency());
    markup.element("h3", "By contributing partner").newline();
    budgetTable("Contributing partner", rollup.budget().byContributingPartner());
    endSection();
  }

  private void budgetTable(String key, List<BudgetGroup> groups) {
    markup.open("table").newline();
    headerRow(
        key,
        "Lines",
        "Required",
        "Available",
        "Expenditure",
        "To be mobilised",
        "Funding rate",
        "Delivery rate");
    for (BudgetGroup group : groups) {
      var b = group.budget();
      markup.open("tr");
      cell(group.key().isEmpty() ? "(none)" : group.key());
      cell(Integer.toString(b.lines()), "num");
      cell(Figures.money(b.required()), "num");
      cell(Figures.money(b.available()), "num");
      cell(Figures.money(b.expenditure()), "num");
      cell(Figures.money(b.toBeMobilised()), "num");
      cell(Figures.percent(b.fundingRate()), "num");
      cell(Figures.percent(b.deliveryRate()), "num");
      markup.close("tr").newline();
    }
    markup.close("table").newline();
  }

  private void findings() {
    section("findings", "Validation findings");
    markup
        .element(
            "p",
            (validation.valid() ? "Valid" : "Invalid")
                + " as of "
                + validation.asOf()
                + ", strictness "
                + validation.strictness().name().toLowerCase(Locale.ROOT)
                + ": "
                + summary()
                + ".",
            "class",
            validation.valid() ? "verdict valid" : "verdict invalid")
        .newline();
    List<List<Finding>> bySeverity = new ArrayList<>();
    for (int i = 0; i < SEVERITIES.length; i++) {
      bySeverity.add(new ArrayList<>());
    }
    for (Finding finding : validation.findings()) {
      bySeverity.get(finding.severity().ordinal()).add(finding);
    }
    for (Severity severity : SEVERITIES) {
      List<Finding> some = bySeverity.get(severity.ordinal());
      markup
          .element(
              "h3",
              severityWords(severity) + " (" + some.size() + ")",
              "class",
              severity.name().toLowerCase(Locale.ROOT))
          .newline();
      if (some.isEmpty()) {
        markup.element("p", "None.", "class", "muted").newline();
        continue;
      }
      markup.open("table").newline();
      headerRow("Code", "Subject", "Path", "Message");
      for (Finding finding : some) {
        markup.open("tr");
        cell(finding.code());
        cell(finding.subject());
        cell(finding.path().isEmpty() ? "\"\"" : finding.path(), "path");
        cell(finding.message());
        markup.close("tr").newline();
      }
      markup.close("table").newline();
    }
    endSection();
  }

  private static String severityWords(Severity severity) {
    switch (severity) {
      case ERROR:
        return "Errors";
      case WARNING:
        return "Warnings";
      case INFO:
        return "Information";
      default:
        throw new AssertionError("unsdcf bug: severity " + severity);
    }
  }

  private String summary() {
    return validation.summary().error()
        + " errors, "
        + validation.summary().warning()
        + " warnings, "
        + validation.summary().info()
        + " info";
  }

  private static String[] measureWords() {
    Measure[] measures = Measure.values();
    String[] words = new String[measures.length];
    for (Measure measure : measures) {
      words[measure.ordinal()] = measure.name().toLowerCase(Locale.ROOT);
    }
    return words;
  }

  private static String[] levelWords() {
    ResultLevel[] levels = ResultLevel.values();
    String[] words = new String[levels.length];
    for (ResultLevel level : levels) {
      String lower = level.name().toLowerCase(Locale.ROOT).replace('_', ' ');
      words[level.ordinal()] = Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }
    return words;
  }

  private void section(String id, String heading) {
    markup.open("section", "id", id).newline();
    markup.element("h2", heading).newline();
  }

  private void endSection() {
    markup.close("section").newline();
  }

  private void headerRow(String... headings) {
    markup.open("tr");
    for (String heading : headings) {
      markup.element("th", heading, "scope", "col");
    }
    markup.close("tr").newline();
  }

  private void cell(String text) {
    markup.raw(TD).text(text).raw(TD_END);
  }

  private void cell(String text, String cssClass) {
    markup.raw(TD_CLASS).attributeValue(cssClass).raw(TAG_END).text(text).raw(TD_END);
  }

  private void statusCell(org.unsdcf.core.model.ProgressStatus status) {
    statusCell(status, "");
  }

  private void statusCell(org.unsdcf.core.model.ProgressStatus status, String reason) {
    markup.raw(TD_CLASS).attributeValue(Style.statusCellClass(status)).raw(TAG_END);
    markup.text(Palette.words(status));
    if (!reason.isEmpty()) {
      markup
          .open("span", "class", "reason")
          .text(" " + reason.toLowerCase(Locale.ROOT).replace('_', ' '))
          .close("span");
    }
    markup.close("td");
  }

  private String nextChart() {
    return "chart" + ++charts;
  }

  /**
   * Titles of the framework, its areas, outcomes and outputs, and indicators by code, the first of
   * duplicate codes winning as in the roll-up; sub-outputs' titles are looked up only when asked
   * for (see {@link #title}), their indicators only when the roll-up has one the results lack.
   */
  private void index() {
    titles.putIfAbsent(plan.code(), plan.title());
    for (PriorityArea area : plan.priorityAreas()) {
      titles.putIfAbsent(area.code(), area.title());
      for (Outcome outcome : area.outcomes()) {
        titles.putIfAbsent(outcome.code(), outcome.title());
        outcome.indicators().forEach(i -> indicators.putIfAbsent(i.code(), i));
        for (Output output : outcome.outputs()) {
          titles.putIfAbsent(output.code(), output.title());
          output.indicators().forEach(i -> indicators.putIfAbsent(i.code(), i));
        }
      }
    }
    // Only current joint work plans reach the roll-up. Their sub-outputs come after the results,
    // so they can only add codes the results lack: walk them only if the roll-up has such a code.
    for (IndicatorProgress progress : rollup.indicators()) {
      if (!indicators.containsKey(progress.code())) {
        for (JointWorkPlan jwp : current) {
          for (SubOutput entry : jwp.entries()) {
            entry.indicators().forEach(i -> indicators.putIfAbsent(i.code(), i));
          }
        }
        return;
      }
    }
  }

  /**
   * The title of the element with a code, as if sub-outputs had been indexed after the results: a
   * results' title first, else the first current sub-output's, else empty.
   */
  private String title(String code) {
    String title = titles.get(code);
    if (title != null) {
      return title;
    }
    for (JointWorkPlan jwp : current) {
      for (SubOutput entry : jwp.entries()) {
        if (entry.code().equals(code)) {
          return entry.title();
        }
      }
    }
    return "";
  }
}
