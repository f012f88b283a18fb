package org.unsdcf.testkit.gen;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.random.RandomGenerator;
import java.util.stream.Collectors;
import org.unsdcf.core.model.Accumulation;
import org.unsdcf.core.model.ChairRole;
import org.unsdcf.core.model.CoChair;
import org.unsdcf.core.model.CooperationFramework;
import org.unsdcf.core.model.Decision;
import org.unsdcf.core.model.DecisionKind;
import org.unsdcf.core.model.Direction;
import org.unsdcf.core.model.DisaggregationDimension;
import org.unsdcf.core.model.Endorsement;
import org.unsdcf.core.model.Frequency;
import org.unsdcf.core.model.FundingLine;
import org.unsdcf.core.model.ImplementationStatus;
import org.unsdcf.core.model.Indicator;
import org.unsdcf.core.model.JointWorkPlan;
import org.unsdcf.core.model.JwpStatus;
import org.unsdcf.core.model.Measure;
import org.unsdcf.core.model.Measurement;
import org.unsdcf.core.model.Money;
import org.unsdcf.core.model.NumericRange;
import org.unsdcf.core.model.Outcome;
import org.unsdcf.core.model.Output;
import org.unsdcf.core.model.PriorityArea;
import org.unsdcf.core.model.ReportingPeriod;
import org.unsdcf.core.model.ResultsGroup;
import org.unsdcf.core.model.SteeringCommittee;
import org.unsdcf.core.model.SubOutput;
import org.unsdcf.core.model.Tag;
import org.unsdcf.core.model.Target;
import org.unsdcf.core.model.TargetKind;
import org.unsdcf.core.model.Value;
import org.unsdcf.core.model.YearNarrative;
import org.unsdcf.core.model.YearRange;
import org.unsdcf.core.sdg.SdgCatalogue;
import org.unsdcf.core.sdg.SdgIndicator;
import org.unsdcf.core.units.IndicatorUnit;
import org.unsdcf.core.units.UnitKind;
import org.unsdcf.core.validation.RuleCatalogue;
import org.unsdcf.core.validation.RuleInfo;
import org.unsdcf.testkit.gen.Places.IndicatorPlace;
import org.unsdcf.testkit.gen.Places.OutcomePlace;
import org.unsdcf.testkit.gen.Places.SubPlace;

/**
 * The single-fault catalogue: for every rule of {@link RuleCatalogue#rules()}, a mutation that puts
 * exactly that fault into a plan at a place chosen at random, and says where the validator is to
 * report it. Meant for plans that are clean for the rule, such as those of {@link PlanGenerator}
 * and {@code SamplePlans}:
 *
 * <pre>{@code
 * Optional<Fault> fault = SingleFaults.mutate("GOV-003", plan, asOf, new SplittableRandom(seed));
 * fault.ifPresent(f -> assertThat(validator.validate(f.plan(), ValidationOptions.of(asOf)))
 *     .hasFinding(f.code()).at(f.path()));
 * }</pre>
 *
 * <p>A mutation changes as little as it can and avoids setting off other ERROR rules: it appends
 * new elements after the existing ones (so no path moves), gives new entities codes the plan does
 * not use, and keeps dates on the right side of {@code asOf} and {@code signedOn}. Some rules need
 * a place the plan may lack (an indicator with a baseline, a current JWP with a sub-output, a
 * funding line…); then {@link #mutate} returns empty. DIS-001 is put in with an exhaustive
 * dimension, so its finding is an ERROR.
 *
 * <p>Stateless and thread-safe; deterministic for a given random generator state.
 */
public final class SingleFaults {
  private static final List<String> ENTITIES =
      List.of(
          "UNDP",
          "UNICEF",
          "UNFPA",
          "WFP",
          "WHO",
          "IOM",
          "FAO",
          "ILO",
          "UNHCR",
          "UN-Women",
          "UNESCO",
          "UNEP",
          "UNODC",
          "OHCHR",
          "UNIDO",
          "ITC");
  private static final List<String> CURRENCIES = List.of("USD", "EUR", "KGS", "KZT", "XOF", "CHF");
  private static final List<String> VALID_TARGETS =
      List.of(
          "10.7", "1.1", "1.2", "1.3", "1.4", "1.5", "2.1", "2.2", "2.3", "2.4", "2.5", "3.1",
          "3.2", "4.1", "5.1");
  private static final LocalDate MIN_DATE = LocalDate.of(1945, 1, 1);
  private static final LocalDate MAX_DATE = LocalDate.of(2100, 12, 31);
  private static final int MIN_YEAR = 1945;
  private static final int MAX_YEAR = 2100;

  private static final Map<String, Mutator> MUTATORS = mutators();

  private SingleFaults() {}

  /** One rule's mutation. */
  @FunctionalInterface
  private interface Mutator {
    Optional<Fault> apply(Ctx c);
  }

  /** An entity holding a list (SDG targets, tags), its size, and the plan with one more element. */
  private record Owner(String path, int size, Supplier<CooperationFramework> put) {}

  /** A measurement of an indicator. */
  private record MeasurementSite(IndicatorPlace place, int index) {}

  /** What a mutation works with. */
  private record Ctx(
      String code, CooperationFramework plan, LocalDate asOf, RandomGenerator random) {
    Optional<Fault> fault(CooperationFramework mutated, String path) {
      return Optional.of(new Fault(mutated, code, path));
    }

    <T> Optional<T> pick(List<T> choices) {
      return choices.isEmpty()
          ? Optional.empty()
          : Optional.of(choices.get(random.nextInt(choices.size())));
    }

    <T> Optional<T> pick(List<T> choices, Predicate<T> filter) {
      return pick(choices.stream().filter(filter).collect(Collectors.toList()));
    }

    String fresh(String prefix) {
      Set<String> used = Places.codes(plan);
      while (true) {
        String candidate = prefix + "-F" + (1 + random.nextInt(1_000_000));
        if (!used.contains(candidate)) {
          return candidate;
        }
      }
    }

    String entityNotIn(List<String> taken) {
      List<String> free =
          ENTITIES.stream().filter(e -> !taken.contains(e)).collect(Collectors.toList());
      return free.isEmpty() ? fresh("AGENCY") : free.get(random.nextInt(free.size()));
    }

    boolean endsBy(LocalDate day) {
      return !day.isAfter(asOf);
    }
  }

  /**
   * Gets the codes there is a mutation for: every code of {@link RuleCatalogue#rules()}, in
   * catalogue order.
   *
   * @return the codes
   */
  public static List<String> codes() {
    return List.copyOf(MUTATORS.keySet());
  }

