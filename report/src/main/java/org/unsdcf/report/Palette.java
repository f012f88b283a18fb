package org.unsdcf.report;

import java.util.Locale;
import org.unsdcf.core.model.ProgressStatus;

/**
 * The page's colours. Each is chosen to pass WCAG 2.1 AA: text colours reach 4.5:1 against the page
 * background, chart marks reach 3:1 (non-text contrast) against the background and the bar track
 * they sit on. Status colours serve both, as text and as marks; a status is never shown by colour
 * alone (its words stand beside it).
 */
final class Palette {
  static final String BACKGROUND = "#ffffff";
  static final String TEXT = "#1f2328";
  static final String MUTED = "#57606a";
  static final String RULE = "#d0d7de";
  static final String TRACK = "#eaeef2";
  static final String HEADER_BACKGROUND = "#f6f8fa";
  static final String REQUIRED = "#0550ae";
  static final String AVAILABLE = "#1a7f37";
  static final String EXPENDITURE = "#8250df";
  static final String BASELINE = "#57606a";
  static final String TARGET = "#0550ae";
  static final String ACTUAL = "#1f2328";
  static final String ERROR = "#cf222e";
  static final String WARNING = "#7d4e00";
  static final String INFO = "#0550ae";

  private Palette() {}

  static String status(ProgressStatus status) {
    switch (status) {
      case ACHIEVED:
        return "#116329";
      case ON_TRACK:
        return "#1a7f37";
      case AT_RISK:
        return "#7d4e00";
      case OFF_TRACK:
        return "#bc4c00";
      case DETERIORATING:
        return "#cf222e";
      case NO_DATA:
        return "#57606a";
      case NOT_APPLICABLE:
        return "#656d76";
      default:
        throw new AssertionError("unsdcf bug: no colour for " + status);
    }
  }

  private static final String[] WORDS = words();
  private static final String[] LOWER_WORDS = lowerWords();

  /** The words a status is shown with ({@code On track}). */
  static String words(ProgressStatus status) {
    return WORDS[status.ordinal()];
  }

  /** The words of a status in lower case, as sentences show them ({@code on track}). */
  static String lowerWords(ProgressStatus status) {
    return LOWER_WORDS[status.ordinal()];
  }

  private static String[] lowerWords() {
    String[] lower = new String[WORDS.length];
    for (int i = 0; i < WORDS.length; i++) {
      lower[i] = WORDS[i].toLowerCase(Locale.ROOT);
    }
    return lower;
  }

  private static String[] words() {
    ProgressStatus[] all = ProgressStatus.values();
    String[] words = new String[all.length];
    for (ProgressStatus status : all) {
      String lower = status.name().toLowerCase(Locale.ROOT).replace('_', ' ');
      words[status.ordinal()] = Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }
    return words;
  }

  /** WCAG 2.1 contrast ratio of two {@code #rrggbb} colours, 1 to 21. */
  static double contrast(String a, String b) {
    double la = luminance(a);
    double lb = luminance(b);
    return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
  }

  private static double luminance(String colour) {
    int rgb = Integer.parseInt(colour.substring(1), 16);
    return 0.2126 * channel(rgb >> 16) + 0.7152 * channel(rgb >> 8) + 0.0722 * channel(rgb);
  }

  private static double channel(int value) {
    double c = (value & 0xFF) / 255.0;
    return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
  }
}
