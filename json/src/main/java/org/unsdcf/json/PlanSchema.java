package org.unsdcf.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The JSON Schema (draft 2020-12, {@code $id} {@code urn:unsdcf:plan:1}) of the plan format, for
 * tools that check documents without this library. It states types, required members, patterns,
 * enumerations and {@code additionalProperties: false}; cross-member invariants, decimal precision
 * and list caps are the reader's alone, so a document the schema accepts may still be refused by
 * {@link PlanReader}, never the other way round for documents {@link PlanWriter} writes.
 *
 * <p>The schema is the resource {@code org/unsdcf/json/unsdcf-plan-1.schema.json}. This class is
 * immutable and thread-safe.
 */
public final class PlanSchema {
  /** The schema's {@code $id}. */
  public static final String ID = "urn:unsdcf:plan:1";

  private static final String TEXT = load();

  private PlanSchema() {}

  /**
   * Gets the schema as JSON text.
   *
   * @return the schema, UTF-8 decoded
   */
  public static String text() {
    return TEXT;
  }

  private static String load() {
    try (InputStream in = PlanSchema.class.getResourceAsStream("unsdcf-plan-1.schema.json")) {
      if (in == null) {
        throw new AssertionError("unsdcf bug: the schema resource is missing");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
