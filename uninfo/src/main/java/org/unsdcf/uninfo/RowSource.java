package org.unsdcf.uninfo;

import java.util.List;

/** The records of one activity report, header first, in file order. */
interface RowSource {
  /**
   * Reads the header row.
   *
   * @return the column names, trimmed
   * @throws UnInfoReadException if there is no header
   */
  List<String> header();

  /**
   * Reads the next record.
   *
   * @return the record, or {@code null} after the last
   * @throws UnInfoReadException if the file turns out unreadable
   */
  RawRow next();

  /** The separator this format joins list items with. */
  String listSeparator();

  /**
   * Checks if no cell can hold a control character other than TAB, LF and CR, a DEL or a surrogate
   * (known for a CSV from its bytes), so cells need not be scanned for them.
   */
  default boolean plainText() {
    return false;
  }
}
