package org.unsdcf.uninfo;

/**
 * What an {@link UnInfoProblem} reports. The codes marked "file" make the file unreadable: they
 * come only inside an {@link UnInfoReadException}; the others are problems of content, reported
 * beside the plans that were read.
 */
public enum UnInfoProblemCode {
  /** File: neither a CSV nor an XLSX activity report (e.g. an empty file or an OLE2 workbook). */
  NOT_A_REPORT,
  /** File: a required column is missing from the header, or the header repeats a column. */
  HEADER_MISMATCH,
  /**
   * File: a CSV that is not UTF-8 (invalid bytes, UTF-16 or UTF-32); the message gives the offset.
   */
  ENCODING,
  /** File: a CSV record that RFC 4180 cannot read (e.g. text after a closing quote). */
  CSV_SYNTAX,
  /** File: a ZIP container that cannot be read (truncated, no central directory, encrypted). */
  ZIP_INVALID,
  /** File: a part inflates beyond its cap or by more than the allowed ratio (a zip bomb). */
  ZIP_BOMB,
  /** File: an XLSX part declares a DTD or entities, or is not UTF-8 XML (XXE is never resolved). */
  XML_UNSAFE,
  /** File: an XLSX part is not well-formed, or a required part is missing. */
  XML_INVALID,
  /** File: the file is larger than the reader's limit. */
  LIMIT_FILE_SIZE,
  /** File: more records than the reader's limit. */
  LIMIT_ROWS,
  /** File: a cell longer than the reader's limit. */
  LIMIT_CELL_LENGTH,
  /** File: more shared strings or more cells than an XLSX may hold under the reader's limits. */
  LIMIT_CELLS,

  /** INFO: an optional column is absent; its values are absent in every plan. */
  COLUMN_ABSENT,
  /** INFO: a non-empty cell of a column the mapping does not know or does not store. */
  CELL_NOT_MAPPED,
  /** INFO: the Focal users column holds names, which are personal data and never read. */
  PERSONAL_DATA_NOT_READ,
  /** ERROR: a row lacks a value it needs to become a sub-output (ID, title, a date, status). */
  VALUE_REQUIRED,
  /** ERROR: a value that cannot be read as what its column holds (date, status, amount, code). */
  VALUE_INVALID,
  /** WARNING: a value changed to fit the model (e.g. a name cut to 1,000 characters). */
  VALUE_CHANGED,
  /** INFO: TAB, LF or CR in a name replaced by one space per run. */
  WHITESPACE_REPLACED,
  /**
   * WARNING: a formula cell whose cached value is an error (e.g. {@code #NAME?}); the cell is
   * absent.
   */
  FORMULA_ERROR,
  /**
   * ERROR: a country name neither ISO 3166 nor the alias table knows; its rows are not imported.
   */
  COUNTRY_UNKNOWN,
  /** WARNING: the plan's period was taken from its rows' dates and funding years, not its name. */
  PERIOD_FROM_ROWS,
  /** INFO: a row without a strategic priority, outcome or output went to SP0, OC0 or OU0. */
  PARENT_UNSPECIFIED,
  /**
   * INFO: a priority area, outcome or output repeats with another title; the first title is kept.
   */
  TITLE_DIFFERS,
  /** INFO: a list item repeats one in the same cell and was dropped. */
  DUPLICATE_ITEM,
  /** INFO: a multi-agency row's first agency was made the lead (UN INFO names no lead). */
  LEAD_ASSUMED,
  /** WARNING: an agency abbreviation the UN entity catalogue does not know (a code was derived). */
  AGENCY_UNKNOWN,
  /** WARNING: a UN INFO pseudo-agency (an abbreviation ending in a comma), not mapped. */
  AGENCY_PSEUDO,
  /** ERROR: an agency list that leaves no agency: the row is not imported. */
  AGENCY_MISSING,
  /** INFO: an SDG goal listed that none of the row's targets belongs to, or the reverse. */
  SDG_GOAL_MISMATCH,
  /** WARNING: an SDG target item that does not begin with a target code; not mapped. */
  SDG_TARGET_INVALID,
  /** WARNING: a marker cell that does not begin with a digit 0 to 3; not mapped. */
  MARKER_INVALID,
  /** WARNING: an output named in "also contributes" that the plan does not hold; not mapped. */
  OUTPUT_UNRESOLVED,
  /** INFO: an "also contributes" item naming the sub-output's own output was dropped. */
  OUTPUT_OWN,
  /** WARNING: a Total column that differs from the sum of its year columns (totals are derived). */
  TOTAL_MISMATCH
}
