package org.unsdcf.testkit.gen;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.random.RandomGenerator;
import java.util.stream.Collectors;
import org.unsdcf.core.model.CooperationFramework;
import org.unsdcf.core.model.FundingLine;
import org.unsdcf.core.model.Indicator;
import org.unsdcf.core.model.JointWorkPlan;
import org.unsdcf.core.model.ResultsGroup;
import org.unsdcf.core.model.SteeringCommittee;
import org.unsdcf.core.model.SubOutput;
import org.unsdcf.testkit.gen.Places.SubPlace;

/**
 * What the single-fault mutations of {@link SingleFaults} share: the context a mutation works with,
 * the bounds of dates and amounts, and small helpers for picking and replacing parts of a plan.
 */
final class FaultKit {
  static final List<String> ENTITIES =
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
  static final LocalDate MIN_DATE = LocalDate.of(1945, 1, 1);
  static final LocalDate MAX_DATE = LocalDate.of(2100, 12, 31);
  static final int MIN_YEAR = 1945;
  static final int MAX_YEAR = 2100;

  private static final BigDecimal LIMIT = BigDecimal.TEN.pow(15);

  private FaultKit() {}

  /** One rule's mutation. */
  @FunctionalInterface
  interface Mutator {
    Optional<Fault> apply(Ctx c);
  }

  /** What a mutation works with. */
  record Ctx(String code, CooperationFramework plan, LocalDate asOf, RandomGenerator random) {
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

  /** Checks if a line other than {@code except} has money available but no partner. */
  static boolean hasPartnerlessFunds(SubOutput sub, FundingLine except) {
    return sub.funding().stream()
        .anyMatch(
            l ->
                l != except
                    && l.contributingPartner().isEmpty()
                    && l.available().amount().signum() > 0);
  }

  static boolean covered(Indicator indicator, LocalDate day) {
    return indicator.measurements().stream().anyMatch(x -> x.period().contains(day));
  }

  /** x + 1, if that stays a valid amount (below 10^15 in absolute value). */
  static Optional<BigDecimal> plusOne(BigDecimal x) {
    BigDecimal y = x.add(BigDecimal.ONE);
    return y.abs().compareTo(LIMIT) < 0 ? Optional.of(y) : Optional.empty();
  }

  /** x + 1, or x - 1 where x + 1 is too large: a different valid amount. */
  static BigDecimal bumped(BigDecimal x) {
    return plusOne(x).orElse(x.subtract(BigDecimal.ONE));
  }

  static List<Integer> indexes(List<?> list) {
    List<Integer> indexes = new ArrayList<>();
    for (int i = 0; i < list.size(); i++) {
      indexes.add(i);
    }
    return indexes;
  }

  static JointWorkPlan jwp(Ctx c, int w) {
    return c.plan.jointWorkPlans().get(w);
  }

  static List<SubPlace> current(Ctx c) {
    return Places.subOutputs(c.plan).stream()
        .filter(SubPlace::current)
        .collect(Collectors.toList());
  }

  static CooperationFramework withGroup(CooperationFramework plan, int g, ResultsGroup group) {
    return plan.withResultsGroups(Places.replace(plan.resultsGroups(), g, group));
  }

  static SteeringCommittee committee(CooperationFramework plan) {
    return plan.steeringCommittee()
        .orElseGet(() -> SteeringCommittee.builder().name("Joint Steering Committee").build());
  }
}
