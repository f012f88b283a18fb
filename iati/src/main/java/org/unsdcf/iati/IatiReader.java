package org.unsdcf.iati;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads IATI 2.03 activity files (design.md §15, §20) into sub-outputs: one entry per {@code
 * iati-activity}, with its indicators, budgets and money received and spent.
 *
 * <p>Lenient on content, strict on safety. Content that breaks the schema (a missing {@code
 * measure}, a target of {@code "2020:100,000"}, an actual of {@code ":"}, duplicate periods,
 * D-Portal's extra attributes) never throws: each is an {@link IatiProblem} with its XPath, line
 * and column, and every value that is not mapped is named by one. A document that is not XML, not
 * an {@code iati-activities} file, holds a DTD or an entity, or passes a limit throws {@link
 * IatiReadException} as soon as the offending bytes are seen.
 *
 * <pre>{@code
 * IatiImport read = IatiReader.standard().read(Path.of("unicef-kg.xml"));
 * read.entries();                  // the sub-outputs
 * read.problems();                 // what was changed or left out, and where
 * CooperationFramework withThem = read.into(plan); // one more JWP holding the entries
 * }</pre>
 *
 * <p>Limits (each setter accepts at most the default): document 256 MiB, depth 64, attribute value
 * 100,000 characters, 1,000,000 activities. Money is read in the {@linkplain Builder#currency
 * plan's currency}; without one, in the most frequent {@code default-currency} of the file (ties:
 * alphabetical). This class is immutable and thread-safe.
 */
public final class IatiReader {
  private static final long DEFAULT_DOCUMENT_BYTES = 256L * 1024 * 1024;
  private static final int DEFAULT_DEPTH = 64;
  private static final int DEFAULT_ATTRIBUTE = 100_000;
  private static final int DEFAULT_ACTIVITIES = 1_000_000;
  private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");
  private static final IatiReader STANDARD = new Builder().build();

  /** The limits of one reader. */
  record Limits(long maxDocumentBytes, int maxDepth, int maxAttributeLength, int maxActivities) {}

  private final Limits limits;
  private final Optional<String> currency;
  private final String language;

  private IatiReader(Builder b) {
    this.limits = new Limits(b.maxDocumentBytes, b.maxDepth, b.maxAttributeLength, b.maxActivities);
    this.currency = b.currency;
    this.language = b.language;
  }

  /**
   * Obtains the reader with the default limits, reading money in each file's main currency.
   *
   * @return the standard reader
   */
  public static IatiReader standard() {
    return STANDARD;
  }

  /**
   * Obtains a builder of a reader with tighter limits or a given currency.
   *
   * @return a new builder with the defaults
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Reads a document from bytes.
   *
   * @param document the file's bytes
   * @return the entries and problems
   * @throws IatiReadException if the document is not a readable IATI activity file
   * @throws NullPointerException if {@code document} is null
   */
  public IatiImport read(byte[] document) {
    Objects.requireNonNull(document, "document");
    try {
      return read(new ByteArrayInputStream(document));
    } catch (IOException e) {
      throw new UncheckedIOException("unsdcf bug: a byte array does not fail", e);
    }
  }

  /**
   * Reads a document from a stream, which is read to its end and not closed.
   *
   * @param in the stream
   * @return the entries and problems
   * @throws IOException if the stream fails
   * @throws IatiReadException if the document is not a readable IATI activity file
   * @throws NullPointerException if {@code in} is null
   */
  public IatiImport read(InputStream in) throws IOException {
    Objects.requireNonNull(in, "in");
    ImportAssembler assembler = new ImportAssembler(currency, language, CatalogueAgencies.BUNDLED);
    new ActivityStreamReader(limits).read(in, assembler);
    return assembler.finish();
  }

  /**
   * Reads a document from a file.
   *
   * @param file the file
   * @return the entries and problems
   * @throws IOException if the file cannot be read
   * @throws IatiReadException if the document is not a readable IATI activity file
   * @throws NullPointerException if {@code file} is null
   */
  public IatiImport read(Path file) throws IOException {
    Objects.requireNonNull(file, "file");
    try (InputStream in = Files.newInputStream(file)) {
      return read(in);
    }
  }

  /** Builds an {@link IatiReader}; every limit may only be tightened. */
  public static final class Builder {
    private long maxDocumentBytes = DEFAULT_DOCUMENT_BYTES;
    private int maxDepth = DEFAULT_DEPTH;
    private int maxAttributeLength = DEFAULT_ATTRIBUTE;
    private int maxActivities = DEFAULT_ACTIVITIES;
    private Optional<String> currency = Optional.empty();
    private String language = "en";

    private Builder() {}

    /**
     * Sets the largest document, in bytes.
     *
     * @param bytes 1 to 256 MiB
     * @return this builder
     * @throws IllegalArgumentException if out of range
     */
    public Builder maxDocumentBytes(long bytes) {
      this.maxDocumentBytes = check("maxDocumentBytes", bytes, DEFAULT_DOCUMENT_BYTES);
      return this;
    }

    /**
     * Sets the deepest element nesting.
     *
     * @param depth 1 to 64
     * @return this builder
     * @throws IllegalArgumentException if out of range
     */
    public Builder maxDepth(int depth) {
      this.maxDepth = (int) check("maxDepth", depth, DEFAULT_DEPTH);
      return this;
    }

    /**
     * Sets the longest attribute value, in characters.
     *
     * @param length 1 to 100,000
     * @return this builder
     * @throws IllegalArgumentException if out of range
     */
    public Builder maxAttributeLength(int length) {
      this.maxAttributeLength = (int) check("maxAttributeLength", length, DEFAULT_ATTRIBUTE);
      return this;
    }

    /**
     * Sets the most activities in one document.
     *
     * @param activities 1 to 1,000,000
     * @return this builder
     * @throws IllegalArgumentException if out of range
     */
    public Builder maxActivities(int activities) {
      this.maxActivities = (int) check("maxActivities", activities, DEFAULT_ACTIVITIES);
      return this;
    }

    /**
     * Sets the currency money is read in: the plan's. Values in any other currency are left out (an
     * ERROR problem each), never converted.
     *
     * @param currency an ISO 4217 code such as {@code USD}
     * @return this builder
     * @throws IllegalArgumentException if not three capital letters
     * @throws NullPointerException if {@code currency} is null
     */
    public Builder currency(String currency) {
      Objects.requireNonNull(currency, "currency");
      if (!CURRENCY.matcher(currency).matches()) {
        throw new IllegalArgumentException(
            "IatiReader.currency: must be an ISO 4217 code, but was '" + currency + "'");
      }
      this.currency = Optional.of(currency);
      return this;
    }

    /**
     * Sets the language whose narrative is kept where an element has several (default {@code en});
     * the others are reported.
     *
     * @param language an {@code xml:lang} code, compared ignoring case
     * @return this builder
     * @throws NullPointerException if {@code language} is null
     */
    public Builder language(String language) {
      this.language = Objects.requireNonNull(language, "language");
      return this;
    }

    /**
     * Builds the reader.
     *
     * @return a reader with these settings
     */
    public IatiReader build() {
      return new IatiReader(this);
    }

    private static long check(String field, long value, long max) {
      if (value < 1 || value > max) {
        throw new IllegalArgumentException(
            "IatiReader." + field + ": must be between 1 and " + max + ", but was '" + value + "'");
      }
      return value;
    }
  }
}
