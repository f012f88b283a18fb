package org.unsdcf.json.internal;

/**
 * Turns position marks into 1-based lines and columns. For a whole document a mark is a byte offset
 * (the BOM excluded); inside a host document it is the host's line and column, packed.
 */
public interface Locator {
  /**
   * Gets the line of a mark.
   *
   * @param mark the mark
   * @return the line, from 1
   */
  int line(long mark);

  /**
   * Gets the column of a mark.
   *
   * @param mark the mark
   * @return the column, from 1
   */
  int column(long mark);

  /**
   * Packs a line and column into a mark for {@link #PACKED}.
   *
   * @param line the line
   * @param column the column
   * @return the mark
   */
  static long pack(int line, int column) {
    return ((long) Math.max(line, 0) << 32) | (Math.max(column, 0) & 0xffffffffL);
  }

  /** The locator of packed marks. */
  Locator PACKED =
      new Locator() {
        @Override
        public int line(long mark) {
          return (int) (mark >>> 32);
        }

        @Override
        public int column(long mark) {
          return (int) mark;
        }
      };
}
