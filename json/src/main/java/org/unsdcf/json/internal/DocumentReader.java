package org.unsdcf.json.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.unsdcf.core.model.CooperationFramework;
import org.unsdcf.json.PlanReadException;
import org.unsdcf.json.ReadProblem;
import org.unsdcf.json.ReadProblemCode;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.core.exc.UnexpectedEndOfInputException;
import tools.jackson.core.json.JsonFactory;

/**
 * Reads one whole document: size, BOM and strict UTF-8; then {@link OnePassReader}, which reads a
 * clean plan in one pass; and only if it gives up, the diagnosing read: the streaming parse into
 * nodes and the per-type readers, where every problem becomes a {@link ReadProblem}.
 */
public final class DocumentReader {
  private final Limits limits;
  private final JsonFactory factory;

  /**
   * Creates a reader.
   *
   * @param limits the limits
   */
  public DocumentReader(Limits limits) {
    this.limits = limits;
    this.factory = Factories.reader(limits);
  }

  /**
   * Gets the limits.
   *
   * @return the limits
   */
  public Limits limits() {
    return limits;
  }

  /**
   * Reads a document.
   *
   * @param input the bytes
   * @param length how many bytes of {@code input} to read
   * @return the plan
   * @throws PlanReadException if the document is not a readable plan
   */
  public CooperationFramework read(byte[] input, int length) {
    Document document = checked(input, length);
    CooperationFramework clean = onePass(document);
    return clean != null ? clean : diagnose(document);
  }

  /**
   * Reads a document with the one-pass reader only, for tests that hold it to the diagnosing read.
   *
   * @param input the bytes
   * @param length how many bytes of {@code input} to read
   * @return the plan, or null if the one-pass reader gave up
   * @throws PlanReadException if the size, byte order mark or encoding is wrong
   */
  public CooperationFramework readOnePass(byte[] input, int length) {
    return onePass(checked(input, length));
  }

  /**
   * Reads a document with the diagnosing reader only, for tests that hold the one-pass reader to
   * it.
   *
   * @param input the bytes
   * @param length how many bytes of {@code input} to read
   * @return the plan
   * @throws PlanReadException if the document is not a readable plan
   */
  public CooperationFramework readDiagnosing(byte[] input, int length) {
    return diagnose(checked(input, length));
  }

  /** A document's bytes after the checks that come before any parsing. */
  private record Document(byte[] bytes, int size) {}

  /** Checks size, byte order mark and strict UTF-8, which both readers rely on. */
  private Document checked(byte[] input, int length) {
    if (length > limits.documentSize()) {
      throw single(
          ReadProblemCode.LIMIT_DOCUMENT_SIZE,
          "",
          1,
          1,
          "document is larger than " + limits.documentSize() + " bytes");
    }
    byte[] bytes = input;
    int size = length;
    if (size >= 3
        && (bytes[0] & 0xFF) == 0xEF
        && (bytes[1] & 0xFF) == 0xBB
        && (bytes[2] & 0xFF) == 0xBF) {
      bytes = java.util.Arrays.copyOfRange(input, 3, length);
      size = bytes.length;
    }
    long bad = Utf8.check(bytes, 0, size);
    Locator locator;
    if (bad >= 0 || encodingPattern(bytes, size)) {
      long offset = bad >= 0 ? bad : firstZero(bytes, size);
      locator = new ByteLocator(bytes, (int) offset);
      int shift = bytes == input ? 0 : 3;
      String message =
          bad >= 0
              ? String.format(
                  "byte 0x%02X at offset %d is not valid UTF-8",
                  bytes[(int) offset] & 0xFF, offset + shift)
              : String.format(
                  "byte 0x00 at offset %d: the document looks like UTF-16 or UTF-32, not UTF-8",
                  offset + shift);
      throw single(
          ReadProblemCode.ENCODING, "", locator.line(offset), locator.column(offset), message);
    }
    if (bad < -1) {
      long start = -2 - bad;
      locator = new ByteLocator(bytes, (int) start);
      throw single(
          ReadProblemCode.JSON_TRUNCATED,
          "",
          locator.line(start),
          locator.column(start),
          "document ends inside a UTF-8 sequence");
    }
    if (size >= 3
        && (bytes[0] & 0xFF) == 0xEF
        && (bytes[1] & 0xFF) == 0xBB
        && (bytes[2] & 0xFF) == 0xBF) {
      throw single(
          ReadProblemCode.JSON_SYNTAX, "", 1, 1, "malformed JSON: a second byte order mark");
    }
    return new Document(bytes, size);
  }

