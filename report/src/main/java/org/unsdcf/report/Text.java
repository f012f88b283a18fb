package org.unsdcf.report;

/** Plain-text helpers, applied before any encoding. */
final class Text {
  private Text() {}

  /** Cuts text to at most {@code max} code points, ending in an ellipsis when cut. */
  static String shorten(String text, int max) {
    if (text.codePointCount(0, text.length()) <= max) {
      return text;
    }
    int end = text.offsetByCodePoints(0, Math.max(0, max - 1));
    return text.substring(0, end).stripTrailing() + "\u2026";
  }
}
