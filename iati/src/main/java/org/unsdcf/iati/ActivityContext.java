package org.unsdcf.iati;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the mapping of one activity shares: the problem log, the language kept among narratives, and
 * the readers of narratives, dates and years that report what they change.
 */
final class ActivityContext {

  private final ProblemLog log;
  private final String language;
  private boolean languageCaseReported;

  ActivityContext(ProblemLog log, String language) {
    this.log = log;
    this.language = language;
  }

  ProblemLog log() {
    return log;
  }

  /** Reports an upper-case {@code xml:lang} once per activity (D-Portal writes {@code EN}). */
  void checkLanguage(ActivityNode node) {
    Optional<String> lang = node.attribute(ActivityNode.XML_LANG);
    if (lang.isPresent()
        && !languageCaseReported
        && !lang.get().equals(lang.get().toLowerCase(Locale.ROOT))) {
      languageCaseReported = true;
      log.addAttribute(
          IatiProblemCode.LANGUAGE_CASE,
          node,
          ActivityNode.XML_LANG,
          "xml:lang "
              + ImportTexts.quote(lang.get())
              + " is not lower case (read ignoring case; reported once per activity)");
    }
  }

  /**
   * The narrative kept from an element: the configured language, else one without a language, else
   * the first.
   */
  Optional<String> narrativeText(ActivityNode element) {
    ActivityNode kept = null;
    int count = 0;
    for (int i = 0; i < element.childCount(); i++) {
      ActivityNode n = element.child(i);
      if (isNarrative(n)) {
        checkLanguage(n);
        if (!n.textIsBlank()) {
          count++;
          kept = kept == null ? n : kept;
        }
      }
    }
    if (kept == null) {
      return Optional.empty();
    }
    if (count > 1) {
      // Among the non-blank narratives, in order: the first in the language, else the first
      // without a language, else the first.
      for (int i = 0; i < element.childCount(); i++) {
        ActivityNode n = element.child(i);
        if (!isNarrative(n) || n.textIsBlank()) {
          continue;
        }
        Optional<String> lang = n.attribute(ActivityNode.XML_LANG);
        if (lang.isPresent() && lang.get().equalsIgnoreCase(language)) {
          kept = n;
          break;
        }
        if (lang.isEmpty() && kept.attribute(ActivityNode.XML_LANG).isPresent()) {
          kept = n;
        }
      }
      log.add(
          IatiProblemCode.OTHER_LANGUAGES,
          element,
          "the element has "
              + count
              + " narratives; the one in "
              + kept.attribute(ActivityNode.XML_LANG).orElse("the activity's language")
              + " is kept, the others are not imported");
    }
    if (kept.textCut()) {
      log.add(IatiProblemCode.TEXT_CHANGED, kept, "the narrative was cut to its first characters");
    }
    return Optional.of(kept.text());
  }

  private static boolean isNarrative(ActivityNode n) {
    return !n.foreign && n.name.equals("narrative");
  }

  /** A Name from an element's narrative, reporting changes. */
  Optional<String> name(Optional<ActivityNode> element, ActivityNode owner, String what) {
    if (element.isEmpty()) {
      return Optional.empty();
    }
    Optional<ImportTexts.Cleaned> c = narrativeText(element.get()).flatMap(ImportTexts::name);
    c.filter(ImportTexts.Cleaned::changed)
        .ifPresent(
            x ->
                log.add(
                    IatiProblemCode.TEXT_CHANGED,
                    element.get(),
                    what
                        + ": line breaks or control characters became spaces, or the text was cut to "
                        + ImportTexts.NAME_MAX
                        + " characters"));
    return c.map(ImportTexts.Cleaned::value);
  }

  /** A Text from an element's narrative, reporting changes. */
  Optional<String> text(ActivityNode element, String what) {
    Optional<ImportTexts.Cleaned> c = narrativeText(element).flatMap(ImportTexts::text);
    c.filter(ImportTexts.Cleaned::changed)
        .ifPresent(
            x ->
                log.add(
                    IatiProblemCode.TEXT_CHANGED,
                    element,
                    what
                        + ": control characters became spaces, or the text was cut to "
                        + ImportTexts.TEXT_MAX
                        + " characters"));
    return c.map(ImportTexts.Cleaned::value);
  }

