package org.unsdcf.uninfo;

import java.util.ArrayList;
import java.util.List;
import org.unsdcf.core.validation.Severity;

/** Collects the problems of one read, and builds the exception of an unreadable file. */
final class Problems {
  private final List<UnInfoProblem> list = new ArrayList<>();

  void add(
      UnInfoProblemCode code,
      Severity severity,
      int row,
      String column,
      String value,
      String message) {
    list.add(UnInfoProblem.of(code, severity, row, column, value, message));
  }

  void info(UnInfoProblemCode code, int row, String column, String value, String message) {
    add(code, Severity.INFO, row, column, value, message);
  }

  void warning(UnInfoProblemCode code, int row, String column, String value, String message) {
    add(code, Severity.WARNING, row, column, value, message);
  }

  void error(UnInfoProblemCode code, int row, String column, String value, String message) {
    add(code, Severity.ERROR, row, column, value, message);
  }

  /** Gets how many problems were met so far (a mapping that adds none may be remembered). */
  int size() {
    return list.size();
  }

  List<UnInfoProblem> sorted() {
    List<UnInfoProblem> copy = new ArrayList<>(list);
    copy.sort(java.util.Comparator.comparingInt(UnInfoProblem::row)); // stable: keeps column order
    return copy;
  }

  /** Makes the exception for a file that cannot be read at all. */
  static UnInfoReadException unreadable(
      UnInfoProblemCode code, int row, String column, String message, Throwable cause) {
    return new UnInfoReadException(
        List.of(UnInfoProblem.of(code, Severity.ERROR, row, column, "", message)), cause);
  }

  static UnInfoReadException unreadable(UnInfoProblemCode code, String message) {
    return unreadable(code, 0, "", message, null);
  }
}
