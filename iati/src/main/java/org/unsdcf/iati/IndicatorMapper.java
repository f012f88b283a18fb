package org.unsdcf.iati;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.unsdcf.core.model.Accumulation;
import org.unsdcf.core.model.Baseline;
import org.unsdcf.core.model.Direction;
import org.unsdcf.core.model.DisaggregationDimension;
import org.unsdcf.core.model.Indicator;
import org.unsdcf.core.model.Measure;
import org.unsdcf.core.model.Measurement;
import org.unsdcf.core.model.ReportingPeriod;
import org.unsdcf.core.model.Target;
import org.unsdcf.core.model.TargetKind;
import org.unsdcf.core.model.Value;
import org.unsdcf.core.units.IndicatorUnit;

/**
 * Maps one {@code result/indicator} to an {@link Indicator} (design.md §15 "Indicator" read back,
 * §20 "Import, the other way"): measure 1 → unit {@code 1}, 2 → {@code %}, accumulation LEVEL;
 * {@code ascending} → direction; {@code reference vocabulary="99"} → code, {@code vocabulary="9"} →
 * SDG indicator; baseline; one target per period with a target (the latest year FINAL, the others
 * MILESTONE); one measurement per actual, its dimensions as disaggregation. Values that are not
 * numbers for a numeric measure are left out with a WARNING, the rest kept.
 */
final class IndicatorMapper {
  private static final Pattern SDG_INDICATOR =
      Pattern.compile("(1[0-7]|[1-9])\\.([1-9][0-9]?|[a-z])\\.[1-9][0-9]?");
  private static final BigDecimal LIMIT = BigDecimal.TEN.pow(15);

  private final ActivityContext context;
  private final ProblemLog log;

  IndicatorMapper(ActivityContext context, ProblemLog log) {
    this.context = context;
    this.log = log;
  }

  private record Raw(
      ActivityNode node,
      ActivityNode valueNode,
      Optional<String> value,
      Optional<String> narrative) {}

  private record PeriodRaw(ActivityNode node, LocalDate start, LocalDate end) {}

  Optional<Indicator> map(ActivityNode indicator, String fallbackCode) {
    Indicator.Builder b = Indicator.builder();
    String code = code(indicator).orElse(fallbackCode);
    b.code(code);
    String title =
        context
            .name(indicator.child("title"), indicator, "title")
            .orElseGet(
                () -> {
                  log.add(
                      IatiProblemCode.NO_TITLE,
                      indicator,
                      "the indicator has no title; its code "
                          + ImportTexts.quote(code)
                          + " stands in");
                  return code;
                });
    b.title(title);
    context.notImported(indicator, "description");
    context.notImportedElements(
        indicator, Set.of("title", "description", "reference", "baseline", "period"));
    Measure measure = measure(indicator);
    b.measure(measure);
    if (measure == Measure.UNIT) {
      b.unit(IndicatorUnit.COUNT).accumulation(Accumulation.LEVEL);
    } else if (measure == Measure.PERCENTAGE) {
      b.unit(IndicatorUnit.PERCENT).accumulation(Accumulation.LEVEL);
    }
    indicator
        .attribute("ascending")
        .ifPresent(a -> direction(indicator, a).ifPresent(b::direction));
    for (ActivityNode ref : indicator.children("reference")) {
      reference(ref, b);
    }
    boolean qualitative = measure == Measure.QUALITATIVE;
    indicator.child("baseline").flatMap(n -> baseline(n, qualitative)).ifPresent(b::baseline);
    periods(indicator, qualitative, b);
    return Optional.of(b.build());
  }

  private Optional<String> code(ActivityNode indicator) {
    for (ActivityNode ref : indicator.children("reference")) {
      if (ref.attribute("vocabulary").orElse("").equals("99")) {
        Optional<String> c = ref.attribute("code").map(String::strip).filter(s -> !s.isEmpty());
        if (c.isPresent() && ImportTexts.isCode(c.get())) {
          return c;
        }
        c.ifPresent(
            v ->
                log.addAttribute(
                    IatiProblemCode.CODE_DERIVED,
                    ref,
                    "code",
                    "reference code "
                        + ImportTexts.quote(v)
                        + " is not a Code; the indicator's code is derived from its position"));
      }
    }
    return Optional.empty();
  }

