package org.unsdcf.core.entities;

import java.util.Objects;
import java.util.Optional;
import org.unsdcf.core.internal.Checks;

/**
 * A UN entity of the bundled catalogue: a row of {@code un-entities.csv}.
 *
 * <pre>{@code
 * UnEntity women = UnEntityCatalogue.bundled().byCode("UN-Women").orElseThrow();
 * women.abbreviation(); // "UN Women", as UN INFO writes it
 * women.iatiOrgId();    // Optional[XM-DAC-41146]
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param code the code plans use for the entity (a Code: the abbreviation with spaces replaced by
 *     {@code -}, case kept), e.g. {@code UN-Women}
 * @param abbreviation the abbreviation as UN INFO writes it, e.g. {@code UN Women}
 * @param name the full English name
 * @param iatiOrgId the IATI organisation identifier, if the entity has one, e.g. {@code
 *     XM-DAC-41146}
 */
public record UnEntity(String code, String abbreviation, String name, Optional<String> iatiOrgId) {
  /**
   * Creates an entity.
   *
   * @param code a Code
   * @param abbreviation a Name
   * @param name a Name
   * @param iatiOrgId a Code, if any
   * @throws NullPointerException if an argument is null
   * @throws org.unsdcf.core.model.InvariantViolationException if the code or the identifier is not
   *     a Code, or the abbreviation or name not a Name
   */
  public UnEntity {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(abbreviation, "abbreviation");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(iatiOrgId, "iatiOrgId");
    Checks.code("UnEntity", "code", code);
    Checks.name("UnEntity", "abbreviation", abbreviation);
    Checks.name("UnEntity", "name", name);
    iatiOrgId.ifPresent(id -> Checks.code("UnEntity", "iatiOrgId", id));
  }
}
