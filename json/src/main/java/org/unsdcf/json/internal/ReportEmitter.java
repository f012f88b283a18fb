package org.unsdcf.json.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.unsdcf.core.internal.Checks;
import org.unsdcf.core.model.ProgressStatus;
import org.unsdcf.core.rollup.BudgetAggregate;
import org.unsdcf.core.rollup.BudgetBreakdown;
import org.unsdcf.core.rollup.BudgetGroup;
import org.unsdcf.core.rollup.ComputedValue;
import org.unsdcf.core.rollup.IndicatorProgress;
import org.unsdcf.core.rollup.OpenSdgResult;
import org.unsdcf.core.rollup.ProgressAggregate;
import org.unsdcf.core.rollup.ProgressThresholds;
import org.unsdcf.core.rollup.Ratios;
import org.unsdcf.core.rollup.RollupNode;
import org.unsdcf.core.rollup.RollupReport;
import org.unsdcf.core.validation.Finding;
import org.unsdcf.core.validation.ValidationReport;
import org.unsdcf.core.validation.ValidationSummary;
import org.unsdcf.json.PlanReadException;
import org.unsdcf.json.ReadProblem;
import tools.jackson.core.JsonGenerator;

/**
 * Writes validation reports, roll-up reports and reader problems in the JSON of design.md §6.1 and
 * §8 (with Open SDG's {@code openSdg} of §16 after {@code status} in indicators and node progress):
 * members in their fixed order, {@code findings}, {@code arguments} and {@code problems} always
 * present, numbers from divisions at scale 4.
 */
public final class ReportEmitter {
  /** The version of every report's JSON form. */
  public static final int REPORT_VERSION = 1;

  private ReportEmitter() {}

