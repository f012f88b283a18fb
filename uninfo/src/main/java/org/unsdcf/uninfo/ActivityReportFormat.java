package org.unsdcf.uninfo;

/** The two forms in which UN INFO's Data Explorer exports an activity report. */
public enum ActivityReportFormat {
  /** Comma-separated values, UTF-8 with an optional byte order mark, every field quoted. */
  CSV,
  /** An Excel workbook (Office Open XML); the first sheet holds the report, header in row 1. */
  XLSX
}
