package org.unsdcf.core.model;

import java.util.Optional;
import org.immutables.value.Value;
import org.unsdcf.core.internal.Checks;
import org.unsdcf.core.internal.JsonText;

/**
 * A place a sub-output works in: a country, a region of it, or several countries.
 *
 * <pre>{@code
 * Location kgz = Location.builder().level(LocationLevel.NATIONAL).code("KGZ").name("Kyrgyz Republic").build();
 * }</pre>
 *
 * <p>The code (ISO 3166 or a P-code) is not checked against any list. This class is immutable and
 * thread-safe.
 */
@Value.Immutable
public abstract class Location implements WithLocation {
  Location() {}

  /**
   * Gets the administrative level.
   *
   * @return the level
   */
  public abstract LocationLevel level();

  /**
   * Gets the location's code, if any.
   *
   * @return an ISO 3166 code or P-code
   */
  public abstract Optional<String> code();

  /**
   * Gets the location's name.
   *
   * @return the name
   */
  public abstract String name();

  /**
   * Obtains a location without a code.
   *
   * @param level the level
   * @param name the name
   * @return the location
   */
  public static Location of(LocationLevel level, String name) {
    return builder().level(level).name(name).build();
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
    code().ifPresent(c -> Checks.code("Location", "code", c));
    Checks.name("Location", "name", name());
  }

  /**
   * Returns the location in its compact JSON form, e.g. {@code
   * {"level":"NATIONAL","code":"KGZ","name":"Kyrgyz Republic"}}.
   *
   * @return the JSON form
   */
  @Override
  public String toString() {
    return JsonText.object("level", level().name(), "code", code().orElse(null), "name", name());
  }

  /** Builds a {@link Location}. */
  public static final class Builder extends ImmutableLocation.Builder {
    Builder() {}
  }
}
