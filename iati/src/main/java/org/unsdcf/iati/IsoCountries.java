package org.unsdcf.iati;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The bundled table of ISO 3166-1 alpha-3 and alpha-2 codes (design §20): plans name countries by
 * alpha-3, IATI's Country codelist by alpha-2.
 *
 * <p>{@code iso3166-alpha3-alpha2.csv} holds the 249 ISO 3166-1 countries (taken from the JDK 17
 * locale data once, so the table does not change with the JDK) and Kosovo's user-assigned {@code
 * XKX} → {@code XK}, which UN and EU systems and IATI's Country codelist use. A conformance test
 * checks every alpha-2 code against that codelist. This class is immutable and thread-safe.
 */
final class IsoCountries {
  private static final String RESOURCE = "iso3166-alpha3-alpha2.csv";
  private static final Map<String, String> ALPHA2;
  private static final Map<String, String> ALPHA3;

  static {
    Map<String, String> alpha2 = new HashMap<>();
    Map<String, String> alpha3 = new HashMap<>();
    try (InputStream in = IsoCountries.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new AssertionError("unsdcf bug: " + RESOURCE + " is not bundled");
      }
      BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      lines.readLine();
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        String[] codes = line.split(",", -1);
        alpha2.put(codes[0], codes[1]);
        alpha3.put(codes[1], codes[0]);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ALPHA2 = Map.copyOf(alpha2);
    ALPHA3 = Map.copyOf(alpha3);
  }

  private IsoCountries() {}

  /**
   * Gets the alpha-2 code of a country.
   *
   * @param alpha3 an ISO 3166-1 alpha-3 code, e.g. {@code KGZ}
   * @return its alpha-2 code, e.g. {@code KG}; empty for a code the table does not hold
   */
  static Optional<String> alpha2(String alpha3) {
    return Optional.ofNullable(ALPHA2.get(alpha3));
  }

  /**
   * Gets the alpha-3 code of a country.
   *
   * @param alpha2 an ISO 3166-1 alpha-2 code, e.g. {@code XK}
   * @return its alpha-3 code, e.g. {@code XKX}; empty for a code the table does not hold
   */
  static Optional<String> alpha3(String alpha2) {
    return Optional.ofNullable(ALPHA3.get(alpha2));
  }

  /**
   * Gets the whole table.
   *
   * @return alpha-3 code → alpha-2 code
   */
  static Map<String, String> all() {
    return ALPHA2;
  }
}
