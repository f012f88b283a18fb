package org.unsdcf.testkit.gen;

import static org.unsdcf.testkit.gen.FaultKit.covered;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.unsdcf.core.model.DisaggregationDimension;
import org.unsdcf.core.model.Indicator;
import org.unsdcf.core.model.Measure;
import org.unsdcf.core.model.Measurement;
import org.unsdcf.core.model.ReportingPeriod;
import org.unsdcf.core.model.Value;
import org.unsdcf.core.units.UnitKind;
import org.unsdcf.testkit.gen.FaultKit.Ctx;
import org.unsdcf.testkit.gen.FaultKit.Mutator;

/**
 * The single-fault mutations of the DIS rules (disaggregated measurements) for {@link
 * SingleFaults}.
 */
final class DisaggregationFaults {
  private DisaggregationFaults() {}

  /** Puts this category's mutations into the catalogue under construction. */
  static void register(Map<String, Mutator> m) {
    m.put(
        "DIS-001",
        c ->
            c.pick(Places.indicators(c.plan()), ip -> additive(ip.indicator()))
                .flatMap(
                    ip ->
                        freeDay(c, ip.indicator())
                            .flatMap(
                                day -> {
                                  Indicator i = ip.indicator();
                                  String dim = freeDimension(i);
                                  ReportingPeriod p = ReportingPeriod.of(day, day);
                                  List<Measurement> ms = new ArrayList<>(i.measurements());
                                  ms.add(Measurement.of(p, Value.numeric(3)));
                                  ms.add(cell(p, dim, "a", 1));
                                  ms.add(cell(p, dim, "b", 1));
                                  return c.fault(
                                      ip.put()
                                          .apply(
                                              i.withDisaggregations(
                                                      Places.append(
                                                          i.disaggregations(),
                                                          DisaggregationDimension.of(
                                                              dim, true, "a", "b")))
                                                  .withMeasurements(ms)),
                                      ip.path() + "/measurements/" + i.measurements().size());
                                })));
    m.put(
        "DIS-002",
        c ->
            c.pick(Places.indicators(c.plan()), ip -> additive(ip.indicator()))
                .flatMap(
                    ip ->
                        freeDay(c, ip.indicator())
                            .flatMap(
                                day -> {
                                  Indicator i = ip.indicator();
                                  String dim = freeDimension(i);
                                  ReportingPeriod p = ReportingPeriod.of(day, day);
                                  return c.fault(
                                      ip.put()
                                          .apply(
                                              i.withDisaggregations(
                                                      Places.append(
                                                          i.disaggregations(),
                                                          DisaggregationDimension.of(
                                                              dim, true, "a", "b")))
                                                  .withMeasurements(
                                                      Places.append(
                                                          i.measurements(), cell(p, dim, "a", 1)))),
                                      ip.path() + "/measurements/" + i.measurements().size());
                                })));
    m.put(
        "DIS-003",
        c ->
            c.pick(Places.indicators(c.plan()), ip -> !repeatable(c, ip.indicator()).isEmpty())
                .flatMap(
                    ip -> {
                      List<Measurement> ms = ip.indicator().measurements();
                      List<Measurement> repeatable = repeatable(c, ip.indicator());
                      Measurement x = repeatable.get(c.random().nextInt(repeatable.size()));
                      Measurement again = x.withComment(x.comment().orElse("Reported") + " again");
                      return c.fault(
                          ip.put().apply(ip.indicator().withMeasurements(Places.append(ms, again))),
                          ip.path() + "/measurements/" + ms.size());
                    }));
  }

  private static boolean additive(Indicator i) {
    return i.measure() == Measure.UNIT
        && i.unit().isPresent()
        && i.unit().get().kind() != UnitKind.RATIO
        && i.unit().get().kind() != UnitKind.SCORE;
  }

  /** A day inside the framework, not after asOf, that no measurement of the indicator covers. */
  private static Optional<LocalDate> freeDay(Ctx c, Indicator i) {
    LocalDate from = c.plan().period().firstDay();
    LocalDate to =
        c.plan().period().lastDay().isBefore(c.asOf()) ? c.plan().period().lastDay() : c.asOf();
    if (to.isBefore(from)) {
      return Optional.empty();
    }
    long span = ChronoUnit.DAYS.between(from, to) + 1;
    for (int attempt = 0; attempt < 20; attempt++) {
      LocalDate day = from.plusDays(c.random().nextLong(span));
      if (!covered(i, day)) {
        return Optional.of(day);
      }
    }
    return Optional.empty();
  }

  private static String freeDimension(Indicator i) {
    Set<String> names =
        i.disaggregations().stream().map(DisaggregationDimension::name).collect(Collectors.toSet());
    String name = "fault";
    for (int n = 2; names.contains(name); n++) {
      name = "fault" + n;
    }
    return name;
  }

  private static Measurement cell(
      ReportingPeriod period, String dimension, String category, int v) {
    return Measurement.builder()
        .period(period)
        .putDisaggregation(dimension, category)
        .value(Value.numeric(v))
        .build();
  }

  /**
   * The measurements whose repetition adds only DIS-003: ended by asOf, in a unit of the
   * indicator's kind, a cell or a headline alone in its period (a repeated headline would be
   * checked against the cells again), and overlapping no other period of its disaggregation
   * (IND-014).
   */
  private static List<Measurement> repeatable(Ctx c, Indicator i) {
    List<Measurement> ms = i.measurements();
    return ms.stream()
        .filter(x -> c.endsBy(x.period().end()))
        .filter(
            x ->
                x.unit().isEmpty()
                    || i.unit().map(u -> u.kind() == x.unit().get().kind()).orElse(false))
        .filter(
            x ->
                !x.disaggregation().isEmpty()
                    || ms.stream().filter(y -> y.period().equals(x.period())).count() == 1)
        .filter(
            x ->
                ms.stream()
                    .noneMatch(
                        y ->
                            y.disaggregation().equals(x.disaggregation())
                                && !y.period().equals(x.period())
                                && y.period().overlaps(x.period())))
        .collect(Collectors.toList());
  }
}