  private void reference(ActivityNode ref, Indicator.Builder b) {
    String vocabulary = ref.attribute("vocabulary").orElse("");
    String code = ref.attribute("code").orElse("").strip();
    if (vocabulary.equals("99")) {
      return;
    }
    if (vocabulary.equals("9")) {
      if (SDG_INDICATOR.matcher(code).matches()) {
        b.sdgIndicator(code);
      } else {
        log.addAttribute(
            IatiProblemCode.NOT_AN_SDG_CODE,
            ref,
            "code",
            "SDG indicator reference "
                + ImportTexts.quote(code)
                + " is not an SDG indicator code; not imported");
      }
      return;
    }
    log.add(
        IatiProblemCode.NOT_IMPORTED,
        ref,
        "indicator reference of vocabulary "
            + ImportTexts.quote(vocabulary)
            + " code "
            + ImportTexts.quote(code)
            + " is not imported");
  }

  private Measure measure(ActivityNode indicator) {
    Optional<String> m = indicator.attribute("measure").map(String::strip);
    if (m.isPresent()) {
      switch (m.get()) {
        case "1":
          return Measure.UNIT;
        case "2":
          return Measure.PERCENTAGE;
        case "3":
          return Measure.NOMINAL;
        case "4":
          return Measure.ORDINAL;
        case "5":
          return Measure.QUALITATIVE;
        default:
          break;
      }
    }
    boolean allNumbers = true;
    for (ActivityNode n : valueNodes(indicator)) {
      Optional<String> v = n.attribute("value").map(String::strip).filter(s -> !s.isEmpty());
      if (v.isPresent() && number(v.get()).isEmpty()) {
        allNumbers = false;
      }
    }
    Measure guess = allNumbers ? Measure.UNIT : Measure.QUALITATIVE;
    String why = m.map(s -> "unknown measure " + ImportTexts.quote(s)).orElse("no measure");
    log.add(
        IatiProblemCode.MEASURE_GUESSED,
        indicator,
        "the indicator has "
            + why
            + "; read as "
            + guess
            + (allNumbers
                ? " (unit 1, accumulation LEVEL): every value present is a number"
                : ": a value present is not a number"));
    return guess;
  }

  private static List<ActivityNode> valueNodes(ActivityNode indicator) {
    List<ActivityNode> all = new ArrayList<>();
    indicator.child("baseline").ifPresent(all::add);
    for (ActivityNode p : indicator.children("period")) {
      all.addAll(p.children("target"));
      all.addAll(p.children("actual"));
    }
    return all;
  }

  private Optional<Direction> direction(ActivityNode indicator, String ascending) {
    switch (ascending.strip()) {
      case "1", "true":
        return Optional.of(Direction.INCREASE);
      case "0", "false":
        return Optional.of(Direction.DECREASE);
      default:
        log.addAttribute(
            IatiProblemCode.UNKNOWN_CODE,
            indicator,
            "ascending",
            "ascending "
                + ImportTexts.quote(ascending)
                + " is not a boolean; no direction imported");
        return Optional.empty();
    }
  }

  private Optional<Baseline> baseline(ActivityNode node, boolean qualitative) {
    Optional<String> yearText = node.attribute("year").map(String::strip);
    Optional<Integer> year = yearText.flatMap(ActivityContext::year);
    if (year.isEmpty()) {
      log.addAttribute(
          IatiProblemCode.MISSING,
          node,
          "year",
          "the baseline has "
              + yearText
                  .map(y -> "year " + ImportTexts.quote(y) + ", not a year in 1945–2100")
                  .orElse("no year")
              + "; not imported");
      return Optional.empty();
    }
    Raw raw = raw(node);
    Optional<ValueAndComment> v = value(raw, qualitative, "baseline");
    if (v.isEmpty()) {
      return Optional.empty();
    }
    Baseline.Builder b =
        Baseline.builder().year(java.time.Year.of(year.get())).value(v.get().value);
    v.get().comment.ifPresent(b::comment);
    node.attribute("iso-date")
        .ifPresent(
            d -> {
              Optional<LocalDate> date = context.date(node, "iso-date");
              if (date.isPresent() && date.get().getYear() == year.get()) {
                b.date(date.get());
              } else if (date.isPresent()) {
                log.addAttribute(
                    IatiProblemCode.BAD_DATE,
                    node,
                    "iso-date",
                    "baseline date "
                        + date.get()
                        + " is not in its year "
                        + year.get()
                        + "; not imported");
              }
            });
    return Optional.of(b.build());
  }

  private record ValueAndComment(Value value, Optional<String> comment) {}

  private Raw raw(ActivityNode node) {
    Optional<String> value = node.attribute("value").map(String::strip).filter(s -> !s.isEmpty());
    Optional<ActivityNode> comment = node.child("comment");
    Optional<String> narrative = comment.flatMap(c -> context.narrativeText(c));
    return new Raw(node, node, value, narrative);
  }

