package org.unsdcf.json.internal;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.time.LocalDate;
import java.time.Year;
import java.util.function.Predicate;
import org.unsdcf.core.internal.Checks;
import org.unsdcf.core.internal.Lexical;
import org.unsdcf.json.ReadProblemCode;

/**
 * The scalar checks of design.md §3.1 and §11 as the diagnosing reader reports them: core's rules
 * ({@link Lexical}, {@link Checks}), each failure reported with its problem code at the value and
 * null returned.
 */
final class Scalars {
  private static final int URI_MAX = 2_000;

  private final Ctx ctx;

  Scalars(Ctx ctx) {
    this.ctx = ctx;
  }

  /**
   * Quotes a value for a message: control characters and lone surrogates escaped, long text cut.
   */
  static String quote(String s) {
    StringBuilder b = new StringBuilder("'");
    int shown = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (shown == 100) {
        b.append("...");
        break;
      }
      boolean pair =
          Character.isHighSurrogate(c)
              && i + 1 < s.length()
              && Character.isLowSurrogate(s.charAt(i + 1));
      if (pair) {
        b.append(c).append(s.charAt(++i));
      } else if (c < 0x20 || c == 0x7f || Character.isSurrogate(c)) {
        b.append(String.format("\\u%04X", (int) c));
      } else {
        b.append(c);
      }
      shown++;
    }
    return b.append('\'').toString();
  }

  private boolean present(Node n, String path) {
    if (n instanceof Node.Null) {
      ctx.report(ReadProblemCode.NULL_NOT_ALLOWED, path, n.mark, "null is not allowed");
      return false;
    }
    return true;
  }

  void mismatch(Node n, String path, String expected) {
    String shown =
        n instanceof Node.Str
            ? "the string " + quote(((Node.Str) n).value)
            : n instanceof Node.Num ? "the number " + quote(((Node.Num) n).literal) : n.kind();
    ctx.report(
        ReadProblemCode.TYPE_MISMATCH, path, n.mark, "expected " + expected + ", but was " + shown);
  }

  /** A string of any content, or null after reporting. */
  String string(Node n, String path) {
    if (!present(n, path)) {
      return null;
    }
    if (!(n instanceof Node.Str)) {
      mismatch(n, path, "a string");
      return null;
    }
    return ((Node.Str) n).value;
  }

  String pattern(Node n, String path, Predicate<String> rule, String what) {
    String s = string(n, path);
    if (s == null) {
      return null;
    }
    if (!rule.test(s)) {
      ctx.report(ReadProblemCode.PATTERN, path, n.mark, what + " " + quote(s) + " " + rule(what));
      return null;
    }
    return s;
  }

  private static String rule(String what) {
    switch (what) {
      case "code":
        return "must be 1 to 64 letters, digits or . _ : / - starting with a letter or digit";
      case "country":
        return "must be an ISO 3166-1 alpha-3 code";
      case "currency":
        return "must be an ISO 4217 code";
      case "SDG target":
        return "must be an SDG target code such as 5.2";
      case "SDG indicator":
        return "must be an SDG indicator code such as 5.2.1";
      case "GCM objective":
        return "must be a GCM objective number from 1 to 99";
      case "vocabulary":
        return "must be upper-case letters, digits and _, at most 32, starting with a letter";
      default:
        throw new AssertionError("unsdcf bug: no rule for " + what);
    }
  }

  String code(Node n, String path) {
    return pattern(n, path, Lexical::isCode, "code");
  }

  String name(Node n, String path) {
    return text(n, path, Checks.NAME_MAX, false);
  }

  String text(Node n, String path) {
    return text(n, path, Checks.TEXT_MAX, true);
  }

  private String text(Node n, String path, int max, boolean lineBreaks) {
    String s = string(n, path);
    if (s == null) {
      return null;
    }
    if (s.isBlank()) {
      ctx.report(ReadProblemCode.TEXT_BLANK, path, n.mark, "text " + quote(s) + " is blank");
      return null;
    }
    int count = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < s.length()
          && Character.isLowSurrogate(s.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        ctx.report(
            ReadProblemCode.TEXT_SURROGATE,
            path,
            n.mark,
            "text " + quote(s) + " contains an unpaired surrogate");
        return null;
      } else if ((c < 0x20 || c == 0x7f)
          && !(lineBreaks && (c == '\t' || c == '\n' || c == '\r'))) {
        ctx.report(
            ReadProblemCode.TEXT_CONTROL_CHAR,
            path,
            n.mark,
            "text " + quote(s) + String.format(" contains control character U+%04X", (int) c));
        return null;
      }
      count++;
    }
    if (count > max) {
      ctx.report(
          ReadProblemCode.TEXT_TOO_LONG,
          path,
          n.mark,
          "text " + quote(s) + " has " + count + " code points, more than " + max);
      return null;
    }
    return s;
  }

  LocalDate date(Node n, String path) {
    String s = string(n, path);
    if (s == null) {
      return null;
    }
    if (!Lexical.isDateShape(s)) {
      ctx.report(
          ReadProblemCode.DATE_FORMAT, path, n.mark, "date " + quote(s) + " must be yyyy-MM-dd");
      return null;
    }
    LocalDate date = Lexical.calendarDate(s);
    if (date == null) {
      ctx.report(
          ReadProblemCode.DATE_INVALID,
          path,
          n.mark,
          "date " + quote(s) + " is not a valid calendar date");
      return null;
    }
    if (!Checks.isInDateRange(date)) {
      ctx.report(
          ReadProblemCode.DATE_RANGE,
          path,
          n.mark,
          "date " + quote(s) + " must be from " + Checks.MIN_DATE + " to " + Checks.MAX_DATE);
      return null;
    }
    return date;
  }

  /** An integer member in [min, max]; a non-integer token is TYPE_MISMATCH. */
  Integer integer(Node n, String path, int min, int max, String what) {
    if (!present(n, path)) {
      return null;
    }
    if (!(n instanceof Node.Num) || !((Node.Num) n).integer) {
      mismatch(n, path, "an integer");
      return null;
    }
    String literal = ((Node.Num) n).literal;
    BigInteger value = new BigInteger(literal);
    if (value.compareTo(BigInteger.valueOf(min)) < 0
        || value.compareTo(BigInteger.valueOf(max)) > 0) {
      ctx.report(
          ReadProblemCode.NUMBER_RANGE,
          path,
          n.mark,
          what + " " + quote(literal) + " must be from " + min + " to " + max);
      return null;
    }
    return value.intValue();
  }

  Year year(Node n, String path) {
    Integer y = integer(n, path, Checks.MIN_YEAR, Checks.MAX_YEAR, "year");
    return y == null ? null : Year.of(y);
  }

  /**
   * A Decimal: the literal's precision, scale and exponent are bounded before any arithmetic, then
   * the value is below 10^15 and normalised.
   */
  BigDecimal decimal(Node n, String path) {
    if (!present(n, path)) {
      return null;
    }
    if (!(n instanceof Node.Num)) {
      mismatch(n, path, "a number");
      return null;
    }
    String literal = ((Node.Num) n).literal;
    if (!Lexical.isBoundedDecimal(literal)) {
      ctx.report(
          ReadProblemCode.NUMBER_PRECISION,
          path,
          n.mark,
          "number "
              + quote(literal)
              + " has more than 34 significant digits or more than 20 decimal places either way");
      return null;
    }
    BigDecimal value = new BigDecimal(literal);
    if (value.abs().compareTo(Checks.DECIMAL_LIMIT) >= 0) {
      ctx.report(
          ReadProblemCode.NUMBER_RANGE,
          path,
          n.mark,
          "number " + quote(literal) + " must be below 10^15 in absolute value");
      return null;
    }
    return Checks.normalise(value);
  }

  URI uri(Node n, String path) {
    String s = string(n, path);
    if (s == null) {
      return null;
    }
    String problem = Checks.uriProblem(s);
    if (problem != null) {
      ctx.report(ReadProblemCode.URI_INVALID, path, n.mark, "URI " + quote(s) + " " + problem);
      return null;
    }
    return URI.create(s);
  }

  Boolean bool(Node n, String path) {
    if (!present(n, path)) {
      return null;
    }
    if (!(n instanceof Node.Bool)) {
      mismatch(n, path, "true or false");
      return null;
    }
    return ((Node.Bool) n).value;
  }

  Enum<?> enumeration(Node n, String path, Class<? extends Enum<?>> type) {
    String s = string(n, path);
    if (s == null) {
      return null;
    }
    Enum<?>[] constants = type.getEnumConstants();
    for (Enum<?> e : constants) {
      if (e.name().equals(s)) {
        return e;
      }
    }
    StringBuilder names = new StringBuilder();
    for (Enum<?> e : constants) {
      names.append(names.length() == 0 ? "" : ", ").append(e.name());
    }
    ctx.report(ReadProblemCode.UNKNOWN_ENUM, path, n.mark, quote(s) + " is not one of " + names);
    return null;
  }
}
