package org.unsdcf.iati;

import java.util.Optional;
import org.unsdcf.core.entities.UnEntity;
import org.unsdcf.core.entities.UnEntityCatalogue;

/**
 * The names, types and IATI organisation identifiers of the UN entities a plan names by code, for
 * {@code participating-org} and transaction organisations (design §20), from core's bundled {@link
 * UnEntityCatalogue}. This class is immutable and thread-safe.
 */
final class Organisations {
  /** IATI OrganisationType 40, multilateral: every catalogued UN entity. */
  static final String MULTILATERAL = "40";

  private static final Organisations BUNDLED = new Organisations(UnEntityCatalogue.bundled());

  private final UnEntityCatalogue catalogue;

  private Organisations(UnEntityCatalogue catalogue) {
    this.catalogue = catalogue;
  }

  static Organisations bundled() {
    return BUNDLED;
  }

  /**
   * Gets the name to write for an agency.
   *
   * @param code the agency's code in the plan
   * @return its catalogued name, else the code
   */
  String name(String code) {
    return catalogue.byCode(code).map(UnEntity::name).orElse(code);
  }

  /**
   * Gets an agency's organisation type.
   *
   * @param code the agency's code in the plan
   * @return {@link #MULTILATERAL} for a catalogued UN entity, else empty
   */
  Optional<String> type(String code) {
    return catalogue.byCode(code).map(e -> MULTILATERAL);
  }

  /**
   * Gets an agency's IATI organisation identifier.
   *
   * @param code the agency's code in the plan
   * @return the catalogued identifier, if any
   */
  Optional<String> iatiOrgId(String code) {
    return catalogue.byCode(code).flatMap(UnEntity::iatiOrgId);
  }
}
