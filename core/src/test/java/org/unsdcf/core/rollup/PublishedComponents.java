package org.unsdcf.core.rollup;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads an Open SDG {@code indicator_calculation_components.yml}: indicator keys at column 0, the
 * indicator's {@code progress_status} and {@code score} and its series keys at indent 2, each
 * series' members at indent 4, every value a plain scalar. Only this shape is read (it is what
 * sdg-build writes); anything else fails the test that reads it, so no YAML library is needed.
 */
final class PublishedComponents {
  /** One indicator: its own members and its series by key, in file order. */
  static final class Indicator {
    final String key;
    final Map<String, String> members = new LinkedHashMap<>();
    final Map<String, Map<String, String>> series = new LinkedHashMap<>();

    Indicator(String key) {
      this.key = key;
    }
  }

  private PublishedComponents() {}

  static Map<String, Indicator> read(Path file) throws IOException {
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    Map<String, Indicator> indicators = new LinkedHashMap<>();
    Indicator indicator = null;
    Map<String, String> series = null;
    for (int n = 0; n < lines.size(); n++) {
      String line = lines.get(n);
      int indent = line.length() - line.stripLeading().length();
      String text = line.strip();
      if (text.isEmpty()) {
        continue;
      }
      boolean opens = text.endsWith(":");
      if (indent == 0 && opens) {
        indicator = new Indicator(text.substring(0, text.length() - 1));
        indicators.put(indicator.key, indicator);
        series = null;
      } else if (indent == 2 && opens && indicator != null) {
        series = new LinkedHashMap<>();
        indicator.series.put(text.substring(0, text.length() - 1), series);
      } else if (indent == 2 && indicator != null) {
        put(indicator.members, text, n);
        series = null;
      } else if (indent == 4 && series != null) {
        put(series, text, n);
      } else {
        throw new IllegalStateException("line " + (n + 1) + " has an unexpected shape: " + line);
      }
    }
    return indicators;
  }

  private static void put(Map<String, String> map, String text, int n) {
    int colon = text.indexOf(": ");
    if (colon < 0) {
      throw new IllegalStateException("line " + (n + 1) + " is not 'key: value'");
    }
    String value = text.substring(colon + 2);
    map.put(text.substring(0, colon), value.equals("''") ? "" : value);
  }

  static boolean isNull(String value) {
    return value == null || value.equals("null");
  }

  static double number(String value) {
    return Double.parseDouble(value);
  }
}
