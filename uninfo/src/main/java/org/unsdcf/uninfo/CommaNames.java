package org.unsdcf.uninfo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Names that hold {@code ", "} and so must not be split in a CSV list: the UN entity catalogue's
 * names, and a bundled list of names seen in UN INFO lists (partners, places, groups).
 */
final class CommaNames {
  private static final int MAX_FRAGMENTS = 8;

  private final Set<String> names;

  CommaNames(Set<String> names) {
    this.names = Set.copyOf(names);
  }

  /** Reads the bundled list and adds the given names (e.g. the entity catalogue's). */
  static CommaNames bundled(Iterable<String> more) {
    Set<String> all = new HashSet<>();
    try (InputStream in = CommaNames.class.getResourceAsStream("comma-names.txt")) {
      if (in == null) {
        throw new AssertionError("unsdcf bug: comma-names.txt is not bundled");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = r.readLine()) != null) {
        if (!line.isBlank() && !line.startsWith("#")) {
          all.add(line.strip());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    for (String n : more) {
      if (n.contains(", ")) {
        all.add(n);
      }
    }
    return new CommaNames(all);
  }

  /** Re-joins adjacent fragments whose join with {@code ", "} is a known name, longest first. */
  List<String> rejoin(List<String> items, Set<String> extra) {
    if (items.size() < 2) {
      return items;
    }
    List<String> out = new ArrayList<>(items.size());
    int i = 0;
    while (i < items.size()) {
      int best = i;
      for (int j = Math.min(items.size() - 1, i + MAX_FRAGMENTS); j > i; j--) {
        String joined = String.join(", ", items.subList(i, j + 1));
        if (names.contains(joined) || extra.contains(joined)) {
          best = j;
          break;
        }
      }
      out.add(best == i ? items.get(i) : String.join(", ", items.subList(i, best + 1)));
      i = best + 1;
    }
    return out;
  }
}
