package org.unsdcf.cli;

/** The layout {@code format} prints. */
enum Layout {
  /** 2-space indent, one member per line, final LF. */
  PRETTY,
  /** No whitespace, no final LF. */
  COMPACT
}