  /**
   * Puts one fault into a plan.
   *
   * @param code the rule to break, one of {@link #codes()}
   * @param plan the plan, best one clean for that rule
   * @param asOf the day the caller validates at (date-dependent rules need it)
   * @param random chooses the place
   * @return the mutated plan with the code and the path of the finding it is to give, or empty if
   *     the plan has no place for that fault (such as IND-001 in a plan without indicators)
   * @throws IllegalArgumentException if the code is not in the catalogue
   * @throws NullPointerException if an argument is null
   */
  public static Optional<Fault> mutate(
      String code, CooperationFramework plan, LocalDate asOf, RandomGenerator random) {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(random, "random");
    Mutator mutator = MUTATORS.get(code);
    if (mutator == null) {
      throw new IllegalArgumentException("no rule has the code '" + code + "'");
    }
    return mutator.apply(new Ctx(code, plan, asOf, random));
  }

  private static Map<String, Mutator> mutators() {
    Map<String, Mutator> m = new LinkedHashMap<>();
    structure(m);
    governance(m);
    dates(m);
    status(m);
    completeness(m);
    alignment(m);
    indicators(m);
    disaggregation(m);
    finance(m);
    additions(m);
    for (RuleInfo rule : RuleCatalogue.rules()) {
      if (!m.containsKey(rule.code())) {
        throw new IllegalStateException("no single-fault mutation for " + rule.code());
      }
    }
    Map<String, Mutator> ordered = new LinkedHashMap<>();
    for (RuleInfo rule : RuleCatalogue.rules()) {
      ordered.put(rule.code(), m.get(rule.code()));
    }
    return ordered;
  }

  // THE RULES OF DESIGN §13 AND §14.1

