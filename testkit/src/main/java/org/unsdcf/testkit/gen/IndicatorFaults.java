package org.unsdcf.testkit.gen;

import static org.unsdcf.testkit.gen.FaultKit.MIN_YEAR;
import static org.unsdcf.testkit.gen.FaultKit.plusOne;

import java.math.BigDecimal;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.unsdcf.core.model.Direction;
import org.unsdcf.core.model.Indicator;
import org.unsdcf.core.model.Measure;
import org.unsdcf.core.model.NumericRange;
import org.unsdcf.core.model.Target;
import org.unsdcf.core.model.TargetKind;
import org.unsdcf.core.model.Value;
import org.unsdcf.core.units.IndicatorUnit;
import org.unsdcf.core.units.UnitKind;
import org.unsdcf.testkit.gen.FaultKit.Ctx;
import org.unsdcf.testkit.gen.FaultKit.Mutator;
import org.unsdcf.testkit.gen.Places.IndicatorPlace;

/**
 * The single-fault mutations of the IND rules on an indicator's definition, baseline and targets
 * for {@link SingleFaults}; {@link MeasurementFaults} has those on its measurements.
 */
final class IndicatorFaults {
  private IndicatorFaults() {}

  /** Puts this category's mutations into the catalogue under construction. */
  static void register(Map<String, Mutator> m) {
    m.put(
        "IND-001",
        c ->
            c.pick(Places.indicators(c.plan()), ip -> numeric(ip.indicator()))
                .flatMap(
                    ip ->
                        c.fault(
                            ip.put().apply(ip.indicator().withBaseline(Optional.empty())),
                            ip.path() + "/baseline")));
    m.put(
        "IND-002",
        c ->
            c.pick(Places.indicators(c.plan()), ip -> numeric(ip.indicator()))
                .flatMap(
                    ip ->
                        c.fault(
                            ip.put()
                                .apply(
                                    ip.indicator()
                                        .withTargets(
                                            ip.indicator().targets().stream()
                                                .filter(t -> t.kind() != TargetKind.FINAL)
                                                .collect(Collectors.toList()))),
                            ip.path() + "/targets")));
    m.put(
        "IND-003",
        c ->
            c.pick(
                    Places.indicators(c.plan()),
                    ip ->
                        ip.indicator().measure() == Measure.UNIT
                            || ip.indicator().measure() == Measure.PERCENTAGE
                            || ip.indicator().measure() == Measure.ORDINAL)
                .flatMap(
                    ip ->
                        c.fault(
                            ip.put().apply(ip.indicator().withDirection(Optional.empty())),
                            ip.path() + "/direction")));
    m.put(
        "IND-004",
        c ->
            c.pick(Places.indicators(c.plan()), IndicatorFaults::contradictable)
                .flatMap(
                    ip -> {
                      Indicator i = ip.indicator();
                      int t = firstFinal(i);
                      BigDecimal b =
                          plain(i.baseline().get().value(), i.baseline().get().unit()).get();
                      BigDecimal v =
                          plain(i.targets().get(t).value(), i.targets().get(t).unit()).get();
                      Direction wrong =
                          v.compareTo(b) < 0 ? Direction.INCREASE : Direction.DECREASE;
                      return c.fault(
                          ip.put().apply(i.withDirection(wrong)),
                          ip.path() + "/targets/" + t + "/value");
                    }));
    m.put("IND-005", IndicatorFaults::outsideRange);
    m.put(
        "IND-006",
        c ->
            c.pick(
                    Places.indicators(c.plan()),
                    ip ->
                        ip.indicator().unit().isPresent()
                            && (ip.indicator().baseline().isPresent()
                                || !ip.indicator().targets().isEmpty()))
                .flatMap(
                    ip -> {
                      Indicator i = ip.indicator();
                      UnitKind kind = i.unit().get().kind();
                      List<IndicatorUnit> others = new ArrayList<>();
                      for (IndicatorUnit u : IndicatorUnit.values()) {
                        if (u.kind() != kind) {
                          others.add(u);
                        }
                      }
                      IndicatorUnit wrong = others.get(c.random().nextInt(others.size()));
                      if (i.baseline().isPresent()
                          && (i.targets().isEmpty() || c.random().nextBoolean())) {
                        return c.fault(
                            ip.put().apply(i.withBaseline(i.baseline().get().withUnit(wrong))),
                            ip.path() + "/baseline/unit");
                      }
                      int t = c.random().nextInt(i.targets().size());
                      return c.fault(
                          ip.put()
                              .apply(
                                  i.withTargets(
                                      Places.replace(
                                          i.targets(), t, i.targets().get(t).withUnit(wrong)))),
                          ip.path() + "/targets/" + t + "/unit");
                    }));
    m.put(
        "IND-008",
        c ->
            c.pick(Places.indicators(c.plan()))
                .flatMap(
                    ip ->
                        c.fault(
                            ip.put().apply(ip.indicator().withMeansOfVerification(List.of())),
                            ip.path() + "/meansOfVerification")));
    m.put(
        "IND-010",
        c ->
            c.pick(Places.indicators(c.plan()), ip -> firstFinal(ip.indicator()) >= 0)
                .flatMap(
                    ip -> {
                      Indicator i = ip.indicator();
                      Target first = i.targets().get(firstFinal(i));
                      int y = first.year().getValue();
                      Target second = first.withYear(Year.of(y > MIN_YEAR ? y - 1 : y + 1));
                      return c.fault(
                          ip.put().apply(i.withTargets(Places.append(i.targets(), second))),
                          ip.path() + "/targets/" + i.targets().size());
                    }));
    m.put(
        "IND-011",
        c ->
            c.pick(Places.indicators(c.plan()))
                .flatMap(
                    ip -> {
                      Indicator i = ip.indicator();
                      List<Integer> free = new ArrayList<>();
                      for (int y = c.plan().period().start().getValue();
                          y <= c.plan().period().end().getValue();
                          y++) {
                        int year = y;
                        if (i.targets().stream()
                            .noneMatch(
                                x ->
                                    x.kind() == TargetKind.MILESTONE
                                        && x.year().getValue() == year)) {
                          free.add(y);
                        }
                      }
                      if (free.isEmpty()) {
                        return Optional.empty();
                      }
                      int year = free.get(c.random().nextInt(free.size()));
                      Value one = sample(i, 1);
                      Value two = sample(i, 2);
                      Target a =
                          Target.builder()
                              .year(year)
                              .kind(TargetKind.MILESTONE)
                              .value(one)
                              .comment("milestone")
                              .build();
                      Target b =
                          Target.builder()
                              .year(year)
                              .kind(TargetKind.MILESTONE)
                              .value(two)
                              .comment("milestone again")
                              .build();
                      List<Target> targets = Places.append(Places.append(i.targets(), a), b);
                      return c.fault(
                          ip.put().apply(i.withTargets(targets)),
                          ip.path() + "/targets/" + (i.targets().size() + 1));
                    }));
    m.put(
        "IND-012",
        c ->
            c.pick(Places.indicators(c.plan()), IndicatorFaults::levelled)
                .flatMap(
                    ip -> {
                      Indicator i = ip.indicator();
                      int t = firstFinal(i);
                      Direction d =
                          i.direction()
                              .filter(x -> x != Direction.MAINTAIN)
                              .orElse(Direction.INCREASE);
                      Target equal = i.targets().get(t).withValue(i.baseline().get().value());
                      return c.fault(
                          ip.put()
                              .apply(
                                  i.withDirection(d)
                                      .withTargets(Places.replace(i.targets(), t, equal))),
                          ip.path() + "/targets/" + t + "/value");
                    }));
    m.put(
        "IND-013",
        c ->
            c.pick(
                    Places.indicators(c.plan()),
                    ip -> ip.indicator().baseline().isPresent() && firstFinal(ip.indicator()) >= 0)
                .flatMap(
                    ip -> {
                      Indicator i = ip.indicator();
                      int t = firstFinal(i);
                      Target early = i.targets().get(t).withYear(i.baseline().get().year());
                      return c.fault(
                          ip.put().apply(i.withTargets(Places.replace(i.targets(), t, early))),
                          ip.path() + "/targets/" + t + "/year");
                    }));
  }

