package org.unsdcf.json;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/**
 * Finds where RFC 6901 pointers (such as a {@code Finding}'s path) point in the bytes of a JSON
 * document, so that tools can show a finding at its line and column.
 *
 * <p>Rules:
 *
 * <ul>
 *   <li>A pointer to a value gives the value's first character (an object's <code>&#123;</code>, an
 *       array's <code>[</code>, a string's opening quote).
 *   <li>A pointer to an absent member gives its parent object's <code>&#123;</code>; more
 *       generally, the nearest enclosing value that is present.
 *   <li>Lines and columns are counted as {@link JsonLocation} says (design.md §5.2).
 *   <li>Any bytes are accepted: a document that is not valid JSON is located up to where it stops
 *       being JSON; a pointer with no present value on its way is not located.
 * </ul>
 *
 * <pre>{@code
 * JsonLocator locator = JsonLocator.of(bytes);
 * Optional<JsonLocation> at = locator.locate("/jointWorkPlans/0/endorsement/date");
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class JsonLocator {
  private static final JsonFactory FACTORY = new JsonFactory();

  private final byte[] bytes;
  private final int bomLength;
  private final int[] lineStarts;
  private final Map<String, Integer> offsets;

  private JsonLocator(byte[] bytes) {
    this.bytes = bytes;
    this.bomLength =
        bytes.length >= 3
                && (bytes[0] & 0xFF) == 0xEF
                && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF
            ? 3
            : 0;
    this.lineStarts = lineStarts(bytes, bomLength);
    this.offsets = index(bytes);
  }

  /**
   * Obtains a locator over a document, indexing every value's position once.
   *
   * @param document the document's bytes (UTF-8, optionally with a byte order mark); copied
   * @return the locator
   * @throws NullPointerException if {@code document} is null
   */
  public static JsonLocator of(byte[] document) {
    Objects.requireNonNull(document, "document");
    return new JsonLocator(document.clone());
  }

  /**
   * Finds where a pointer points.
   *
   * @param pointer an RFC 6901 JSON pointer ({@code ""} is the root)
   * @return the location of the value, else of its nearest present ancestor; empty if none is
   *     present (an empty or unparsable document)
   * @throws NullPointerException if {@code pointer} is null
   * @throws IllegalArgumentException if {@code pointer} is neither empty nor starts with {@code /}
   */
  public Optional<JsonLocation> locate(String pointer) {
    Objects.requireNonNull(pointer, "pointer");
    if (!pointer.isEmpty() && pointer.charAt(0) != '/') {
      throw new IllegalArgumentException(
          "pointer: must be empty or start with '/', but was '" + pointer + "'");
    }
    String at = pointer;
    while (true) {
      Integer offset = offsets.get(at);
      if (offset != null) {
        return Optional.of(location(offset));
      }
      if (at.isEmpty()) {
        return Optional.empty();
      }
      at = at.substring(0, at.lastIndexOf('/'));
    }
  }

  private JsonLocation location(int offset) {
    int i = Arrays.binarySearch(lineStarts, offset);
    int line = i >= 0 ? i : -i - 2;
    int column = 1;
    for (int b = lineStarts[line]; b < offset; b++) {
      if ((bytes[b] & 0xC0) != 0x80) {
        column++;
      }
    }
    return new JsonLocation(line + 1, column);
  }

  private static int[] lineStarts(byte[] bytes, int from) {
    int[] starts = new int[16];
    int lines = 1;
    starts[0] = from;
    for (int i = from; i < bytes.length; i++) {
      byte b = bytes[i];
      if (b == '\n' || (b == '\r' && (i + 1 >= bytes.length || bytes[i + 1] != '\n'))) {
        if (lines == starts.length) {
          starts = Arrays.copyOf(starts, lines * 2);
        }
        starts[lines++] = i + 1;
      }
    }
    return Arrays.copyOf(starts, lines);
  }

  private static Map<String, Integer> index(byte[] bytes) {
    Map<String, Integer> offsets = new HashMap<>();
    // Each open container: its pointer, and for an array the index of its next element (-1 for an
    // object, whose next member's name is in `name`).
    Deque<String> pointers = new ArrayDeque<>();
    Deque<int[]> nextIndex = new ArrayDeque<>();
    String name = null;
    // Only the root value is indexed: whatever follows it is not part of the document.
    try (JsonParser parser = FACTORY.createParser(ObjectReadContext.empty(), bytes)) {
      for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
        if (token == JsonToken.PROPERTY_NAME) {
          name = escape(parser.currentName());
          continue;
        }
        if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
          pointers.pop();
          nextIndex.pop();
          if (pointers.isEmpty()) {
            break;
          }
          continue;
        }
        String pointer;
        if (pointers.isEmpty()) {
          pointer = "";
        } else if (nextIndex.peek()[0] < 0) {
          pointer = pointers.peek() + "/" + name;
        } else {
          pointer = pointers.peek() + "/" + nextIndex.peek()[0]++;
        }
        offsets.putIfAbsent(pointer, (int) parser.currentTokenLocation().getByteOffset());
        if (token == JsonToken.START_OBJECT) {
          pointers.push(pointer);
          nextIndex.push(new int[] {-1});
        } else if (token == JsonToken.START_ARRAY) {
          pointers.push(pointer);
          nextIndex.push(new int[] {0});
        }
        if (pointers.isEmpty()) {
          break;
        }
      }
    } catch (JacksonException e) {
      // Not JSON from here on: what was indexed before stays locatable.
    }
    return offsets;
  }

  private static String escape(String name) {
    return name.indexOf('~') < 0 && name.indexOf('/') < 0
        ? name
        : name.replace("~", "~0").replace("/", "~1");
  }
}
