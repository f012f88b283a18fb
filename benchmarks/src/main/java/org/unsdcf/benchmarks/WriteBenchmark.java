package org.unsdcf.benchmarks;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.unsdcf.benchmarks.pojo.PlanPojos;
import org.unsdcf.core.model.CooperationFramework;
import org.unsdcf.json.PlanWriter;
import org.unsdcf.testkit.gen.DatasetSize;

/**
 * Writing one plan as COMPACT JSON: unsdcf's writer from the model, Jackson databind from the
 * equivalent POJOs (read by databind from the same bytes).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class WriteBenchmark {
  /** TYPICAL or LARGE: one plan. */
  @Param({"TYPICAL"})
  public DatasetSize dataset;

  private CooperationFramework plan;
  private PlanPojos.Plan pojo;

  /** Generates the plan and its POJO twin. */
  @Setup
  public void setUp() {
    Datasets.Data data = Datasets.get(dataset);
    plan = data.plans().get(0);
    pojo = Jackson.MAPPER.readValue(data.first(), PlanPojos.Plan.class);
    int ours = ourWrite().length;
    int theirs = databindWrite().length;
    if (Math.abs(ours - theirs) > ours / 100) {
      throw new AssertionError(
          "the two writers should write about the same bytes, but wrote "
              + ours
              + " and "
              + theirs);
    }
  }

  /**
   * Writes with unsdcf's writer.
   *
   * @return the JSON
   */
  @Benchmark
  public byte[] ourWrite() {
    return PlanWriter.compact().write(plan);
  }

  /**
   * Writes the POJOs with Jackson databind.
   *
   * @return the JSON
   */
  @Benchmark
  public byte[] databindWrite() {
    return Jackson.MAPPER.writeValueAsBytes(pojo);
  }
}
