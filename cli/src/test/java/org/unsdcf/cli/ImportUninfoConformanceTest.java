package org.unsdcf.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code import uninfo} of each real UN INFO export (read from {@code unsdcf.external}): it exits 0
 * (none deserves an ERROR), never 2, prints no stack trace, and {@code validate --portfolio} of its
 * output runs over every plan.
 */
@Tag("conformance")
class ImportUninfoConformanceTest {
  @TempDir Path dir;

  static Stream<String> files() {
    return Stream.of(
        "uninfo_activity-report_KG_KZ_subset.csv",
        "uninfo-activity-report_ECA_Education.csv",
        "uninfo-activity-report_ECA_Education.xlsx");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("files")
  void every_export_imports_and_its_portfolio_validates(String name) throws IOException {
    String external = System.getProperty("unsdcf.external");
    assertThat(external)
        .as("system property unsdcf.external (the conformance profile sets it)")
        .isNotBlank();
    Path file = Path.of(external, "uninfo", name);
    assertThat(file).exists();

    CliRun imported = CliRun.run("import", "uninfo", file.toString());
    Path ndjson = dir.resolve("plans.ndjson");
    Files.writeString(ndjson, imported.out);
    CliRun validated =
        CliRun.run("validate", "--portfolio", ndjson.toString(), "--as-of", "2025-06-30");

    assertThat(imported.status).as(imported.err).isZero();
    assertThat(imported.err).doesNotContain("Exception").doesNotContain("\tat ");
    String[] err = imported.err.split("\n");
    assertThat(err[err.length - 1]).startsWith("uninfo: ").contains("problems: errors 0,");
    long plans = imported.out.lines().count();
    assertThat(validated.status).as(validated.toString()).isIn(0, 1);
    assertThat(validated.out).contains("portfolio: " + plans + " plans").contains("0 unreadable");
  }
}
