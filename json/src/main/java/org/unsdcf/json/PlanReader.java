package org.unsdcf.json;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.unsdcf.core.model.CooperationFramework;
import org.unsdcf.json.internal.DocumentReader;
import org.unsdcf.json.internal.Limits;

/**
 * Reads one JSON document (design.md §4) into a plan, strictly: it returns a whole plan or throws
 * {@link PlanReadException} listing every problem with its JSON pointer, line and column.
 *
 * <pre>{@code
 * CooperationFramework plan = PlanReader.standard().read(bytes);
 * PlanReader small = PlanReader.builder().maxDocumentSize(1 << 20).build();
 * }</pre>
 *
 * <p>Reading checks, in order: the size; one leading UTF-8 byte order mark, dropped; strict UTF-8;
 * the JSON syntax and the limits, with a jackson-core parser of its own; every member and value;
 * then the model's invariants, object by object. Nothing is built unless the whole document reads
 * cleanly. The limits of {@link #builder()} are at most their defaults. This class is immutable and
 * thread-safe.
 */
public final class PlanReader {
  private static final PlanReader STANDARD = new PlanReader(Limits.DEFAULT);

  private final DocumentReader reader;

  private PlanReader(Limits limits) {
    this.reader = new DocumentReader(limits);
  }

  /**
   * Obtains the reader with the default limits.
   *
   * @return the reader
   */
  public static PlanReader standard() {
    return STANDARD;
  }

  /**
   * Obtains a builder of a reader with tighter limits.
   *
   * @return a new builder, starting from the defaults
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Reads a plan from bytes.
   *
   * @param json the UTF-8 document
   * @return the plan
   * @throws PlanReadException if the document is not a readable plan
   * @throws NullPointerException if {@code json} is null
   */
  public CooperationFramework read(byte[] json) {
    Objects.requireNonNull(json, "json");
    return reader.read(json, json.length);
  }

  /**
   * Reads a plan from a stream, to its end; the stream is not closed. At most one byte more than
   * the size limit is read.
   *
   * @param in the stream
   * @return the plan
   * @throws IOException if the stream fails
   * @throws PlanReadException if the document is not a readable plan
   * @throws NullPointerException if {@code in} is null
   */
  public CooperationFramework read(InputStream in) throws IOException {
    Objects.requireNonNull(in, "in");
    long limit = reader.limits().documentSize();
    byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
    if (bytes.length > limit) {
      throw tooLarge(limit);
    }
    return reader.read(bytes, bytes.length);
  }

  /**
   * Reads a plan from a file.
   *
   * @param file the file
   * @return the plan
   * @throws IOException if the file cannot be read
   * @throws PlanReadException if the document is not a readable plan
   * @throws NullPointerException if {@code file} is null
   */
  public CooperationFramework read(Path file) throws IOException {
    Objects.requireNonNull(file, "file");
    long limit = reader.limits().documentSize();
    if (Files.size(file) > limit) {
      throw tooLarge(limit);
    }
    try (InputStream in = Files.newInputStream(file)) {
      return read(in);
    }
  }

  private static PlanReadException tooLarge(long limit) {
    return new PlanReadException(
        List.of(
            new ReadProblem(
                ReadProblemCode.LIMIT_DOCUMENT_SIZE,
                "",
                1,
                1,
                "document is larger than " + limit + " bytes")));
  }

  Limits limits() {
    return reader.limits();
  }

  /** Builds a {@link PlanReader} whose limits are each at most the default. */
  public static final class Builder {
    private long documentSize = Limits.DEFAULT.documentSize();
    private int depth = Limits.DEFAULT.depth();
    private int numberLength = Limits.DEFAULT.numberLength();
    private int stringLength = Limits.DEFAULT.stringLength();
    private int nameLength = Limits.DEFAULT.nameLength();
    private long tokens = Limits.DEFAULT.tokens();
    private int collection = Limits.DEFAULT.collection();

    private Builder() {}

    private static long check(String name, long value, long max) {
      if (value < 1 || value > max) {
        throw new IllegalArgumentException(
            name + " must be from 1 to " + max + ", but was '" + value + "'");
      }
      return value;
    }

    /**
     * Sets the largest document, in bytes (default and maximum 64 MiB), LIMIT_DOCUMENT_SIZE.
     *
     * @param bytes the limit
     * @return this builder
     * @throws IllegalArgumentException if not from 1 to the default
     */
    public Builder maxDocumentSize(long bytes) {
      documentSize = check("maxDocumentSize", bytes, Limits.DEFAULT.documentSize());
      return this;
    }

    /**
     * Sets the deepest nesting of objects and arrays (default and maximum 64), LIMIT_DEPTH.
     *
     * @param levels the limit
     * @return this builder
     * @throws IllegalArgumentException if not from 1 to the default
     */
    public Builder maxDepth(int levels) {
      depth = (int) check("maxDepth", levels, Limits.DEFAULT.depth());
      return this;
    }

    /**
     * Sets the longest number literal (default and maximum 64 characters), LIMIT_NUMBER_LENGTH.
     *
     * @param chars the limit
     * @return this builder
     * @throws IllegalArgumentException if not from 1 to the default
     */
    public Builder maxNumberLength(int chars) {
      numberLength = (int) check("maxNumberLength", chars, Limits.DEFAULT.numberLength());
      return this;
    }

    /**
     * Sets the longest string value (default and maximum 1,000,000 UTF-16 chars),
     * LIMIT_STRING_LENGTH.
     *
     * @param chars the limit
     * @return this builder
     * @throws IllegalArgumentException if not from 1 to the default
     */
    public Builder maxStringLength(int chars) {
      stringLength = (int) check("maxStringLength", chars, Limits.DEFAULT.stringLength());
      return this;
    }

    /**
     * Sets the longest member name (default and maximum 256 UTF-16 chars), LIMIT_NAME_LENGTH.
     *
     * @param chars the limit
     * @return this builder
     * @throws IllegalArgumentException if not from 1 to the default
     */
    public Builder maxNameLength(int chars) {
      nameLength = (int) check("maxNameLength", chars, Limits.DEFAULT.nameLength());
      return this;
    }

    /**
     * Sets the most tokens in a document (default and maximum 10,000,000), LIMIT_TOKENS.
     *
     * @param count the limit
     * @return this builder
     * @throws IllegalArgumentException if not from 1 to the default
     */
    public Builder maxTokens(long count) {
      tokens = check("maxTokens", count, Limits.DEFAULT.tokens());
      return this;
    }

    /**
     * Sets a ceiling on every list's cap (default and maximum 50,000, the largest cap; each list
     * keeps its own smaller cap of design.md §5.1), LIMIT_COLLECTION.
     *
     * @param elements the ceiling
     * @return this builder
     * @throws IllegalArgumentException if not from 1 to the default
     */
    public Builder maxCollectionSize(int elements) {
      collection = (int) check("maxCollectionSize", elements, Limits.DEFAULT.collection());
      return this;
    }

    /**
     * Builds the reader.
     *
     * @return the reader
     */
    public PlanReader build() {
      return new PlanReader(
          new Limits(
              documentSize, depth, numberLength, stringLength, nameLength, tokens, collection));
    }
  }
}
