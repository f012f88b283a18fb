package org.unsdcf.core.model;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.immutables.value.Value;
import org.unsdcf.core.internal.Checks;

/**
 * A UN Sustainable Development Cooperation Framework: the plan a government and the UN country team
 * sign for five years or so, with its priority areas, outcomes and outputs, results groups, joint
 * work plans and governance. The root of the JSON form.
 *
 * <pre>{@code
 * CooperationFramework kgz = CooperationFramework.builder()
 *     .code("KGZ-2023-2027")
 *     .title("UN Sustainable Development Cooperation Framework, Kyrgyz Republic 2023-2027")
 *     .addCountry("KGZ")
 *     .period(YearRange.of(2023, 2027))
 *     .currency("USD")
 *     .addPriorityArea(sp1)
 *     .build();
 * }</pre>
 *
 * <p>Invariants: Code and Name well formed; at least one country, each an ISO 3166-1 alpha-3 code,
 * none twice; the currency an ISO 4217 code. All money of the plan is in one currency; there is no
 * exchange. Duplicate codes, dangling references and other inconsistencies build; the validator
 * reports them. This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class CooperationFramework implements WithCooperationFramework {
  private static final String TYPE = "CooperationFramework";

  CooperationFramework() {}

  /**
   * Gets the framework's code.
   *
   * @return a Code
   */
  public abstract String code();

  /**
   * Gets the title.
   *
   * @return a Name
   */
  public abstract String title();

  /**
   * Gets the countries covered; usually one, several for a multi-country framework.
   *
   * @return ISO 3166-1 alpha-3 codes, at least one, no duplicates
   */
  public abstract List<String> countries();

  /**
   * Gets the years of the framework.
   *
   * @return the period
   */
  public abstract YearRange period();

  /**
   * Gets the date the framework was signed, if known.
   *
   * @return the signing date
   */
  public abstract Optional<LocalDate> signedOn();

  /**
   * Gets the one currency of all money in the plan.
   *
   * @return an ISO 4217 code
   */
  public abstract String currency();

  /**
   * Gets the steering committee, if described.
   *
   * @return the committee
   */
  public abstract Optional<SteeringCommittee> steeringCommittee();

  /**
   * Gets the priority areas.
   *
   * @return the areas, in document order; may be empty (the validator reports STR-009)
   */
  public abstract List<PriorityArea> priorityAreas();

  /**
   * Gets the results groups.
   *
   * @return the groups, in document order
   */
  public abstract List<ResultsGroup> resultsGroups();

  /**
   * Gets the joint work plans, current and superseded.
   *
   * @return the JWPs, in document order
   */
  public abstract List<JointWorkPlan> jointWorkPlans();

  /**
   * Checks if a JWP is current: no JWP of this plan supersedes it.
   *
   * @param jwp the JWP, usually one of {@link #jointWorkPlans()}
   * @return true if no JWP names its code in {@code supersedes}
   */
  public boolean isCurrent(JointWorkPlan jwp) {
    return !supersededCodes().contains(jwp.code());
  }

  /**
   * Gets the current JWPs, those no JWP of this plan supersedes.
   *
   * @return the current JWPs, in document order
   */
  public List<JointWorkPlan> currentJointWorkPlans() {
    Set<String> superseded = supersededCodes();
    return jointWorkPlans().stream()
        .filter(j -> !superseded.contains(j.code()))
        .collect(Collectors.toUnmodifiableList());
  }

  private Set<String> supersededCodes() {
    Set<String> codes = new HashSet<>();
    for (JointWorkPlan j : jointWorkPlans()) {
      j.supersedes().ifPresent(codes::add);
    }
    return codes;
  }

  /**
   * Obtains a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    Checks.code(TYPE, "code", code());
    Checks.name(TYPE, "title", title());
    Checks.nonEmpty(TYPE, "countries", countries());
    Checks.patternSet(
        TYPE, "countries", countries(), Checks.THREE_LETTERS, "an ISO 3166-1 alpha-3 code");
    signedOn().ifPresent(d -> Checks.date(TYPE, "signedOn", d));
    Checks.pattern(TYPE, "currency", currency(), Checks.THREE_LETTERS, "an ISO 4217 code");
  }

  /** Builds a {@link CooperationFramework}. */
  public static final class Builder extends ImmutableCooperationFramework.Builder {
    Builder() {}
  }
}
