package org.unsdcf.json.internal;

/**
 * Stops reading: a syntax, encoding or limit problem, after which nothing more is read. Carries no
 * stack trace; it never leaves the reader.
 */
public final class Fatal extends RuntimeException {
  /** The problem. */
  private final transient Found found;

  Fatal(Found found, Throwable cause) {
    super(found.message(), cause, false, false);
    this.found = found;
  }

  /**
   * Gets the problem.
   *
   * @return the problem
   */
  public Found found() {
    return found;
  }
}
