package org.unsdcf.testkit.gen;

import static org.unsdcf.testkit.gen.FaultKit.MAX_DATE;
import static org.unsdcf.testkit.gen.FaultKit.MAX_YEAR;
import static org.unsdcf.testkit.gen.FaultKit.MIN_DATE;
import static org.unsdcf.testkit.gen.FaultKit.MIN_YEAR;
import static org.unsdcf.testkit.gen.FaultKit.committee;
import static org.unsdcf.testkit.gen.FaultKit.covered;
import static org.unsdcf.testkit.gen.FaultKit.indexes;
import static org.unsdcf.testkit.gen.FaultKit.jwp;

import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.unsdcf.core.model.Decision;
import org.unsdcf.core.model.DecisionKind;
import org.unsdcf.core.model.Endorsement;
import org.unsdcf.core.model.ImplementationStatus;
import org.unsdcf.core.model.JointWorkPlan;
import org.unsdcf.core.model.JwpStatus;
import org.unsdcf.core.model.Measurement;
import org.unsdcf.core.model.ReportingPeriod;
import org.unsdcf.core.model.SteeringCommittee;
import org.unsdcf.core.model.SubOutput;
import org.unsdcf.core.model.Target;
import org.unsdcf.core.model.YearNarrative;
import org.unsdcf.core.model.YearRange;
import org.unsdcf.testkit.gen.FaultKit.Ctx;
import org.unsdcf.testkit.gen.FaultKit.Mutator;

/** The single-fault mutations of the DAT rules (periods and dates) for {@link SingleFaults}. */
final class DateFaults {
  private DateFaults() {}

  /** Puts this category's mutations into the catalogue under construction. */
  static void register(Map<String, Mutator> m) {
    m.put(
        "DAT-001",
        c -> {
          YearRange fw = c.plan().period();
          return c.pick(indexes(c.plan().jointWorkPlans()))
              .flatMap(
                  w -> {
                    JointWorkPlan jwp = jwp(c, w);
                    YearRange period;
                    if (fw.start().getValue() > MIN_YEAR) {
                      period =
                          YearRange.of(fw.start().getValue() - 1, jwp.period().end().getValue());
                    } else if (fw.end().getValue() < MAX_YEAR && jwp.status() != JwpStatus.CLOSED) {
                      period =
                          YearRange.of(jwp.period().start().getValue(), fw.end().getValue() + 1);
                    } else {
                      return Optional.empty();
                    }
                    return c.fault(
                        Places.withJwp(c.plan(), w, jwp.withPeriod(period)),
                        "/jointWorkPlans/" + w + "/period");
                  });
        });
    m.put(
        "DAT-002",
        c ->
            c.pick(Places.subOutputs(c.plan()))
                .flatMap(
                    so -> {
                      YearRange period = so.jwp().period();
                      SubOutput sub = so.sub();
                      if (sub.status() != ImplementationStatus.PIPELINE
                          && period.firstDay().isAfter(MIN_DATE)) {
                        return c.fault(
                            so.put().apply(sub.withStart(period.firstDay().minusDays(1))),
                            so.path() + "/start");
                      }
                      if (period.lastDay().isBefore(MAX_DATE)
                          && sub.status() == ImplementationStatus.PIPELINE) {
                        return c.fault(
                            so.put().apply(sub.withEnd(period.lastDay().plusDays(1))),
                            so.path() + "/end");
                      }
                      return Optional.empty();
                    }));
    m.put(
        "DAT-003",
        c ->
            c.pick(Places.lines(c.plan()))
                .flatMap(
                    lp -> {
                      YearRange period = lp.owner().jwp().period();
                      int year;
                      if (period.end().getValue() < MAX_YEAR) {
                        year = period.end().getValue() + 1;
                      } else if (period.start().getValue() > MIN_YEAR) {
                        year = period.start().getValue() - 1;
                      } else {
                        return Optional.empty();
                      }
                      return c.fault(
                          lp.put().apply(lp.line().withYear(Year.of(year))), lp.path() + "/year");
                    }));
    m.put(
        "DAT-004",
        c -> {
          LocalDate day = c.plan().period().firstDay().minusDays(1);
          if (day.isBefore(MIN_DATE) || day.isAfter(c.asOf())) {
            return Optional.empty();
          }
          return movedMeasurement(c, day, "/period");
        });
    m.put(
        "DAT-005",
        c -> {
          if (!c.asOf().isBefore(MAX_DATE)) {
            return Optional.empty();
          }
          return movedMeasurement(c, c.asOf().plusDays(1), "/period");
        });
    m.put(
        "DAT-006",
        c -> {
          int year = c.plan().period().start().getValue() + 1;
          if (year > MAX_YEAR) {
            return Optional.empty();
          }
          return c.pick(Places.indicators(c.plan()), ip -> ip.indicator().baseline().isPresent())
              .flatMap(
                  ip ->
                      c.fault(
                          ip.put()
                              .apply(
                                  ip.indicator()
                                      .withBaseline(
                                          ip.indicator()
                                              .baseline()
                                              .get()
                                              .withDate(Optional.empty())
                                              .withYear(Year.of(year)))),
                          ip.path() + "/baseline/year"));
        });
    m.put(
        "DAT-007",
        c -> {
          YearRange fw = c.plan().period();
          int year =
              fw.end().getValue() < MAX_YEAR
                  ? fw.end().getValue() + 1
                  : fw.start().getValue() > MIN_YEAR ? fw.start().getValue() - 1 : 0;
          if (year == 0) {
            return Optional.empty();
          }
          return c.pick(Places.indicators(c.plan()), ip -> !ip.indicator().targets().isEmpty())
              .flatMap(
                  ip -> {
                    List<Target> targets = ip.indicator().targets();
                    int t = c.random().nextInt(targets.size());
                    Target target = targets.get(t);
                    boolean clash =
                        targets.stream()
                            .anyMatch(
                                x -> x.kind() == target.kind() && x.year().getValue() == year);
                    if (clash) {
                      return Optional.empty();
                    }
                    return c.fault(
                        ip.put()
                            .apply(
                                ip.indicator()
                                    .withTargets(
                                        Places.replace(
                                            targets, t, target.withYear(Year.of(year))))),
                        ip.path() + "/targets/" + t + "/year");
                  });
        });
    m.put("DAT-008", DateFaults::endorsedBeforeSigning);
    m.put(
        "DAT-009",
        c ->
            c.pick(
                    indexes(c.plan().jointWorkPlans()),
                    w ->
                        c.plan().isCurrent(jwp(c, w))
                            && c.plan().period().encloses(jwp(c, w).period()))
                .flatMap(
                    w -> {
                      JointWorkPlan original = jwp(c, w);
                      JointWorkPlan copy =
                          JointWorkPlan.builder()
                              .code(c.fresh("JWP"))
                              .title("Overlapping plan")
                              .period(original.period())
                              .status(JwpStatus.DRAFT)
                              .version(1)
                              .resultsGroup(original.resultsGroup())
                              .build();
                      return c.fault(
                          c.plan()
                              .withJointWorkPlans(Places.append(c.plan().jointWorkPlans(), copy)),
                          "/jointWorkPlans/" + c.plan().jointWorkPlans().size() + "/period");
                    }));
    m.put(
        "DAT-010",
        c -> {
          if (!c.asOf().isBefore(MAX_DATE)) {
            return Optional.empty();
          }
          LocalDate after = c.asOf().plusDays(1);
          List<Decision> decisions =
              c.plan().steeringCommittee().map(SteeringCommittee::decisions).orElse(List.of());
          if (decisions.isEmpty()) {
            Decision d = Decision.builder().date(after).kind(DecisionKind.REVIEW_PROGRESS).build();
            return c.fault(
                c.plan().withSteeringCommittee(committee(c.plan()).withDecisions(d)),
                "/steeringCommittee/decisions/0/date");
          }
          int d = c.random().nextInt(decisions.size());
          return c.fault(
              c.plan()
                  .withSteeringCommittee(
                      committee(c.plan())
                          .withDecisions(
                              Places.replace(decisions, d, decisions.get(d).withDate(after)))),
              "/steeringCommittee/decisions/" + d + "/date");
        });
    m.put(
        "DAT-012",
        c ->
            c.pick(Places.subOutputs(c.plan()), so -> narrativeYearAfter(so.sub()) <= MAX_YEAR)
                .flatMap(
                    so -> {
                      SubOutput sub = so.sub();
                      YearNarrative late =
                          YearNarrative.of(narrativeYearAfter(sub), "Reported after the end");
                      return c.fault(
                          so.put()
                              .apply(
                                  sub.withProgressNarratives(
                                      Places.append(sub.progressNarratives(), late))),
                          so.path()
                              + "/progressNarratives/"
                              + sub.progressNarratives().size()
                              + "/year");
                    }));
  }

