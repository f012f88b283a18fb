package org.unsdcf.core.model;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/**
 * A member of the model that holds a string of some scalar kind (Name, Text, Code), with a way to
 * build its owner around a given string; the kind tests run every bad string through every slot.
 */
record Slot(String type, String field, Function<String, ?> build) {
  @Override
  public String toString() {
    return type + "." + field;
  }

  /** A case of a scalar rule: a string, the reason it is rejected (or null when accepted). */
  record Case(String label, String input, String reason) {
    @Override
    public String toString() {
      return label;
    }
  }

  /** Every slot with every case. */
  static Stream<Arguments> cross(List<Slot> slots, List<Case> cases) {
    return slots.stream().flatMap(s -> cases.stream().map(c -> Arguments.of(s, c)));
  }
}
