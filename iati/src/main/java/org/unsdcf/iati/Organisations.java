package org.unsdcf.iati;

import java.util.Optional;

/**
 * The names and IATI organisation identifiers of the UN entities a plan names by code, for {@code
 * participating-org} and transaction organisations (design §20).
 *
 * <p>Until core's UN entity catalogue (design §14.1) is merged, an agency is written by its code
 * alone. This class is immutable and thread-safe.
 */
final class Organisations {
  /** IATI OrganisationType 40, multilateral: every catalogued UN entity. */
  static final String MULTILATERAL = "40";

  private static final Organisations BUNDLED = new Organisations();

  private Organisations() {}

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
    return code;
  }

  /**
   * Gets an agency's IATI organisation identifier.
   *
   * @param code the agency's code in the plan
   * @return the catalogued identifier, if any
   */
  Optional<String> iatiOrgId(String code) {
    return Optional.empty();
  }
}
