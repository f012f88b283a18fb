package org.unsdcf.json.internal;

import tools.jackson.core.JsonGenerator;
import tools.jackson.core.PrettyPrinter;

/**
 * The PRETTY layout of design.md §4.1: two-space indent, {@code "name": value}, every member and
 * element on its own line, LF line breaks whatever the platform. Empty containers stay {@code {}}
 * and {@code []}. One instance serves one generator (it counts nesting).
 */
public final class PrettyLayout implements PrettyPrinter {
  private int depth;

  /** Creates a printer for one generator. */
  public PrettyLayout() {}

  @Override
  public void writeRootValueSeparator(JsonGenerator g) {
    g.writeRaw('\n');
  }

  @Override
  public void writeStartObject(JsonGenerator g) {
    g.writeRaw('{');
    depth++;
  }

  @Override
  public void beforeObjectEntries(JsonGenerator g) {
    newLine(g);
  }

  @Override
  public void writeObjectNameValueSeparator(JsonGenerator g) {
    g.writeRaw(": ");
  }

  @Override
  public void writeObjectEntrySeparator(JsonGenerator g) {
    g.writeRaw(',');
    newLine(g);
  }

  @Override
  public void writeEndObject(JsonGenerator g, int entries) {
    depth--;
    if (entries > 0) {
      newLine(g);
    }
    g.writeRaw('}');
  }

  @Override
  public void writeStartArray(JsonGenerator g) {
    g.writeRaw('[');
    depth++;
  }

  @Override
  public void beforeArrayValues(JsonGenerator g) {
    newLine(g);
  }

  @Override
  public void writeArrayValueSeparator(JsonGenerator g) {
    g.writeRaw(',');
    newLine(g);
  }

  @Override
  public void writeEndArray(JsonGenerator g, int values) {
    depth--;
    if (values > 0) {
      newLine(g);
    }
    g.writeRaw(']');
  }

  private void newLine(JsonGenerator g) {
    g.writeRaw('\n');
    for (int i = 0; i < depth; i++) {
      g.writeRaw("  ");
    }
  }
}
