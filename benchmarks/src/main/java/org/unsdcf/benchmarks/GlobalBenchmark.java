package org.unsdcf.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;
import org.unsdcf.core.model.CooperationFramework;
import org.unsdcf.core.rollup.Rollup;
import org.unsdcf.core.rollup.RollupOptions;
import org.unsdcf.core.validation.ValidationOptions;
import org.unsdcf.core.validation.ValidationReport;
import org.unsdcf.core.validation.Validator;
import org.unsdcf.json.PlanReader;
import org.unsdcf.testkit.gen.DatasetSize;

/**
 * The GLOBAL dataset (160 plans) in memory: reading each plan's bytes, validating and rolling up
 * the read models. Compared in the same run: validate / read, roll-up / read and the roll-up's own
 * work given each plan's validation report / read (issue 13 goal: at most 0.25).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class GlobalBenchmark {
  private List<byte[]> lines;
  private List<CooperationFramework> plans;
  private ValidationOptions validation;
  private RollupOptions rollup;
  private List<ValidationReport> reports;

  /** Generates the dataset. */
  @Setup
  public void setUp() {
    Datasets.Data data = Datasets.get(DatasetSize.GLOBAL);
    lines = data.lines();
    plans = data.plans();
    validation = ValidationOptions.builder().asOf(Datasets.AS_OF).build();
    rollup = RollupOptions.builder().asOf(Datasets.AS_OF).build();
    Validator validator = Validator.standard();
    List<ValidationReport> made = new ArrayList<>(plans.size());
    for (CooperationFramework plan : plans) {
      made.add(validator.validate(plan, validation));
    }
    reports = List.copyOf(made);
  }

  /**
   * Reads the 160 plans with the strict reader.
   *
   * @param sink consumes each plan
   */
  @Benchmark
  public void read(Blackhole sink) {
    PlanReader reader = PlanReader.standard();
    for (byte[] line : lines) {
      sink.consume(reader.read(line));
    }
  }

  /**
   * Validates the 160 plans.
   *
   * @param sink consumes each report
   */
  @Benchmark
  public void validate(Blackhole sink) {
    Validator validator = Validator.standard();
    for (CooperationFramework plan : plans) {
      sink.consume(validator.validate(plan, validation));
    }
  }

  /**
   * Rolls up the 160 plans (which validates each too, design.md §11).
   *
   * @param sink consumes each report
   */
  @Benchmark
  public void rollup(Blackhole sink) {
    for (CooperationFramework plan : plans) {
      sink.consume(Rollup.compute(plan, rollup));
    }
  }

  /**
   * Rolls up the 160 plans given each plan's validation report, made in the setup: the roll-up's
   * own work.
   *
   * @param sink consumes each report
   */
  @Benchmark
  public void rollupWithReport(Blackhole sink) {
    for (int i = 0; i < plans.size(); i++) {
      sink.consume(Rollup.compute(plans.get(i), rollup, reports.get(i)));
    }
  }
}
