package org.unsdcf.iati;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What the mapping of one activity shares: the problem log, the language kept among narratives, and
 * the readers of narratives, dates and years that report what they change.
 */
final class ActivityContext {
  private static final Pattern ISO_DATE = Pattern.compile("([0-9]{4}-[0-9]{2}-[0-9]{2}).*");

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
    List<ActivityNode> all = new ArrayList<>();
    for (ActivityNode n : element.children("narrative")) {
      checkLanguage(n);
      if (!n.text().isBlank()) {
        all.add(n);
      }
    }
    if (all.isEmpty()) {
      return Optional.empty();
    }
    ActivityNode kept = all.get(0);
    for (ActivityNode n : all) {
      Optional<String> lang = n.attribute(ActivityNode.XML_LANG);
      if (lang.isPresent() && lang.get().equalsIgnoreCase(language)) {
        kept = n;
        break;
      }
      if (lang.isEmpty() && kept.attribute(ActivityNode.XML_LANG).isPresent()) {
        kept = n;
      }
    }
    if (all.size() > 1) {
      log.add(
          IatiProblemCode.OTHER_LANGUAGES,
          element,
          "the element has "
              + all.size()
              + " narratives; the one in "
              + kept.attribute(ActivityNode.XML_LANG).orElse("the activity's language")
              + " is kept, the others are not imported");
    }
    if (kept.textCut()) {
      log.add(IatiProblemCode.TEXT_CHANGED, kept, "the narrative was cut to its first characters");
    }
    return Optional.of(kept.text());
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
    var m = ISO_DATE.matcher(raw.get());
    LocalDate d = null;
    if (m.matches()) {
      try {
        d = LocalDate.parse(m.group(1));
      } catch (DateTimeParseException e) {
        d = null;
      }
    }
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
    for (ActivityNode c : parent.children) {
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
    if (!n.text().isBlank()
        || n.attributes.stream()
            .anyMatch(a -> !a[0].equals(ActivityNode.XML_LANG) && !a[1].isBlank())) {
      return true;
    }
    for (ActivityNode c : n.children) {
      if (hasContent(c)) {
        return true;
      }
    }
    return false;
  }
}