  /** The one-pass read of a clean plan, or null if it gave up. */
  private CooperationFramework onePass(Document document) {
    try (JsonParser parser =
        factory.createParser(ObjectReadContext.empty(), document.bytes(), 0, document.size())) {
      return OnePassReader.read(parser, limits);
    }
  }

  /** The diagnosing read: a tree of nodes, then the per-type readers reporting every problem. */
  private CooperationFramework diagnose(Document document) {
    byte[] bytes = document.bytes();
    int size = document.size();
    Locator locator = lazyLocator(bytes, size);
    Ctx ctx = new Ctx();
    Node root;
    try (JsonParser parser = factory.createParser(ObjectReadContext.empty(), bytes, 0, size)) {
      TreeBuilder tree = new TreeBuilder(parser, limits, false, "");
      try {
        JsonToken first = tree.next();
        if (first == null) {
          throw single(ReadProblemCode.JSON_EMPTY, "", 1, 1, "document is empty");
        }
        root = tree.value(first, true);
      } catch (Fatal f) {
        throw fatal(f.found(), locator);
      } catch (UnexpectedEndOfInputException e) {
        throw fatal(
            new Found(
                ReadProblemCode.JSON_TRUNCATED,
                tree.currentPath(),
                size,
                "document ends before its JSON is complete"),
            locator);
      } catch (StreamConstraintsException e) {
        throw fatal(
            new Found(
                ReadProblemCode.LIMIT_DEPTH,
                tree.currentPath(),
                tree.mark(),
                "objects and arrays are nested too deeply"),
            locator);
      } catch (StreamReadException e) {
        long at = e.getLocation() == null ? -1 : e.getLocation().getByteOffset();
        if (at < 0 || at > size) {
          at = size;
        }
        if (at >= size
            || onlyWhitespaceFrom(bytes, (int) at, size)
            || cutLiteral(bytes, (int) at, size)) {
          throw fatal(
              new Found(
                  ReadProblemCode.JSON_TRUNCATED,
                  tree.currentPath(),
                  size,
                  "document ends before its JSON is complete"),
              locator);
        }
        throw fatal(
            new Found(
                ReadProblemCode.JSON_SYNTAX,
                tree.currentPath(),
                at,
                "malformed JSON" + near(bytes, (int) at, size)),
            locator);
      }
      long end = parser.currentLocation().getByteOffset();
      int trailing = firstNonWhitespace(bytes, (int) Math.max(0, end), size);
      if (trailing >= 0) {
        ctx.found.add(
            new Found(
                ReadProblemCode.TRAILING_CONTENT,
                "",
                trailing,
                "unexpected content after the plan" + near(bytes, trailing, size)));
      }
    } catch (JacksonException e) {
      throw single(ReadProblemCode.JSON_SYNTAX, "", 1, 1, "malformed JSON");
    }
    return plan(root, "", ctx, locator);
  }

  /**
   * A locator indexed only when a problem needs a line and column: indexing scans the whole
   * document, which a clean read never needs.
   */
  private static Locator lazyLocator(byte[] bytes, int size) {
    return new Locator() {
      private ByteLocator index;

      private ByteLocator index() {
        if (index == null) {
          index = new ByteLocator(bytes, size);
        }
        return index;
      }

      @Override
      public int line(long mark) {
        return index().line(mark);
      }

      @Override
      public int column(long mark) {
        return index().column(mark);
      }
    };
  }

