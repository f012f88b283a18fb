package org.unsdcf.iati;

/**
 * Thrown when a document is not IATI activity XML that can be read safely: not XML, not an {@code
 * iati-activities} document, a DTD or entity, or a passed limit.
 *
 * <p>Content that merely breaks the schema never throws; it is reported as a problem.
 */
public final class IatiReadException extends RuntimeException {
  /**
   * Creates an exception with a message that names what is wrong and where.
   *
   * @param message what is wrong and where
   */
  public IatiReadException(String message) {
    super(message);
  }

  /**
   * Creates an exception with a message and the parser's exception that caused it.
   *
   * @param message what is wrong and where
   * @param cause the underlying exception
   */
  public IatiReadException(String message, Throwable cause) {
    super(message, cause);
  }
}
