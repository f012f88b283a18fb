package org.unsdcf.testkit.gen;

import java.util.List;
import java.util.random.RandomGenerator;

/** The shared state of one generation: the draw, unique codes and the leaf generators. */
final class Kit {
  /**
   * UN entity codes of the bundled UN entity catalogue, as used for agencies, members and
   * co-chairs.
   */
  static final List<String> ENTITIES =
      List.of(
          "IOM",
          "UNICEF",
          "UNDP",
          "UN-Women",
          "WHO",
          "FAO",
          "UNFPA",
          "UNHCR",
          "ILO",
          "UNESCO",
          "WFP",
          "UNEP",
          "UNODC",
          "OHCHR",
          "UNOPS",
          "UNIDO",
          "UN-HABITAT",
          "ITC",
          "IAEA",
          "UNECE");

  final Draw draw;
  final TextGenerator text;
  final ValueGenerator values;
  final TagGenerator tags;

  Kit(RandomGenerator random, int size) {
    this.draw = new Draw(random, size);
    this.text = new TextGenerator(this);
    this.values = new ValueGenerator(this);
    this.tags = new TagGenerator(this);
  }

  /**
   * A code unique within this generation: the prefix, sometimes decorated with the other Code
   * characters or padded to the full 64, then a serial number.
   */
  String code(String prefix) {
    String serial = Integer.toString(draw.serial());
    double r = draw.random.nextDouble();
    if (r < 0.03) {
      return prefix + "x".repeat(64 - prefix.length() - serial.length()) + serial;
    }
    if (r < 0.15) {
      return prefix + ".a_b:c/d-" + serial;
    }
    return prefix + serial;
  }

  /**
   * A display code, half the time: as UN INFO numbers results ({@code 1.2.}, {@code 3 (ext. from
   * 2021)}) or any Name.
   */
  java.util.Optional<String> displayCode() {
    return draw.maybe(
        () -> {
          double r = draw.random.nextDouble();
          if (r < 0.4) {
            return draw.between(1, 9) + "." + draw.between(1, 9) + ".";
          }
          if (r < 0.6) {
            return draw.between(1, 9) + " (ext. from " + draw.between(2015, 2025) + ")";
          }
          return text.name();
        });
  }

  String entity() {
    return draw.pick(ENTITIES);
  }

  List<String> entities(int min) {
    return draw.set(min, this::entity);
  }
}
