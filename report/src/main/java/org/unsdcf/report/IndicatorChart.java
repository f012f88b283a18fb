package org.unsdcf.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.unsdcf.core.model.Indicator;
import org.unsdcf.core.model.Measurement;
import org.unsdcf.core.model.Target;
import org.unsdcf.core.model.TargetKind;
import org.unsdcf.core.model.Value;
import org.unsdcf.core.units.IndicatorUnit;
import org.unsdcf.core.units.UnitMismatchException;

/**
 * The small chart of one indicator: its baseline (square), targets (rings) and headline actuals up
 * to the as-of date (dots joined by a line), on a time axis, in the indicator's unit.
 */
final class IndicatorChart {
  private static final int WIDTH = 240;
  private static final int HEIGHT = 64;
  private static final double PAD = 8;

  enum Kind {
    BASELINE,
    TARGET,
    ACTUAL
  }

  /** A value at a date, converted to the indicator's unit. */
  record Point(Kind kind, LocalDate date, BigDecimal value, String label) {}

  private IndicatorChart() {}

  /** The points to draw: numeric values whose unit converts to the indicator's. */
  static List<Point> points(Indicator indicator, LocalDate asOf) {
    List<Point> points = new ArrayList<>();
    if (!indicator.measure().isNumeric()) {
      return points;
    }
    // Without a unit of its own, values are drawn as given.
    IndicatorUnit unit = indicator.unit().orElse(null);
    indicator
        .baseline()
        .ifPresent(
            b ->
                convert(b.value(), b.unit(), unit)
                    .ifPresent(
                        v ->
                            points.add(
                                new Point(
                                    Kind.BASELINE,
                                    b.day(),
                                    v,
                                    "baseline " + Figures.plain(v) + " (" + b.year() + ")"))));
    for (Target t : indicator.targets()) {
      convert(t.value(), t.unit(), unit)
          .ifPresent(
              v ->
                  points.add(
                      new Point(
                          Kind.TARGET,
                          endOf(t.year()),
                          v,
                          (t.kind() == TargetKind.FINAL ? "final target " : "milestone ")
                              + Figures.plain(v)
                              + " ("
                              + t.year()
                              + ")")));
    }
    for (Measurement m : indicator.measurements()) {
      if (m.isHeadline() && !m.period().end().isAfter(asOf)) {
        convert(m.value(), m.unit(), unit)
            .ifPresent(
                v ->
                    points.add(
                        new Point(
                            Kind.ACTUAL,
                            m.period().end(),
                            v,
                            "actual " + Figures.plain(v) + " (" + m.period().end() + ")")));
      }
    }
    return points;
  }

  static void write(Markup markup, String id, String code, List<Point> points) {
    // Each value's double and each date's day, worked out once: a converted value's doubleValue()
    // goes through its decimal string.
    int count = points.size();
    long[] days = new long[count];
    double[] values = new double[count];
    long first = Long.MAX_VALUE;
    long last = Long.MIN_VALUE;
    double low = Double.MAX_VALUE;
    double high = -Double.MAX_VALUE;
    for (int i = 0; i < count; i++) {
      Point p = points.get(i);
      days[i] = p.date().toEpochDay();
      values[i] = p.value().doubleValue();
      first = Math.min(first, days[i]);
      last = Math.max(last, days[i]);
      low = Math.min(low, values[i]);
      high = Math.max(high, values[i]);
    }
    if (first == last) {
      first -= 183;
      last += 183;
    }
    if (low == high) {
      double spread = Math.max(1, Math.abs(low) / 10);
      low -= spread;
      high += spread;
    }
    double[] xs = new double[count];
    double[] ys = new double[count];
    // Sized for the labels ("actual 1234.5 (2024-03-31)"), so neither builder grows.
    StringBuilder desc = new StringBuilder(32 * count + 8);
    for (int i = 0; i < count; i++) {
      xs[i] = PAD + (WIDTH - 2 * PAD) * (days[i] - first) / (double) (last - first);
      ys[i] = HEIGHT - PAD - (HEIGHT - 2 * PAD) * (values[i] - low) / (high - low);
      desc.append(desc.length() == 0 ? "" : "; ").append(points.get(i).label());
    }
    Svg svg =
        Svg.open(
            markup,
            id,
            WIDTH,
            HEIGHT,
            "Baseline, targets and actuals of " + code,
            desc.append('.').toString());
    svg.line(PAD, HEIGHT - PAD, WIDTH - PAD, HEIGHT - PAD, Palette.RULE);
    StringBuilder actuals = new StringBuilder(12 * count);
    for (int i = 0; i < count; i++) {
      if (points.get(i).kind() == Kind.ACTUAL) {
        actuals
            .append(actuals.length() == 0 ? "" : " ")
            .append(Figures.coordinate(xs[i]))
            .append(',')
            .append(Figures.coordinate(ys[i]));
      }
    }
    if (actuals.indexOf(" ") > 0) {
      svg.polyline(actuals.toString(), Palette.ACTUAL);
    }
    for (int i = 0; i < count; i++) {
      Point p = points.get(i);
      double x = xs[i];
      double y = ys[i];
      switch (p.kind()) {
        case BASELINE:
          svg.rect(x - 4, y - 4, 8, 8, Palette.BASELINE, "mark", p.label());
          break;
        case TARGET:
          svg.circle(x, y, 4, Palette.BACKGROUND, Palette.TARGET, p.label());
          break;
        case ACTUAL:
          svg.circle(x, y, 3, Palette.ACTUAL, Palette.ACTUAL, p.label());
          break;
        default:
          throw new AssertionError("unsdcf bug: point kind " + p.kind());
      }
    }
    svg.close();
  }

  private static LocalDate endOf(Year year) {
    return year.atMonth(12).atEndOfMonth();
  }

  private static Optional<BigDecimal> convert(
      Value value, Optional<IndicatorUnit> own, IndicatorUnit unit) {
    if (!(value instanceof Value.Numeric)) {
      return Optional.empty();
    }
    BigDecimal amount = ((Value.Numeric) value).amount();
    if (unit == null || own.isEmpty() || own.get() == unit) {
      return Optional.of(amount);
    }
    try {
      return Optional.of(own.get().convert(amount, unit));
    } catch (UnitMismatchException e) {
      // IND-006 reports the value; the chart leaves it out.
      return Optional.empty();
    }
  }
}
