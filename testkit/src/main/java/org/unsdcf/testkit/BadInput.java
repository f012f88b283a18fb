package org.unsdcf.testkit;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.unsdcf.json.ReadProblemCode;

/**
 * One document of the bad-input catalogue of design.md §5.1, with what reading it must give: a
 * {@link ReadProblemCode} (and the problem's path where it is fixed), or, for the documents that
 * read fine (rows 31–37), the validator rule code that must be among the findings (rows 31–35) or
 * nothing at all (row 37: it reads and round-trips).
 *
 * <p>Obtained from {@link BadInputs}. {@link #bytes()} returns a fresh copy on every call. This
 * class is immutable and thread-safe.
 */
public final class BadInput {
  private final String name;
  private final int row;
  private final Supplier<byte[]> bytes;
  private final Optional<ReadProblemCode> expectedCode;
  private final Optional<String> expectedPath;
  private final Optional<String> expectedRule;

  BadInput(
      String name,
      int row,
      Supplier<byte[]> bytes,
      Optional<ReadProblemCode> expectedCode,
      Optional<String> expectedPath,
      Optional<String> expectedRule) {
    this.name = Objects.requireNonNull(name, "name");
    this.row = row;
    this.bytes = Objects.requireNonNull(bytes, "bytes");
    this.expectedCode = Objects.requireNonNull(expectedCode, "expectedCode");
    this.expectedPath = Objects.requireNonNull(expectedPath, "expectedPath");
    this.expectedRule = Objects.requireNonNull(expectedRule, "expectedRule");
  }

  /**
   * Obtains the input's name, unique in the catalogue, e.g. {@code "duplicate member"}.
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  /**
   * Obtains the row number of design.md §5.1 this input belongs to, 1 to 37.
   *
   * @return the row
   */
  public int row() {
    return row;
  }

  /**
   * Obtains the document, a new array on every call (some documents are large and built on demand).
   *
   * @return the bytes to read
   */
  public byte[] bytes() {
    return bytes.get();
  }

  /**
   * Obtains the code of the first problem reading must report; empty if the input reads fine.
   *
   * @return the expected problem code
   */
  public Optional<ReadProblemCode> expectedCode() {
    return expectedCode;
  }

  /**
   * Obtains the RFC 6901 path of the first problem where the contract fixes it ({@code ""} = the
   * root); empty when the path is not contractual (syntax errors) or the input reads fine.
   *
   * @return the expected problem path
   */
  public Optional<String> expectedPath() {
    return expectedPath;
  }

  /**
   * Obtains the validator rule code that must be among the findings when the plan read from this
   * input is validated as of {@link BadInputs#AS_OF} (rows 31–35); empty otherwise.
   *
   * @return the expected rule code
   */
  public Optional<String> expectedRule() {
    return expectedRule;
  }

  /**
   * Tells whether the input reads into a plan (rows 31–37).
   *
   * @return true if no problem is expected
   */
  public boolean readsFine() {
    return expectedCode.isEmpty();
  }

  /**
   * Obtains the row and name, e.g. {@code "7: duplicate member"}, for test names.
   *
   * @return the description
   */
  @Override
  public String toString() {
    return row + ": " + name;
  }
}
