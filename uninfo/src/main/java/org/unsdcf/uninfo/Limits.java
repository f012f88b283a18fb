package org.unsdcf.uninfo;

/** The reader's limits, each at most its default. */
record Limits(long maxFileBytes, int maxRows, int maxCellChars) {
  static final long DEFAULT_FILE_BYTES = 256L * 1024 * 1024;
  static final int DEFAULT_ROWS = 1_000_000;
  static final int DEFAULT_CELL_CHARS = 100_000;

  /** Columns a header may have (UN INFO writes 85). */
  static final int MAX_COLUMNS = 1_000;

  /** Cells a record may have beyond its header's. */
  static final int MAX_EXTRA_CELLS = 100;

  /** Inflated bytes one XLSX part may have. */
  static final long MAX_PART_BYTES = 256L * 1024 * 1024;

  /** Inflated bytes all XLSX parts together may have. */
  static final long MAX_TOTAL_INFLATED = 512L * 1024 * 1024;

  /** Inflated : compressed ratio a part larger than {@link #RATIO_FLOOR} may not exceed. */
  static final int MAX_RATIO = 100;

  /** Inflated bytes under which a part's ratio is not checked (small parts compress well). */
  static final long RATIO_FLOOR = 1024 * 1024;

  /** ZIP entries an XLSX may have. */
  static final int MAX_ENTRIES = 10_000;

  static final Limits DEFAULT = new Limits(DEFAULT_FILE_BYTES, DEFAULT_ROWS, DEFAULT_CELL_CHARS);

  /** Shared strings or cells an XLSX may hold: a generous multiple of the rows allowed. */
  long maxCells() {
    return (long) maxRows * 128;
  }
}
