package org.unsdcf.cli;

/** How a command prints its report. */
enum OutputFormat {
  /** Lines for people. */
  TEXT,
  /** The JSON report of design.md, for programs. */
  JSON
}
