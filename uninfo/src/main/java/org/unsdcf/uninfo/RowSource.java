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
}
