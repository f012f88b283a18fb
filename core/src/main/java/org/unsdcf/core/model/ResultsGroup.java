package org.unsdcf.core.model;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.immutables.value.Value;
import org.unsdcf.core.internal.Checks;

/**
 * A results group: the UN entities (and government members) that steer some priority areas or
 * outcomes, chaired by two heads of UN entities whose terms rotate.
 *
 * <pre>{@code
 * ResultsGroup rg1 = ResultsGroup.builder()
 *     .code("RG1").title("Results Group on Quality Social Services")
 *     .addScope("SP1")
 *     .addCoChair(CoChair.builder().entity("IOM").role(ChairRole.UN_CO_CHAIR).build())
 *     .addMembers("IOM", "UNICEF")
 *     .build();
 * }</pre>
 *
 * <p>Invariants: Codes and Names well formed; {@code scope}, {@code members} and {@code
 * governmentMembers} are sets. Whether scope codes exist is a validator rule (STR-006). This class
 * is immutable and thread-safe.
 */
@Value.Immutable
public abstract class ResultsGroup implements WithResultsGroup {
  private static final String TYPE = "ResultsGroup";

  ResultsGroup() {}

  /**
   * Gets the group's code.
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
   * Gets the codes of the priority areas or outcomes the group steers.
   *
   * @return Codes, no duplicates
   */
  public abstract List<String> scope();

  /**
   * Gets the co-chairs, one record per term.
   *
   * @return the co-chair terms, in document order
   */
  public abstract List<CoChair> coChairs();

  /**
   * Gets the codes of the UN entities that are members.
   *
   * @return Codes, no duplicates
   */
  public abstract List<String> members();

  /**
   * Gets the government members.
   *
   * @return Names, no duplicates
   */
  public abstract List<String> governmentMembers();

  /**
   * Gets the co-chairs serving on a day.
   *
   * @param date the day
   * @return the terms that include {@code date}
   */
  public List<CoChair> coChairsOn(LocalDate date) {
    return coChairs().stream()
        .filter(c -> c.servesOn(date))
        .collect(Collectors.toUnmodifiableList());
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
    Checks.codeSet(TYPE, "scope", scope());
    Checks.codeSet(TYPE, "members", members());
    Checks.nameSet(TYPE, "governmentMembers", governmentMembers());
  }

  /** Builds a {@link ResultsGroup}. */
  public static final class Builder extends ImmutableResultsGroup.Builder {
    Builder() {}
  }
}
