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
import org.openjdk.jmh.infra.Blackhole;
import org.unsdcf.benchmarks.pojo.PlanPojos;
import org.unsdcf.core.model.CooperationFramework;
import org.unsdcf.json.PlanReader;
import org.unsdcf.testkit.gen.DatasetSize;

/**
 * Reading one plan's COMPACT JSON three ways on the same bytes: unsdcf's strict reader, a raw
 * jackson-core token scan, and Jackson databind into plain POJOs; beside them, the construction of
 * the same plan's objects through core's builders alone ({@link Construction}), the floor under any
 * reader that builds core's model.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ReadBenchmark {
  /** TYPICAL or LARGE: one plan. */
  @Param({"TYPICAL"})
  public DatasetSize dataset;

  private byte[] json;
  private Construction construction;

  /** Generates the dataset and checks the three readers agree it reads. */
  @Setup
  public void setUp() {
    json = Datasets.get(dataset).first();
    CooperationFramework plan = Datasets.get(dataset).plans().get(0);
    if (!PlanReader.standard().read(json).equals(plan)) {
      throw new AssertionError("unsdcf bug: the plan does not round-trip");
    }
    if (!Construction.rebuildsEqual(plan)) {
      throw new AssertionError("unsdcf bug: an object of the plan does not rebuild equal");
    }
    construction = Construction.of(plan);
    if (Jackson.scan(json) == 0 || databindRead().priorityAreas.isEmpty()) {
      throw new AssertionError("unsdcf bug: the comparison points read nothing");
    }
  }

  /**
   * Reads with unsdcf's strict reader.
   *
   * @return the plan
   */
  @Benchmark
  public CooperationFramework strictRead() {
    return PlanReader.standard().read(json);
  }

  /**
   * Scans the tokens with jackson-core.
   *
   * @return a checksum
   */
  @Benchmark
  public long tokenScan() {
    return Jackson.scan(json);
  }

  /**
   * Reads into POJOs with Jackson databind.
   *
   * @return the POJO tree
   */
  @Benchmark
  public PlanPojos.Plan databindRead() {
    return Jackson.MAPPER.readValue(json, PlanPojos.Plan.class);
  }

  /**
   * Builds each object of the plan once more through core's builders, from values already at hand.
   *
   * @param sink where each built object goes
   */
  @Benchmark
  public void construct(Blackhole sink) {
    construction.run(sink);
  }
}