  private Optional<ValueAndComment> value(Raw raw, boolean qualitative, String what) {
    if (qualitative) {
      if (raw.narrative.isEmpty() && raw.value.isPresent()) {
        // A qualitative reading of a value like "2020:100,000" keeps the publisher's words.
        return ImportTexts.name(raw.value.get())
            .map(t -> new ValueAndComment(Value.qualitative(t.value()), Optional.empty()));
      }
      if (raw.value.isPresent()) {
        log.addAttribute(
            IatiProblemCode.NOT_IMPORTED,
            raw.node,
            "value",
            what
                + " value "
                + ImportTexts.quote(raw.value.get())
                + " of a qualitative indicator is not imported (its narrative is the value)");
      }
      if (raw.narrative.isEmpty()) {
        log.add(
            IatiProblemCode.MISSING,
            raw.node,
            what + " of a qualitative indicator has no narrative; not imported");
        return Optional.empty();
      }
      String n = raw.narrative.get();
      int lf = n.indexOf('\n');
      String head = lf < 0 ? n : n.substring(0, lf);
      Optional<String> rest =
          lf < 0
              ? Optional.empty()
              : ImportTexts.text(n.substring(lf + 1)).map(ImportTexts.Cleaned::value);
      Optional<ImportTexts.Cleaned> text = ImportTexts.name(head);
      if (text.isEmpty()) {
        log.add(
            IatiProblemCode.MISSING,
            raw.node,
            what + " of a qualitative indicator has a blank first line; not imported");
        return Optional.empty();
      }
      if (text.get().changed()) {
        log.add(IatiProblemCode.TEXT_CHANGED, raw.node, what + " text was changed to fit a Name");
      }
      return Optional.of(new ValueAndComment(Value.qualitative(text.get().value()), rest));
    }
    if (raw.value.isEmpty()) {
      log.add(
          IatiProblemCode.NOT_A_NUMBER,
          raw.node,
          what
              + " has no value for a numeric measure"
              + raw.narrative.map(s -> " (its comment is " + ImportTexts.quote(s) + ")").orElse("")
              + "; not imported");
      return Optional.empty();
    }
    Optional<BigDecimal> number = number(raw.value.get());
    if (number.isEmpty()) {
      log.addAttribute(
          IatiProblemCode.NOT_A_NUMBER,
          raw.node,
          "value",
          what
              + " value "
              + ImportTexts.quote(raw.value.get())
              + " is not a number the model can hold; not imported");
      return Optional.empty();
    }
    return Optional.of(
        new ValueAndComment(
            Value.numeric(number.get()),
            raw.narrative.flatMap(s -> ImportTexts.text(s)).map(ImportTexts.Cleaned::value)));
  }