  private static void additions(Map<String, Mutator> m) {
    m.put(
        "STR-013",
        c ->
            c.pick(Places.subOutputs(c.plan))
                .flatMap(
                    so -> {
                      String code = c.fresh("OP");
                      while (so.sub().additionalOutputs().contains(code)) {
                        code = c.fresh("OP");
                      }
                      List<String> more = Places.append(so.sub().additionalOutputs(), code);
                      return c.fault(
                          so.put().apply(so.sub().withAdditionalOutputs(more)),
                          so.path() + "/additionalOutputs/" + so.sub().additionalOutputs().size());
                    }));
    m.put(
        "STR-014",
        c -> {
          Set<String> outputs =
              Places.outputs(c.plan).stream()
                  .map(op -> op.output().code())
                  .collect(Collectors.toSet());
          return c.pick(
                  Places.subOutputs(c.plan),
                  so ->
                      outputs.contains(so.sub().outputCode())
                          && !so.sub().additionalOutputs().contains(so.sub().outputCode()))
              .flatMap(
                  so -> {
                    List<String> more =
                        Places.append(so.sub().additionalOutputs(), so.sub().outputCode());
                    return c.fault(
                        so.put().apply(so.sub().withAdditionalOutputs(more)),
                        so.path() + "/additionalOutputs/" + so.sub().additionalOutputs().size());
                  });
        });
    m.put(
        "DAT-012",
        c ->
            c.pick(Places.subOutputs(c.plan), so -> narrativeYearAfter(so.sub()) <= MAX_YEAR)
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
    m.put(
        "ALN-004",
        c -> {
          String entity = c.fresh("AGENCY");
          List<Owner> owners = new ArrayList<>();
          for (Places.OutputPlace op : Places.outputs(c.plan)) {
            List<String> entities = op.output().contributingEntities();
            if (!entities.contains(entity)) {
              owners.add(
                  new Owner(
                      op.path() + "/contributingEntities",
                      entities.size(),
                      () ->
                          op.put()
                              .apply(
                                  op.output()
                                      .withContributingEntities(Places.append(entities, entity)))));
            }
          }
          for (SubPlace so : Places.subOutputs(c.plan)) {
            List<String> agencies = so.sub().agencies();
            if (!agencies.contains(entity)) {
              owners.add(
                  new Owner(
                      so.path() + "/agencies",
                      agencies.size(),
                      () ->
                          so.put().apply(so.sub().withAgencies(Places.append(agencies, entity)))));
            }
          }
          return c.pick(owners).flatMap(o -> c.fault(o.put().get(), o.path() + "/" + o.size()));
        });
  }

  /** Checks if a line other than {@code except} has money available but no partner. */
  private static boolean hasPartnerlessFunds(SubOutput sub, FundingLine except) {
    return sub.funding().stream()
        .anyMatch(
            l ->
                l != except
                    && l.contributingPartner().isEmpty()
                    && l.available().amount().signum() > 0);
  }

  /** The first year after a sub-output's end year and its last progress narrative's year. */
  private static int narrativeYearAfter(SubOutput sub) {
    int year = sub.end().getYear();
    for (YearNarrative n : sub.progressNarratives()) {
      year = Math.max(year, n.year().getValue());
    }
    return year + 1;
  }

  // STRUCTURE

  private static void structure(Map<String, Mutator> m) {
    m.put(
        "STR-001",
        c -> {
          PriorityArea area =
              PriorityArea.builder().code(c.fresh("SP")).title("Area without outcome").build();
          return c.fault(
              c.plan.withPriorityAreas(Places.append(c.plan.priorityAreas(), area)),
              "/priorityAreas/" + c.plan.priorityAreas().size());
        });
    m.put(
        "STR-002",
        c ->
            c.pick(indexes(c.plan.priorityAreas()))
                .flatMap(
                    a -> {
                      PriorityArea area = c.plan.priorityAreas().get(a);
                      Outcome outcome =
                          Outcome.builder().code(c.fresh("OC")).title("No indicator").build();
                      return c.fault(
                          Places.withArea(
                              c.plan,
                              a,
                              area.withOutcomes(Places.append(area.outcomes(), outcome))),
                          "/priorityAreas/" + a + "/outcomes/" + area.outcomes().size());
                    }));
    m.put(
        "STR-003",
        c ->
            c.pick(Places.outcomes(c.plan))
                .flatMap(
                    oc -> {
                      Output output =
                          Output.builder().code(c.fresh("OP")).title("No indicator").build();
                      return c.fault(
                          oc.put()
                              .apply(
                                  oc.outcome()
                                      .withOutputs(Places.append(oc.outcome().outputs(), output))),
                          oc.path() + "/outputs/" + oc.outcome().outputs().size());
                    }));
    m.put(
        "STR-004",
        c -> {
          // A new results group (after areas and groups) repeats the framework's, an area's or a
          // group's code; its scope is empty, so nothing resolves to it.
          List<String[]> firsts = new ArrayList<>();
          firsts.add(new String[] {c.plan.code(), "/code"});
          for (int a = 0; a < c.plan.priorityAreas().size(); a++) {
            firsts.add(
                new String[] {
                  c.plan.priorityAreas().get(a).code(), "/priorityAreas/" + a + "/code"
                });
          }
          for (int g = 0; g < c.plan.resultsGroups().size(); g++) {
            firsts.add(
                new String[] {
                  c.plan.resultsGroups().get(g).code(), "/resultsGroups/" + g + "/code"
                });
          }
          String[] first = firsts.get(c.random.nextInt(firsts.size()));
          ResultsGroup group = ResultsGroup.builder().code(first[0]).title("Repeated code").build();
          return c.fault(
              c.plan.withResultsGroups(Places.append(c.plan.resultsGroups(), group)),
              "/resultsGroups/" + c.plan.resultsGroups().size() + "/code");
        });
    m.put(
        "STR-005",
        c ->
            c.pick(Places.subOutputs(c.plan))
                .flatMap(
                    so ->
                        c.fault(
                            so.put().apply(so.sub().withOutputCode(c.fresh("OP"))),
                            so.path() + "/outputCode")));
    m.put(
        "STR-006",
        c ->
            c.pick(indexes(c.plan.resultsGroups()))
                .flatMap(
                    g -> {
                      ResultsGroup group = c.plan.resultsGroups().get(g);
                      return c.fault(
                          withGroup(
                              c.plan,
                              g,
                              group.withScope(Places.append(group.scope(), c.fresh("SP")))),
                          "/resultsGroups/" + g + "/scope/" + group.scope().size());
                    }));
    m.put("STR-007", SingleFaults::outOfScope);
    m.put(
        "STR-008",
        c -> {
          if (c.plan.resultsGroups().size() < 2) {
            return Optional.empty();
          }
          return c.pick(Places.outcomes(c.plan))
              .flatMap(
                  oc -> {
                    String area = areaOf(c.plan, oc);
                    List<ResultsGroup> groups = new ArrayList<>();
                    for (ResultsGroup g : c.plan.resultsGroups()) {
                      boolean covers =
                          g.scope().contains(oc.outcome().code()) || g.scope().contains(area);
                      groups.add(
                          covers ? g : g.withScope(Places.append(g.scope(), oc.outcome().code())));
                    }
                    return c.fault(c.plan.withResultsGroups(groups), oc.path());
                  });
        });
    m.put(
        "STR-009",
        c -> {
          List<ResultsGroup> groups =
              c.plan.resultsGroups().stream()
                  .map(g -> g.withScope(List.of()))
                  .collect(Collectors.toList());
          return c.fault(
              c.plan
                  .withPriorityAreas(List.of())
                  .withResultsGroups(groups)
                  .withJointWorkPlans(List.of())
                  .withSteeringCommittee(
                      c.plan.steeringCommittee().map(sc -> sc.withDecisions(List.of()))),
              "/priorityAreas");
        });
    m.put(
        "STR-010",
        c ->
            c.pick(indexes(c.plan.jointWorkPlans()), w -> jwp(c, w).supersedes().isEmpty())
                .flatMap(
                    w ->
                        c.fault(
                            Places.withJwp(c.plan, w, jwp(c, w).withSupersedes(c.fresh("JWP"))),
                            "/jointWorkPlans/" + w + "/supersedes")));
    m.put(
        "STR-011",
        c ->
            c.pick(indexes(c.plan.jointWorkPlans()), w -> jwp(c, w).supersedes().isEmpty())
                .flatMap(
                    w ->
                        c.fault(
                            Places.withJwp(c.plan, w, jwp(c, w).withSupersedes(jwp(c, w).code())),
                            "/jointWorkPlans/" + w + "/supersedes")));
    m.put(
        "STR-012",
        c ->
            c.pick(indexes(c.plan.jointWorkPlans()))
                .flatMap(
                    w ->
                        c.fault(
                            Places.withJwp(c.plan, w, jwp(c, w).withResultsGroup(c.fresh("RG"))),
                            "/jointWorkPlans/" + w + "/resultsGroup")));
  }

  /** STR-007: take an outcome out of every scope, keeping its sibling outcomes covered. */
  private static Optional<Fault> outOfScope(Ctx c) {
    return c.pick(Places.outcomes(c.plan))
        .flatMap(
            oc -> {
              String area = areaOf(c.plan, oc);
              PriorityArea owner =
                  c.plan.priorityAreas().stream()
                      .filter(a -> a.outcomes().contains(oc.outcome()))
                      .findFirst()
                      .orElseThrow();
              List<ResultsGroup> groups = new ArrayList<>();
              for (ResultsGroup g : c.plan.resultsGroups()) {
                List<String> scope = new ArrayList<>();
                for (String s : g.scope()) {
                  if (s.equals(area)) {
                    for (Outcome sibling : owner.outcomes()) {
                      if (!sibling.code().equals(oc.outcome().code())
                          && !scope.contains(sibling.code())
                          && !g.scope().contains(sibling.code())) {
                        scope.add(sibling.code());
                      }
                    }
                  } else if (!s.equals(oc.outcome().code())) {
                    scope.add(s);
                  }
                }
                groups.add(g.withScope(scope));
              }
              return c.fault(c.plan.withResultsGroups(groups), oc.path());
            });
  }

  // GOVERNANCE

  private static void governance(Map<String, Mutator> m) {
    m.put(
        "GOV-001",
        c ->
            c.pick(indexes(c.plan.resultsGroups()))
                .flatMap(
                    g -> {
                      ResultsGroup group = c.plan.resultsGroups().get(g);
                      List<CoChair> kept =
                          group.coChairs().stream()
                              .filter(
                                  ch -> ch.role() != ChairRole.UN_CO_CHAIR || !ch.servesOn(c.asOf))
                              .collect(Collectors.toList());
                      return c.fault(
                          withGroup(c.plan, g, group.withCoChairs(kept)),
                          "/resultsGroups/" + g + "/coChairs");
                    }));
    m.put(
        "GOV-002",
        c ->
            c.pick(indexes(c.plan.resultsGroups()))
                .flatMap(
                    g -> {
                      ResultsGroup group = c.plan.resultsGroups().get(g);
                      List<String> taken = new ArrayList<>(group.members());
                      group.coChairs().forEach(ch -> taken.add(ch.entity()));
                      CoChair chair =
                          CoChair.builder()
                              .entity(c.entityNotIn(taken))
                              .role(ChairRole.UN_CO_CHAIR)
                              .build();
                      return c.fault(
                          withGroup(
                              c.plan,
                              g,
                              group.withCoChairs(Places.append(group.coChairs(), chair))),
                          "/resultsGroups/"
                              + g
                              + "/coChairs/"
                              + group.coChairs().size()
                              + "/entity");
                    }));
    m.put("GOV-003", SingleFaults::unrecordedEndorsement);
    m.put(
        "GOV-004",
        c -> {
          String subject = c.fresh("X");
          List<Decision> decisions =
              c.plan.steeringCommittee().map(SteeringCommittee::decisions).orElse(List.of());
          if (decisions.isEmpty()) {
            Decision d =
                Decision.builder()
                    .date(c.asOf)
                    .kind(DecisionKind.REVIEW_PROGRESS)
                    .addSubject(subject)
                    .build();
            return c.fault(
                c.plan.withSteeringCommittee(committee(c.plan).withDecisions(d)),
                "/steeringCommittee/decisions/0/subjects/0");
          }
          int d = c.random.nextInt(decisions.size());
          Decision decision = decisions.get(d);
          return c.fault(
              c.plan.withSteeringCommittee(
                  committee(c.plan)
                      .withDecisions(
                          Places.replace(
                              decisions,
                              d,
                              decision.withSubjects(Places.append(decision.subjects(), subject))))),
              "/steeringCommittee/decisions/" + d + "/subjects/" + decision.subjects().size());
        });
  }

  /**
   * GOV-003: a JWP endorsed on a day no ENDORSE_JWP decision names it on (after {@code signedOn},
   * not after asOf), in a committee that has decisions.
   */
  private static Optional<Fault> unrecordedEndorsement(Ctx c) {
    LocalDate earliest = c.plan.signedOn().orElse(c.asOf.minusYears(3));
    if (earliest.isAfter(c.asOf) || earliest.isBefore(MIN_DATE)) {
      earliest = c.asOf;
    }
    LocalDate from = earliest;
    return c.pick(indexes(c.plan.jointWorkPlans()), w -> jwp(c, w).endorsement().isPresent())
        .flatMap(
            w -> {
              JointWorkPlan jwp = jwp(c, w);
              List<Decision> decisions =
                  c.plan.steeringCommittee().map(SteeringCommittee::decisions).orElse(List.of());
              LocalDate day = null;
              long span = ChronoUnit.DAYS.between(from, c.asOf) + 1;
              for (int attempt = 0; attempt < 20 && day == null; attempt++) {
                LocalDate candidate = from.plusDays(c.random.nextLong(span));
                boolean recorded =
                    decisions.stream()
                        .anyMatch(
                            d ->
                                d.kind() == DecisionKind.ENDORSE_JWP
                                    && d.date().equals(candidate)
                                    && d.subjects().contains(jwp.code()));
                if (!recorded) {
                  day = candidate;
                }
              }
              if (day == null) {
                return Optional.empty();
              }
              CooperationFramework mutated =
                  Places.withJwp(c.plan, w, jwp.withEndorsement(Endorsement.of(day)));
              if (decisions.isEmpty()) {
                Decision review =
                    Decision.builder().date(day).kind(DecisionKind.REVIEW_PROGRESS).build();
                mutated = mutated.withSteeringCommittee(committee(c.plan).withDecisions(review));
              }
              return c.fault(mutated, "/jointWorkPlans/" + w + "/endorsement/date");
            });
  }

  // DATES

  private static void dates(Map<String, Mutator> m) {
    m.put(
        "DAT-001",
        c -> {
          YearRange fw = c.plan.period();
          return c.pick(indexes(c.plan.jointWorkPlans()))
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
                        Places.withJwp(c.plan, w, jwp.withPeriod(period)),
                        "/jointWorkPlans/" + w + "/period");
                  });
        });
    m.put(
        "DAT-002",
        c ->
            c.pick(Places.subOutputs(c.plan))
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
            c.pick(Places.lines(c.plan))
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
          LocalDate day = c.plan.period().firstDay().minusDays(1);
          if (day.isBefore(MIN_DATE) || day.isAfter(c.asOf)) {
            return Optional.empty();
          }
          return movedMeasurement(c, day, "/period");
        });
    m.put(
        "DAT-005",
        c -> {
          if (!c.asOf.isBefore(MAX_DATE)) {
            return Optional.empty();
          }
          return movedMeasurement(c, c.asOf.plusDays(1), "/period");
        });
    m.put(
        "DAT-006",
        c -> {
          int year = c.plan.period().start().getValue() + 1;
          if (year > MAX_YEAR) {
            return Optional.empty();
          }
          return c.pick(Places.indicators(c.plan), ip -> ip.indicator().baseline().isPresent())
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
          YearRange fw = c.plan.period();
          int year =
              fw.end().getValue() < MAX_YEAR
                  ? fw.end().getValue() + 1
                  : fw.start().getValue() > MIN_YEAR ? fw.start().getValue() - 1 : 0;
          if (year == 0) {
            return Optional.empty();
          }
          return c.pick(Places.indicators(c.plan), ip -> !ip.indicator().targets().isEmpty())
              .flatMap(
                  ip -> {
                    List<Target> targets = ip.indicator().targets();
                    int t = c.random.nextInt(targets.size());
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
    m.put("DAT-008", SingleFaults::endorsedBeforeSigning);
    m.put(
        "DAT-009",
        c ->
            c.pick(
                    indexes(c.plan.jointWorkPlans()),
                    w ->
                        c.plan.isCurrent(jwp(c, w)) && c.plan.period().encloses(jwp(c, w).period()))
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
                          c.plan.withJointWorkPlans(Places.append(c.plan.jointWorkPlans(), copy)),
                          "/jointWorkPlans/" + c.plan.jointWorkPlans().size() + "/period");
                    }));
    m.put(
        "DAT-010",
        c -> {
          if (!c.asOf.isBefore(MAX_DATE)) {
            return Optional.empty();
          }
          LocalDate after = c.asOf.plusDays(1);
          List<Decision> decisions =
              c.plan.steeringCommittee().map(SteeringCommittee::decisions).orElse(List.of());
          if (decisions.isEmpty()) {
            Decision d = Decision.builder().date(after).kind(DecisionKind.REVIEW_PROGRESS).build();
            return c.fault(
                c.plan.withSteeringCommittee(committee(c.plan).withDecisions(d)),
                "/steeringCommittee/decisions/0/date");
          }
          int d = c.random.nextInt(decisions.size());
          return c.fault(
              c.plan.withSteeringCommittee(
                  committee(c.plan)
                      .withDecisions(
                          Places.replace(decisions, d, decisions.get(d).withDate(after)))),
              "/steeringCommittee/decisions/" + d + "/date");
        });
  }

  /** DAT-008: a JWP endorsed the day before the framework was signed. */
  private static Optional<Fault> endorsedBeforeSigning(Ctx c) {
    List<Integer> endorsed =
        indexes(c.plan.jointWorkPlans()).stream()
            .filter(w -> jwp(c, w).endorsement().isPresent())
            .collect(Collectors.toList());
    if (endorsed.isEmpty()) {
      return Optional.empty();
    }
    LocalDate signedOn =
        c.plan
            .signedOn()
            .orElseGet(
                () ->
                    endorsed.stream()
                        .map(w -> jwp(c, w).endorsement().get().date())
                        .min(LocalDate::compareTo)
                        .orElseThrow());
    LocalDate day = signedOn.minusDays(1);
    if (signedOn.isAfter(c.asOf) || day.isBefore(MIN_DATE)) {
      return Optional.empty();
    }
    int w = endorsed.get(c.random.nextInt(endorsed.size()));
    return c.fault(
        Places.withJwp(c.plan, w, jwp(c, w).withEndorsement(Endorsement.of(day)))
            .withSignedOn(signedOn),
        "/jointWorkPlans/" + w + "/endorsement/date");
  }

  /**
   * Moves one measurement to a single day no other measurement of its indicator covers; DIS and
   * IND-014 see no new overlap or repeat.
   */
  private static Optional<Fault> movedMeasurement(Ctx c, LocalDate day, String suffix) {
    return c.pick(
            Places.indicators(c.plan),
            ip -> !ip.indicator().measurements().isEmpty() && !covered(ip.indicator(), day))
        .flatMap(
            ip -> {
              List<Measurement> ms = ip.indicator().measurements();
              int i = c.random.nextInt(ms.size());
              Measurement moved = ms.get(i).withPeriod(ReportingPeriod.of(day, day));
              return c.fault(
                  ip.put().apply(ip.indicator().withMeasurements(Places.replace(ms, i, moved))),
                  ip.path() + "/measurements/" + i + suffix);
            });
  }

  private static boolean covered(Indicator indicator, LocalDate day) {
    return indicator.measurements().stream().anyMatch(x -> x.period().contains(day));
  }

  // STATUS

  private static void status(Map<String, Mutator> m) {
    m.put(
        "STA-001",
        c ->
            c.pick(current(c), so -> so.sub().start().isBefore(c.asOf))
                .flatMap(
                    so -> {
                      SubOutput sub = so.sub().withStatus(ImplementationStatus.IMPLEMENTATION);
                      if (!sub.end().isBefore(c.asOf)) {
                        sub = sub.withEnd(c.asOf.minusDays(1));
                      }
                      return c.fault(so.put().apply(sub), so.path() + "/status");
                    }));
    m.put(
        "STA-002",
        c ->
            c.pick(current(c))
                .flatMap(
                    so -> {
                      SubOutput sub = so.sub().withStatus(ImplementationStatus.PIPELINE);
                      if (!sub.start().isBefore(c.asOf)) {
                        if (!c.asOf.isAfter(MIN_DATE)) {
                          return Optional.empty();
                        }
                        sub = sub.withStart(c.asOf.minusDays(1));
                      }
                      return c.fault(so.put().apply(sub), so.path() + "/status");
                    }));
    m.put("STA-003", c -> notEnded(c, ImplementationStatus.FINALISATION));
    m.put("STA-004", c -> notEnded(c, ImplementationStatus.CLOSED));
    m.put(
        "JWP-001",
        c ->
            c.pick(
                    indexes(c.plan.jointWorkPlans()),
                    w -> jwp(c, w).period().lastDay().isBefore(c.asOf))
                .flatMap(
                    w -> {
                      JointWorkPlan jwp = jwp(c, w);
                      Optional<Endorsement> endorsement = jwp.endorsement();
                      if (endorsement.isEmpty()) {
                        LocalDate day = c.plan.signedOn().orElse(jwp.period().firstDay());
                        if (day.isAfter(c.asOf)) {
                          return Optional.empty();
                        }
                        endorsement = Optional.of(Endorsement.of(day));
                      }
                      return c.fault(
                          Places.withJwp(
                              c.plan,
                              w,
                              JointWorkPlan.builder()
                                  .from(jwp)
                                  .status(JwpStatus.ENDORSED)
                                  .endorsement(endorsement)
                                  .build()),
                          "/jointWorkPlans/" + w + "/status");
                    }));
    m.put(
        "JWP-002",
        c ->
            c.pick(
                    indexes(c.plan.jointWorkPlans()),
                    w -> !jwp(c, w).period().lastDay().isBefore(c.asOf))
                .flatMap(
                    w -> {
                      JointWorkPlan jwp = jwp(c, w);
                      Optional<Endorsement> endorsement = jwp.endorsement();
                      if (endorsement.isEmpty()) {
                        LocalDate day = c.plan.signedOn().orElse(jwp.period().firstDay());
                        if (day.isAfter(c.asOf)) {
                          day = c.asOf;
                        }
                        if (c.plan.signedOn().map(day::isBefore).orElse(false)) {
                          return Optional.empty();
                        }
                        endorsement = Optional.of(Endorsement.of(day));
                      }
                      return c.fault(
                          Places.withJwp(
                              c.plan,
                              w,
                              JointWorkPlan.builder()
                                  .from(jwp)
                                  .status(JwpStatus.CLOSED)
                                  .endorsement(endorsement)
                                  .build()),
                          "/jointWorkPlans/" + w + "/status");
                    }));
    m.put(
        "JWP-003",
        c ->
            c.pick(
                    indexes(c.plan.jointWorkPlans()),
                    w -> c.plan.period().encloses(jwp(c, w).period()))
                .flatMap(
                    w -> {
                      JointWorkPlan old = jwp(c, w);
                      JointWorkPlan revision =
                          JointWorkPlan.builder()
                              .code(c.fresh("JWP"))
                              .title("Revision without a higher version")
                              .period(old.period())
                              .status(JwpStatus.DRAFT)
                              .version(old.version())
                              .supersedes(old.code())
                              .resultsGroup(old.resultsGroup())
                              .build();
                      return c.fault(
                          c.plan.withJointWorkPlans(
                              Places.append(c.plan.jointWorkPlans(), revision)),
                          "/jointWorkPlans/" + c.plan.jointWorkPlans().size() + "/version");
                    }));
  }

  private static Optional<Fault> notEnded(Ctx c, ImplementationStatus status) {
    return c.pick(current(c))
        .flatMap(
            so -> {
              SubOutput sub = so.sub().withStatus(status);
              if (sub.end().isBefore(c.asOf)) {
                sub = sub.withEnd(c.asOf);
              }
              return c.fault(so.put().apply(sub), so.path() + "/status");
            });
  }

  // COMPLETENESS

  private static void completeness(Map<String, Mutator> m) {
    m.put("TAG-001", c -> tag(c, "/sdgTargets", s -> s.withSdgTargets(List.of())));
    m.put(
        "TAG-002",
        c ->
            c.pick(Places.subOutputs(c.plan))
                .flatMap(
                    so -> {
                      int n = 11 + c.random.nextInt(VALID_TARGETS.size() - 10);
                      return c.fault(
                          so.put().apply(so.sub().withSdgTargets(VALID_TARGETS.subList(0, n))),
                          so.path() + "/sdgTargets");
                    }));
    m.put(
        "TAG-003",
        // FIN-003 fires on lines without a partner once the entry names none either: keep clear.
        c ->
            c.pick(current(c), so -> !hasPartnerlessFunds(so.sub(), null))
                .flatMap(
                    so ->
                        c.fault(
                            so.put().apply(so.sub().withContributingPartners(List.of())),
                            so.path() + "/contributingPartners")));
    m.put(
        "TAG-004",
        c -> tag(c, "/implementingPartners", s -> s.withImplementingPartners(List.of())));
    m.put(
        "TAG-005",
        c -> tag(c, "/genderEqualityMarker", s -> s.withGenderEqualityMarker(Optional.empty())));
    m.put(
        "TAG-006",
        c -> tag(c, "/humanRightsMarker", s -> s.withHumanRightsMarker(Optional.empty())));
    m.put("TAG-007", c -> tag(c, "/qcprFunctions", s -> s.withQcprFunctions(List.of())));
    m.put("TAG-008", c -> tag(c, "/geographicScope", s -> s.withGeographicScope(List.of())));
    m.put(
        "TAG-009",
        c ->
            c.pick(Places.subOutputs(c.plan))
                .flatMap(
                    so -> {
                      SubOutput sub = so.sub();
                      List<String> agencies = sub.agencies();
                      if (agencies.size() < 2) {
                        agencies = Places.append(agencies, c.entityNotIn(agencies));
                      }
                      return c.fault(
                          so.put()
                              .apply(sub.withAgencies(agencies).withJointProgramme(c.fresh("JP"))),
                          so.path() + "/agencies");
                    }));
  }

  private static Optional<Fault> tag(Ctx c, String member, UnaryOperator<SubOutput> clear) {
    return c.pick(current(c))
        .flatMap(so -> c.fault(so.put().apply(clear.apply(so.sub())), so.path() + member));
  }

  // ALIGNMENT

  private static void alignment(Map<String, Mutator> m) {
    m.put(
        "SDG-001",
        c -> {
          String unknown = unknownTarget(c);
          List<Owner> owners = new ArrayList<>();
          for (OutcomePlace oc : Places.outcomes(c.plan)) {
            owners.add(
                new Owner(
                    oc.path(),
                    oc.outcome().sdgTargets().size(),
                    () ->
                        oc.put()
                            .apply(
                                oc.outcome()
                                    .withSdgTargets(
                                        Places.append(oc.outcome().sdgTargets(), unknown)))));
          }
          for (Places.OutputPlace op : Places.outputs(c.plan)) {
            owners.add(
                new Owner(
                    op.path(),
                    op.output().sdgTargets().size(),
                    () ->
                        op.put()
                            .apply(
                                op.output()
                                    .withSdgTargets(
                                        Places.append(op.output().sdgTargets(), unknown)))));
          }
          for (SubPlace so : Places.subOutputs(c.plan)) {
            if (so.sub().sdgTargets().size() < 10) {
              owners.add(
                  new Owner(
                      so.path(),
                      so.sub().sdgTargets().size(),
                      () ->
                          so.put()
                              .apply(
                                  so.sub()
                                      .withSdgTargets(
                                          Places.append(so.sub().sdgTargets(), unknown)))));
            }
          }
          return c.pick(owners)
              .flatMap(
                  o -> {
                    return c.fault(o.put().get(), o.path() + "/sdgTargets/" + o.size());
                  });
        });
    m.put(
        "SDG-002",
        c ->
            c.pick(Places.indicators(c.plan))
                .flatMap(
                    ip ->
                        c.fault(
                            ip.put().apply(ip.indicator().withSdgIndicator(unknownIndicator(c))),
                            ip.path() + "/sdgIndicator")));
    m.put(
        "SDG-003",
        c ->
            c.pick(Places.indicators(c.plan))
                .flatMap(
                    ip -> {
                      SdgCatalogue sdg = SdgCatalogue.bundled();
                      List<SdgIndicator> all = sdg.indicators();
                      for (int attempt = 0; attempt < 50; attempt++) {
                        SdgIndicator pick = all.get(c.random.nextInt(all.size()));
                        boolean named = ip.ownerTargets().contains(pick.target());
                        for (SdgIndicator repeat : sdg.repeatsOf(pick.code())) {
                          named |= ip.ownerTargets().contains(repeat.target());
                        }
                        if (!named) {
                          return c.fault(
                              ip.put().apply(ip.indicator().withSdgIndicator(pick.code())),
                              ip.path() + "/sdgIndicator");
                        }
                      }
                      return Optional.empty();
                    }));
    m.put(
        "ALN-001",
        c -> {
          Tag tag = Tag.of(Tag.GCM_OBJECTIVE, String.valueOf(24 + c.random.nextInt(76)));
          List<Owner> owners = new ArrayList<>();
          for (int a = 0; a < c.plan.priorityAreas().size(); a++) {
            PriorityArea area = c.plan.priorityAreas().get(a);
            int fa = a;
            owners.add(
                new Owner(
                    "/priorityAreas/" + a,
                    area.tags().size(),
                    () ->
                        Places.withArea(
                            c.plan, fa, area.withTags(Places.append(area.tags(), tag)))));
          }
          for (OutcomePlace oc : Places.outcomes(c.plan)) {
            owners.add(
                new Owner(
                    oc.path(),
                    oc.outcome().tags().size(),
                    () ->
                        oc.put()
                            .apply(
                                oc.outcome().withTags(Places.append(oc.outcome().tags(), tag)))));
          }
          for (Places.OutputPlace op : Places.outputs(c.plan)) {
            owners.add(
                new Owner(
                    op.path(),
                    op.output().tags().size(),
                    () ->
                        op.put()
                            .apply(op.output().withTags(Places.append(op.output().tags(), tag)))));
          }
          for (SubPlace so : Places.subOutputs(c.plan)) {
            owners.add(
                new Owner(
                    so.path(),
                    so.sub().tags().size(),
                    () -> so.put().apply(so.sub().withTags(Places.append(so.sub().tags(), tag)))));
          }
          return c.pick(owners)
              .flatMap(
                  o -> {
                    return c.fault(o.put().get(), o.path() + "/tags/" + o.size());
                  });
        });
  }

  private static String unknownTarget(Ctx c) {
    SdgCatalogue sdg = SdgCatalogue.bundled();
    while (true) {
      String code = (1 + c.random.nextInt(17)) + "." + (1 + c.random.nextInt(99));
      if (sdg.target(code).isEmpty()) {
        return code;
      }
    }
  }

  private static String unknownIndicator(Ctx c) {
    SdgCatalogue sdg = SdgCatalogue.bundled();
    while (true) {
      String code =
          (1 + c.random.nextInt(17))
              + "."
              + (1 + c.random.nextInt(99))
              + "."
              + (1 + c.random.nextInt(99));
      if (sdg.indicator(code).isEmpty()) {
        return code;
      }
    }
  }

  // INDICATORS

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

  private static void indicators(Map<String, Mutator> m) {
    m.put(
        "IND-001",
        c ->
            c.pick(Places.indicators(c.plan), ip -> numeric(ip.indicator()))
                .flatMap(
                    ip ->
                        c.fault(
                            ip.put().apply(ip.indicator().withBaseline(Optional.empty())),
                            ip.path() + "/baseline")));
    m.put(
        "IND-002",
        c ->
            c.pick(Places.indicators(c.plan), ip -> numeric(ip.indicator()))
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
                    Places.indicators(c.plan),
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
            c.pick(Places.indicators(c.plan), SingleFaults::contradictable)
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
    m.put("IND-005", SingleFaults::outsideRange);
    m.put(
        "IND-006",
        c ->
            c.pick(
                    Places.indicators(c.plan),
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
                      IndicatorUnit wrong = others.get(c.random.nextInt(others.size()));
                      if (i.baseline().isPresent()
                          && (i.targets().isEmpty() || c.random.nextBoolean())) {
                        return c.fault(
                            ip.put().apply(i.withBaseline(i.baseline().get().withUnit(wrong))),
                            ip.path() + "/baseline/unit");
                      }
                      int t = c.random.nextInt(i.targets().size());
                      return c.fault(
                          ip.put()
                              .apply(
                                  i.withTargets(
                                      Places.replace(
                                          i.targets(), t, i.targets().get(t).withUnit(wrong)))),
                          ip.path() + "/targets/" + t + "/unit");
                    }));
    m.put(
        "IND-007",
        c -> {
          List<MeasurementSite> sites = new ArrayList<>();
          for (IndicatorPlace ip : Places.indicators(c.plan)) {
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
        "IND-008",
        c ->
            c.pick(Places.indicators(c.plan))
                .flatMap(
                    ip ->
                        c.fault(
                            ip.put().apply(ip.indicator().withMeansOfVerification(List.of())),
                            ip.path() + "/meansOfVerification")));
    m.put(
        "IND-009",
        c ->
            c.pick(Places.indicators(c.plan), ip -> missingYear(c, ip.indicator()))
                .flatMap(
                    ip ->
                        c.fault(
                            ip.put().apply(ip.indicator().withFrequency(Frequency.ANNUAL)),
                            ip.path() + "/measurements")));
    m.put(
        "IND-010",
        c ->
            c.pick(Places.indicators(c.plan), ip -> firstFinal(ip.indicator()) >= 0)
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
            c.pick(Places.indicators(c.plan))
                .flatMap(
                    ip -> {
                      Indicator i = ip.indicator();
                      List<Integer> free = new ArrayList<>();
                      for (int y = c.plan.period().start().getValue();
                          y <= c.plan.period().end().getValue();
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
                      int year = free.get(c.random.nextInt(free.size()));
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
            c.pick(Places.indicators(c.plan), SingleFaults::levelled)
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
                    Places.indicators(c.plan),
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
    m.put("IND-014", SingleFaults::doubleCounted);
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

  /** IND-009 needs a past year after the baseline year in which no measurement ends. */
  private static boolean missingYear(Ctx c, Indicator i) {
    int from =
        i.baseline().map(b -> b.year().getValue() + 1).orElse(c.plan.period().start().getValue());
    for (int y = from; y <= c.plan.period().end().getValue(); y++) {
      int year = y;
      if (!LocalDate.of(y, 12, 31).isBefore(c.asOf)) {
        break;
      }
      if (i.measurements().stream().noneMatch(x -> x.period().end().getYear() == year)) {
        return true;
      }
    }
    return false;
  }

  /** IND-005: a baseline or target value just outside the indicator's range. */
  private static Optional<Fault> outsideRange(Ctx c) {
    return c.pick(
            Places.indicators(c.plan),
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
              if (i.baseline().isPresent() && (i.targets().isEmpty() || c.random.nextBoolean())) {
                return c.fault(
                    ip.put()
                        .apply(
                            i.withBaseline(
                                i.baseline().get().withValue(value).withUnit(Optional.empty()))),
                    ip.path() + "/baseline/value");
              }
              int t = c.random.nextInt(i.targets().size());
              Target target = i.targets().get(t).withValue(value).withUnit(Optional.empty());
              return c.fault(
                  ip.put().apply(i.withTargets(Places.replace(i.targets(), t, target))),
                  ip.path() + "/targets/" + t + "/value");
            });
  }

  /**
   * IND-014: a PER_PERIOD indicator gets a copy of a measurement over a period one day longer, so
   * the two overlap without being equal.
   */
  private static Optional<Fault> doubleCounted(Ctx c) {
    return c.pick(
            Places.indicators(c.plan),
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
              Measurement x = past.get(c.random.nextInt(past.size()));
              ReportingPeriod p = x.period();
              ReportingPeriod longer;
              if (p.start().isAfter(MIN_DATE)) {
                longer = ReportingPeriod.of(p.start().minusDays(1), p.end());
              } else if (p.end().isBefore(c.asOf)) {
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

  // DISAGGREGATION

  private static boolean additive(Indicator i) {
    return i.measure() == Measure.UNIT
        && i.unit().isPresent()
        && i.unit().get().kind() != UnitKind.RATIO
        && i.unit().get().kind() != UnitKind.SCORE;
  }

  /** A day inside the framework, not after asOf, that no measurement of the indicator covers. */
  private static Optional<LocalDate> freeDay(Ctx c, Indicator i) {
    LocalDate from = c.plan.period().firstDay();
    LocalDate to = c.plan.period().lastDay().isBefore(c.asOf) ? c.plan.period().lastDay() : c.asOf;
    if (to.isBefore(from)) {
      return Optional.empty();
    }
    long span = ChronoUnit.DAYS.between(from, to) + 1;
    for (int attempt = 0; attempt < 20; attempt++) {
      LocalDate day = from.plusDays(c.random.nextLong(span));
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

  private static void disaggregation(Map<String, Mutator> m) {
    m.put(
        "DIS-001",
        c ->
            c.pick(Places.indicators(c.plan), ip -> additive(ip.indicator()))
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
            c.pick(Places.indicators(c.plan), ip -> additive(ip.indicator()))
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
            c.pick(Places.indicators(c.plan), ip -> !repeatable(c, ip.indicator()).isEmpty())
                .flatMap(
                    ip -> {
                      List<Measurement> ms = ip.indicator().measurements();
                      List<Measurement> repeatable = repeatable(c, ip.indicator());
                      Measurement x = repeatable.get(c.random.nextInt(repeatable.size()));
                      Measurement again = x.withComment(x.comment().orElse("Reported") + " again");
                      return c.fault(
                          ip.put().apply(ip.indicator().withMeasurements(Places.append(ms, again))),
                          ip.path() + "/measurements/" + ms.size());
                    }));
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

  // FINANCE

  private static boolean inCurrency(FundingLine line, String currency) {
    return line.required().currency().equals(currency)
        && line.available().currency().equals(currency)
        && line.expenditure().map(e -> e.currency().equals(currency)).orElse(true);
  }

  private static void finance(Map<String, Mutator> m) {
    m.put(
        "FIN-001",
        c ->
            c.pick(
                    Places.lines(c.plan),
                    lp ->
                        inCurrency(lp.line(), c.plan.currency())
                            && lp.line().contributingPartner().isPresent())
                .flatMap(
                    lp -> {
                      Optional<BigDecimal> more = plusOne(lp.line().required().amount());
                      if (more.isEmpty()) {
                        return Optional.empty();
                      }
                      return c.fault(
                          lp.put()
                              .apply(
                                  lp.line().withAvailable(Money.of(more.get(), c.plan.currency()))),
                          lp.path() + "/available");
                    }));
    m.put(
        "FIN-002",
        c ->
            c.pick(Places.lines(c.plan), lp -> inCurrency(lp.line(), c.plan.currency()))
                .flatMap(
                    lp -> {
                      Optional<BigDecimal> more = plusOne(lp.line().available().amount());
                      if (more.isEmpty()) {
                        return Optional.empty();
                      }
                      return c.fault(
                          lp.put()
                              .apply(
                                  lp.line()
                                      .withExpenditure(Money.of(more.get(), c.plan.currency()))),
                          lp.path() + "/expenditure");
                    }));
    m.put(
        "FIN-003",
        c ->
            c.pick(
                    Places.lines(c.plan),
                    lp ->
                        inCurrency(lp.line(), c.plan.currency())
                            && (lp.owner().sub().contributingPartners().isEmpty()
                                || !lp.owner().current())
                            && !hasPartnerlessFunds(lp.owner().sub(), lp.line())
                            && lp.owner().sub().funding().stream()
                                .noneMatch(
                                    o ->
                                        o != lp.line()
                                            && o.year().equals(lp.line().year())
                                            && o.agency().equals(lp.line().agency())
                                            && o.contributingPartner().isEmpty()))
                .flatMap(
                    lp -> {
                      // Since design §13, FIN-003 needs the entry to name no partner either; an
                      // entry of a superseded JWP may lose its partners without TAG-003.
                      FundingLine line = lp.line().withContributingPartner(Optional.empty());
                      if (line.available().amount().signum() == 0) {
                        line = line.withAvailable(Money.of(1, c.plan.currency()));
                      }
                      SubOutput sub = lp.owner().sub();
                      int index =
                          Integer.parseInt(lp.path().substring(lp.path().lastIndexOf('/') + 1));
                      List<FundingLine> lines = Places.replace(sub.funding(), index, line);
                      return c.fault(
                          lp.owner()
                              .put()
                              .apply(sub.withContributingPartners(List.of()).withFunding(lines)),
                          lp.path() + "/contributingPartner");
                    }));
    m.put(
        "FIN-004",
        c ->
            c.pick(
                    Places.lines(c.plan),
                    lp ->
                        inCurrency(lp.line(), c.plan.currency())
                            && (lp.line().contributingPartner().isPresent()
                                || lp.line().available().amount().signum() == 0)
                            && lp.owner().sub().agencies().contains(lp.line().agency())
                            && lp.owner().jwp().period().contains(lp.line().year()))
                .flatMap(
                    lp -> {
                      FundingLine line = lp.line();
                      FundingLine again =
                          line.withRequired(
                              Money.of(bumped(line.required().amount()), c.plan.currency()));
                      SubOutput sub = lp.owner().sub();
                      return c.fault(
                          lp.owner()
                              .put()
                              .apply(sub.withFunding(Places.append(sub.funding(), again))),
                          lp.owner().path() + "/funding/" + sub.funding().size());
                    }));
    m.put(
        "FIN-005",
        c ->
            c.pick(Places.lines(c.plan))
                .flatMap(
                    lp ->
                        c.fault(
                            lp.put()
                                .apply(
                                    lp.line()
                                        .withAgency(c.entityNotIn(lp.owner().sub().agencies()))),
                            lp.path() + "/agency")));
    m.put(
        "FIN-006",
        c ->
            c.pick(Places.lines(c.plan))
                .flatMap(
                    lp -> {
                      List<String> others =
                          CURRENCIES.stream()
                              .filter(x -> !x.equals(c.plan.currency()))
                              .collect(Collectors.toList());
                      String other = others.get(c.random.nextInt(others.size()));
                      Money required = Money.of(lp.line().required().amount(), other);
                      return c.fault(
                          lp.put().apply(lp.line().withRequired(required)),
                          lp.path() + "/required/currency");
                    }));
    m.put(
        "FIN-007",
        c ->
            c.pick(current(c), so -> !fundedYears(so).isEmpty())
                .flatMap(
                    so -> {
                      List<Integer> years = fundedYears(so);
                      int year = years.get(c.random.nextInt(years.size()));
                      List<FundingLine> kept =
                          so.sub().funding().stream()
                              .filter(l -> l.year().getValue() != year)
                              .collect(Collectors.toList());
                      return c.fault(
                          so.put().apply(so.sub().withFunding(kept)), so.path() + "/funding");
                    }));
    m.put(
        "FIN-008",
        c -> {
          int after = c.asOf.getYear() + 1;
          return c.pick(
                  Places.lines(c.plan),
                  lp ->
                      lp.line().year().getValue() >= after
                          || (after <= MAX_YEAR
                              && lp.owner().jwp().period().contains(Year.of(after))
                              && lp.owner().sub().funding().stream()
                                  .noneMatch(
                                      o ->
                                          o.year().getValue() == after
                                              && o.agency().equals(lp.line().agency())
                                              && partner(o).equals(partner(lp.line())))))
              .flatMap(
                  lp -> {
                    FundingLine line = lp.line();
                    if (line.year().getValue() < after) {
                      line = line.withYear(Year.of(after));
                    }
                    return c.fault(
                        lp.put().apply(line.withExpenditure(Money.of(1, c.plan.currency()))),
                        lp.path() + "/expenditure");
                  });
        });
  }

  private static String partner(FundingLine line) {
    return line.contributingPartner().map(p -> p.name()).orElse("");
  }

  /** The years of (sub-output dates ∩ JWP period) that have a funding line. */
  private static List<Integer> fundedYears(SubPlace so) {
    List<Integer> years = new ArrayList<>();
    YearRange period = so.jwp().period();
    for (int y = so.sub().start().getYear(); y <= so.sub().end().getYear(); y++) {
      int year = y;
      if (period.contains(Year.of(y))
          && so.sub().funding().stream().anyMatch(l -> l.year().getValue() == year)) {
        years.add(y);
      }
    }
    return years;
  }

  // Helpers

  private static final BigDecimal LIMIT = BigDecimal.TEN.pow(15);

  /** x + 1, if that stays a valid amount (below 10^15 in absolute value). */
  private static Optional<BigDecimal> plusOne(BigDecimal x) {
    BigDecimal y = x.add(BigDecimal.ONE);
    return y.abs().compareTo(LIMIT) < 0 ? Optional.of(y) : Optional.empty();
  }

  /** x + 1, or x - 1 where x + 1 is too large: a different valid amount. */
  private static BigDecimal bumped(BigDecimal x) {
    return plusOne(x).orElse(x.subtract(BigDecimal.ONE));
  }

  private static List<Integer> indexes(List<?> list) {
    List<Integer> indexes = new ArrayList<>();
    for (int i = 0; i < list.size(); i++) {
      indexes.add(i);
    }
    return indexes;
  }

  private static JointWorkPlan jwp(Ctx c, int w) {
    return c.plan.jointWorkPlans().get(w);
  }

  private static List<SubPlace> current(Ctx c) {
    return Places.subOutputs(c.plan).stream()
        .filter(SubPlace::current)
        .collect(Collectors.toList());
  }

  private static CooperationFramework withGroup(
      CooperationFramework plan, int g, ResultsGroup group) {
    return plan.withResultsGroups(Places.replace(plan.resultsGroups(), g, group));
  }

  private static SteeringCommittee committee(CooperationFramework plan) {
    return plan.steeringCommittee()
        .orElseGet(() -> SteeringCommittee.builder().name("Joint Steering Committee").build());
  }

  private static String areaOf(CooperationFramework plan, OutcomePlace oc) {
    String prefix = oc.path().substring(0, oc.path().indexOf("/outcomes/"));
    int a = Integer.parseInt(prefix.substring("/priorityAreas/".length()));
    return plan.priorityAreas().get(a).code();
  }
}
