package org.unsdcf.core.model;

import java.net.URI;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.unsdcf.core.internal.Checks;

/**
 * The endorsement of a joint work plan by the steering committee.
 *
 * <pre>{@code
 * Endorsement e = Endorsement.of(LocalDate.of(2023, 3, 24));
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Endorsement implements WithEndorsement {
  Endorsement() {}

  /**
   * Gets the date of the endorsement.
   *
   * @return the date
   */
  public abstract LocalDate date();

  /**
   * Gets the body that endorsed, if named.
   *
   * @return the body's name
   */
  public abstract Optional<String> body();

  /**
   * Gets a public reference to the endorsement (minutes, press release), if any; never
   * dereferenced.
   *
   * @return an absolute http or https URI
   */
  public abstract Optional<URI> reference();

  /**
   * Obtains an endorsement on a date.
   *
   * @param date the date
   * @return the endorsement
   */
  public static Endorsement of(LocalDate date) {
    return builder().date(date).build();
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
    Checks.date("Endorsement", "date", date());
    body().ifPresent(b -> Checks.name("Endorsement", "body", b));
    reference().ifPresent(r -> Checks.uri("Endorsement", "reference", r));
  }

  /** Builds an {@link Endorsement}. */
  public static final class Builder extends ImmutableEndorsement.Builder {
    Builder() {}
  }
}
