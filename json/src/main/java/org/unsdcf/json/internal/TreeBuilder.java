package org.unsdcf.json.internal;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.unsdcf.json.ReadProblemCode;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;

/**
 * Reads one JSON value from a jackson-core parser into {@link Node}s, checking the limits of
 * design.md §5.1 at the token that crosses them, marking repeated member names, and stopping at a
 * {@code formatVersion} other than 1. Jackson's own exceptions pass through to the caller.
 */
public final class TreeBuilder {
  private final JsonParser parser;
  private final Limits limits;
  private final boolean hostMarks;
  private final String basePath;

  /** Escaped member names, and for arrays an {@code int[1]} holding the current index. */
  private final List<Object> path = new ArrayList<>();

  private long tokens;

  /**
   * Creates a builder.
   *
   * @param parser the parser, positioned before (document) or on (host) the first token
   * @param limits the limits
   * @param hostMarks true to mark positions with the parser's own line and column (a host
   *     document), false for byte offsets
   * @param basePath the pointer of the value in its document
   */
  public TreeBuilder(JsonParser parser, Limits limits, boolean hostMarks, String basePath) {
    this.parser = parser;
    this.limits = limits;
    this.hostMarks = hostMarks;
    this.basePath = basePath;
  }

  /**
   * Gets the pointer of where the parser is.
   *
   * @return the JSON pointer
   */
  public String currentPath() {
    StringBuilder s = new StringBuilder(basePath);
    for (Object segment : path) {
      s.append('/').append(segment(segment));
    }
    return s.toString();
  }

  /**
   * Reads the next token, counting it.
   *
   * @return the token, or null at the end of input
   */
  public JsonToken next() {
    JsonToken t = parser.nextToken();
    if (t != null && ++tokens > limits.tokens()) {
      throw fatal(
          ReadProblemCode.LIMIT_TOKENS,
          mark(),
          "document has more than " + limits.tokens() + " tokens");
    }
    return t;
  }

  /**
   * Gets the mark of the current token.
   *
   * @return the mark
   */
  public long mark() {
    return mark(parser.currentTokenLocation());
  }

  /**
   * Gets the mark of a location.
   *
   * @param location the location
   * @return the mark
   */
  public long mark(TokenStreamLocation location) {
    return hostMarks
        ? Locator.pack(location.getLineNr(), location.getColumnNr())
        : location.getByteOffset();
  }

  /**
   * Reads the value starting at the current token.
   *
   * @param token the current token
   * @param plan true if the value is a plan object, whose {@code formatVersion} is checked
   * @return the value
   */
  public Node value(JsonToken token, boolean plan) {
    return value(token, 0, plan);
  }

  private Node value(JsonToken token, int depth, boolean plan) {
    long mark = mark();
    switch (token) {
      case START_OBJECT:
        return object(mark, depth + 1, plan);
      case START_ARRAY:
        return array(mark, depth + 1);
      case VALUE_STRING:
        if (parser.getStringLength() > limits.stringLength()) {
          throw fatal(
              ReadProblemCode.LIMIT_STRING_LENGTH,
              mark,
              "string is longer than " + limits.stringLength() + " characters");
        }
        return new Node.Str(mark, parser.getString());
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        String literal = parser.getString();
        if (literal.length() > limits.numberLength()) {
          throw fatal(
              ReadProblemCode.LIMIT_NUMBER_LENGTH,
              mark,
              "number is longer than " + limits.numberLength() + " characters");
        }
        return new Node.Num(mark, literal, token == JsonToken.VALUE_NUMBER_INT);
      case VALUE_TRUE:
        return new Node.Bool(mark, true);
      case VALUE_FALSE:
        return new Node.Bool(mark, false);
      case VALUE_NULL:
        return new Node.Null(mark);
      default:
        throw new AssertionError("unsdcf bug: unexpected token " + token);
    }
  }

  private void depth(int depth, long mark) {
    if (depth > limits.depth()) {
      throw fatal(
          ReadProblemCode.LIMIT_DEPTH,
          mark,
          "objects and arrays are nested deeper than " + limits.depth() + " levels");
    }
  }

  private Node object(long mark, int depth, boolean plan) {
    depth(depth, mark);
    Node.Obj o = new Node.Obj(mark);
    // Most objects have a handful of members: scan them for a repeat, hash only large objects.
    Set<String> seen = null;
    JsonToken t;
    while ((t = next()) == JsonToken.PROPERTY_NAME) {
      String name = parser.currentName();
      long nameMark = mark();
      path.add(Paths.escape(name));
      if (name.length() > limits.nameLength()) {
        throw fatal(
            ReadProblemCode.LIMIT_NAME_LENGTH,
            nameMark,
            "member name is longer than " + limits.nameLength() + " characters");
      }
      boolean duplicate;
      if (seen != null) {
        duplicate = !seen.add(name);
      } else {
        duplicate = isMember(o, name);
        if (o.members.size() >= 16) {
          seen = new HashSet<>();
          for (Node.Member m : o.members) {
            seen.add(m.name);
          }
          seen.add(name);
        }
      }
      Node.Member member = new Node.Member(name, nameMark, duplicate);
      o.members.add(member);
      JsonToken valueToken = next();
      if (plan && !member.duplicate && name.equals("formatVersion")) {
        version(valueToken);
      }
      member.value = value(valueToken, depth, false);
      path.remove(path.size() - 1);
    }
    if (t != JsonToken.END_OBJECT) {
      throw new AssertionError("unsdcf bug: unexpected token " + t);
    }
    return o;
  }

  private void version(JsonToken token) {
    if (token == JsonToken.VALUE_NUMBER_INT) {
      String literal = parser.getString();
      if (literal.length() <= limits.numberLength()
          && !new BigInteger(literal).equals(BigInteger.ONE)) {
        throw fatal(
            ReadProblemCode.UNSUPPORTED_VERSION,
            mark(),
            "format version '" + literal + "' is not supported; this reader reads version 1");
      }
    }
  }

  private Node array(long mark, int depth) {
    depth(depth, mark);
    Node.Arr a = new Node.Arr(mark);
    String owner = path.isEmpty() ? "" : segment(path.get(path.size() - 1));
    int cap = Math.min(Caps.of(owner), limits.collection());
    int[] index = new int[1];
    JsonToken t;
    while ((t = next()) != JsonToken.END_ARRAY) {
      if (a.items.size() == cap) {
        throw fatal(
            ReadProblemCode.LIMIT_COLLECTION,
            mark,
            "list '" + owner + "' has more than " + cap + " elements");
      }
      index[0] = a.items.size();
      path.add(index);
      a.items.add(value(t, depth, false));
      path.remove(path.size() - 1);
    }
    return a;
  }

  private static String segment(Object segment) {
    return segment instanceof int[] index ? Integer.toString(index[0]) : (String) segment;
  }

  private static boolean isMember(Node.Obj o, String name) {
    for (Node.Member m : o.members) {
      if (m.name.equals(name)) {
        return true;
      }
    }
    return false;
  }

  private Fatal fatal(ReadProblemCode code, long mark, String message) {
    return new Fatal(new Found(code, currentPath(), mark, message), null);
  }
}
