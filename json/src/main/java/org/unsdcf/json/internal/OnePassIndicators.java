package org.unsdcf.json.internal;

import static org.unsdcf.json.internal.OnePassCursor.first;
import static org.unsdcf.json.internal.OnePassCursor.giveUp;
import static org.unsdcf.json.internal.OnePassCursor.orEmpty;
import static org.unsdcf.json.internal.OnePassCursor.required;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.unsdcf.core.internal.Lexical;
import org.unsdcf.core.model.Accumulation;
import org.unsdcf.core.model.Baseline;
import org.unsdcf.core.model.Direction;
import org.unsdcf.core.model.DisaggregationDimension;
import org.unsdcf.core.model.Frequency;
import org.unsdcf.core.model.Indicator;
import org.unsdcf.core.model.Measure;
import org.unsdcf.core.model.Measurement;
import org.unsdcf.core.model.NumericRange;
import org.unsdcf.core.model.ProgressStatus;
import org.unsdcf.core.model.ReportingPeriod;
import org.unsdcf.core.model.Tag;
import org.unsdcf.core.model.Target;
import org.unsdcf.core.model.TargetKind;
import org.unsdcf.core.model.Value;
import org.unsdcf.core.units.IndicatorUnit;
import tools.jackson.core.JsonToken;

/**
 * {@link OnePassReader}'s readers of indicators, their values and tags: the same members and rules
 * as {@link PlanParser}'s, giving up instead of reporting.
 */
final class OnePassIndicators {
  private static final OnePassCursor.Names INDICATOR =
      OnePassCursor.Names.of(
          "code",
          "title",
          "measure",
          "unit",
          "direction",
          "accumulation",
          "naturalRange",
          "baseline",
          "targets",
          "measurements",
          "disaggregations",
          "frequency",
          "sdgIndicator",
          "tags",
          "meansOfVerification",
          "dataSource",
          "responsibleEntities");
  private static final OnePassCursor.Names RANGE = OnePassCursor.Names.of("min", "max");
  private static final OnePassCursor.Names DIMENSION =
      OnePassCursor.Names.of("name", "categories", "exhaustive");
  private static final OnePassCursor.Names BASELINE =
      OnePassCursor.Names.of("year", "date", "value", "unit", "comment");
  private static final OnePassCursor.Names TARGET =
      OnePassCursor.Names.of("year", "kind", "value", "unit", "comment");
  private static final OnePassCursor.Names MEASUREMENT =
      OnePassCursor.Names.of(
          "period",
          "disaggregation",
          "value",
          "unit",
          "numerator",
          "denominator",
          "assessedStatus",
          "source",
          "comment");
  private static final OnePassCursor.Names REPORTING_PERIOD =
      OnePassCursor.Names.of("start", "end");
  private static final OnePassCursor.Names TAG = OnePassCursor.Names.of("vocabulary", "code");

  private final OnePassCursor c;

  OnePassIndicators(OnePassCursor cursor) {
    this.c = cursor;
  }

