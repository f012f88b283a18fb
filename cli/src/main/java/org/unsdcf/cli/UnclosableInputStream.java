package org.unsdcf.cli;

import java.io.FilterInputStream;
import java.io.InputStream;

/** Standard input, which a command reads but never closes. */
final class UnclosableInputStream extends FilterInputStream {
  UnclosableInputStream(InputStream in) {
    super(in);
  }

  @Override
  public void close() {
    // Standard input belongs to the process, not to the command.
  }
}
