package org.unsdcf.core.model;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.unsdcf.core.internal.Checks;

/**
 * One term of a results group co-chair. Co-chairs rotate, so a group keeps one record per term.
 *
 * <pre>{@code
 * CoChair iom = CoChair.builder()
 *     .entity("IOM").role(ChairRole.UN_CO_CHAIR).from(LocalDate.of(2023, 1, 1)).build();
 * iom.servesOn(LocalDate.of(2024, 6, 30));   // true
 * }</pre>
 *
 * <p>Invariant: {@code from <= until} when both are given. This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class CoChair implements WithCoChair {
  CoChair() {}

  /**
   * Gets who chairs: the UN entity's code for a UN co-chair, a title or name for the government.
   *
   * @return the entity, a Name
   */
  public abstract String entity();

  /**
   * Gets the side the co-chair sits for.
   *
   * @return the role
   */
  public abstract ChairRole role();

  /**
   * Gets the first day of the term, if known.
   *
   * @return the first day
   */
  // The JSON member is named "from"; the builder's copy-from method is therefore not generated.
  @SuppressWarnings("immutables:from")
  public abstract Optional<LocalDate> from();

  /**
   * Gets the last day of the term, if it has ended or its end is known.
   *
   * @return the last day, included
   */
  public abstract Optional<LocalDate> until();

  /**
   * Checks if the co-chair serves on a day: neither bound excludes it.
   *
   * @param date the day
   * @return true if {@code from <= date <= until}, missing bounds not excluding
   */
  public boolean servesOn(LocalDate date) {
    return from().map(f -> !date.isBefore(f)).orElse(true)
        && until().map(u -> !date.isAfter(u)).orElse(true);
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
    Checks.name("CoChair", "entity", entity());
    from().ifPresent(d -> Checks.date("CoChair", "from", d));
    until().ifPresent(d -> Checks.date("CoChair", "until", d));
    if (from().isPresent() && until().isPresent()) {
      Checks.requireArgument(
          !until().get().isBefore(from().get()),
          "CoChair",
          "until",
          until().get(),
          "must not be before from %s",
          from().get());
    }
  }

  /** Builds a {@link CoChair}. */
  public static final class Builder extends ImmutableCoChair.Builder {
    Builder() {}
  }
}