  static Optional<BigDecimal> number(String s) {
    if (s.length() > 64 || !isNumber(s)) {
      return Optional.empty();
    }
    BigDecimal d;
    try {
      d = new BigDecimal(s);
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
    if (d.precision() > 34 || d.scale() > 20 || d.abs().compareTo(LIMIT) >= 0) {
      return Optional.empty();
    }
    d = d.stripTrailingZeros();
    return Optional.of(d.scale() < 0 ? d.setScale(0) : d);
  }

  /**
   * Whether {@code s} is what {@code [+-]?([0-9]+\.?[0-9]*|\.[0-9]+)([eE][+-]?[0-9]{1,4})?}
   * matches, read left to right without a regular expression.
   */
  static boolean isNumber(String s) {
    int n = s.length();
    int i = 0;
    if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
      i++;
    }
    int whole = digitsFrom(s, i);
    i += whole;
    if (whole > 0) {
      if (i < n && s.charAt(i) == '.') {
        i++;
        i += digitsFrom(s, i);
      }
    } else {
      if (i >= n || s.charAt(i) != '.') {
        return false;
      }
      i++;
      int fraction = digitsFrom(s, i);
      if (fraction == 0) {
        return false;
      }
      i += fraction;
    }
    if (i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
      i++;
      if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
        i++;
      }
      int exponent = digitsFrom(s, i);
      if (exponent < 1 || exponent > 4) {
        return false;
      }
      i += exponent;
    }
    return i == n;
  }

  private static int digitsFrom(String s, int from) {
    int i = from;
    while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
      i++;
    }
    return i - from;
  }

  private void periods(ActivityNode indicator, boolean qualitative, Indicator.Builder b) {
    List<PeriodRaw> periods = new ArrayList<>();
    Set<Map.Entry<LocalDate, LocalDate>> seen = new HashSet<>();
    for (ActivityNode p : indicator.children("period")) {
      Optional<LocalDate> start = p.child("period-start").flatMap(s -> context.date(s, "iso-date"));
      Optional<LocalDate> end = p.child("period-end").flatMap(s -> context.date(s, "iso-date"));
      if (start.isEmpty() || end.isEmpty()) {
        log.add(
            IatiProblemCode.MISSING,
            p,
            "the period has no valid start and end; its targets and actuals are not imported");
        continue;
      }
      if (end.get().isBefore(start.get())) {
        log.add(
            IatiProblemCode.BAD_DATE,
            p,
            "the period ends ("
                + end.get()
                + ") before it starts ("
                + start.get()
                + "); its targets and actuals are not imported");
        continue;
      }
      if (!seen.add(Map.entry(start.get(), end.get()))) {
        log.add(
            IatiProblemCode.DUPLICATE_PERIOD,
            p,
            "the period "
                + start.get()
                + "–"
                + end.get()
                + " repeats an earlier period of the indicator; its values are kept");
      }
      periods.add(new PeriodRaw(p, start.get(), end.get()));
    }
    record TargetRaw(int year, ValueAndComment value) {}
    List<TargetRaw> targets = new ArrayList<>();
    Map<String, Set<String>> dimensions = new LinkedHashMap<>();
    List<Measurement> measurements = new ArrayList<>();
    for (PeriodRaw p : periods) {
      for (ActivityNode t : p.node.children("target")) {
        if (hasDimension(t)) {
          log.add(
              IatiProblemCode.NOT_IMPORTED,
              t,
              "a disaggregated target (with a dimension) has no place in the model; not imported");
          continue;
        }
        context.notImportedElements(t, Set.of("comment", "dimension", "location", "document-link"));
        value(raw(t), qualitative, "target")
            .ifPresent(v -> targets.add(new TargetRaw(p.end.getYear(), v)));
      }
      for (ActivityNode a : p.node.children("actual")) {
        context.notImportedElements(a, Set.of("comment", "dimension", "location", "document-link"));
        Optional<ValueAndComment> v = value(raw(a), qualitative, "actual");
        if (v.isEmpty()) {
          continue;
        }
        Map<String, String> cells = dimensions(a, dimensions);
        if (cells == null) {
          continue;
        }
        Measurement.Builder m =
            Measurement.builder()
                .period(ReportingPeriod.of(p.start, p.end))
                .value(v.get().value)
                .disaggregation(cells);
        v.get().comment.ifPresent(m::comment);
        measurements.add(m.build());
      }
    }
    int last = targets.stream().mapToInt(TargetRaw::year).max().orElse(0);
    for (TargetRaw t : targets) {
      Target.Builder tb =
          Target.builder()
              .year(java.time.Year.of(t.year))
              .kind(t.year == last ? TargetKind.FINAL : TargetKind.MILESTONE)
              .value(t.value.value);
      t.value.comment.ifPresent(tb::comment);
      b.addTarget(tb.build());
    }
    for (Map.Entry<String, Set<String>> d : dimensions.entrySet()) {
      b.addDisaggregation(
          DisaggregationDimension.builder()
              .name(d.getKey())
              .categories(d.getValue())
              .exhaustive(false)
              .build());
    }
    b.measurements(measurements);
  }

  private static boolean hasDimension(ActivityNode node) {
    for (ActivityNode d : node.children("dimension")) {
      if (d.attribute("name").isPresent() || d.attribute("value").isPresent()) {
        return true;
      }
    }
    return false;
  }

  /** The actual's cells, or null when a dimension cannot be read (the actual is then left out). */
  private Map<String, String> dimensions(ActivityNode actual, Map<String, Set<String>> declared) {
    Map<String, String> cells = new LinkedHashMap<>();
    for (ActivityNode d : actual.children("dimension")) {
      Optional<String> name = d.attribute("name").map(String::strip).filter(s -> !s.isEmpty());
      Optional<String> value = d.attribute("value").map(String::strip).filter(s -> !s.isEmpty());
      if (name.isEmpty() && value.isEmpty()) {
        continue;
      }
      if (name.isEmpty() || value.isEmpty()) {
        log.add(
            IatiProblemCode.MISSING,
            d,
            "a dimension without a name or a value; the actual is not imported");
        return null;
      }
      String n = ImportTexts.code(name.get());
      String v = ImportTexts.code(value.get());
      if (!n.equals(name.get()) || !v.equals(value.get())) {
        log.add(
            IatiProblemCode.CODE_DERIVED,
            d,
            "dimension "
                + ImportTexts.quote(name.get() + "=" + value.get())
                + " became the codes "
                + ImportTexts.quote(n + "=" + v));
      }
      if (cells.putIfAbsent(n, v) != null) {
        log.add(
            IatiProblemCode.DUPLICATE_ITEM,
            d,
            "dimension " + ImportTexts.quote(n) + " repeats in one actual; the first is kept");
        continue;
      }
      declared.computeIfAbsent(n, k -> new LinkedHashSet<>()).add(v);
    }
    return cells;
  }
}
