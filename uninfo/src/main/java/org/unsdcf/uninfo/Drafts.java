package org.unsdcf.uninfo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.unsdcf.core.model.SubOutput;

/** A plan as it is gathered row by row, before codes are settled and values built. */
final class Drafts {
  private Drafts() {}

  /** A priority area, outcome or output as first met. */
  static final class Node {
    final String derived;
    final Optional<String> display;
    final String title;
    final int row;
    final Map<String, Node> children = new LinkedHashMap<>();
    String code;

    Node(String derived, Optional<String> display, String title, int row) {
      this.derived = derived;
      this.display = display;
      this.title = title;
      this.row = row;
      this.code = derived;
    }
  }

  /** A sub-output waiting for its output's final code and its "also contributes" outputs. */
  static final class Entry {
    final SubOutput.Builder builder;
    final Node output;
    final int row;
    final Optional<String> alsoContributes;

    Entry(SubOutput.Builder builder, Node output, int row, Optional<String> alsoContributes) {
      this.builder = builder;
      this.output = output;
      this.row = row;
      this.alsoContributes = alsoContributes;
    }
  }

  /** One (Country, Plan name). */
  static final class Plan {
    final String country;
    final String title;
    final int row;
    final Map<String, Node> areas = new LinkedHashMap<>();
    final List<Entry> entries = new ArrayList<>();
    int minYear = Integer.MAX_VALUE;
    int maxYear = Integer.MIN_VALUE;

    Plan(String country, String title, int row) {
      this.country = country;
      this.title = title;
      this.row = row;
    }

    void seeYear(int year) {
      minYear = Math.min(minYear, year);
      maxYear = Math.max(maxYear, year);
    }
  }
}
