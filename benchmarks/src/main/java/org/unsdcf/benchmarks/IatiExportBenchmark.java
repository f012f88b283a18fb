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
import org.unsdcf.core.model.CooperationFramework;
import org.unsdcf.iati.IatiWriter;
import org.unsdcf.json.PlanWriter;
import org.unsdcf.testkit.gen.DatasetSize;

/**
 * The IATI 2.03 export of one plan against our JSON write of the same plan (design §19: IATI export
 * / JSON write ≤ 3). IATI's document is several times the JSON's size (an element per value, a
 * narrative per text), so the ratio mostly measures bytes.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class IatiExportBenchmark {
  /** TYPICAL or LARGE: one plan. */
  @Param({"TYPICAL"})
  public DatasetSize dataset;

  private CooperationFramework plan;
  private IatiWriter iati;

  /** Generates the plan and checks that the export carries all of it. */
  @Setup
  public void setUp() {
    plan = Datasets.get(dataset).plans().get(0);
    iati =
        IatiWriter.builder()
            .reportingOrg("XM-DAC-41114", "United Nations Development Programme", "40")
            .asOf(Datasets.AS_OF)
            .build();
    if (iatiExport().length < jsonPrettyWrite().length) {
      throw new AssertionError("the IATI document should not be smaller than the JSON");
    }
  }

  /**
   * Writes the plan as an IATI activity file.
   *
   * @return the XML
   */
  @Benchmark
  public byte[] iatiExport() {
    return iati.write(plan);
  }

  /**
   * Writes the plan as COMPACT JSON, the denominator of the goal's stricter reading.
   *
   * @return the JSON
   */
  @Benchmark
  public byte[] jsonCompactWrite() {
    return PlanWriter.compact().write(plan);
  }

  /**
   * Writes the plan as PRETTY JSON (the default layout), indented like the IATI document: the
   * denominator of the goal as RESULTS.md judges it first.
   *
   * @return the JSON
   */
  @Benchmark
  public byte[] jsonPrettyWrite() {
    return PlanWriter.pretty().write(plan);
  }
}
