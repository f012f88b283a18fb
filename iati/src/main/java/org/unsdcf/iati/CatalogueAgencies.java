package org.unsdcf.iati;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.unsdcf.core.entities.UnEntity;
import org.unsdcf.core.entities.UnEntityCatalogue;

/**
 * Resolves participating organisations through core's bundled UN entity catalogue (§14.1, §20): the
 * {@code ref} as an IATI organisation id (a bare CRS channel code such as {@code 41122} read as
 * {@code XM-DAC-41122}), else the narrative as an abbreviation or full name.
 */
final class CatalogueAgencies implements AgencyResolver {
  static final CatalogueAgencies BUNDLED = new CatalogueAgencies(UnEntityCatalogue.bundled());

  private final UnEntityCatalogue catalogue;
  private final Map<String, String> byOrgId = new HashMap<>();

  CatalogueAgencies(UnEntityCatalogue catalogue) {
    this.catalogue = catalogue;
    for (UnEntity e : catalogue.all()) {
      e.iatiOrgId().ifPresent(id -> byOrgId.putIfAbsent(id, e.code()));
    }
  }

  @Override
  public Optional<String> byIatiOrgId(String ref) {
    String code = byOrgId.get(ref);
    if (code == null && ImportTexts.isDigits(ref, 5)) {
      code = byOrgId.get("XM-DAC-" + ref);
    }
    return Optional.ofNullable(code);
  }

  @Override
  public Optional<String> byName(String name) {
    return catalogue.byAbbreviation(name).map(UnEntity::code);
  }

  @Override
  public boolean isCatalogued() {
    return true;
  }
}
