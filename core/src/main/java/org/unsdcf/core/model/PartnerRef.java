package org.unsdcf.core.model;

import java.util.Optional;
import org.immutables.value.Value;
import org.unsdcf.core.internal.Checks;
import org.unsdcf.core.internal.JsonText;

/**
 * A reference to a partner by name, with its IATI organisation identifier when known. "Core/Regular
 * Resources" is a partner too.
 *
 * <pre>{@code
 * PartnerRef usaid = PartnerRef.of("USAID");
 * PartnerRef withId = PartnerRef.builder().name("USAID").iatiOrgId("US-GOV-1").build();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class PartnerRef implements WithPartnerRef {
  PartnerRef() {}

  /**
   * Gets the partner's name, as the plan writes it.
   *
   * @return the name
   */
  public abstract String name();

  /**
   * Gets the IATI organisation identifier, if known.
   *
   * @return the identifier, a Code
   */
  public abstract Optional<String> iatiOrgId();

  /**
   * Obtains a partner reference by name alone.
   *
   * @param name the name
   * @return the reference
   * @throws InvariantViolationException if the name is not a Name
   */
  public static PartnerRef of(String name) {
    return builder().name(name).build();
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
    Checks.name("PartnerRef", "name", name());
    iatiOrgId().ifPresent(id -> Checks.code("PartnerRef", "iatiOrgId", id));
  }

  /**
   * Returns the reference in its compact JSON form, e.g. {@code {"name":"USAID"}}.
   *
   * @return the JSON form
   */
  @Override
  public String toString() {
    return JsonText.object("name", name(), "iatiOrgId", iatiOrgId().orElse(null));
  }

  /** Builds a {@link PartnerRef}. */
  public static final class Builder extends ImmutablePartnerRef.Builder {
    Builder() {}
  }
}
