package org.unsdcf.iati;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.Set;

/** ISO 3166 alpha-2 to alpha-3 from the JDK's own table, plus Kosovo's user-assigned XK → XKX. */
final class Countries {
  private static final Map<String, String> ALPHA3 = new HashMap<>();

  static {
    Set<String> codes = Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2);
    for (String c : codes) {
      try {
        ALPHA3.put(c, new Locale("", c).getISO3Country());
      } catch (MissingResourceException e) {
        // A code without an alpha-3 in this JDK is simply not mapped.
      }
    }
    ALPHA3.put("XK", "XKX");
  }

  private Countries() {}

  static boolean isAlpha3(String code) {
    return ALPHA3.containsValue(code);
  }

  static Optional<String> alpha3(String alpha2) {
    return Optional.ofNullable(ALPHA3.get(alpha2));
  }
}
