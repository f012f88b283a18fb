package org.unsdcf.testkit.gen;

import static org.unsdcf.testkit.gen.FaultKit.MIN_DATE;
import static org.unsdcf.testkit.gen.FaultKit.bumped;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.unsdcf.core.model.Accumulation;
import org.unsdcf.core.model.Frequency;
import org.unsdcf.core.model.Indicator;
import org.unsdcf.core.model.Measurement;
import org.unsdcf.core.model.ReportingPeriod;
import org.unsdcf.core.model.Value;
import org.unsdcf.core.units.IndicatorUnit;
import org.unsdcf.testkit.gen.FaultKit.Ctx;
import org.unsdcf.testkit.gen.FaultKit.Mutator;
import org.unsdcf.testkit.gen.Places.IndicatorPlace;

/**
 * The single-fault mutations of the IND rules on an indicator's measurements (ratios, missing
 * years, double counting) for {@link SingleFaults}.
 */
final class MeasurementFaults {
  private MeasurementFaults() {}

  /** Puts this category's mutations into the catalogue under construction. */
  static void register(Map<String, Mutator> m) {
    m.put(
        "IND-007",
        c -> {
          List<MeasurementSite> sites = new ArrayList<>();
          for (IndicatorPlace ip : Places.indicators(c.plan())) {
            List<Measurement> ms = ip.indicator().measurements();
            for (int i = 0; i < ms.size(); i++) {
              Measurement x = ms.get(i);
              Optional<IndicatorUnit> unit = x.unit().or(() -> ip.indicator().unit());
              if (x.numerator().isPresent()
                  && x.value() instanceof Value.Numeric
                  && unit.flatMap(IndicatorUnit::ratioScale).isPresent()
                  && x.unit()
                      .map(u -> u.kind() == ip.indicator().unit().get().kind())
                      .orElse(true)) {
                sites.add(new MeasurementSite(ip, i));
              }
            }
          }
          return c.pick(sites)
              .flatMap(
                  s -> {
                    IndicatorPlace ip = s.place();
                    int i = s.index();
                    List<Measurement> ms = ip.indicator().measurements();
                    Measurement x = ms.get(i);
                    BigDecimal v = bumped(((Value.Numeric) x.value()).amount());
                    return c.fault(
                        ip.put()
                            .apply(
                                ip.indicator()
                                    .withMeasurements(
                                        Places.replace(ms, i, x.withValue(Value.numeric(v))))),
                        ip.path() + "/measurements/" + i + "/value");
                  });
        });
    m.put(
        "IND-009",
        c ->
            c.pick(Places.indicators(c.plan()), ip -> missingYear(c, ip.indicator()))
                .flatMap(
                    ip ->
                        c.fault(
                            ip.put().apply(ip.indicator().withFrequency(Frequency.ANNUAL)),
                            ip.path() + "/measurements")));
    m.put("IND-014", MeasurementFaults::doubleCounted);
  }

  /** A measurement of an indicator. */
  private record MeasurementSite(IndicatorPlace place, int index) {}

  /** IND-009 needs a past year after the baseline year in which no measurement ends. */
  private static boolean missingYear(Ctx c, Indicator i) {
    int from =
        i.baseline().map(b -> b.year().getValue() + 1).orElse(c.plan().period().start().getValue());
    for (int y = from; y <= c.plan().period().end().getValue(); y++) {
      int year = y;
      if (!LocalDate.of(y, 12, 31).isBefore(c.asOf())) {
        break;
      }
      if (i.measurements().stream().noneMatch(x -> x.period().end().getYear() == year)) {
        return true;
      }
    }
    return false;
  }

  /**
   * IND-014: a PER_PERIOD indicator gets a copy of a measurement over a period one day longer, so
   * the two overlap without being equal.
   */
  private static Optional<Fault> doubleCounted(Ctx c) {
    return c.pick(
            Places.indicators(c.plan()),
            ip ->
                ip.indicator().accumulation().isPresent()
                    && !ip.indicator().measurements().isEmpty()
                    && (ip.indicator().accumulation().get() == Accumulation.PER_PERIOD
                        || !overlapping(ip.indicator().measurements())))
        .flatMap(
            ip -> {
              Indicator i = ip.indicator();
              List<Measurement> ms = i.measurements();
              List<Measurement> past =
                  ms.stream().filter(y -> c.endsBy(y.period().end())).collect(Collectors.toList());
              if (past.isEmpty()) {
                return Optional.empty();
              }
              Measurement x = past.get(c.random().nextInt(past.size()));
              ReportingPeriod p = x.period();
              ReportingPeriod longer;
              if (p.start().isAfter(MIN_DATE)) {
                longer = ReportingPeriod.of(p.start().minusDays(1), p.end());
              } else if (p.end().isBefore(c.asOf())) {
                longer = ReportingPeriod.of(p.start(), p.end().plusDays(1));
              } else {
                return Optional.empty();
              }
              boolean repeated =
                  ms.stream()
                      .anyMatch(
                          y ->
                              y.period().equals(longer)
                                  && y.disaggregation().equals(x.disaggregation()));
              if (repeated) {
                return Optional.empty();
              }
              Measurement copy = x.withPeriod(longer);
              return c.fault(
                  ip.put()
                      .apply(
                          i.withAccumulation(Accumulation.PER_PERIOD)
                              .withMeasurements(Places.append(ms, copy))),
                  ip.path() + "/measurements/" + ms.size());
            });
  }

  private static boolean overlapping(List<Measurement> ms) {
    for (int a = 0; a < ms.size(); a++) {
      for (int b = a + 1; b < ms.size(); b++) {
        Measurement x = ms.get(a);
        Measurement y = ms.get(b);
        if (x.disaggregation().equals(y.disaggregation())
            && !x.period().equals(y.period())
            && x.period().overlaps(y.period())) {
          return true;
        }
      }
    }
    return false;
  }
}
