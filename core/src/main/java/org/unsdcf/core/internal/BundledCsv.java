package org.unsdcf.core.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Reads a CSV table bundled in core's jar: strict UTF-8, RFC 4180 ({@link Csv}), a fixed header and
 * the same number of fields on every row. A bundled table that breaks these rules is a bug in
 * unsdcf, reported as an {@link AssertionError}.
 */
public final class BundledCsv {
  private BundledCsv() {}

  /**
   * Reads the rows of a bundled table, without its header.
   *
   * @param owner a class in the package that holds the resource
   * @param name the resource name relative to that package, e.g. {@code sdg-goals.csv}
   * @param header the exact column names the first record must have
   * @return the rows in file order, each with {@code header.length} fields; unmodifiable
   * @throws AssertionError if the resource is missing, not UTF-8, not CSV or not of this shape
   * @throws UncheckedIOException if the resource cannot be read
   */
  public static List<List<String>> rows(Class<?> owner, String name, String... header) {
    List<List<String>> records;
    try {
      records = Csv.parse(text(owner, name));
    } catch (IllegalArgumentException e) {
      throw bug(name, e.getMessage());
    }
    if (records.isEmpty() || !records.get(0).equals(List.of(header))) {
      throw bug(name, "header must be " + String.join(",", header));
    }
    List<List<String>> rows = records.subList(1, records.size());
    for (int i = 0; i < rows.size(); i++) {
      if (rows.get(i).size() != header.length) {
        throw bug(name, "row " + (i + 1) + " must have " + header.length + " fields");
      }
    }
    return List.copyOf(rows);
  }

  private static String text(Class<?> owner, String name) {
    try (InputStream in = owner.getResourceAsStream(name)) {
      if (in == null) {
        throw bug(name, "resource not found");
      }
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(in.readAllBytes()))
          .toString();
    } catch (CharacterCodingException e) {
      throw bug(name, "not UTF-8");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read bundled " + name, e);
    }
  }

  private static AssertionError bug(String name, String reason) {
    return new AssertionError("unsdcf bug: bundled " + name + ": " + reason);
  }
}
