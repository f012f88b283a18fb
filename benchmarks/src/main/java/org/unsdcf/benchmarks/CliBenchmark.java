package org.unsdcf.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.unsdcf.testkit.gen.DatasetSize;

/**
 * The command line as a user meets it: {@code java -jar unsdcf.jar validate typical.json --as-of
 * 2024-06-30} as a whole process, JVM start-up included. The jar is {@code cli/target/unsdcf.jar}
 * under the working directory, or the system property {@code unsdcf.cli.jar}; {@code run.sh} skips
 * this benchmark with a message when it is absent.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class CliBenchmark {
  private Path jar;
  private Path plan;
  private String java;

  /**
   * Writes the typical plan to a temporary file.
   *
   * @throws IOException if it cannot be written
   */
  @Setup
  public void setUp() throws IOException {
    jar = Path.of(System.getProperty("unsdcf.cli.jar", "cli/target/unsdcf.jar")).toAbsolutePath();
    if (!Files.isRegularFile(jar)) {
      throw new IllegalStateException(
          "no CLI jar at "
              + jar
              + ": build it (mvn -B -ntp install -DskipTests) or skip CliBenchmark");
    }
    plan = Files.createTempFile("typical", ".json");
    Files.write(plan, Datasets.get(DatasetSize.TYPICAL).first());
    java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  /**
   * Deletes the temporary file.
   *
   * @throws IOException if it cannot be deleted
   */
  @TearDown
  public void tearDown() throws IOException {
    Files.deleteIfExists(plan);
  }

  /**
   * Runs {@code validate} in a new JVM.
   *
   * @return the exit code (0 or 1: the plan is read and validated either way)
   * @throws Exception if the process cannot be started or fails to read the plan
   */
  @Benchmark
  public int validate() throws Exception {
    Process process =
        new ProcessBuilder(
                List.of(
                    java,
                    "-jar",
                    jar.toString(),
                    "validate",
                    plan.toString(),
                    "--as-of",
                    Datasets.AS_OF.toString()))
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .start();
    int exit = process.waitFor();
    if (exit > 1) {
      throw new IllegalStateException("the CLI exited with " + exit);
    }
    return exit;
  }
}
