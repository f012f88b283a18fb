package org.unsdcf.json.internal;

/**
 * The reader's limits (design.md §5.1), each at most its default.
 *
 * @param documentSize the largest document, in bytes
 * @param depth the deepest nesting of objects and arrays
 * @param numberLength the longest number literal, in characters
 * @param stringLength the longest string value, in UTF-16 chars
 * @param nameLength the longest member name, in UTF-16 chars
 * @param tokens the most tokens in a document
 * @param collection a ceiling on every list's own cap
 */
public record Limits(
    long documentSize,
    int depth,
    int numberLength,
    int stringLength,
    int nameLength,
    long tokens,
    int collection) {
  /** The defaults, which are also the maxima. */
  public static final Limits DEFAULT =
      new Limits(64L * 1024 * 1024, 64, 64, 1_000_000, 256, 10_000_000L, 50_000);
}
