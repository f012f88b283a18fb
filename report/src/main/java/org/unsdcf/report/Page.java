package org.unsdcf.report;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.unsdcf.core.model.CooperationFramework;
import org.unsdcf.core.model.Indicator;
import org.unsdcf.core.model.JointWorkPlan;
import org.unsdcf.core.model.Outcome;
import org.unsdcf.core.model.Output;
import org.unsdcf.core.model.PriorityArea;
import org.unsdcf.core.model.SubOutput;
import org.unsdcf.core.rollup.BudgetGroup;
import org.unsdcf.core.rollup.IndicatorProgress;
import org.unsdcf.core.rollup.RollupReport;
import org.unsdcf.core.validation.Finding;
import org.unsdcf.core.validation.Severity;
import org.unsdcf.core.validation.ValidationReport;

/** Writes the page of one plan: head and style, then one section per view. */
final class Page {
  private final CooperationFramework plan;
  private final RollupReport rollup;
  private final ValidationReport validation;
  private final Markup markup;
  private final Map<String, String> titles = new LinkedHashMap<>();
  private final Map<String, Indicator> indicators = new LinkedHashMap<>();
  private int charts;

  Page(
      CooperationFramework plan,
      RollupReport rollup,
      ValidationReport validation,
      StringBuilder out) {
    this.plan = plan;
    this.rollup = rollup;
    this.validation = validation;
    this.markup = new Markup(out);
    index();
  }

  void write() {
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
  }

  private void head() {
    markup.open("head").newline();
    markup.empty("meta", "charset", "utf-8").newline();
    // Defence in depth: even a mistake in this page could load nothing and run nothing.
    markup
        .empty(
            "meta",
            "http-equiv",
            "Content-Security-Policy",
            "content",
            "default-src 'none'; style-src 'unsafe-inline'")
        .newline();
    markup
        .empty("meta", "name", "viewport", "content", "width=device-width, initial-scale=1")
        .newline();
    markup.element("title", plan.code() + " " + plan.title() + " as of " + rollup.asOf()).newline();
    markup.open("style").raw(Style.CSS).close("style").newline();
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
        String.format(
            Locale.ROOT,
            "%d priority areas, %d outcomes, %d outputs, %d indicators",
            plan.priorityAreas().size(),
            outcomes,
            outputs,
            rollup.indicators().size()));
    List<JointWorkPlan> current = plan.currentJointWorkPlans();
    int entries = 0;
    for (JointWorkPlan jwp : current) {
      entries += jwp.entries().size();
    }
    fact(
        "Joint work plans",
        String.format(
            Locale.ROOT,
            "%d in all, %d current with %d sub-outputs",
            plan.jointWorkPlans().size(),
            current.size(),
            entries));
    fact(
        "Validation",
        String.format(
            Locale.ROOT,
            "%s as of %s (%s): %d errors, %d warnings, %d info",
            validation.valid() ? "valid" : "invalid",
            validation.asOf(),
            validation.strictness().name().toLowerCase(Locale.ROOT),
            validation.summary().error(),
            validation.summary().warning(),
            validation.summary().info()));
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
    List<ProgressChart.Row> rows = ProgressChart.rows(rollup.root(), titles, rollup.thresholds());
    ProgressChart.write(markup, nextChart(), rows);
    markup.open("table").newline();
    headerRow("Level", "Code", "Title", "Status", "Progress", "Pace", "Indicators assessed");
    for (ProgressChart.Row row : rows) {
      markup.open("tr");
      cell(levelWords(row.node().level().name()));
      cell(row.node().code());
      cell(row.title());
      statusCell(row.status());
      cell(Figures.percent(row.node().progress().progress()), "num");
      cell(Figures.percent(row.node().progress().pace()), "num");
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
                  .orElse(indicator.measure().name().toLowerCase(Locale.ROOT)));
      cell(Figures.plain(progress.baseline()), "num");
      cell(Figures.plain(progress.target()), "num");
      cell(
          Figures.plain(progress.actual())
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
            String.format(
                Locale.ROOT,
                "Current joint work plans, %d funding lines in %s: required %s, available %s, expenditure %s, to be mobilised %s; funding rate %s, delivery rate %s.%s",
                total.lines(),
                currency,
                Figures.money(total.required()),
                Figures.money(total.available()),
                Figures.money(total.expenditure()),
                Figures.money(total.toBeMobilised()),
                Figures.percent(total.fundingRate()),
                Figures.percent(total.deliveryRate()),
                rollup.budget().skippedLines() == 0
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
            String.format(
                Locale.ROOT,
                "%s as of %s, strictness %s: %d errors, %d warnings, %d info.",
                validation.valid() ? "Valid" : "Invalid",
                validation.asOf(),
                validation.strictness().name().toLowerCase(Locale.ROOT),
                validation.summary().error(),
                validation.summary().warning(),
                validation.summary().info()),
            "class",
            validation.valid() ? "verdict valid" : "verdict invalid")
        .newline();
    for (Severity severity : Severity.values()) {
      List<Finding> some =
          validation.findings().stream().filter(f -> f.severity() == severity).toList();
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

  private static String levelWords(String level) {
    String lower = level.toLowerCase(Locale.ROOT).replace('_', ' ');
    return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
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
    markup.element("td", text);
  }

  private void cell(String text, String cssClass) {
    markup.element("td", text, "class", cssClass);
  }

  private void statusCell(org.unsdcf.core.model.ProgressStatus status) {
    statusCell(status, "");
  }

  private void statusCell(org.unsdcf.core.model.ProgressStatus status, String reason) {
    markup.open("td", "class", "status " + Style.statusClass(status));
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

  /** Titles and indicators by code, the first of duplicate codes winning as in the roll-up. */
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
    // Only current joint work plans reach the roll-up.
    for (JointWorkPlan jwp : plan.currentJointWorkPlans()) {
      for (SubOutput entry : jwp.entries()) {
        titles.putIfAbsent(entry.code(), entry.title());
        entry.indicators().forEach(i -> indicators.putIfAbsent(i.code(), i));
      }
    }
  }
}
