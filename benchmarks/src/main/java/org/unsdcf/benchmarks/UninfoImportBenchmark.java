package org.unsdcf.benchmarks;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.unsdcf.uninfo.ActivityReportFormat;
import org.unsdcf.uninfo.ActivityReportReader;
import org.unsdcf.uninfo.UnInfoImport;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.dataformat.csv.CsvFactory;
import tools.jackson.dataformat.csv.CsvReadFeature;

/**
 * Importing UN INFO's ECA activity report (CSV, 496 rows) against a raw jackson-dataformat-csv row
 * scan of the same bytes (design §19: import / scan ≥ 0.5 as throughput). The file is others' real
 * data and is never copied into the project: it is read from {@code file}, by default the shared
 * folder beside the clone (run from the project root, as {@code run.sh} does).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class UninfoImportBenchmark {
  private static final CsvFactory CSV =
      CsvFactory.builder().enable(CsvReadFeature.WRAP_AS_ARRAY).build();

  /** The activity report to read. */
  @Param({"../shared/data/external/uninfo/uninfo-activity-report_ECA_Education.csv"})
  public String file;

  private byte[] bytes;

  /** Reads the file and checks both sides see its 496 rows. */
  @Setup
  public void setUp() {
    try {
      bytes = Files.readAllBytes(Path.of(file));
    } catch (IOException e) {
      throw new UncheckedIOException("the ECA export is read from " + file, e);
    }
    if (importReport().entries() == 0 || scan() == 0) {
      throw new AssertionError("unsdcf bug: the comparison points read nothing");
    }
  }

  /**
   * Imports the report into plans.
   *
   * @return the import
   */
  @Benchmark
  public UnInfoImport importReport() {
    try {
      return ActivityReportReader.standard()
          .read(new ByteArrayInputStream(bytes), ActivityReportFormat.CSV);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Scans every record's cells with jackson-dataformat-csv, as strings.
   *
   * @return a checksum (the cells' total length)
   */
  @Benchmark
  public long scan() {
    long sum = 0;
    try (JsonParser p = CSV.createParser(ObjectReadContext.empty(), bytes)) {
      JsonToken t;
      while ((t = p.nextToken()) != null) {
        if (t == JsonToken.VALUE_STRING) {
          sum += p.getString().length();
        }
      }
    }
    return sum;
  }
}
