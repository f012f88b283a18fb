package org.unsdcf.examples;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.unsdcf.core.model.CooperationFramework;
import org.unsdcf.json.PlanReader;
import org.unsdcf.json.PlanWriter;

/**
 * Writes a plan as canonical JSON, reads it back with the strict reader and checks that nothing was
 * lost: the plan read equals the plan written.
 */
public final class JsonRoundTrip {
  private JsonRoundTrip() {}

  /**
   * Writes the plan to a file, or to {@code out} when no file is given, and reads it back.
   *
   * @param plan the plan
   * @param file where to write the JSON; empty to print it on {@code out}
   * @param out where to report
   * @return the plan read back, equal to {@code plan}
   * @throws IOException if the file cannot be written or read
   * @throws IllegalStateException if the plan read back differs (a bug)
   */
  public static CooperationFramework run(
      CooperationFramework plan, Optional<Path> file, PrintStream out) throws IOException {
    byte[] json = PlanWriter.pretty().write(plan);
    if (file.isPresent()) {
      Path parent = file.get().toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      Files.write(file.get(), json);
    } else {
      out.write(json, 0, json.length);
    }
    byte[] readBack = file.isPresent() ? Files.readAllBytes(file.get()) : json;
    CooperationFramework read = PlanReader.standard().read(readBack);
    if (!read.equals(plan)) {
      throw new IllegalStateException("the plan read back from JSON differs from the plan written");
    }
    out.println(
        plan.code()
            + " written as JSON ("
            + json.length
            + " bytes"
            + file.map(f -> " to " + f).orElse("")
            + ") and read back: equal");
    return read;
  }
}
