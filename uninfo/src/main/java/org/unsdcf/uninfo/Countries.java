package org.unsdcf.uninfo;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Country names to ISO 3166-1 alpha-3 codes: the English short names the JDK knows for every ISO
 * country, and an alias table of UN INFO's and the UN's own spellings. Kosovo is {@code XKX}, the
 * user-assigned code UN and EU systems use. Matching ignores case, repeated spaces, and {@code &}
 * versus {@code and}.
 */
final class Countries {
  private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

  /** Aliases by code; the first is the spelling the writer uses. */
  private static final Map<String, List<String>> ALIASES =
      Map.ofEntries(
          Map.entry(
              "XKX", List.of("Kosovo", "Kosovo (under UNSCR 1244)", "Kosovo under UNSCR 1244")),
          Map.entry("TUR", List.of("Turkiye", "Türkiye", "Turkey", "Republic of Türkiye")),
          Map.entry("MDA", List.of("Moldova", "Moldova, Republic of", "Republic of Moldova")),
          Map.entry(
              "MKD",
              List.of(
                  "North Macedonia",
                  "North Macedonia, Republic of",
                  "Republic of North Macedonia",
                  "The former Yugoslav Republic of Macedonia")),
          Map.entry("BIH", List.of("Bosnia and Herzegovina")),
          Map.entry("KGZ", List.of("Kyrgyzstan", "Kyrgyz Republic")),
          Map.entry("VNM", List.of("Viet Nam", "Vietnam")),
          Map.entry("LAO", List.of("Lao People's Democratic Republic", "Lao PDR", "Laos")),
          Map.entry("IRN", List.of("Iran (Islamic Republic of)", "Iran")),
          Map.entry("SYR", List.of("Syrian Arab Republic", "Syria")),
          Map.entry("TZA", List.of("United Republic of Tanzania", "Tanzania")),
          Map.entry("COD", List.of("Democratic Republic of the Congo", "DR Congo")),
          Map.entry("COG", List.of("Congo", "Republic of the Congo")),
          Map.entry("CIV", List.of("Côte d'Ivoire", "Cote d'Ivoire", "Côte d’Ivoire")),
          Map.entry("BOL", List.of("Bolivia (Plurinational State of)", "Bolivia")),
          Map.entry("VEN", List.of("Venezuela (Bolivarian Republic of)", "Venezuela")),
          Map.entry("KOR", List.of("Republic of Korea", "South Korea")),
          Map.entry("PRK", List.of("Democratic People's Republic of Korea", "North Korea")),
          Map.entry("FSM", List.of("Micronesia (Federated States of)", "Micronesia")),
          Map.entry("PSE", List.of("State of Palestine", "Palestine")),
          Map.entry("CPV", List.of("Cabo Verde", "Cape Verde")),
          Map.entry("SWZ", List.of("Eswatini", "Swaziland")),
          Map.entry("MMR", List.of("Myanmar")),
          Map.entry("TLS", List.of("Timor-Leste")),
          Map.entry("CZE", List.of("Czechia", "Czech Republic")),
          Map.entry("RUS", List.of("Russian Federation", "Russia")),
          Map.entry("KNA", List.of("Saint Kitts and Nevis")),
          Map.entry("LCA", List.of("Saint Lucia")),
          Map.entry("VCT", List.of("Saint Vincent and the Grenadines")),
          Map.entry("STP", List.of("Sao Tome and Principe", "São Tomé and Príncipe")),
          Map.entry("USA", List.of("United States of America", "United States")),
          Map.entry(
              "GBR",
              List.of("United Kingdom of Great Britain and Northern Ireland", "United Kingdom")),
          Map.entry("BRN", List.of("Brunei Darussalam", "Brunei")),
          Map.entry("GMB", List.of("Gambia", "The Gambia")),
          Map.entry("BHS", List.of("Bahamas", "The Bahamas")),
          Map.entry("EGY", List.of("Egypt")),
          Map.entry("MNE", List.of("Montenegro")),
          Map.entry("SRB", List.of("Serbia")),
          Map.entry("UKR", List.of("Ukraine")),
          Map.entry("BLR", List.of("Belarus")),
          Map.entry("GEO", List.of("Georgia")));

  private static final Map<String, String> BY_NAME = new HashMap<>();
  private static final Map<String, String> NAME_OF = new HashMap<>();

  static {
    for (String alpha2 : Locale.getISOCountries()) {
      Locale l = new Locale("", alpha2);
      String alpha3 = l.getISO3Country();
      String name = l.getDisplayCountry(Locale.ENGLISH);
      BY_NAME.putIfAbsent(key(name), alpha3);
      BY_NAME.putIfAbsent(key(alpha3), alpha3);
      NAME_OF.put(alpha3, name);
    }
    for (Map.Entry<String, List<String>> e : ALIASES.entrySet()) {
      for (String alias : e.getValue()) {
        BY_NAME.put(key(alias), e.getKey());
      }
      NAME_OF.put(e.getKey(), e.getValue().get(0));
    }
  }

  private Countries() {}

  /** Gets the alpha-3 code of a country name, if known. */
  static Optional<String> code(String name) {
    return Optional.ofNullable(BY_NAME.get(key(name)));
  }

  /** Gets the name the writer uses for a code: UN INFO's spelling where known, else the code. */
  static String name(String alpha3) {
    return NAME_OF.getOrDefault(alpha3, alpha3);
  }

  /** Gets every alias of a country that contains {@code ", "} (lists must not split them). */
  static List<String> commaAliases(String alpha3) {
    return ALIASES.getOrDefault(alpha3, List.of()).stream().filter(a -> a.contains(", ")).toList();
  }

  private static String key(String name) {
    String s = name.strip().replace('’', '\'');
    if (s.indexOf('&') >= 0) {
      s = s.replace("&", " and ");
    }
    return (singleSpaced(s) ? s : SPACES.matcher(s).replaceAll(" ")).toLowerCase(Locale.ROOT);
  }

  /** Checks if {@code \\s+} would change nothing: no whitespace but single spaces. */
  private static boolean singleSpaced(String s) {
    for (int i = 0, n = s.length(); i < n; i++) {
      char c = s.charAt(i);
      if (c == ' ') {
        if (i + 1 < n && s.charAt(i + 1) == ' ') {
          return false;
        }
      } else if (c == '\t' || c == '\n' || c == '\u000b' || c == '\f' || c == '\r') {
        return false;
      }
    }
    return true;
  }
}
