package org.unsdcf.testkit.gen;

import java.util.ArrayList;
import java.util.List;

/**
 * A source of generated values, driven by a seeded {@link java.util.random.RandomGenerator}: the
 * same seed and size give equal values in the same order.
 *
 * @param <T> the type generated
 */
@FunctionalInterface
public interface Generator<T> {
  /**
   * Generates the next value.
   *
   * @return a structurally valid value, never null
   */
  T next();

  /**
   * Generates the next {@code count} values.
   *
   * @param count how many, at least 0
   * @return the values, in the order generated
   * @throws IllegalArgumentException if count is negative
   */
  default List<T> next(int count) {
    if (count < 0) {
      throw new IllegalArgumentException("count must not be negative, but was " + count);
    }
    List<T> values = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      values.add(next());
    }
    return values;
  }
}
