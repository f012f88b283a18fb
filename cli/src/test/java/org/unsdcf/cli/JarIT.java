package org.unsdcf.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unsdcf.core.model.CooperationFramework;
import org.unsdcf.json.PlanWriter;
import org.unsdcf.testkit.SamplePlans;
import org.unsdcf.testkit.gen.PlanGenerator;

/** Launches the built {@code target/unsdcf.jar} as a process, as a user would. */
class JarIT {
  private static final Path JAR = Path.of("target", "unsdcf.jar");

  @TempDir Path dir;

  /** What one process printed and returned. */
  record Result(int status, String out, String err) {}

  private static Result launch(byte[] stdin, String... args)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx256m");
    command.add("-jar");
    command.add(JAR.toString());
    command.addAll(List.of(args));
    Process process = new ProcessBuilder(command).start();
    try (OutputStream in = process.getOutputStream()) {
      in.write(stdin);
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    Thread errPump = new Thread(() -> pump(process.getErrorStream(), err));
    errPump.start();
    pump(process.getInputStream(), out);
    assertThat(process.waitFor(5, TimeUnit.MINUTES)).as("process ended").isTrue();
    errPump.join();
    return new Result(
        process.exitValue(),
        out.toString(StandardCharsets.UTF_8),
        err.toString(StandardCharsets.UTF_8));
  }

  private static void pump(java.io.InputStream from, ByteArrayOutputStream to) {
    try {
      from.transferTo(to);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void should_validate_a_good_file() throws Exception {
    Path file = dir.resolve("kgz.json");
    Files.write(file, PlanWriter.pretty().write(SamplePlans.kyrgyzstan()));
    Result r = launch(new byte[0], "validate", file.toString(), "--as-of", "2024-06-30");
    assertThat(r.status()).as(r.toString()).isZero();
    assertThat(r.out()).contains("KGZ-2023-2027: VALID as of 2024-06-30");
  }

  @Test
  void should_exit_1_for_a_file_with_errors() throws Exception {
    Path file = dir.resolve("empty.json");
    Files.write(
        file, PlanWriter.pretty().write(SamplePlans.kyrgyzstan().withPriorityAreas(List.of())));
    Result r = launch(new byte[0], "validate", file.toString(), "--as-of", "2024-06-30");
    assertThat(r.status()).as(r.toString()).isEqualTo(1);
    assertThat(r.out()).contains("ERROR STR-009");
  }

  @Test
  void should_exit_2_without_a_stack_trace_for_a_malformed_file() throws Exception {
    Path file = dir.resolve("bad.json");
    Files.write(file, new byte[] {'{', (byte) 0xC0, (byte) 0xAF, '}'});
    Result r = launch(new byte[0], "validate", file.toString());
    assertThat(r.status()).as(r.toString()).isEqualTo(2);
    assertThat(r.err()).contains("[ENCODING]").doesNotContain("Exception").doesNotContain("\tat ");
  }

  @Test
  void should_read_standard_input() throws Exception {
    Result example = launch(new byte[0], "example");
    assertThat(example.status()).isZero();
    Result r =
        launch(
            example.out().getBytes(StandardCharsets.UTF_8),
            "validate",
            "-",
            "--as-of",
            "2024-06-30");
    assertThat(r.status()).as(r.toString()).isZero();
    assertThat(r.out()).contains("KGZ-2023-2027: VALID");
  }

  @Test
  void should_exit_64_for_a_bad_option() throws Exception {
    Result r = launch(new byte[0], "validate", "x.json", "--strictness", "final");
    assertThat(r.status()).isEqualTo(64);
    assertThat(r.err()).startsWith("unsdcf: ").endsWith("Try 'java -jar unsdcf.jar --help'.\n");
  }

  @Test
  void should_validate_a_portfolio_of_160_plans_with_one_bad_line_in_256_mib() throws Exception {
    Path file = dir.resolve("portfolio.ndjson");
    int bad = 77;
    try (OutputStream out = Files.newOutputStream(file)) {
      for (int line = 1; line <= 160; line++) {
        if (line == bad) {
          out.write("{\"formatVersion\": 1, \"code\": \n".getBytes(StandardCharsets.UTF_8));
          continue;
        }
        CooperationFramework plan =
            new PlanGenerator(new SplittableRandom(line), 1 + line % 8).next();
        out.write(PlanWriter.compact().write(plan));
        out.write('\n');
      }
    }
    Result r =
        launch(new byte[0], "validate", "--portfolio", file.toString(), "--as-of", "2024-06-30");
    assertThat(r.status()).as(r.err()).isEqualTo(2);
    List<String> lines = r.out().lines().toList();
    assertThat(lines.get(lines.size() - 1))
        .matches("portfolio: 160 plans, \\d+ valid, \\d+ invalid, 1 unreadable");
    assertThat(lines).contains(bad + " - UNREADABLE errors 0 warnings 0 info 0");
    assertThat(lines.stream().filter(l -> l.matches("\\d+ \\S+ (VALID|INVALID) errors .*")))
        .hasSize(159);
  }
}
