package org.unsdcf.iati;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.unsdcf.core.entities.UnEntity;
import org.unsdcf.core.entities.UnEntityCatalogue;

/**
 * The names, types and IATI organisation identifiers of the UN entities a plan names by code, for
 * {@code participating-org} and transaction organisations (design §20), from core's bundled {@link
 * UnEntityCatalogue}. Each entity's three values are found once, when the class loads, as an export
 * asks for them at every agency of every sub-output and funding line. This class is immutable and
 * thread-safe.
 */
final class Organisations {
  /** IATI OrganisationType 40, multilateral: every catalogued UN entity. */
  static final String MULTILATERAL = "40";

  private static final Organisations BUNDLED = new Organisations(UnEntityCatalogue.bundled());

  /** What an export writes for one agency. */
  record Organisation(String name, Optional<String> type, Optional<String> iatiOrgId) {}

  private final Map<String, Organisation> byCode;

  private Organisations(UnEntityCatalogue catalogue) {
    Map<String, Organisation> codes = new HashMap<>();
    for (UnEntity entity : catalogue.all()) {
      codes.put(
          entity.code(),
          new Organisation(entity.name(), Optional.of(MULTILATERAL), entity.iatiOrgId()));
    }
    this.byCode = Map.copyOf(codes);
  }

  static Organisations bundled() {
    return BUNDLED;
  }

  /**
   * Gets what to write for an agency: its catalogued name, {@link #MULTILATERAL} and its catalogued
   * identifier, if any; for an agency the catalogue does not know, its code and neither type nor
   * identifier.
   *
   * @param code the agency's code in the plan
   * @return the agency's organisation
   */
  Organisation of(String code) {
    Organisation known = byCode.get(code);
    return known != null ? known : new Organisation(code, Optional.empty(), Optional.empty());
  }
}
