package org.unsdcf.core.internal;

import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.Year;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import org.unsdcf.core.model.InvariantViolationException;

/**
 * Invariant checks shared by the value types: each throws {@link InvariantViolationException}
 * naming the type, the field and the bad value. The bounds are those of design.md §3.1.
 */
public final class Checks {
  /** The Code pattern: 1–64 characters, letters, digits and {@code . _ : / -}. */
  public static final Predicate<String> CODE = Lexical::isCode;

  /** ISO 3166-1 alpha-3 and ISO 4217 codes. */
  public static final Predicate<String> THREE_LETTERS = Lexical::isThreeLetters;

  /** An SDG target code, e.g. {@code 5.2} or {@code 17.a}. */
  public static final Predicate<String> SDG_TARGET = Lexical::isSdgTarget;

  /** An SDG indicator code, e.g. {@code 5.2.1}. */
  public static final Predicate<String> SDG_INDICATOR = Lexical::isSdgIndicator;

  /** A GCM objective number. */
  public static final Predicate<String> GCM_OBJECTIVE = Lexical::isGcmObjective;

  /** A tag vocabulary. */
  public static final Predicate<String> VOCABULARY = Lexical::isVocabulary;

  /** Sets this small are checked for repeats by comparing pairs, without hashing. */
  private static final int SMALL_SET = 8;

  /** The first and last year of the model. */
  public static final int MIN_YEAR = 1945;

  /** The last year of the model. */
  public static final int MAX_YEAR = 2100;

  /** The longest Name, in code points. */
  public static final int NAME_MAX = 1_000;

  /** The longest Text, in code points. */
  public static final int TEXT_MAX = 100_000;

  /** The longest URI, in characters. */
  public static final int URI_MAX = 2_000;

  /** The largest precision of a Decimal. */
  public static final int MAX_PRECISION = 34;

  /** The largest scale of a Decimal. */
  public static final int MAX_SCALE = 20;

  /** Decimals are strictly below this in absolute value. */
  public static final BigDecimal DECIMAL_LIMIT = BigDecimal.TEN.pow(15);

  private static final BigDecimal NEGATIVE_LIMIT = DECIMAL_LIMIT.negate();

  /** The first day of the model. */
  public static final LocalDate MIN_DATE = LocalDate.of(MIN_YEAR, 1, 1);

  /** The last day of the model. */
  public static final LocalDate MAX_DATE = LocalDate.of(MAX_YEAR, 12, 31);

  private Checks() {}

  /**
   * Throws unless the condition holds.
   *
   * @param condition what must hold
   * @param type the checked type's simple name
   * @param field the relative pointer to the offending member
   * @param value the offending value as JSON writes it
   * @param reason a {@link String#format} template for the reason, formatted with {@link
   *     Locale#ROOT}
   * @param args the template's arguments
   * @throws InvariantViolationException if the condition is false
   */
  public static void requireArgument(
      boolean condition, String type, String field, Object value, String reason, Object... args) {
    if (!condition) {
      throw violation(type, field, value, reason, args);
    }
  }

  /**
   * Creates the exception for a broken invariant.
   *
   * @param type the checked type's simple name
   * @param field the relative pointer to the offending member
   * @param value the offending value
   * @param reason a format template
   * @param args the template's arguments
   * @return the exception, to throw
   */
  public static InvariantViolationException violation(
      String type, String field, Object value, String reason, Object... args) {
    return new InvariantViolationException(
        type,
        field,
        json(value),
        args.length == 0 ? reason : String.format(Locale.ROOT, reason, args));
  }

  /**
   * Renders a value as JSON writes it, without quotes.
   *
   * @param value the value
   * @return its JSON text
   */
  public static String json(Object value) {
    if (value instanceof BigDecimal) {
      return ((BigDecimal) value).toPlainString();
    }
    return String.valueOf(value);
  }

  /**
   * Checks a Code.
   *
   * @param type the checked type
   * @param field the member
   * @param code the code
   * @return the code
   */
  public static String code(String type, String field, String code) {
    requireArgument(
        Lexical.isCode(code),
        type,
        field,
        code,
        "must be a code of 1 to 64 letters, digits or . _ : / - starting with a letter or digit");
    return code;
  }

  /**
   * Checks each element of a list of Codes and that the list has no duplicate.
   *
   * @param type the checked type
   * @param field the member
   * @param codes the codes
   */
  public static void codeSet(String type, String field, List<String> codes) {
    for (int i = 0; i < codes.size(); i++) {
      if (!Lexical.isCode(codes.get(i))) {
        code(type, field + "/" + i, codes.get(i));
      }
    }
    set(type, field, codes);
  }

  /**
   * Checks a Name: 1–1,000 code points, not blank, no control character, no unpaired surrogate.
   *
   * @param type the checked type
   * @param field the member
   * @param name the name
   * @return the name
   */
  public static String name(String type, String field, String name) {
    return string(type, field, -1, name, NAME_MAX, false);
  }

