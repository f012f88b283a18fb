package org.unsdcf.json;

import java.io.Closeable;
import java.util.Iterator;
import java.util.List;

/**
 * Iterates over the lines of an NDJSON portfolio, one entry per line, reading one line at a time. A
 * bad line never stops iteration. I/O failures while iterating are thrown as {@link
 * java.io.UncheckedIOException}. Closing the cursor closes its stream. Not thread-safe.
 */
public interface PortfolioCursor extends Iterator<PortfolioEntry>, AutoCloseable, Closeable {
  /**
   * Gets the entries of the bad lines skipped so far, when the reader skips bad lines; otherwise
   * always empty, as bad lines are returned by {@link #next()}.
   *
   * @return the skipped entries, in file order, unmodifiable
   */
  List<PortfolioEntry> skipped();

  /**
   * Closes the stream.
   *
   * @throws java.io.UncheckedIOException if closing fails
   */
  @Override
  void close();
}
