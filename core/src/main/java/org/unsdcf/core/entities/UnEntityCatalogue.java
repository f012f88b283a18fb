package org.unsdcf.core.entities;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.unsdcf.core.internal.BundledCsv;

/**
 * The UN entities bundled with unsdcf: 74 entities that act as agencies in Cooperation Frameworks
 * and joint work plans, from the UN System Chart and UN INFO, with IATI organisation identifiers
 * from IATI's CRS channel codes (sources in {@code NOTICE}).
 *
 * <ul>
 *   <li>{@link #byCode} matches a plan's entity Code exactly ({@code UN-Women}), as Codes are
 *       case-sensitive.
 *   <li>{@link #byAbbreviation} matches UN INFO's abbreviation ({@code UN Women}) or the full name,
 *       ignoring case, for readers of other systems' files.
 *   <li>An unknown value gives an empty result, never an exception; only a null argument throws. UN
 *       INFO's pseudo-agencies ending in a comma ({@code UNICEF,}) are unknown.
 * </ul>
 *
 * <pre>{@code
 * UnEntityCatalogue un = UnEntityCatalogue.bundled();
 * un.byCode("UNDP").map(UnEntity::name);          // Optional[United Nations Development Programme]
 * un.byAbbreviation("un women").map(UnEntity::code); // Optional[UN-Women]
 * un.byCode("UNDPP");                              // Optional.empty
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class UnEntityCatalogue {
  private final List<UnEntity> all;
  private final Map<String, UnEntity> byCode;
  private final Map<String, UnEntity> byFoldedName;

  private UnEntityCatalogue(List<UnEntity> entities) {
    this.all = List.copyOf(entities);
    Map<String, UnEntity> codes = new HashMap<>();
    Map<String, UnEntity> names = new HashMap<>();
    for (UnEntity entity : all) {
      if (codes.put(entity.code(), entity) != null) {
        throw bug("duplicate code " + entity.code());
      }
      for (String label : List.of(entity.abbreviation(), entity.name())) {
        UnEntity other = names.put(fold(label), entity);
        if (other != null && other != entity) {
          throw bug("'" + label + "' names both " + other.code() + " and " + entity.code());
        }
      }
    }
    this.byCode = Map.copyOf(codes);
    this.byFoldedName = Map.copyOf(names);
  }

  /**
   * Obtains the catalogue bundled with unsdcf, read once on first use.
   *
   * @return the bundled catalogue, the same instance on every call
   */
  public static UnEntityCatalogue bundled() {
    return Bundled.INSTANCE;
  }

  /**
   * Obtains an entity by the Code plans use for it.
   *
   * @param code the code, matched exactly, e.g. {@code UN-Women}
   * @return the entity, or empty if none has this code
   * @throws NullPointerException if {@code code} is null
   */
  public Optional<UnEntity> byCode(String code) {
    return Optional.ofNullable(byCode.get(Objects.requireNonNull(code, "code")));
  }

  /**
   * Obtains an entity by its UN INFO abbreviation or its full name, ignoring case.
   *
   * <pre>{@code
   * byAbbreviation("UN Women");                          // UN-Women
   * byAbbreviation("united nations children's fund");    // UNICEF
   * byAbbreviation("UNICEF,");                           // empty: a UN INFO pseudo-agency
   * }</pre>
   *
   * @param abbreviationOrName an abbreviation or full name, not trimmed
   * @return the entity, or empty if none is written so
   * @throws NullPointerException if {@code abbreviationOrName} is null
   */
  public Optional<UnEntity> byAbbreviation(String abbreviationOrName) {
    Objects.requireNonNull(abbreviationOrName, "abbreviationOrName");
    return Optional.ofNullable(byFoldedName.get(fold(abbreviationOrName)));
  }

  /**
   * Gets all entities.
   *
   * @return the entities in file order (by code, ignoring case), unmodifiable
   */
  public List<UnEntity> all() {
    return all;
  }

  private static String fold(String s) {
    // Upper then lower case folds the letters that have no one-to-one lower-case form.
    return s.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
  }

  private static AssertionError bug(String reason) {
    return new AssertionError("unsdcf bug: bundled un-entities.csv: " + reason);
  }

  private static UnEntityCatalogue load() {
    List<UnEntity> entities = new ArrayList<>();
    for (List<String> r :
        BundledCsv.rows(
            UnEntityCatalogue.class,
            "un-entities.csv",
            "code",
            "abbreviation",
            "name",
            "iatiOrgId",
            "crsChannelCode",
            "source")) {
      entities.add(
          new UnEntity(
              r.get(0),
              r.get(1),
              r.get(2),
              r.get(3).isEmpty() ? Optional.empty() : Optional.of(r.get(3))));
    }
    return new UnEntityCatalogue(entities);
  }

  /** Initialisation-on-demand holder: the JVM reads the file once, on first use, safely. */
  private static final class Bundled {
    static final UnEntityCatalogue INSTANCE = load();
  }
}
