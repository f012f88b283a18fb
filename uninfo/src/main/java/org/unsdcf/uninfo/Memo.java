package org.unsdcf.uninfo;

import java.util.HashMap;
import java.util.Map;

/**
 * One read's memory of cell mappings that reported no problem, so a cell text met again (real
 * exports repeat partners, places, SDG targets, dates and amounts in most rows) is mapped once.
 *
 * <p>Only results of functions of the cell text alone are kept, and only when mapping the cell
 * reported nothing: a cell that reports a problem is mapped again each time, so every problem keeps
 * its own row. Values kept are immutable. The keys kept are bounded in total length, so a hostile
 * file of distinct cells costs no more memory than a few megabytes; past the bound cells are simply
 * mapped each time.
 */
final class Memo {
  /** The longest key kept, in characters. */
  static final int MAX_KEY_CHARS = 4_096;

  /** The total length of the keys kept, in characters. */
  static final long MAX_CHARS = 1L << 21;

  private long chars;

  /** Makes an empty table drawing on this memo's bound. */
  <K, V> Table<K, V> table() {
    return new Table<>(this);
  }

  private boolean take(int weight) {
    if (weight > MAX_KEY_CHARS || chars + weight > MAX_CHARS) {
      return false;
    }
    chars += weight;
    return true;
  }

  /** Results by key; a miss is {@code null}. */
  static final class Table<K, V> {
    private final Memo memo;
    private final Map<K, V> map = new HashMap<>();

    private Table(Memo memo) {
      this.memo = memo;
    }

    V get(K key) {
      return map.get(key);
    }

    /** Keeps a result, unless the bound is reached; {@code weight} is the key's length. */
    void put(K key, V value, int weight) {
      if (!map.containsKey(key) && memo.take(weight)) {
        map.put(key, value);
      }
    }
  }
}
