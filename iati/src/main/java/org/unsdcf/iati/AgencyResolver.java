package org.unsdcf.iati;

import java.util.Optional;

/** Finds the UN entity code of a participating organisation by its IATI ref, else its name. */
interface AgencyResolver {
  Optional<String> byIatiOrgId(String ref);

  Optional<String> byName(String name);

  boolean isCatalogued();

  /** The resolver before a catalogue exists: nothing is known. */
  static AgencyResolver none() {
    return new AgencyResolver() {
      @Override
      public Optional<String> byIatiOrgId(String ref) {
        return Optional.empty();
      }

      @Override
      public Optional<String> byName(String name) {
        return Optional.empty();
      }

      @Override
      public boolean isCatalogued() {
        return false;
      }
    };
  }
}
