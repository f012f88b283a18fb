package org.unsdcf.iati;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import javax.xml.stream.XMLStreamException;
import org.unsdcf.core.model.Baseline;
import org.unsdcf.core.model.Direction;
import org.unsdcf.core.model.Indicator;
import org.unsdcf.core.model.Measurement;
import org.unsdcf.core.model.ReportingPeriod;
import org.unsdcf.core.model.Target;
import org.unsdcf.core.model.Value;
import org.unsdcf.core.units.IndicatorUnit;

/**
 * Writes a {@code result} and its indicators: measure, direction, references, baseline, and one
 * {@code period} per distinct (start, end), ascending, holding that period's targets, then its
 * actuals (design §20). Numeric values are converted to the indicator's unit first; a qualitative
 * value goes in the comment's narrative (the value, a line feed, its comment), never in
 * {@code @value}.
 */
final class ResultWriter {
  private static final Comparator<ReportingPeriod> BY_DATES =
      Comparator.comparing(ReportingPeriod::start).thenComparing(ReportingPeriod::end);

  private final XmlOut xml;

  ResultWriter(XmlOut xml) {
    this.xml = xml;
  }

  /**
   * Writes one {@code result} if there is an indicator: the schema needs at least one.
   *
   * @param type the ResultType code: 1 output, 2 outcome
   * @param pointer the pointer of the element holding the indicators
   */
  void write(String type, String title, String pointer, List<Indicator> indicators)
      throws XMLStreamException {
    if (indicators.isEmpty()) {
      return;
    }
    xml.start("result");
    xml.attribute("type", type);
    xml.narrativeIn("title", title, pointer + "/title");
    for (int i = 0; i < indicators.size(); i++) {
      writeIndicator(indicators.get(i), pointer + "/indicators/" + i);
    }
    xml.end();
  }

  private void writeIndicator(Indicator indicator, String pointer) throws XMLStreamException {
    xml.start("indicator");
    xml.attribute("measure", Integer.toString(indicator.measure().code()));
    Optional<Direction> direction = indicator.direction();
    if (direction.isPresent() && direction.get() != Direction.MAINTAIN) {
      xml.attribute("ascending", direction.get() == Direction.INCREASE ? "1" : "0");
    }
    xml.narrativeIn("title", indicator.title(), pointer + "/title");
    xml.empty("reference", "vocabulary", "99", "code", indicator.code());
    if (indicator.sdgIndicator().isPresent()) {
      xml.empty("reference", "vocabulary", "9", "code", indicator.sdgIndicator().get());
    }
    if (indicator.baseline().isPresent()) {
      writeBaseline(indicator, indicator.baseline().get(), pointer + "/baseline");
    }
    writePeriods(indicator, pointer);
    xml.end();
  }

  private void writeBaseline(Indicator indicator, Baseline baseline, String pointer)
      throws XMLStreamException {
    if (unconvertible(indicator, baseline.value(), baseline.unit(), pointer)) {
      return;
    }
    Optional<String> value = attributeValue(indicator, baseline.value(), baseline.unit());
    xml.start("baseline");
    xml.attribute("year", Integer.toString(baseline.year().getValue()));
    if (baseline.date().isPresent()) {
      xml.attribute("iso-date", baseline.date().get().toString());
    }
    if (value.isPresent()) {
      xml.attribute("value", value.get());
    }
    writeComment(baseline.value(), baseline.comment(), pointer);
    xml.end();
  }

  /** The targets and actuals of one period, in document order. */
  private static final class Period {
    final List<Target> targets = new ArrayList<>();
    final List<Integer> targetIndexes = new ArrayList<>();
    final List<Measurement> actuals = new ArrayList<>();
    final List<Integer> actualIndexes = new ArrayList<>();
  }

  private void writePeriods(Indicator indicator, String pointer) throws XMLStreamException {
    Map<ReportingPeriod, Period> periods = new TreeMap<>(BY_DATES);
    for (int t = 0; t < indicator.targets().size(); t++) {
      Target target = indicator.targets().get(t);
      Period period =
          periods.computeIfAbsent(
              ReportingPeriod.ofYear(target.year().getValue()), p -> new Period());
      period.targets.add(target);
      period.targetIndexes.add(t);
    }
    for (int m = 0; m < indicator.measurements().size(); m++) {
      Measurement measurement = indicator.measurements().get(m);
      Period period = periods.computeIfAbsent(measurement.period(), p -> new Period());
      period.actuals.add(measurement);
      period.actualIndexes.add(m);
    }
    for (Map.Entry<ReportingPeriod, Period> entry : periods.entrySet()) {
      writePeriod(indicator, entry.getKey(), entry.getValue(), pointer);
    }
  }