  Indicator indicator() {
    c.startObject();
    String code = null;
    String title = null;
    Measure measure = null;
    IndicatorUnit unit = null;
    Direction direction = null;
    Accumulation accumulation = null;
    NumericRange range = null;
    Baseline baseline = null;
    List<Target> targets = null;
    List<Measurement> measurements = null;
    List<DisaggregationDimension> dimensions = null;
    Frequency frequency = null;
    String sdgIndicator = null;
    List<Tag> tags = null;
    List<String> means = null;
    String dataSource = null;
    List<String> responsible = null;
    for (String m; (m = c.member(INDICATOR)) != null; ) {
      switch (m) {
        case "code" -> code = first(code, c.string());
        case "title" -> title = first(title, c.string());
        case "measure" -> measure = first(measure, c.enumeration(Measure.class));
        case "unit" -> unit = first(unit, c.unit());
        case "direction" -> direction = first(direction, c.enumeration(Direction.class));
        case "accumulation" ->
            accumulation = first(accumulation, c.enumeration(Accumulation.class));
        case "naturalRange" -> range = first(range, range());
        case "baseline" -> baseline = first(baseline, baseline());
        case "targets" -> targets = first(targets, c.list(m, this::target));
        case "measurements" -> measurements = first(measurements, c.list(m, this::measurement));
        case "disaggregations" -> dimensions = first(dimensions, c.list(m, this::dimension));
        case "frequency" -> frequency = first(frequency, c.enumeration(Frequency.class));
        case "sdgIndicator" ->
            sdgIndicator = first(sdgIndicator, c.matching(Lexical::isSdgIndicator));
        case "tags" -> tags = first(tags, c.list(m, this::tag));
        case "meansOfVerification" -> means = first(means, c.list(m, c::string));
        case "dataSource" -> dataSource = first(dataSource, c.string());
        case "responsibleEntities" -> responsible = first(responsible, c.list(m, c::string));
        default -> throw giveUp();
      }
    }
    required(measure);
    boolean qualitative = measure == Measure.QUALITATIVE;
    if (baseline != null) {
      kind(baseline.value(), qualitative);
    }
    for (Target t : orEmpty(targets)) {
      kind(t.value(), qualitative);
    }
    for (Measurement x : orEmpty(measurements)) {
      kind(x.value(), qualitative);
    }
    return Indicator.builder()
        .code(required(code))
        .title(required(title))
        .measure(measure)
        .unit(Optional.ofNullable(unit))
        .direction(Optional.ofNullable(direction))
        .accumulation(Optional.ofNullable(accumulation))
        .naturalRange(Optional.ofNullable(range))
        .baseline(Optional.ofNullable(baseline))
        .targets(orEmpty(targets))
        .measurements(orEmpty(measurements))
        .disaggregations(orEmpty(dimensions))
        .frequency(Optional.ofNullable(frequency))
        .sdgIndicator(Optional.ofNullable(sdgIndicator))
        .tags(orEmpty(tags))
        .meansOfVerification(orEmpty(means))
        .dataSource(Optional.ofNullable(dataSource))
        .responsibleEntities(orEmpty(responsible))
        .build();
  }

  /** Text values for QUALITATIVE indicators, numbers for every other measure. */
  private static void kind(Value value, boolean qualitative) {
    if (value.isNumeric() == qualitative) {
      throw giveUp();
    }
  }

  private Value value() {
    JsonToken token = c.peek();
    if (token == JsonToken.VALUE_STRING) {
      return Value.qualitative(c.string());
    }
    return Value.numeric(c.decimal());
  }

  private NumericRange range() {
    c.startObject();
    BigDecimal min = null;
    BigDecimal max = null;
    for (String m; (m = c.member(RANGE)) != null; ) {
      switch (m) {
        case "min" -> min = first(min, c.decimal());
        case "max" -> max = first(max, c.decimal());
        default -> throw giveUp();
      }
    }
    return NumericRange.builder()
        .min(Optional.ofNullable(min))
        .max(Optional.ofNullable(max))
        .build();
  }

  private DisaggregationDimension dimension() {
    c.startObject();
    String name = null;
    List<String> categories = null;
    Boolean exhaustive = null;
    for (String m; (m = c.member(DIMENSION)) != null; ) {
      switch (m) {
        case "name" -> name = first(name, c.string());
        case "categories" -> categories = first(categories, c.nonEmpty(m, c::string));
        case "exhaustive" -> exhaustive = first(exhaustive, c.bool());
        default -> throw giveUp();
      }
    }
    return DisaggregationDimension.builder()
        .name(required(name))
        .categories(required(categories))
        .exhaustive(required(exhaustive))
        .build();
  }

  private Baseline baseline() {
    c.startObject();
    Year year = null;
    LocalDate date = null;
    Value value = null;
    IndicatorUnit unit = null;
    String comment = null;
    for (String m; (m = c.member(BASELINE)) != null; ) {
      switch (m) {
        case "year" -> year = first(year, c.year());
        case "date" -> date = first(date, c.date());
        case "value" -> value = first(value, value());
        case "unit" -> unit = first(unit, c.unit());
        case "comment" -> comment = first(comment, c.string());
        default -> throw giveUp();
      }
    }
    return Baseline.builder()
        .year(required(year))
        .date(Optional.ofNullable(date))
        .value(required(value))
        .unit(Optional.ofNullable(unit))
        .comment(Optional.ofNullable(comment))
        .build();
  }

