package org.unsdcf.cli;

/** How a command prints its report. */
enum OutputFormat {
  /** Lines for people. */
  TEXT,
  /** The JSON report of design.md, for programs. */
  JSON,
  /** RFC 4180 tables for spreadsheets ({@code org.unsdcf.report.CsvTables}). */
  CSV,
  /** A SARIF 2.1.0 log for code-scanning tools ({@code validate} only). */
  SARIF,
  /** JUnit XML for CI systems ({@code validate} only). */
  JUNIT
}