  private void writePeriod(
      Indicator indicator, ReportingPeriod dates, Period period, String pointer)
      throws XMLStreamException {
    List<Target> targets = new ArrayList<>();
    List<String> targetPointers = new ArrayList<>();
    for (int i = 0; i < period.targets.size(); i++) {
      Target target = period.targets.get(i);
      String at = pointer + "/targets/" + period.targetIndexes.get(i);
      if (!unconvertible(indicator, target.value(), target.unit(), at)) {
        targets.add(target);
        targetPointers.add(at);
      }
    }
    List<Measurement> actuals = new ArrayList<>();
    List<String> actualPointers = new ArrayList<>();
    for (int i = 0; i < period.actuals.size(); i++) {
      Measurement actual = period.actuals.get(i);
      String at = pointer + "/measurements/" + period.actualIndexes.get(i);
      if (!unconvertible(indicator, actual.value(), actual.unit(), at)) {
        actuals.add(actual);
        actualPointers.add(at);
      }
    }
    if (targets.isEmpty() && actuals.isEmpty()) {
      return;
    }
    xml.start("period");
    xml.empty("period-start", "iso-date", dates.start().toString());
    xml.empty("period-end", "iso-date", dates.end().toString());
    for (int i = 0; i < targets.size(); i++) {
      Target target = targets.get(i);
      xml.start("target");
      Optional<String> value = attributeValue(indicator, target.value(), target.unit());
      if (value.isPresent()) {
        xml.attribute("value", value.get());
      }
      writeComment(target.value(), target.comment(), targetPointers.get(i));
      xml.end();
    }
    for (int i = 0; i < actuals.size(); i++) {
      Measurement actual = actuals.get(i);
      xml.start("actual");
      Optional<String> value = attributeValue(indicator, actual.value(), actual.unit());
      if (value.isPresent()) {
        xml.attribute("value", value.get());
      }
      for (Map.Entry<String, String> cell : actual.disaggregation().entrySet()) {
        xml.empty("dimension", "name", cell.getKey(), "value", cell.getValue());
      }
      writeComment(actual.value(), actual.comment(), actualPointers.get(i));
      xml.end();
    }
    xml.end();
  }

  /**
   * Checks if a numeric value's own unit cannot be converted to the indicator's; if so, reports it
   * as a lossy value (it is not written).
   */
  private boolean unconvertible(
      Indicator indicator, Value value, Optional<IndicatorUnit> own, String pointer) {
    Optional<IndicatorUnit> unit = indicator.unit();
    if (value instanceof Value.Numeric
        && own.isPresent()
        && unit.isPresent()
        && own.get().kind() != unit.get().kind()) {
      xml.lossy(
          pointer + "/unit",
          "unit '"
              + own.get().symbol()
              + "' cannot be converted to the indicator's '"
              + unit.get().symbol()
              + "': the value is not written");
      return true;
    }
    return false;
  }

  /**
   * Gets the {@code @value} of a convertible value in the indicator's unit; empty for a qualitative
   * one.
   */
  private static Optional<String> attributeValue(
      Indicator indicator, Value value, Optional<IndicatorUnit> own) {
    if (!(value instanceof Value.Numeric)) {
      return Optional.empty();
    }
    BigDecimal amount = ((Value.Numeric) value).amount();
    Optional<IndicatorUnit> unit = indicator.unit();
    if (own.isPresent() && unit.isPresent() && own.get() != unit.get()) {
      amount = own.get().convert(amount, unit.get());
    }
    return Optional.of(Numbers.plain(amount));
  }

  /**
   * A qualitative value's narrative is the value, a line feed and its comment; else the comment.
   */
  private void writeComment(Value value, Optional<String> comment, String pointer)
      throws XMLStreamException {
    if (value instanceof Value.Qualitative) {
      String text = ((Value.Qualitative) value).text();
      xml.start("comment");
      xml.start("narrative");
      xml.text(text, pointer + "/value");
      if (comment.isPresent()) {
        xml.text("\n", pointer);
        xml.text(comment.get(), pointer + "/comment");
      }
      xml.end();
      xml.end();
    } else if (comment.isPresent()) {
      xml.start("comment");
      xml.narrative(comment.get(), pointer + "/comment");
      xml.end();
    }
  }
}