  private Target target() {
    c.startObject();
    Year year = null;
    TargetKind kind = null;
    Value value = null;
    IndicatorUnit unit = null;
    String comment = null;
    for (String m; (m = c.member(TARGET)) != null; ) {
      switch (m) {
        case "year" -> year = first(year, c.year());
        case "kind" -> kind = first(kind, c.enumeration(TargetKind.class));
        case "value" -> value = first(value, value());
        case "unit" -> unit = first(unit, c.unit());
        case "comment" -> comment = first(comment, c.string());
        default -> throw giveUp();
      }
    }
    return Target.builder()
        .year(required(year))
        .kind(required(kind))
        .value(required(value))
        .unit(Optional.ofNullable(unit))
        .comment(Optional.ofNullable(comment))
        .build();
  }

  private Measurement measurement() {
    c.startObject();
    ReportingPeriod period = null;
    Map<String, String> cells = null;
    Value value = null;
    IndicatorUnit unit = null;
    BigDecimal numerator = null;
    BigDecimal denominator = null;
    ProgressStatus status = null;
    String source = null;
    String comment = null;
    for (String m; (m = c.member(MEASUREMENT)) != null; ) {
      switch (m) {
        case "period" -> period = first(period, reportingPeriod());
        case "disaggregation" -> cells = first(cells, disaggregation());
        case "value" -> value = first(value, value());
        case "unit" -> unit = first(unit, c.unit());
        case "numerator" -> numerator = first(numerator, atLeast(c.decimal(), 0));
        case "denominator" -> denominator = first(denominator, atLeast(c.decimal(), 1));
        case "assessedStatus" -> status = first(status, c.enumeration(ProgressStatus.class));
        case "source" -> source = first(source, c.string());
        case "comment" -> comment = first(comment, c.string());
        default -> throw giveUp();
      }
    }
    return Measurement.builder()
        .period(required(period))
        .disaggregation(cells == null ? Map.of() : cells)
        .value(required(value))
        .unit(Optional.ofNullable(unit))
        .numerator(Optional.ofNullable(numerator))
        .denominator(Optional.ofNullable(denominator))
        .assessedStatus(Optional.ofNullable(status))
        .source(Optional.ofNullable(source))
        .comment(Optional.ofNullable(comment))
        .build();
  }

  /** A numerator ({@code signum} 0: not negative) or denominator ({@code signum} 1: above 0). */
  private static BigDecimal atLeast(BigDecimal value, int signum) {
    if (value.signum() < signum) {
      throw giveUp();
    }
    return value;
  }

  private Map<String, String> disaggregation() {
    c.startObject();
    Map<String, String> cells = new LinkedHashMap<>();
    for (String m; (m = c.member()) != null; ) {
      if (!Lexical.isCode(m) || cells.put(m, c.string()) != null) {
        throw giveUp();
      }
    }
    return cells;
  }

  private ReportingPeriod reportingPeriod() {
    c.startObject();
    LocalDate start = null;
    LocalDate end = null;
    for (String m; (m = c.member(REPORTING_PERIOD)) != null; ) {
      switch (m) {
        case "start" -> start = first(start, c.date());
        case "end" -> end = first(end, c.date());
        default -> throw giveUp();
      }
    }
    return ReportingPeriod.of(required(start), required(end));
  }

  Tag tag() {
    c.startObject();
    String vocabulary = null;
    String code = null;
    for (String m; (m = c.member(TAG)) != null; ) {
      switch (m) {
        case "vocabulary" -> vocabulary = first(vocabulary, c.matching(Lexical::isVocabulary));
        case "code" -> code = first(code, c.string());
        default -> throw giveUp();
      }
    }
    boolean known =
        switch (required(vocabulary)) {
          case Tag.SDG_TARGET -> Lexical.isSdgTarget(required(code));
          case Tag.SDG_INDICATOR -> Lexical.isSdgIndicator(required(code));
          case Tag.GCM_OBJECTIVE -> Lexical.isGcmObjective(required(code));
          default -> true;
        };
    if (!known) {
      throw giveUp();
    }
    return Tag.of(vocabulary, required(code));
  }
}
