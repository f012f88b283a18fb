package org.unsdcf.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.util.Optional;
import org.unsdcf.json.PlanReadException;
import org.unsdcf.json.ReadProblem;
import org.unsdcf.json.ReportWriter;

/** Reports input that could not be read: to standard error, and as JSON when asked. */
final class Unreadable {
  private Unreadable() {}

  static int cannotRead(Streams streams, String file, String reason, boolean json)
      throws IOException {
    streams.err.println("unsdcf: cannot read " + file + ": " + reason);
    if (json) {
      ReportWriter.pretty().writeUnreadable(file, Optional.empty(), streams.out);
    }
    return Main.UNREADABLE;
  }

  static int malformed(Streams streams, String file, PlanReadException e, boolean json)
      throws IOException {
    printProblems(streams.err, e, "");
    if (json) {
      ReportWriter.pretty().writeUnreadable(file, Optional.of(e), streams.out);
    }
    return Main.UNREADABLE;
  }

  static void printProblems(PrintStream to, PlanReadException e, String indent) {
    for (ReadProblem p : e.problems()) {
      to.println(
          indent
              + TextReports.path(p.path())
              + " (line "
              + p.line()
              + ", column "
              + p.column()
              + "): "
              + p.message()
              + " ["
              + p.code()
              + "]");
    }
  }
}