  /**
   * Writes a validation report as one object.
   *
   * @param g the generator
   * @param report the report
   */
  public static void validation(JsonGenerator g, ValidationReport report) {
    g.writeStartObject();
    g.writeNumberProperty("reportVersion", REPORT_VERSION);
    g.writeStringProperty("framework", report.framework());
    g.writeStringProperty("asOf", report.asOf().toString());
    g.writeStringProperty("strictness", report.strictness().name());
    g.writeBooleanProperty("valid", report.valid());
    g.writeName("summary");
    summary(g, report.summary());
    g.writeArrayPropertyStart("findings");
    for (Finding f : report.findings()) {
      g.writeStartObject();
      g.writeStringProperty("code", f.code());
      g.writeStringProperty("severity", f.severity().name());
      g.writeStringProperty("category", f.category().name());
      g.writeStringProperty("path", f.path());
      g.writeStringProperty("message", f.message());
      g.writeStringProperty("subject", f.subject());
      g.writeObjectPropertyStart("arguments");
      for (Map.Entry<String, String> a : f.arguments().entrySet()) { // sorted by key
        g.writeStringProperty(a.getKey(), a.getValue());
      }
      g.writeEndObject();
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void summary(JsonGenerator g, ValidationSummary summary) {
    g.writeStartObject();
    g.writeNumberProperty("error", summary.error());
    g.writeNumberProperty("warning", summary.warning());
    g.writeNumberProperty("info", summary.info());
    g.writeEndObject();
  }

  /**
   * Writes a roll-up report as one object.
   *
   * @param g the generator
   * @param report the report
   */
  public static void rollup(JsonGenerator g, RollupReport report) {
    g.writeStartObject();
    g.writeNumberProperty("reportVersion", REPORT_VERSION);
    g.writeStringProperty("framework", report.framework());
    g.writeStringProperty("asOf", report.asOf().toString());
    g.writeStringProperty("currency", report.currency());
    ProgressThresholds t = report.thresholds();
    g.writeObjectPropertyStart("thresholds");
    number(g, "onTrack", t.onTrack());
    number(g, "atRisk", t.atRisk());
    number(g, "maintainTolerance", t.maintainTolerance());
    g.writeEndObject();
    g.writeStringProperty("sdgAttribution", report.sdgAttribution().name());
    g.writeObjectPropertyStart("validation");
    g.writeBooleanProperty("valid", report.validation().valid());
    g.writeName("summary");
    summary(g, report.validation().summary());
    g.writeEndObject();
    g.writeName("root");
    node(g, report.root(), t);
    g.writeArrayPropertyStart("indicators");
    for (IndicatorProgress p : report.indicators()) {
      indicator(g, p);
    }
    g.writeEndArray();
    budgetBreakdown(g, report.budget());
    g.writeEndObject();
  }

  private static void node(JsonGenerator g, RollupNode node, ProgressThresholds thresholds) {
    g.writeStartObject();
    g.writeStringProperty("level", node.level().name());
    g.writeStringProperty("code", node.code());
    g.writeName("progress");
    progress(g, node.progress(), thresholds);
    g.writeName("budget");
    budget(g, node.budget(), null);
    g.writeArrayPropertyStart("children");
    for (RollupNode child : node.children()) {
      node(g, child, thresholds);
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void progress(
      JsonGenerator g, ProgressAggregate p, ProgressThresholds thresholds) {
    g.writeStartObject();
    g.writeNumberProperty("indicators", p.indicators());
    g.writeNumberProperty("assessed", p.assessed());
    g.writeNumberProperty("achieved", p.achieved());
    ratio(g, "progress", p.progress());
    ratio(g, "pace", p.pace());
    ratio(g, "coverage", p.coverage());
    g.writeStringProperty("status", p.status(thresholds).name());
    openSdg(g, p.openSdg());
    g.writeObjectPropertyStart("statusCounts");
    for (ProgressStatus status : ProgressStatus.values()) {
      Integer count = p.statusCounts().get(status);
      if (count != null && count > 0) {
        g.writeNumberProperty(status.name(), count);
      }
    }
    g.writeEndObject();
    g.writeEndObject();
  }

  private static void budget(JsonGenerator g, BudgetAggregate b, String key) {
    g.writeStartObject();
    if (key != null) {
      g.writeStringProperty("key", key);
    }
    g.writeNumberProperty("lines", b.lines());
    number(g, "required", b.required());
    number(g, "available", b.available());
    number(g, "expenditure", b.expenditure());
    number(g, "toBeMobilised", b.toBeMobilised());
    ratio(g, "fundingRate", b.fundingRate());
    ratio(g, "deliveryRate", b.deliveryRate());
    g.writeEndObject();
  }

  private static void budgetBreakdown(JsonGenerator g, BudgetBreakdown b) {
    g.writeObjectPropertyStart("budget");
    g.writeNumberProperty("skippedLines", b.skippedLines());
    groups(g, "byYear", b.byYear());
    groups(g, "byAgency", b.byAgency());
    groups(g, "byContributingPartner", b.byContributingPartner());
    groups(g, "bySdgGoal", b.bySdgGoal());
    g.writeName("unlinked");
    budget(g, b.unlinked(), null);
    g.writeEndObject();
  }

  private static void groups(JsonGenerator g, String name, List<BudgetGroup> groups) {
    g.writeArrayPropertyStart(name);
    for (BudgetGroup group : groups) {
      budget(g, group.budget(), group.key());
    }
    g.writeEndArray();
  }

  private static void indicator(JsonGenerator g, IndicatorProgress p) {
    g.writeStartObject();
    g.writeStringProperty("code", p.code());
    g.writeStringProperty("level", p.level().name());
    g.writeStringProperty("owner", p.owner());
    g.writeStringProperty("status", p.status().name());
    openSdg(g, p.openSdg());
    if (p.reason().isPresent()) {
      g.writeStringProperty("reason", p.reason().get().name());
    }
    value(g, "baseline", p.reported(ComputedValue.BASELINE));
    value(g, "target", p.reported(ComputedValue.TARGET));
    value(g, "actual", p.reported(ComputedValue.ACTUAL));
    if (p.actualDate().isPresent()) {
      g.writeStringProperty("actualDate", p.actualDate().get().toString());
    }
    ratio(g, "achievement", p.achievement());
    ratio(g, "cappedAchievement", p.cappedAchievement());
    ratio(g, "expected", p.expected());
    ratio(g, "pace", p.pace());
    ratio(g, "cappedPace", p.cappedPace());
    number(g, "weight", p.weight());
    g.writeEndObject();
  }

  /**
   * Open SDG's view (design.md §16) as {@code "openSdg": {"status", "score", "progressValue"}},
   * numbers at scale 4, absent members omitted; nothing when there is no result.
   */
  private static void openSdg(JsonGenerator g, Optional<OpenSdgResult> result) {
    if (result.isEmpty()) {
      return;
    }
    OpenSdgResult r = result.get();
    g.writeObjectPropertyStart("openSdg");
    g.writeStringProperty("status", r.status().name());
    real(g, "score", r.score());
    real(g, "progressValue", r.progressValue());
    g.writeEndObject();
  }

  private static void real(JsonGenerator g, String name, OptionalDouble value) {
    if (value.isPresent()) {
      g.writeName(name);
      g.writeNumber(Ratios.scale4(value.getAsDouble()).toPlainString());
    }
  }

  /**
   * Writes reader problems as the array {@code problems}.
   *
   * @param g the generator, inside an object
   * @param e the exception, or empty for a file that could not be opened
   */
  public static void problems(JsonGenerator g, Optional<PlanReadException> e) {
    g.writeArrayPropertyStart("problems");
    if (e.isPresent()) {
      for (ReadProblem p : e.get().problems()) {
        g.writeStartObject();
        g.writeStringProperty("code", p.code().name());
        g.writeStringProperty("path", p.path());
        g.writeNumberProperty("line", p.line());
        g.writeNumberProperty("column", p.column());
        g.writeStringProperty("message", p.message());
        g.writeEndObject();
      }
    }
    g.writeEndArray();
  }

  /** An exact number: a sum or a given value, normalised. */
  private static void number(JsonGenerator g, String name, BigDecimal value) {
    g.writeName(name);
    g.writeNumber(Checks.normalise(value).toPlainString());
  }

  /** A number from a division, rounded to scale 4 (HALF_EVEN) and normalised. */
  private static void ratio(JsonGenerator g, String name, Optional<BigDecimal> value) {
    if (value.isPresent()) {
      g.writeName(name);
      g.writeNumber(Ratios.scale4(value.get()).toPlainString());
    }
  }

  /**
   * A baseline, target or actual in the indicator's unit, as {@link IndicatorProgress#reported}
   * gives it (design.md §11: exact when given, at scale 4 when computed), normalised.
   */
  private static void value(JsonGenerator g, String name, Optional<BigDecimal> value) {
    if (value.isPresent()) {
      g.writeName(name);
      g.writeNumber(Checks.normalise(value.get()).toPlainString());
    }
  }
}