  private static boolean numeric(Indicator i) {
    return i.measure() != Measure.QUALITATIVE;
  }

  private static Optional<BigDecimal> plain(Value value, Optional<IndicatorUnit> unit) {
    if (unit.isPresent() || !(value instanceof Value.Numeric)) {
      return Optional.empty();
    }
    return Optional.of(((Value.Numeric) value).amount());
  }

  private static int firstFinal(Indicator i) {
    for (int t = 0; t < i.targets().size(); t++) {
      if (i.targets().get(t).kind() == TargetKind.FINAL) {
        return t;
      }
    }
    return -1;
  }

  /** A value of the indicator's kind: the number n, or a text. */
  private static Value sample(Indicator i, int n) {
    return numeric(i) ? Value.numeric(n) : Value.qualitative("Milestone " + n);
  }

  private static boolean contradictable(IndicatorPlace ip) {
    Indicator i = ip.indicator();
    int t = firstFinal(i);
    if (!numeric(i) || i.baseline().isEmpty() || t < 0) {
      return false;
    }
    Optional<BigDecimal> b = plain(i.baseline().get().value(), i.baseline().get().unit());
    Optional<BigDecimal> v = plain(i.targets().get(t).value(), i.targets().get(t).unit());
    return b.isPresent() && v.isPresent() && b.get().compareTo(v.get()) != 0;
  }

  private static boolean levelled(IndicatorPlace ip) {
    Indicator i = ip.indicator();
    int t = firstFinal(i);
    return numeric(i)
        && t >= 0
        && i.baseline().isPresent()
        && i.baseline().get().unit().isEmpty()
        && i.targets().get(t).unit().isEmpty()
        && i.baseline().get().value() instanceof Value.Numeric;
  }

  /** IND-005: a baseline or target value just outside the indicator's range. */
  private static Optional<Fault> outsideRange(Ctx c) {
    return c.pick(
            Places.indicators(c.plan()),
            ip ->
                ip.indicator().effectiveRange().isPresent()
                    && (ip.indicator().baseline().isPresent()
                        || !ip.indicator().targets().isEmpty()))
        .flatMap(
            ip -> {
              Indicator i = ip.indicator();
              NumericRange range = i.effectiveRange().get();
              Optional<BigDecimal> outside =
                  range.max().isPresent()
                      ? plusOne(range.max().get())
                      : plusOne(range.min().get().negate()).map(BigDecimal::negate);
              if (outside.isEmpty()) {
                return Optional.empty();
              }
              Value value = Value.numeric(outside.get());
              if (i.baseline().isPresent() && (i.targets().isEmpty() || c.random().nextBoolean())) {
                return c.fault(
                    ip.put()
                        .apply(
                            i.withBaseline(
                                i.baseline().get().withValue(value).withUnit(Optional.empty()))),
                    ip.path() + "/baseline/value");
              }
              int t = c.random().nextInt(i.targets().size());
              Target target = i.targets().get(t).withValue(value).withUnit(Optional.empty());
              return c.fault(
                  ip.put().apply(i.withTargets(Places.replace(i.targets(), t, target))),
                  ip.path() + "/targets/" + t + "/value");
            });
  }
}
