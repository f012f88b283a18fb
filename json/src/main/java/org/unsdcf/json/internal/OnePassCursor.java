package org.unsdcf.json.internal;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.unsdcf.core.internal.Checks;
import org.unsdcf.core.internal.Lexical;
import org.unsdcf.core.units.IndicatorUnit;
import org.unsdcf.core.units.UnitCatalogue;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.sym.PropertyNameMatcher;
import tools.jackson.core.util.Named;

/**
 * The token-level half of {@link OnePassReader}: the next token, member indexes, scalars checked
 * with core's {@link Lexical} and {@link Checks}, lists with their caps, and the limits of
 * design.md §5.1. Anything not exactly as the format requires throws {@link GiveUp}; nothing here
 * records a position or a path.
 */
final class OnePassCursor {
  /** Thrown at the first irregularity; the caller then reads the document with diagnostics. */
  static final class GiveUp extends RuntimeException {
    private static final long serialVersionUID = 1L;

    GiveUp() {
      super("not a clean plan", null, false, false);
    }
  }

  private static final GiveUp GIVE_UP = new GiveUp();

  /** How many characters a decimal integer literal may have to fit a long below 10^15. */
  private static final int SHORT_INTEGER = 15;

  private final JsonParser parser;
  private final Limits limits;
  private long tokens;
  private int depth;

  /** True when a list has read its element's first token, for the element's reader to take. */
  private boolean replay;

  OnePassCursor(JsonParser parser, Limits limits) {
    this.parser = parser;
    this.limits = limits;
  }

  /** Gives up. */
  static GiveUp giveUp() {
    return GIVE_UP;
  }

  /** Whether the document ended after its one value, within the token limit. */
  boolean endsCleanly() {
    return parser.nextToken() == null && tokens <= limits.tokens();
  }

  JsonToken next() {
    if (replay) {
      replay = false;
      return parser.currentToken();
    }
    JsonToken token = parser.nextToken();
    if (token != null) {
      tokens++;
    }
    return token;
  }

  /** Opens an object. */
  void startObject() {
    if (next() != JsonToken.START_OBJECT) {
      throw GIVE_UP;
    }
    enter();
  }

  /**
   * The member names of one type, matched straight from the input bytes as databind matches
   * properties, without looking each name up in the parser's symbol table.
   */
  static final class Names {
    private static final JsonFactory FACTORY = new JsonFactory();
    private final PropertyNameMatcher matcher;
    private final int[] lengths;

    private Names(List<String> names) {
      this.lengths = names.stream().mapToInt(String::length).toArray();
      this.matcher =
          FACTORY.constructNameMatcher(
              names.stream().map(String::intern).map(Named::fromString).toList(), true);
    }

    static Names of(List<String> names) {
      return new Names(names);
    }
  }

  /**
   * The index of the next member name of the open object among the type's names, or -1 at its end
   * (which closes it); a name the type does not define gives up.
   */
  int member(Names type) {
    int index = parser.nextNameMatch(type.matcher);
    tokens++;
    if (index >= 0) {
      if (type.lengths[index] > limits.nameLength()) {
        throw GIVE_UP;
      }
      return index;
    }
    if (index != PropertyNameMatcher.MATCH_END_OBJECT) {
      throw GIVE_UP;
    }
    depth--;
    return -1;
  }

  /** The next member name of an open object of any names, or null at its end (which closes it). */
  String member() {
    String name = parser.nextName();
    tokens++;
    if (name == null) {
      if (parser.currentToken() != JsonToken.END_OBJECT) {
        throw GIVE_UP;
      }
      depth--;
      return null;
    }
    if (name.length() > limits.nameLength()) {
      throw GIVE_UP;
    }
    return name;
  }

  /**
   * Reads a list.
   *
   * @param cap the member's cap (design.md §5.1), within the limits' own
   * @param element reads one element from its first token
   * @return the elements
   */
  <T> List<T> list(int cap, Supplier<T> element) {
    if (next() != JsonToken.START_ARRAY) {
      throw GIVE_UP;
    }
    enter();
    int most = Math.min(cap, limits.collection());
    List<T> items = new ArrayList<>();
    while (next() != JsonToken.END_ARRAY) {
      if (items.size() == most) {
        throw GIVE_UP;
      }
      replay = true;
      items.add(element.get());
    }
    depth--;
    return items;
  }