  /**
   * Checks each element of a list of Names and that the list has no duplicate.
   *
   * @param type the checked type
   * @param field the member
   * @param names the names
   */
  public static void nameSet(String type, String field, List<String> names) {
    nameList(type, field, names);
    set(type, field, names);
  }

  /**
   * Checks each element of a list of Names.
   *
   * @param type the checked type
   * @param field the member
   * @param names the names
   */
  public static void nameList(String type, String field, List<String> names) {
    for (int i = 0; i < names.size(); i++) {
      string(type, field, i, names.get(i), NAME_MAX, false);
    }
  }

  /**
   * Checks a Text: as a Name, up to 100,000 code points, TAB, LF and CR allowed.
   *
   * @param type the checked type
   * @param field the member
   * @param text the text
   * @return the text
   */
  public static String text(String type, String field, String text) {
    return string(type, field, -1, text, TEXT_MAX, true);
  }

  private static String string(
      String type, String field, int index, String s, int maxCodePoints, boolean lineBreaks) {
    // The field is named only when a check fails: these checks run once per string of every plan.
    if (s.isBlank()) {
      throw violation(type, at(field, index), s, "must not be blank");
    }
    int count = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= 0x20 && c < 0x7f) {
        count++;
      } else if (Character.isHighSurrogate(c)) {
        if (i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1))) {
          throw violation(type, at(field, index), s, "must not contain an unpaired surrogate");
        }
        i++;
        count++;
      } else if (Character.isLowSurrogate(c)) {
        throw violation(type, at(field, index), s, "must not contain an unpaired surrogate");
      } else if ((c < 0x20 || c == 0x7f)
          && !(lineBreaks && (c == '\t' || c == '\n' || c == '\r'))) {
        throw violation(
            type, at(field, index), s, "must not contain control character U+%04X", (int) c);
      } else {
        count++;
      }
      if (count > maxCodePoints) {
        throw violation(
            type, at(field, index), s, "must have at most %d code points", maxCodePoints);
      }
    }
    return s;
  }

  /** A list element's field, e.g. {@code agencies/2}; {@code index} -1 for the field itself. */
  private static String at(String field, int index) {
    return index < 0 ? field : field + "/" + index;
  }

  /**
   * Checks that a string matches a pattern.
   *
   * @param type the checked type
   * @param field the member
   * @param s the string
   * @param pattern the pattern
   * @param what what the pattern describes, e.g. {@code an SDG target code such as 5.2}
   * @return the string
   */
  public static String pattern(
      String type, String field, String s, Predicate<String> pattern, String what) {
    requireArgument(pattern.test(s), type, field, s, "must be %s", what);
    return s;
  }

  /**
   * Checks a list against a pattern element by element, and that it has no duplicate.
   *
   * @param type the checked type
   * @param field the member
   * @param list the strings
   * @param pattern the pattern
   * @param what what the pattern describes
   */
  public static void patternSet(
      String type, String field, List<String> list, Predicate<String> pattern, String what) {
    for (int i = 0; i < list.size(); i++) {
      if (!pattern.test(list.get(i))) {
        pattern(type, field + "/" + i, list.get(i), pattern, what);
      }
    }
    set(type, field, list);
  }

  /**
   * Checks that a list has no two equal elements; the later one is reported.
   *
   * @param type the checked type
   * @param field the member
   * @param list the list
   */
  public static void set(String type, String field, List<?> list) {
    if (list.size() <= SMALL_SET) {
      for (int i = 1; i < list.size(); i++) {
        Object element = list.get(i);
        for (int j = 0; j < i; j++) {
          if (element.equals(list.get(j))) {
            throw violation(
                type, field + "/" + i, element, "must not repeat an element of the set");
          }
        }
      }
      return;
    }
    Set<Object> seen = new HashSet<>();
    for (int i = 0; i < list.size(); i++) {
      Object element = list.get(i);
      if (!seen.add(element)) {
        throw violation(type, field + "/" + i, element, "must not repeat an element of the set");
      }
    }
  }

  /**
   * Checks that a list which must hold at least one element does.
   *
   * @param type the checked type
   * @param field the member
   * @param list the list
   */
  public static void nonEmpty(String type, String field, List<?> list) {
    requireArgument(!list.isEmpty(), type, field, "[]", "must have at least one element");
  }

  /**
   * Checks a Year: 1945–2100.
   *
   * @param type the checked type
   * @param field the member
   * @param year the year
   * @return the year
   */
  public static Year year(String type, String field, Year year) {
    requireArgument(
        year.getValue() >= MIN_YEAR && year.getValue() <= MAX_YEAR,
        type,
        field,
        year,
        "must be a year from %d to %d",
        MIN_YEAR,
        MAX_YEAR);
    return year;
  }

  /**
   * Checks a Date: 1945-01-01 to 2100-12-31.
   *
   * @param type the checked type
   * @param field the member
   * @param date the date
   * @return the date
   */
  public static LocalDate date(String type, String field, LocalDate date) {
    requireArgument(
        isInDateRange(date), type, field, date, "must be a date from %s to %s", MIN_DATE, MAX_DATE);
    return date;
  }

  /**
   * Tells whether a date lies within {@link #MIN_DATE} … {@link #MAX_DATE}.
   *
   * @param date the date
   * @return true if it is within the model's range
   */
  public static boolean isInDateRange(LocalDate date) {
    return !date.isBefore(MIN_DATE) && !date.isAfter(MAX_DATE);
  }

  /**
   * Normalises a Decimal ({@code stripTrailingZeros}, negative scale raised to 0) and checks its
   * bounds: precision at most 34, scale at most 20, absolute value below 10^15.
   *
   * @param type the checked type
   * @param field the member
   * @param value the value
   * @return the normalised value
   */
  public static BigDecimal decimal(String type, String field, BigDecimal value) {
    if (value.compareTo(DECIMAL_LIMIT) >= 0 || value.compareTo(NEGATIVE_LIMIT) <= 0) {
      throw violation(type, field, value.toString(), "must be below 10^15 in absolute value");
    }
    BigDecimal normal = normalise(value);
    requireArgument(
        normal.precision() <= MAX_PRECISION && normal.scale() <= MAX_SCALE,
        type,
        field,
        normal,
        "must have at most %d significant digits and %d decimal places",
        MAX_PRECISION,
        MAX_SCALE);
    return normal;
  }

  /**
   * Checks whether a decimal is already in normal form.
   *
   * @param value the value
   * @return true if {@link #normalise} would return an equal-scaled value
   */
  public static boolean isNormal(BigDecimal value) {
    return value.equals(normalise(value));
  }

  /**
   * Normalises a decimal: trailing zeros stripped, negative scale raised to 0, zero as {@code 0}.
   *
   * @param value the value
   * @return the normal form
   */
  public static BigDecimal normalise(BigDecimal value) {
    if (value.signum() == 0) {
      return BigDecimal.ZERO;
    }
    if (value.scale() == 0) {
      // Stripping an integer's trailing zeros and raising the scale back to 0 gives it back.
      return value;
    }
    if (value.scale() > 0 && value.unscaledValue().testBit(0)) {
      // An odd unscaled value has no trailing zero to strip (most quotients end so).
      return value;
    }
    BigDecimal stripped = value.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }

  /**
   * Checks a URI: absolute {@code http} or {@code https} with a host, no user information, at most
   * 2,000 characters, every {@code %XX} run decoding to well-formed UTF-8.
   *
   * @param type the checked type
   * @param field the member
   * @param uri the URI
   * @return the URI
   */
  public static URI uri(String type, String field, URI uri) {
    String s = uri.toString();
    requireArgument(
        s.length() <= URI_MAX, type, field, s, "must have at most %d characters", URI_MAX);
    String problem = uriProblem(s);
    requireArgument(problem == null, type, field, s, "%s", problem);
    return uri;
  }

  /**
   * Tells what is wrong with a URI's text, or {@code null} if it is an acceptable reference.
   *
   * @param s the text
   * @return the reason, or null
   */
  public static String uriProblem(String s) {
    if (s.length() > URI_MAX) {
      return "must have at most " + URI_MAX + " characters";
    }
    URI uri;
    try {
      uri = new URI(s);
    } catch (URISyntaxException e) {
      return "must be a valid URI";
    }
    String scheme = uri.getScheme();
    if (scheme == null || !(scheme.equals("http") || scheme.equals("https"))) {
      return "must be an absolute http or https URI";
    }
    if (uri.getHost() == null || uri.getRawAuthority() == null) {
      return "must have a host";
    }
    if (uri.getRawUserInfo() != null) {
      return "must not contain user information";
    }
    if (!percentRunsAreUtf8(s)) {
      return "must percent-encode only well-formed UTF-8";
    }
    return null;
  }

  private static boolean percentRunsAreUtf8(String s) {
    int i = 0;
    while (i < s.length()) {
      if (s.charAt(i) != '%') {
        i++;
        continue;
      }
      ByteBuffer bytes = ByteBuffer.allocate(s.length());
      while (i + 2 < s.length() && s.charAt(i) == '%') {
        int hi = Character.digit(s.charAt(i + 1), 16);
        int lo = Character.digit(s.charAt(i + 2), 16);
        if (hi < 0 || lo < 0) {
          return false;
        }
        bytes.put((byte) (hi * 16 + lo));
        i += 3;
      }
      if (i < s.length() && s.charAt(i) == '%') {
        return false;
      }
      bytes.flip();
      try {
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT)
            .decode(bytes);
      } catch (CharacterCodingException e) {
        return false;
      }
    }
    return true;
  }

  /**
   * Checks an integer within bounds.
   *
   * @param type the checked type
   * @param field the member
   * @param value the value
   * @param min the least allowed
   * @param max the greatest allowed
   * @return the value
   */
  public static int between(String type, String field, int value, int min, int max) {
    requireArgument(
        value >= min && value <= max, type, field, value, "must be from %d to %d", min, max);
    return value;
  }
}
