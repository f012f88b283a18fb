package org.unsdcf.json.internal;

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
import org.unsdcf.core.model.InvariantViolationException;
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
import org.unsdcf.core.units.UnitCatalogue;
import org.unsdcf.json.ReadProblemCode;

/**
 * The diagnosing readers of indicators, their values, and tags, as {@link PlanParser}'s readers are
 * of the plan's structure.
 */
final class IndicatorParser extends ParserSupport {
  IndicatorParser(Ctx ctx) {
    super(ctx);
  }

  Indicator indicator(Node n, String path) {
    Members o =
        open(
            n,
            path,
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
    if (o == null) {
      return null;
    }
    int before = ctx.count();
    String code = o.req("code", s::code);
    String title = o.req("title", s::name);
    Measure measure = o.req("measure", (v, p) -> s.enumeration(v, p, Measure.class));
    Optional<IndicatorUnit> unit = o.opt("unit", this::unit);
    Optional<Direction> direction =
        o.opt("direction", (v, p) -> s.enumeration(v, p, Direction.class));
    Optional<Accumulation> accumulation =
        o.opt("accumulation", (v, p) -> s.enumeration(v, p, Accumulation.class));
    Optional<NumericRange> range = o.opt("naturalRange", this::range);
    Optional<Baseline> baseline = o.opt("baseline", this::baseline);
    List<Target> targets = o.list("targets", this::target);
    List<Measurement> measurements = o.list("measurements", this::measurement);
    List<DisaggregationDimension> dimensions = o.list("disaggregations", this::dimension);
    Optional<Frequency> frequency =
        o.opt("frequency", (v, p) -> s.enumeration(v, p, Frequency.class));
    Optional<String> sdgIndicator =
        o.opt("sdgIndicator", (v, p) -> s.pattern(v, p, Lexical::isSdgIndicator, "SDG indicator"));
    List<Tag> tags = o.list("tags", this::tag);
    List<String> means = o.list("meansOfVerification", s::name);
    Optional<String> dataSource = o.opt("dataSource", s::name);
    List<String> responsible = o.list("responsibleEntities", s::code);
    if (measure != null) {
      valueKinds(o, measure);
    }
    if (ctx.count() != before) {
      return null;
    }
    return build(
        o,
        () ->
            Indicator.builder()
                .code(code)
                .title(title)
                .measure(measure)
                .unit(unit)
                .direction(direction)
                .accumulation(accumulation)
                .naturalRange(range)
                .baseline(baseline)
                .targets(targets)
                .measurements(measurements)
                .disaggregations(dimensions)
                .frequency(frequency)
                .sdgIndicator(sdgIndicator)
                .tags(tags)
                .meansOfVerification(means)
                .dataSource(dataSource)
                .responsibleEntities(responsible)
                .build());
  }

  /** Value kind against the measure: TYPE_MISMATCH at each value of the wrong kind. */
  private void valueKinds(Members o, Measure measure) {
    String base = o.path;
    valueKind(o.get("baseline"), base + "/baseline", measure);
    for (String list : new String[] {"targets", "measurements"}) {
      Node n = o.get(list);
      if (n instanceof Node.Arr) {
        List<Node> items = ((Node.Arr) n).items;
        for (int i = 0; i < items.size(); i++) {
          valueKind(items.get(i), base + "/" + list + "/" + i, measure);
        }
      }
    }
  }

  private void valueKind(Node holder, String path, Measure measure) {
    if (!(holder instanceof Node.Obj)) {
      return;
    }
    Node value = ((Node.Obj) holder).get("value");
    boolean qualitative = measure == Measure.QUALITATIVE;
    if (qualitative && value instanceof Node.Num) {
      s.mismatch(value, path + "/value", "text for a QUALITATIVE indicator");
    } else if (!qualitative && value instanceof Node.Str) {
      s.mismatch(value, path + "/value", "a number for a " + measure + " indicator");
    }
  }

  private IndicatorUnit unit(Node n, String path) {
    String symbol = s.string(n, path);
    if (symbol == null) {
      return null;
    }
    Optional<IndicatorUnit> unit = UnitCatalogue.lookup(symbol);
    if (unit.isEmpty()) {
      ctx.report(
          ReadProblemCode.UNKNOWN_UNIT,
          path,
          n.mark,
          "unit " + Scalars.quote(symbol) + " is not in the unit catalogue");
      return null;
    }
    return unit.get();
  }

  private NumericRange range(Node n, String path) {
    Members o = open(n, path, "min", "max");
    if (o == null) {
      return null;
    }
    int before = ctx.count();
    Optional<BigDecimal> min = o.opt("min", s::decimal);
    Optional<BigDecimal> max = o.opt("max", s::decimal);
    if (ctx.count() != before) {
      return null;
    }
    return build(o, () -> NumericRange.builder().min(min).max(max).build());
  }

  private DisaggregationDimension dimension(Node n, String path) {
    Members o = open(n, path, "name", "categories", "exhaustive");
    if (o == null) {
      return null;
    }
    int before = ctx.count();
    String name = o.req("name", s::code);
    List<String> categories = o.nonEmpty("categories", s::code);
    Boolean exhaustive = o.req("exhaustive", s::bool);
    if (ctx.count() != before) {
      return null;
    }
    return build(
        o,
        () ->
            DisaggregationDimension.builder()
                .name(name)
                .categories(categories)
                .exhaustive(exhaustive)
                .build());
  }

  private Value value(Node n, String path) {
    try {
      if (n instanceof Node.Str) {
        String text = s.name(n, path);
        return text == null ? null : Value.qualitative(text);
      }
      if (n instanceof Node.Num) {
        BigDecimal amount = s.decimal(n, path);
        return amount == null ? null : Value.numeric(amount);
      }
    } catch (InvariantViolationException e) {
      // The checks above mirror core's; should they ever disagree, the value is still located.
      ctx.report(
          ReadProblemCode.INVARIANT, path, n.mark, e.reason() + ", but was '" + e.value() + "'");
      return null;
    }
    if (n instanceof Node.Null) {
      ctx.report(ReadProblemCode.NULL_NOT_ALLOWED, path, n.mark, "null is not allowed");
      return null;
    }
    s.mismatch(n, path, "a number or a string");
    return null;
  }

  private Baseline baseline(Node n, String path) {
    Members o = open(n, path, "year", "date", "value", "unit", "comment");
    if (o == null) {
      return null;
    }
    int before = ctx.count();
    Year year = o.req("year", s::year);
    Optional<LocalDate> date = o.opt("date", s::date);
    Value value = o.req("value", this::value);
    Optional<IndicatorUnit> unit = o.opt("unit", this::unit);
    Optional<String> comment = o.opt("comment", s::text);
    if (ctx.count() != before) {
      return null;
    }
    return build(
        o,
        () ->
            Baseline.builder()
                .year(year)
                .date(date)
                .value(value)
                .unit(unit)
                .comment(comment)
                .build());
  }

  private Target target(Node n, String path) {
    Members o = open(n, path, "year", "kind", "value", "unit", "comment");
    if (o == null) {
      return null;
    }
    int before = ctx.count();
    Year year = o.req("year", s::year);
    TargetKind kind = o.req("kind", (v, p) -> s.enumeration(v, p, TargetKind.class));
    Value value = o.req("value", this::value);
    Optional<IndicatorUnit> unit = o.opt("unit", this::unit);
    Optional<String> comment = o.opt("comment", s::text);
    if (ctx.count() != before) {
      return null;
    }
    return build(
        o,
        () ->
            Target.builder()
                .year(year)
                .kind(kind)
                .value(value)
                .unit(unit)
                .comment(comment)
                .build());
  }

  private Measurement measurement(Node n, String path) {
    Members o =
        open(
            n,
            path,
            "period",
            "disaggregation",
            "value",
            "unit",
            "numerator",
            "denominator",
            "assessedStatus",
            "source",
            "comment");
    if (o == null) {
      return null;
    }
    int before = ctx.count();
    ReportingPeriod period = o.req("period", this::reportingPeriod);
    Map<String, String> cells = o.opt("disaggregation", this::disaggregation).orElse(Map.of());
    Value value = o.req("value", this::value);
    Optional<IndicatorUnit> unit = o.opt("unit", this::unit);
    Optional<BigDecimal> numerator =
        o.opt("numerator", (v, p) -> bounded(v, p, s.decimal(v, p), 0, "numerator"));
    Optional<BigDecimal> denominator =
        o.opt("denominator", (v, p) -> bounded(v, p, s.decimal(v, p), 1, "denominator"));
    Optional<ProgressStatus> status =
        o.opt("assessedStatus", (v, p) -> s.enumeration(v, p, ProgressStatus.class));
    Optional<String> source = o.opt("source", s::name);
    Optional<String> comment = o.opt("comment", s::text);
    if (ctx.count() != before) {
      return null;
    }
    return build(
        o,
        () ->
            Measurement.builder()
                .period(period)
                .disaggregation(cells)
                .value(value)
                .unit(unit)
                .numerator(numerator)
                .denominator(denominator)
                .assessedStatus(status)
                .source(source)
                .comment(comment)
                .build());
  }

  /** Numerator at least 0 ({@code positive} 0) or denominator above 0 ({@code positive} 1). */
  private BigDecimal bounded(Node v, String p, BigDecimal d, int positive, String what) {
    if (d == null) {
      return null;
    }
    if (d.signum() < positive) {
      ctx.report(
          ReadProblemCode.NUMBER_RANGE,
          p,
          v.mark,
          what
              + " "
              + Scalars.quote(((Node.Num) v).literal)
              + (positive == 0 ? " must not be negative" : " must be above 0"));
      return null;
    }
    return d;
  }

  private Map<String, String> disaggregation(Node n, String path) {
    Members o = Members.open(ctx, s, n, path, null);
    if (o == null) {
      return null;
    }
    int before = ctx.count();
    Map<String, String> cells = new LinkedHashMap<>();
    for (Map.Entry<String, Node> e : o.entries()) {
      String keyPath = Paths.member(path, e.getKey());
      if (!Lexical.isCode(e.getKey())) {
        long nameMark =
            o.node.members.stream()
                .filter(m -> m.value == e.getValue())
                .findFirst()
                .map(m -> m.nameMark)
                .orElse(n.mark);
        ctx.report(
            ReadProblemCode.PATTERN,
            keyPath,
            nameMark,
            "code "
                + Scalars.quote(e.getKey())
                + " must be 1 to 64 letters, digits or . _ : / - starting with a letter or digit");
      }
      String category = s.code(e.getValue(), keyPath);
      cells.put(e.getKey(), category);
    }
    return ctx.count() != before ? null : cells;
  }

  private ReportingPeriod reportingPeriod(Node n, String path) {
    Members o = open(n, path, "start", "end");
    if (o == null) {
      return null;
    }
    int before = ctx.count();
    LocalDate start = o.req("start", s::date);
    LocalDate end = o.req("end", s::date);
    if (ctx.count() != before) {
      return null;
    }
    return build(o, () -> ReportingPeriod.of(start, end));
  }

  Tag tag(Node n, String path) {
    Members o = open(n, path, "vocabulary", "code");
    if (o == null) {
      return null;
    }
    int before = ctx.count();
    String vocabulary =
        o.req("vocabulary", (v, p) -> s.pattern(v, p, Lexical::isVocabulary, "vocabulary"));
    String code = o.req("code", s::code);
    if (vocabulary != null && code != null) {
      Node codeNode = o.get("code");
      String codePath = path + "/code";
      switch (vocabulary) {
        case Tag.SDG_TARGET:
          s.pattern(codeNode, codePath, Lexical::isSdgTarget, "SDG target");
          break;
        case Tag.SDG_INDICATOR:
          s.pattern(codeNode, codePath, Lexical::isSdgIndicator, "SDG indicator");
          break;
        case Tag.GCM_OBJECTIVE:
          s.pattern(codeNode, codePath, Lexical::isGcmObjective, "GCM objective");
          break;
        default:
          break;
      }
    }
    if (ctx.count() != before) {
      return null;
    }
    return build(o, () -> Tag.of(vocabulary, code));
  }
}
