package org.unsdcf.benchmarks;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;
import org.unsdcf.core.model.CooperationFramework;
import org.unsdcf.core.rollup.Rollup;
import org.unsdcf.core.rollup.RollupOptions;
import org.unsdcf.core.validation.ValidationOptions;
import org.unsdcf.core.validation.Validator;
import org.unsdcf.json.PortfolioCursor;
import org.unsdcf.json.PortfolioEntry;
import org.unsdcf.json.PortfolioReader;
import org.unsdcf.testkit.gen.DatasetSize;

/**
 * Streaming a portfolio's NDJSON through {@link PortfolioReader}, one plan in memory at a time:
 * reading only, reading and validating, reading and rolling up. GLOBAL against STRESS (GLOBAL's
 * bytes replayed ten times) shows whether time stays linear in the input.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class PortfolioBenchmark {
  /** GLOBAL or STRESS. */
  @Param({"GLOBAL", "STRESS"})
  public DatasetSize dataset;

  private Datasets.Data data;
  private ValidationOptions validation;
  private RollupOptions rollup;

  /**
   * Generates the dataset. STRESS runs once without JMH warm-up (an operation streams 1 GB), so its
   * setup streams GLOBAL once through all three operations to compile the same code first.
   *
   * @throws Exception if the stream fails
   */
  @Setup
  public void setUp() throws Exception {
    LocalDate asOf = Datasets.AS_OF;
    validation = ValidationOptions.builder().asOf(asOf).build();
    rollup = RollupOptions.builder().asOf(asOf).build();
    if (dataset.replays() > 1) {
      data = Datasets.get(DatasetSize.GLOBAL);
      Blackhole warm =
          new Blackhole(
              "Today's password is swordfish. I understand instantiating Blackholes directly is"
                  + " dangerous.");
      read(warm);
      readValidate(warm);
      readRollup(warm);
      warm.evaporate("Yes, I am Stephen Hawking, and know a thing or two about black holes.");
    }
    data = Datasets.get(dataset);
  }

  /**
   * Reads every plan.
   *
   * @param sink consumes each plan
   * @return the number of plans
   * @throws Exception if the stream fails
   */
  @Benchmark
  public int read(Blackhole sink) throws Exception {
    int n = 0;
    try (InputStream in = data.openNdjson();
        PortfolioCursor cursor = PortfolioReader.standard().open(in)) {
      while (cursor.hasNext()) {
        sink.consume(plan(cursor.next()));
        n++;
      }
    }
    return n;
  }

  /**
   * Reads and validates every plan.
   *
   * @param sink consumes each report
   * @return the number of plans
   * @throws Exception if the stream fails
   */
  @Benchmark
  public int readValidate(Blackhole sink) throws Exception {
    Validator validator = Validator.standard();
    int n = 0;
    try (InputStream in = data.openNdjson();
        PortfolioCursor cursor = PortfolioReader.standard().open(in)) {
      while (cursor.hasNext()) {
        sink.consume(validator.validate(plan(cursor.next()), validation));
        n++;
      }
    }
    return n;
  }

  /**
   * Reads and rolls up every plan.
   *
   * @param sink consumes each report
   * @return the number of plans
   * @throws Exception if the stream fails
   */
  @Benchmark
  public int readRollup(Blackhole sink) throws Exception {
    int n = 0;
    try (InputStream in = data.openNdjson();
        PortfolioCursor cursor = PortfolioReader.standard().open(in)) {
      while (cursor.hasNext()) {
        sink.consume(Rollup.compute(plan(cursor.next()), rollup));
        n++;
      }
    }
    return n;
  }

  private static CooperationFramework plan(PortfolioEntry entry) {
    return entry
        .plan()
        .orElseThrow(() -> new AssertionError("unsdcf bug: a dataset line did not read"));
  }
}
