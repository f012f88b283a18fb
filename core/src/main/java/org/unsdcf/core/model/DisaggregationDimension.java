package org.unsdcf.core.model;

import java.util.List;
import org.immutables.value.Value;
import org.unsdcf.core.internal.Checks;

/**
 * A dimension along which an indicator's measurements are broken down, e.g. {@code sex} with
 * categories {@code female} and {@code male}.
 *
 * <pre>{@code
 * DisaggregationDimension sex = DisaggregationDimension.of("sex", true, "female", "male");
 * }</pre>
 *
 * <p>An exhaustive dimension's categories partition the population, so their values sum to the
 * headline. Invariants: the name and categories are Codes; at least one category; no category
 * twice. This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class DisaggregationDimension implements WithDisaggregationDimension {
  DisaggregationDimension() {}

  /**
   * Gets the dimension's name.
   *
   * @return a Code, e.g. {@code sex}
   */
  public abstract String name();

  /**
   * Gets the categories, in declared order.
   *
   * @return at least one Code, no duplicates
   */
  public abstract List<String> categories();

  /**
   * Checks if the categories partition the population.
   *
   * @return true if the categories sum to the total
   */
  public abstract boolean exhaustive();

  /**
   * Obtains a dimension.
   *
   * @param name the name
   * @param exhaustive whether the categories partition the population
   * @param categories the categories
   * @return the dimension
   */
  public static DisaggregationDimension of(String name, boolean exhaustive, String... categories) {
    return builder().name(name).exhaustive(exhaustive).addCategories(categories).build();
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
    Checks.code("DisaggregationDimension", "name", name());
    Checks.nonEmpty("DisaggregationDimension", "categories", categories());
    Checks.codeSet("DisaggregationDimension", "categories", categories());
  }

  /** Builds a {@link DisaggregationDimension}. */
  public static final class Builder extends ImmutableDisaggregationDimension.Builder {
    Builder() {}
  }
}
