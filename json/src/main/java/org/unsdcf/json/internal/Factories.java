package org.unsdcf.json.internal;

import java.io.OutputStream;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.json.JsonWriteFeature;

/**
 * The jackson-core factories of the reader and writer: our own instances, never the JVM-wide
 * defaults, configured for design.md §11 "Writing bytes" and the reader's limits.
 */
public final class Factories {
  /** The writer's factory: escapes exactly the JSON-required characters, upper-case hex. */
  private static final JsonFactory WRITER =
      JsonFactory.builder()
          .disable(JsonWriteFeature.ESCAPE_FORWARD_SLASHES)
          .disable(JsonWriteFeature.ESCAPE_NON_ASCII)
          .enable(JsonWriteFeature.WRITE_HEX_UPPER_CASE)
          .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
          .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
          .build();

  private Factories() {}

  /**
   * Creates a generator writing UTF-8 to a stream, which it never closes.
   *
   * @param out the stream
   * @param pretty true for the PRETTY layout, false for COMPACT
   * @return the generator
   */
  public static JsonGenerator generator(OutputStream out, boolean pretty) {
    ObjectWriteContext context =
        pretty
            ? new ObjectWriteContext.Base() {
              @Override
              public PrettyPrinter getPrettyPrinter() {
                return new PrettyLayout();
              }

              @Override
              public boolean hasPrettyPrinter() {
                return true;
              }
            }
            : ObjectWriteContext.empty();
    return WRITER.createGenerator(context, out);
  }

  /**
   * Creates the reader's factory. The reader checks depth, lengths and token count itself, each at
   * its configured limit and at the token that crosses it; Jackson's own constraints sit just above
   * them as a backstop.
   *
   * @param limits the limits
   * @return the factory
   */
  public static JsonFactory reader(Limits limits) {
    return JsonFactory.builder()
        .streamReadConstraints(
            StreamReadConstraints.builder()
                .maxNestingDepth(limits.depth() + 1)
                .maxNumberLength(Integer.MAX_VALUE)
                .maxStringLength(Integer.MAX_VALUE)
                .maxNameLength(Integer.MAX_VALUE)
                .maxDocumentLength(-1)
                .maxTokenCount(-1)
                .build())
        .disable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
        .build();
  }
}