  /**
   * Runs the per-type readers over a parsed value.
   *
   * @param root the value
   * @param path its pointer
   * @param ctx where problems are
   * @param locator how marks become lines and columns
   * @return the plan
   * @throws PlanReadException if anything is wrong
   */
  static CooperationFramework plan(Node root, String path, Ctx ctx, Locator locator) {
    CooperationFramework plan = null;
    try {
      if (root instanceof Node.Null) {
        ctx.report(ReadProblemCode.PLAN_NULL, path, root.mark, "the plan is null");
      } else {
        plan = new FormParser(ctx).plan(root, path);
      }
    } catch (Ctx.Full full) {
      plan = null;
    }
    if (!ctx.found.isEmpty()) {
      throw exception(ctx.found, locator);
    }
    if (plan == null) {
      throw new AssertionError("unsdcf bug: no plan and no problem");
    }
    return plan;
  }

  /**
   * Reads a plan inside a host document, from the parser's current token.
   *
   * @param parser the host's parser, on the plan's first token
   * @param path the plan's pointer in the host document
   * @return the plan, or null for JSON null
   * @throws PlanReadException if the plan is not readable
   */
  public static CooperationFramework readHosted(JsonParser parser, String path) {
    if (parser.currentToken() == JsonToken.VALUE_NULL) {
      return null;
    }
    TreeBuilder tree =
        new TreeBuilder(
            parser,
            new Limits(
                Long.MAX_VALUE,
                Integer.MAX_VALUE,
                Integer.MAX_VALUE,
                Integer.MAX_VALUE,
                Integer.MAX_VALUE,
                Long.MAX_VALUE,
                Limits.DEFAULT.collection()),
            true,
            path);
    Node root;
    try {
      root = tree.value(parser.currentToken(), true);
    } catch (Fatal f) {
      throw fatal(f.found(), Locator.PACKED);
    }
    return plan(root, path, new Ctx(), Locator.PACKED);
  }

  static PlanReadException fatal(Found found, Locator locator) {
    return exception(List.of(found), locator);
  }

  static PlanReadException exception(List<Found> found, Locator locator) {
    List<ReadProblem> problems = new ArrayList<>(found.size());
    for (Found f : found) {
      problems.add(
          new ReadProblem(
              f.code(), f.path(), locator.line(f.mark()), locator.column(f.mark()), f.message()));
    }
    problems.sort(
        Comparator.comparingInt(ReadProblem::line)
            .thenComparingInt(ReadProblem::column)
            .thenComparing(ReadProblem::code));
    return new PlanReadException(problems);
  }

  private static PlanReadException single(
      ReadProblemCode code, String path, int line, int column, String message) {
    return new PlanReadException(List.of(new ReadProblem(code, path, line, column, message)));
  }

  /** UTF-16 and UTF-32 put a zero byte among the first four; JSON text never does. */
  private static boolean encodingPattern(byte[] b, int size) {
    return firstZero(b, size) >= 0;
  }

  private static int firstZero(byte[] b, int size) {
    for (int i = 0; i < Math.min(4, size); i++) {
      if (b[i] == 0) {
        return i;
      }
    }
    return -1;
  }

  /** A literal cut off by the end of input, e.g. {@code tr}: Jackson reports it at its start. */
  private static boolean cutLiteral(byte[] b, int at, int size) {
    int start = at;
    while (start > 0 && b[start - 1] >= 'a' && b[start - 1] <= 'z') {
      start--;
    }
    String tail = new String(b, start, size - start, java.nio.charset.StandardCharsets.UTF_8);
    return !tail.isEmpty()
        && ("true".startsWith(tail) || "false".startsWith(tail) || "null".startsWith(tail))
        && tail.length() < ("false".startsWith(tail) ? 5 : 4);
  }

  private static boolean onlyWhitespaceFrom(byte[] b, int from, int size) {
    return firstNonWhitespace(b, from, size) < 0;
  }

  private static int firstNonWhitespace(byte[] b, int from, int size) {
    for (int i = from; i < size; i++) {
      byte c = b[i];
      if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
        return i;
      }
    }
    return -1;
  }

  /** Names the character at an offset for a message, e.g. {@code : unexpected 'x'}. */
  private static String near(byte[] b, int at, int size) {
    if (at < 0 || at >= size) {
      return "";
    }
    int lead = b[at] & 0xFF;
    int length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
    if ((lead & 0xC0) == 0x80 || at + length > size) {
      return "";
    }
    String c = new String(b, at, length, java.nio.charset.StandardCharsets.UTF_8);
    return ": unexpected " + Scalars.quote(c);
  }
}