  /** An ISO date attribute in 1945–2100, else empty with a BAD_DATE problem (none when absent). */
  Optional<LocalDate> date(ActivityNode node, String attribute) {
    Optional<String> raw = node.attribute(attribute).map(String::strip);
    if (raw.isEmpty()) {
      return Optional.empty();
    }
    LocalDate d = isoDate(raw.get());
    if (d == null || d.getYear() < 1945 || d.getYear() > 2100) {
      log.addAttribute(
          IatiProblemCode.BAD_DATE,
          node,
          attribute,
          "date "
              + ImportTexts.quote(raw.get())
              + " is not an ISO date in 1945–2100; not imported");
      return Optional.empty();
    }
    return Optional.of(d);
  }

  /**
   * The date at the start of {@code s}, or null: what {@code LocalDate.parse} gives for the first
   * ten characters when {@code s} matches {@code ([0-9]{4}-[0-9]{2}-[0-9]{2}).*} (so the rest holds
   * no line terminator), without a regular expression or a formatter.
   */
  static LocalDate isoDate(String s) {
    if (s.length() < 10) {
      return null;
    }
    for (int i = 0; i < 10; i++) {
      char c = s.charAt(i);
      boolean ok = i == 4 || i == 7 ? c == '-' : c >= '0' && c <= '9';
      if (!ok) {
        return null;
      }
    }
    for (int i = 10; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
        return null;
      }
    }
    try {
      return LocalDate.of(digits(s, 0, 4), digits(s, 5, 7), digits(s, 8, 10));
    } catch (DateTimeException e) {
      return null;
    }
  }

  private static int digits(String s, int from, int to) {
    int n = 0;
    for (int i = from; i < to; i++) {
      n = n * 10 + (s.charAt(i) - '0');
    }
    return n;
  }

  static Optional<Integer> year(String s) {
    if (!ImportTexts.isDigits(s, 4)) {
      return Optional.empty();
    }
    int y = Integer.parseInt(s);
    return y < 1945 || y > 2100 ? Optional.empty() : Optional.of(y);
  }

  /** Reports a child element with content that the mapping does not take. */
  void notImported(ActivityNode parent, String child) {
    for (ActivityNode c : parent.children(child)) {
      if (narrativeText(c).isPresent()) {
        log.add(
            IatiProblemCode.NOT_IMPORTED,
            c,
            "the " + child + " of " + parent.name + " is not imported");
      }
    }
  }

  /** Reports, once per name, every child element outside {@code mapped} that holds anything. */
  void notImportedElements(ActivityNode parent, Set<String> mapped) {
    Map<String, List<ActivityNode>> others = new LinkedHashMap<>();
    for (int i = 0; i < parent.childCount(); i++) {
      ActivityNode c = parent.child(i);
      if ((c.foreign || !mapped.contains(c.name)) && hasContent(c)) {
        others.computeIfAbsent(c.name, k -> new ArrayList<>()).add(c);
      }
    }
    for (Map.Entry<String, List<ActivityNode>> e : others.entrySet()) {
      int n = e.getValue().size();
      log.add(
          IatiProblemCode.NOT_IMPORTED,
          e.getValue().get(0),
          "element " + e.getKey() + (n > 1 ? " (" + n + " times)" : "") + " is not imported");
    }
  }

  static boolean hasContent(ActivityNode n) {
    if (!n.textIsBlank()) {
      return true;
    }
    for (int i = 0; i < n.attributeCount(); i++) {
      if (!n.attributeName(i).equals(ActivityNode.XML_LANG) && !n.attributeValue(i).isBlank()) {
        return true;
      }
    }
    for (int i = 0; i < n.childCount(); i++) {
      if (hasContent(n.child(i))) {
        return true;
      }
    }
    return false;
  }
}
