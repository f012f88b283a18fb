package org.unsdcf.iati;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
  /** Bits of a value's place in its indicator (targets, then measurements). */
  private static final int PLACE_BITS = 31;

  private static final long PLACE_MASK = (1L << PLACE_BITS) - 1;

  /** Bits of a day of 1945–2100, counted from its first. */
  private static final int DAY_BITS = 16;

  private static final long DAY_MASK = (1L << DAY_BITS) - 1;
  private static final long FIRST_DAY = LocalDate.of(1945, 1, 1).toEpochDay();

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
  void write(String type, String title, Pointer pointer, List<Indicator> indicators)
      throws XMLStreamException {
    if (indicators.isEmpty()) {
      return;
    }
    xml.start("result");
    xml.attribute("type", type);
    xml.narrativeIn("title", title, pointer.then("title"));
    for (int i = 0; i < indicators.size(); i++) {
      writeIndicator(indicators.get(i), pointer.then("indicators", i));
    }
    xml.end();
  }

  private void writeIndicator(Indicator indicator, Pointer pointer) throws XMLStreamException {
    xml.start("indicator");
    xml.attribute("measure", Integer.toString(indicator.measure().code()));
    Optional<Direction> direction = indicator.direction();
    if (direction.isPresent() && direction.get() != Direction.MAINTAIN) {
      xml.attribute("ascending", direction.get() == Direction.INCREASE ? "1" : "0");
    }
    xml.narrativeIn("title", indicator.title(), pointer.then("title"));
    xml.empty("reference", "vocabulary", "99", "code", indicator.code());
    if (indicator.sdgIndicator().isPresent()) {
      xml.empty("reference", "vocabulary", "9", "code", indicator.sdgIndicator().get());
    }
    if (indicator.baseline().isPresent()) {
      writeBaseline(indicator, indicator.baseline().get(), pointer.then("baseline"));
    }
    writePeriods(indicator, pointer);
    xml.end();
  }

  private void writeBaseline(Indicator indicator, Baseline baseline, Pointer pointer)
      throws XMLStreamException {
    if (unconvertible(indicator, baseline.value(), baseline.unit(), pointer)) {
      return;
    }
    Optional<String> value = attributeValue(indicator, baseline.value(), baseline.unit());
    xml.start("baseline");
    xml.attribute("year", Integer.toString(baseline.year().getValue()));
    if (baseline.date().isPresent()) {
      xml.attribute("iso-date", IsoDates.of(baseline.date().get()));
    }
    if (value.isPresent()) {
      xml.attribute("value", value.get());
    }
    writeComment(baseline.value(), baseline.comment(), pointer);
    xml.end();
  }

  private void writePeriods(Indicator indicator, Pointer pointer) throws XMLStreamException {
    List<Target> targets = indicator.targets();
    List<Measurement> measurements = indicator.measurements();
    int count = targets.size() + measurements.size();
    // One number per value, sorted: its period's dates, then its place (the targets in document
    // order, then the measurements), so each run of equal dates is one period in the order above.
    long[] order = new long[count];
    for (int t = 0; t < targets.size(); t++) {
      Year year = targets.get(t).year();
      order[t] = key(year.atDay(1), year.atMonth(12).atEndOfMonth(), t);
    }
    for (int m = 0; m < measurements.size(); m++) {
      ReportingPeriod period = measurements.get(m).period();
      order[targets.size() + m] = key(period.start(), period.end(), targets.size() + m);
    }
    Arrays.sort(order);
    int from = 0;
    while (from < count) {
      int to = from + 1;
      while (to < count && order[to] >>> PLACE_BITS == order[from] >>> PLACE_BITS) {
        to++;
      }
      writePeriod(indicator, order, from, to, pointer);
      from = to;
    }
  }

  /** Sorts by start, then end, then place; the dates are a plan's (1945–2100, design §3.1). */
  private static long key(LocalDate start, LocalDate end, int place) {
    long first = start.toEpochDay() - FIRST_DAY;
    long last = end.toEpochDay() - FIRST_DAY;
    if (first < 0 || first > DAY_MASK || last < 0 || last > DAY_MASK) {
      throw new AssertionError("unsdcf bug: a period outside 1945-2100: " + start + "/" + end);
    }
    return first << (PLACE_BITS + DAY_BITS) | last << PLACE_BITS | place;
  }

  /** Writes the period of the values {@code order[from..to)}, whose dates are equal. */
  private void writePeriod(Indicator indicator, long[] order, int from, int to, Pointer pointer)
      throws XMLStreamException {
    List<Target> targets = indicator.targets();
    List<Measurement> measurements = indicator.measurements();
    long first = order[from] >>> PLACE_BITS >>> DAY_BITS;
    long last = order[from] >>> PLACE_BITS & DAY_MASK;
    int written = 0;
    for (int i = from; i < to; i++) {
      int place = (int) (order[i] & PLACE_MASK);
      boolean lost =
          place < targets.size()
              ? unconvertible(
                  indicator,
                  targets.get(place).value(),
                  targets.get(place).unit(),
                  pointer.then("targets", place))
              : unconvertible(
                  indicator,
                  measurements.get(place - targets.size()).value(),
                  measurements.get(place - targets.size()).unit(),
                  pointer.then("measurements", place - targets.size()));
      // A value not written is marked so below, which keeps the places of the others.
      if (lost) {
        order[i] = -1;
      } else {
        written++;
      }
    }
    if (written == 0) {
      return;
    }
    xml.start("period");
    xml.empty("period-start", "iso-date", IsoDates.of(LocalDate.ofEpochDay(FIRST_DAY + first)));
    xml.empty("period-end", "iso-date", IsoDates.of(LocalDate.ofEpochDay(FIRST_DAY + last)));
    for (int i = from; i < to; i++) {
      if (order[i] < 0) {
        continue;
      }
      int place = (int) (order[i] & PLACE_MASK);
      if (place < targets.size()) {
        writeTarget(indicator, targets.get(place), pointer.then("targets", place));
      } else {
        int m = place - targets.size();
        writeActual(indicator, measurements.get(m), pointer.then("measurements", m));
      }
    }
    xml.end();
  }

  private void writeTarget(Indicator indicator, Target target, Pointer pointer)
      throws XMLStreamException {
    xml.start("target");
    Optional<String> value = attributeValue(indicator, target.value(), target.unit());
    if (value.isPresent()) {
      xml.attribute("value", value.get());
    }
    writeComment(target.value(), target.comment(), pointer);
    xml.end();
  }

  private void writeActual(Indicator indicator, Measurement actual, Pointer pointer)
      throws XMLStreamException {
    xml.start("actual");
    Optional<String> value = attributeValue(indicator, actual.value(), actual.unit());
    if (value.isPresent()) {
      xml.attribute("value", value.get());
    }
    for (Map.Entry<String, String> cell : actual.disaggregation().entrySet()) {
      xml.empty("dimension", "name", cell.getKey(), "value", cell.getValue());
    }
    writeComment(actual.value(), actual.comment(), pointer);
    xml.end();
  }

  /**
   * Checks if a numeric value's own unit cannot be converted to the indicator's; if so, reports it
   * as a lossy value (it is not written).
   */
  private boolean unconvertible(
      Indicator indicator, Value value, Optional<IndicatorUnit> own, Pointer pointer) {
    Optional<IndicatorUnit> unit = indicator.unit();
    if (value instanceof Value.Numeric
        && own.isPresent()
        && unit.isPresent()
        && own.get().kind() != unit.get().kind()) {
      xml.lossy(
          pointer.then("unit"),
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
  private void writeComment(Value value, Optional<String> comment, Pointer pointer)
      throws XMLStreamException {
    if (value instanceof Value.Qualitative) {
      String text = ((Value.Qualitative) value).text();
      xml.start("comment");
      xml.start("narrative");
      xml.text(text, pointer.then("value"));
      if (comment.isPresent()) {
        xml.text("\n", pointer);
        xml.text(comment.get(), pointer.then("comment"));
      }
      xml.end();
      xml.end();
    } else if (comment.isPresent()) {
      xml.start("comment");
      xml.narrative(comment.get(), pointer.then("comment"));
      xml.end();
    }
  }
}
