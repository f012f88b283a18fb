package org.unsdcf.cli;

import java.io.IOException;
import java.util.Optional;
import org.unsdcf.core.model.CooperationFramework;
import org.unsdcf.json.PlanReadException;
import org.unsdcf.json.PlanReader;

/** Reads FILE as one plan; what cannot be read is reported before an empty result. */
final class PlanFile {
  private PlanFile() {}

  /**
   * Reads the plan, or reports why not (exit status {@link Main#UNREADABLE}).
   *
   * @param streams the standard streams
   * @param file the FILE argument, {@code -} for standard input
   * @param json whether the problems are also printed as JSON on standard output
   * @return the plan, or empty once the problems are printed
   * @throws IOException if standard output fails
   */
  static Optional<CooperationFramework> read(Streams streams, String file, boolean json)
      throws IOException {
    return readDocument(streams, file, json).map(Document::plan);
  }

  /** A plan with the bytes it was read from (for locating findings in them). */
  record Document(byte[] bytes, CooperationFramework plan) {}

  /**
   * Reads the plan and keeps its bytes, or reports why not (exit status {@link Main#UNREADABLE}).
   *
   * @param streams the standard streams
   * @param file the FILE argument, {@code -} for standard input
   * @param json whether the problems are also printed as JSON on standard output
   * @return the plan and its bytes, or empty once the problems are printed
   * @throws IOException if standard output fails
   */
  static Optional<Document> readDocument(Streams streams, String file, boolean json)
      throws IOException {
    byte[] bytes;
    try {
      bytes = PlanInput.readAll(file, streams.in);
    } catch (PlanInput.CannotRead e) {
      Unreadable.cannotRead(streams, file, e.getMessage(), json);
      return Optional.empty();
    }
    try {
      return Optional.of(new Document(bytes, PlanReader.standard().read(bytes)));
    } catch (PlanReadException e) {
      Unreadable.malformed(streams, file, e, json);
      return Optional.empty();
    }
  }
}
