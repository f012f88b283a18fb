package org.unsdcf.iati;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.unsdcf.core.validation.Severity;

/** The problems of one read, in the order found, capped so a hostile file cannot flood memory. */
final class ProblemLog {
  private final int max;
  private final List<IatiProblem> problems = new ArrayList<>();
  private int dropped;
  private IatiProblem last;

  ProblemLog(int max) {
    this.max = max;
  }

  void add(IatiProblemCode code, ActivityNode at, String message) {
    add(code, code.severity(), at.xpath(), at.line, at.column, message);
  }

  void add(IatiProblemCode code, Place at, String message) {
    add(code, code.severity(), at.xpath(), at.line, at.column, message);
  }

  void addAttribute(IatiProblemCode code, ActivityNode at, String attribute, String message) {
    add(code, code.severity(), at.attributeXpath(attribute), at.line, at.column, message);
  }

  void add(
      IatiProblemCode code, Severity severity, String xpath, int line, int column, String message) {
    if (problems.size() >= max) {
      dropped++;
      return;
    }
    last = new IatiProblem(code, severity, xpath, line, column, ImportTexts.oneLine(message));
    problems.add(last);
  }

  List<IatiProblem> sorted() {
    List<IatiProblem> all = new ArrayList<>(problems);
    all.sort(
        Comparator.comparingInt(IatiProblem::line)
            .thenComparingInt(IatiProblem::column)
            .thenComparing(p -> p.code().name()));
    if (dropped > 0) {
      IatiProblem at = last;
      all.add(
          new IatiProblem(
              IatiProblemCode.TOO_MANY_PROBLEMS,
              IatiProblemCode.TOO_MANY_PROBLEMS.severity(),
              at.xpath(),
              at.line(),
              at.column(),
              dropped + " more problems were found and not listed"));
    }
    return List.copyOf(all);
  }

  boolean hasErrors() {
    return problems.stream().anyMatch(p -> p.severity() == Severity.ERROR);
  }
}
