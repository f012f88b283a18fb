package org.unsdcf.json;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Objects;
import org.unsdcf.core.model.CooperationFramework;
import org.unsdcf.json.internal.Factories;
import org.unsdcf.json.internal.PlanEmitter;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.util.ByteArrayBuilder;

/**
 * Writes plans in the canonical JSON form of design.md §4: UTF-8 without BOM, {@code formatVersion}
 * first, members in model order, absent optionals and empty lists omitted, decimals in plain
 * notation, only the escapes JSON requires.
 *
 * <pre>{@code
 * byte[] json = PlanWriter.pretty().write(plan);
 * PlanWriter.compact().writeNdjson(plans, out);
 * }</pre>
 *
 * <p>{@link #pretty()} indents by two spaces, puts every member and element on its own line and
 * ends with one LF; {@link #compact()} writes no whitespace at all. Writing then reading gives an
 * equal plan, and re-writing what was read gives the same bytes. This class is immutable and
 * thread-safe.
 */
public final class PlanWriter {
  private static final PlanWriter PRETTY = new PlanWriter(true);
  private static final PlanWriter COMPACT = new PlanWriter(false);

  private final boolean pretty;

  private PlanWriter(boolean pretty) {
    this.pretty = pretty;
  }

  /**
   * Obtains the writer of the PRETTY layout, the default.
   *
   * @return the writer
   */
  public static PlanWriter pretty() {
    return PRETTY;
  }

  /**
   * Obtains the writer of the COMPACT layout, one line without a final line break.
   *
   * @return the writer
   */
  public static PlanWriter compact() {
    return COMPACT;
  }

  /**
   * Writes a plan to bytes.
   *
   * @param plan the plan
   * @return the UTF-8 document
   * @throws NullPointerException if {@code plan} is null
   */
  public byte[] write(CooperationFramework plan) {
    Objects.requireNonNull(plan, "plan");
    // Jackson's segmented builder: no copy of everything written each time the buffer doubles.
    try (ByteArrayBuilder out = new ByteArrayBuilder(8192)) {
      write(plan, out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes a plan to a stream, which is flushed but not closed.
   *
   * @param plan the plan
   * @param out the stream
   * @throws IOException if the stream fails
   * @throws NullPointerException if an argument is null
   */
  public void write(CooperationFramework plan, OutputStream out) throws IOException {
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(out, "out");
    emit(plan, out, pretty);
    if (pretty) {
      out.write('\n');
    }
    out.flush();
  }

  /**
   * Writes plans as NDJSON: each plan in the COMPACT layout on its own line, every line ending with
   * LF, whatever this writer's layout. The stream is flushed but not closed.
   *
   * @param plans the plans
   * @param out the stream
   * @throws IOException if the stream fails
   * @throws NullPointerException if an argument or a plan is null
   */
  public void writeNdjson(Iterable<CooperationFramework> plans, OutputStream out)
      throws IOException {
    Objects.requireNonNull(plans, "plans");
    Objects.requireNonNull(out, "out");
    for (CooperationFramework plan : plans) {
      emit(Objects.requireNonNull(plan, "plan"), out, false);
      out.write('\n');
    }
    out.flush();
  }

  /**
   * Writes a plan to a generator owned by someone else, e.g. inside a larger document.
   *
   * @param plan the plan
   * @param generator the generator
   */
  static void writeTo(CooperationFramework plan, JsonGenerator generator) {
    PlanEmitter.write(generator, plan);
  }

  private static void emit(CooperationFramework plan, OutputStream out, boolean pretty)
      throws IOException {
    try (JsonGenerator g = Factories.generator(out, pretty)) {
      PlanEmitter.write(g, plan);
    } catch (JacksonException e) {
      if (e.getCause() instanceof IOException) {
        throw (IOException) e.getCause();
      }
      throw e;
    }
  }

  @Override
  public String toString() {
    return pretty ? "PlanWriter[PRETTY]" : "PlanWriter[COMPACT]";
  }
}
