package org.unsdcf.benchmarks;

import com.fasterxml.jackson.annotation.JsonInclude;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The comparison points, configured once: a raw jackson-core token scan (the practical limit of any
 * reader on jackson-core) and Jackson databind over {@link org.unsdcf.benchmarks.pojo.PlanPojos}
 * (what an integrator would write instead of using unsdcf's reader and writer).
 */
final class Jackson {
  /** A default factory, as a reader without limits of its own would use. */
  static final JsonFactory FACTORY = new JsonFactory();

  /**
   * Databind as an integrator would set it up for this format: decimals exactly, absent members
   * omitted, plain decimals, members in declaration (schema) order.
   */
  static final JsonMapper MAPPER =
      JsonMapper.builder()
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
          .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
          .changeDefaultPropertyInclusion(
              incl -> incl.withValueInclusion(JsonInclude.Include.NON_NULL))
          .build();

  private Jackson() {}

  /**
   * Scans every token, reading each name and scalar as a string, as the least any reader of the
   * document must do.
   *
   * @param json the document
   * @return a checksum of what was read, so nothing is optimised away
   */
  static long scan(byte[] json) {
    long sum = 0;
    try (JsonParser parser = FACTORY.createParser(ObjectReadContext.empty(), json)) {
      JsonToken token;
      while ((token = parser.nextToken()) != null) {
        switch (token) {
          case PROPERTY_NAME, VALUE_STRING, VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT ->
              sum += parser.getString().length();
          default -> sum++;
        }
      }
    }
    return sum;
  }
}
