package org.unsdcf.json.internal;

import java.util.ArrayList;
import java.util.List;
import org.unsdcf.json.ReadProblemCode;

/** The problems found so far; reading stops at the hundredth. */
final class Ctx {
  static final int MAX_PROBLEMS = 100;

  /** Thrown when the hundredth problem is found. */
  static final class Full extends RuntimeException {
    Full() {
      super(null, null, false, false);
    }
  }

  final List<Found> found = new ArrayList<>();

  void report(ReadProblemCode code, String path, long mark, String message) {
    found.add(new Found(code, path, mark, message));
    if (found.size() >= MAX_PROBLEMS) {
      throw new Full();
    }
  }

  int count() {
    return found.size();
  }
}