  /** A {@code T+} list: at least one element. */
  <T> List<T> nonEmpty(int cap, Supplier<T> element) {
    List<T> items = list(cap, element);
    if (items.isEmpty()) {
      throw GIVE_UP;
    }
    return items;
  }

  private void enter() {
    if (++depth > limits.depth()) {
      throw GIVE_UP;
    }
  }

  /**
   * A string within the length limit. Codes, Names and Texts are read with this alone: core's
   * builders check every such member on construction (core's CodeRulesTest, NameRulesTest and
   * TextRulesTest, member by member, with the rules of design.md §3.1), and a failed check gives up
   * like any other; checking here too would scan every string of the document twice.
   */
  String string() {
    if (next() != JsonToken.VALUE_STRING || parser.getStringLength() > limits.stringLength()) {
      throw GIVE_UP;
    }
    return parser.getString();
  }

  /** A string the rule accepts. */
  String matching(Predicate<String> rule) {
    String s = string();
    if (!rule.test(s)) {
      throw GIVE_UP;
    }
    return s;
  }

  LocalDate date() {
    LocalDate date = Lexical.date(string());
    if (date == null) {
      throw GIVE_UP;
    }
    return date;
  }

  URI uri() {
    String s = string();
    if (Checks.uriProblem(s) != null) {
      throw GIVE_UP;
    }
    return URI.create(s);
  }

  /** One of an enumeration's constants, by name. */
  Enum<?> constant(Enum<?>[] constants) {
    // A few constants each: comparing names beats hashing a freshly decoded string.
    String s = string();
    for (Enum<?> constant : constants) {
      if (constant.name().equals(s)) {
        return constant;
      }
    }
    throw GIVE_UP;
  }

  IndicatorUnit unit() {
    Optional<IndicatorUnit> unit = UnitCatalogue.lookup(string());
    return unit.orElseThrow(OnePassCursor::giveUp);
  }

  boolean bool() {
    JsonToken token = next();
    if (token != JsonToken.VALUE_TRUE && token != JsonToken.VALUE_FALSE) {
      throw GIVE_UP;
    }
    return token == JsonToken.VALUE_TRUE;
  }

  /** An integer token within [min, max]. */
  int integer(int min, int max) {
    if (next() != JsonToken.VALUE_NUMBER_INT
        || parser.getStringLength() > limits.numberLength()
        || parser.getNumberType() != JsonParser.NumberType.INT) {
      throw GIVE_UP;
    }
    int value = parser.getIntValue();
    if (value < min || value > max) {
      throw GIVE_UP;
    }
    return value;
  }

  Year year() {
    return Year.of(integer(Checks.MIN_YEAR, Checks.MAX_YEAR));
  }

  /** The next token, left for the next read to take again. */
  JsonToken peek() {
    JsonToken token = next();
    replay = true;
    return token;
  }

  /** A Decimal: bounded, below 10^15, normalised. */
  BigDecimal decimal() {
    JsonToken token = next();
    if (token != JsonToken.VALUE_NUMBER_INT && token != JsonToken.VALUE_NUMBER_FLOAT) {
      throw GIVE_UP;
    }
    int length = parser.getStringLength();
    if (length > limits.numberLength()) {
      throw GIVE_UP;
    }
    if (token == JsonToken.VALUE_NUMBER_INT && length <= SHORT_INTEGER) {
      // An integer literal has scale 0 and no trailing zeros to strip: already normalised.
      return BigDecimal.valueOf(parser.getLongValue());
    }
    String literal = parser.getString();
    if (!Lexical.isBoundedDecimal(literal)) {
      throw GIVE_UP;
    }
    BigDecimal value = new BigDecimal(literal);
    if (value.abs().compareTo(Checks.DECIMAL_LIMIT) >= 0) {
      throw GIVE_UP;
    }
    return Checks.normalise(value);
  }
}
