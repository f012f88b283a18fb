/**
 * The unsdcf JSON format: a strict reader, a canonical writer, NDJSON portfolios, the JSON Schema
 * and a Jackson 3 databind module.
 *
 * <p>Parsing and generating are jackson-core's, with factories of our own; databind is used only by
 * {@code UnsdcfModule}.
 */
module org.unsdcf.json {
  requires transitive org.unsdcf.core;
  requires tools.jackson.core;
  requires tools.jackson.databind;

  exports org.unsdcf.json;

  provides tools.jackson.databind.JacksonModule with
      org.unsdcf.json.UnsdcfModule;
}