  /** DAT-008: a JWP endorsed the day before the framework was signed. */
  private static Optional<Fault> endorsedBeforeSigning(Ctx c) {
    List<Integer> endorsed =
        indexes(c.plan().jointWorkPlans()).stream()
            .filter(w -> jwp(c, w).endorsement().isPresent())
            .collect(Collectors.toList());
    if (endorsed.isEmpty()) {
      return Optional.empty();
    }
    LocalDate signedOn =
        c.plan()
            .signedOn()
            .orElseGet(
                () ->
                    endorsed.stream()
                        .map(w -> jwp(c, w).endorsement().get().date())
                        .min(LocalDate::compareTo)
                        .orElseThrow());
    LocalDate day = signedOn.minusDays(1);
    if (signedOn.isAfter(c.asOf()) || day.isBefore(MIN_DATE)) {
      return Optional.empty();
    }
    int w = endorsed.get(c.random().nextInt(endorsed.size()));
    return c.fault(
        Places.withJwp(c.plan(), w, jwp(c, w).withEndorsement(Endorsement.of(day)))
            .withSignedOn(signedOn),
        "/jointWorkPlans/" + w + "/endorsement/date");
  }

  /**
   * Moves one measurement to a single day no other measurement of its indicator covers; DIS and
   * IND-014 see no new overlap or repeat.
   */
  private static Optional<Fault> movedMeasurement(Ctx c, LocalDate day, String suffix) {
    return c.pick(
            Places.indicators(c.plan()),
            ip -> !ip.indicator().measurements().isEmpty() && !covered(ip.indicator(), day))
        .flatMap(
            ip -> {
              List<Measurement> ms = ip.indicator().measurements();
              int i = c.random().nextInt(ms.size());
              Measurement moved = ms.get(i).withPeriod(ReportingPeriod.of(day, day));
              return c.fault(
                  ip.put().apply(ip.indicator().withMeasurements(Places.replace(ms, i, moved))),
                  ip.path() + "/measurements/" + i + suffix);
            });
  }

  /** The first year after a sub-output's end year and its last progress narrative's year. */
  private static int narrativeYearAfter(SubOutput sub) {
    int year = sub.end().getYear();
    for (YearNarrative n : sub.progressNarratives()) {
      year = Math.max(year, n.year().getValue());
    }
    return year + 1;
  }
}
