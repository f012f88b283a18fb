package org.unsdcf.benchmarks;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.unsdcf.core.model.CooperationFramework;
import org.unsdcf.core.rollup.Rollup;
import org.unsdcf.core.rollup.RollupOptions;
import org.unsdcf.core.rollup.RollupReport;
import org.unsdcf.report.HtmlReport;
import org.unsdcf.testkit.gen.DatasetSize;

/**
 * The HTML report of one plan against its roll-up (design §19: report / roll-up ≤ 2). The report
 * rolls the plan up and validates it itself, then renders, so the ratio prices the validation and
 * the page on top of the roll-up.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ReportBenchmark {
  /** TYPICAL or LARGE: one plan. */
  @Param({"TYPICAL"})
  public DatasetSize dataset;

  private CooperationFramework plan;
  private RollupOptions options;
  private final ByteArrayOutputStream page = new ByteArrayOutputStream(1 << 20);

  /** Generates the plan. */
  @Setup
  public void setUp() {
    plan = Datasets.get(dataset).plans().get(0);
    options = RollupOptions.builder().asOf(Datasets.AS_OF).build();
  }

  /**
   * Writes the plan's HTML page as of the datasets' date into memory. The buffer is the trial's,
   * emptied before each page: a fresh one of 1 MiB per call (as before 2026-12-02) was a G1
   * "humongous" allocation on a 4 GiB heap, and its copy by {@code toByteArray()} priced memory
   * management, not the report (the roll-up side returns its objects, copying nothing).
   *
   * @return the page's length in bytes
   * @throws IOException never: the page goes to memory
   */
  @Benchmark
  public int htmlReport() throws IOException {
    page.reset();
    HtmlReport.standard().write(plan, Datasets.AS_OF, page);
    return page.size();
  }

  /**
   * Rolls the plan up as of the same date.
   *
   * @return the roll-up
   */
  @Benchmark
  public RollupReport rollup() {
    return Rollup.compute(plan, options);
  }
}
