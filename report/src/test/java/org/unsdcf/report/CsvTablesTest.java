package org.unsdcf.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.unsdcf.core.model.CooperationFramework;
import org.unsdcf.core.rollup.Rollup;
import org.unsdcf.core.rollup.RollupOptions;
import org.unsdcf.core.rollup.RollupReport;
import org.unsdcf.core.validation.ValidationOptions;
import org.unsdcf.core.validation.ValidationReport;
import org.unsdcf.core.validation.Validator;
import org.unsdcf.testkit.SamplePlans;
import org.unsdcf.testkit.gen.PlanGenerator;
import org.unsdcf.testkit.gen.Seeds;

class CsvTablesTest {
  private static final long BASE_SEED = 4_180L;

  static Stream<Arguments> cases() {
    return Seeds.ramp(BASE_SEED, 24, 16);
  }

  private static RollupReport rollup(CooperationFramework plan) {
    return Rollup.compute(plan, RollupOptions.builder().asOf(Pages.AS_OF).build());
  }

  private static ValidationReport validation(CooperationFramework plan) {
    return Validator.standard()
        .validate(plan, ValidationOptions.builder().asOf(Pages.AS_OF).build());
  }

  private static String rollupCsv(RollupReport report) throws IOException {
    StringBuilder out = new StringBuilder();
    CsvTables.rollup(report, out);
    return out.toString();
  }

  private static String findingsCsv(ValidationReport report) throws IOException {
    StringBuilder out = new StringBuilder();
    CsvTables.findings(report, out);
    return out.toString();
  }

  private static List<List<String>> records(String csv) {
    assertThat(csv).startsWith("\uFEFF");
    return Rfc4180.parse(csv.substring(1));
  }

  @Test
  void should_write_the_worked_example_roll_up_node_rows_then_indicator_rows() throws IOException {
    List<List<String>> rows = records(rollupCsv(rollup(SamplePlans.kyrgyzstan())));

    assertThat(rows.get(0)).isEqualTo(CsvTables.ROLLUP_COLUMNS);
    List<String> root = rows.get(1);
    assertThat(root.subList(0, 19))
        .containsExactly(
            "node",
            "FRAMEWORK",
            "KGZ-2023-2027",
            "",
            "ON_TRACK",
            "",
            "0.2500",
            "1.0000",
            "1.0000",
            "1",
            "1",
            "0",
            "1",
            "120000",
            "80000",
            "60000",
            "40000",
            "0.6667",
            "0.7500");
    assertThat(rows)
        .extracting(r -> r.get(0) + " " + r.get(1) + " " + r.get(2))
        .containsExactly(
            "row level code",
            "node FRAMEWORK KGZ-2023-2027",
            "node PRIORITY_AREA SP1",
            "node OUTCOME OC1.1",
            "node OUTPUT OP1.1.1",
            "node SUB_OUTPUT 1.1.1.01",
            "indicator OUTCOME OC1.1-I1",
            "indicator OUTPUT OP1.1.1-I1");
    List<String> indicator = rows.get(6);
    assertThat(indicator.get(CsvTables.ROLLUP_COLUMNS.indexOf("status"))).isEqualTo("ON_TRACK");
    assertThat(indicator.get(CsvTables.ROLLUP_COLUMNS.indexOf("achievement"))).isEqualTo("0.2500");
    assertThat(indicator.get(CsvTables.ROLLUP_COLUMNS.indexOf("expected"))).isEqualTo("0.1829");
    assertThat(indicator.get(CsvTables.ROLLUP_COLUMNS.indexOf("pace"))).isEqualTo("1.3668");
    assertThat(indicator.get(CsvTables.ROLLUP_COLUMNS.indexOf("owner"))).isEqualTo("OC1.1");
    assertThat(indicator.get(CsvTables.ROLLUP_COLUMNS.indexOf("required"))).isEmpty();
  }

  @ParameterizedTest(name = "seed={0} size={1}")
  @MethodSource("cases")
  void should_write_rectangular_tables_that_read_back(long seed, int size) throws IOException {
    CooperationFramework plan = PlanGenerator.plan(seed, size);
    RollupReport rollup = rollup(plan);
    ValidationReport validation = validation(plan);

    List<List<String>> rows = records(rollupCsv(rollup));
    List<List<String>> findings = records(findingsCsv(validation));

    assertThat(rows).allSatisfy(r -> assertThat(r).hasSize(CsvTables.ROLLUP_COLUMNS.size()));
    assertThat(rows.stream().filter(r -> r.get(0).equals("indicator")))
        .hasSize(rollup.indicators().size());
    assertThat(findings).hasSize(validation.findings().size() + 1);
    for (int i = 0; i < validation.findings().size(); i++) {
      var f = validation.findings().get(i);
      assertThat(findings.get(i + 1))
          .containsExactly(
              f.severity().name(),
              f.code(),
              undefuse(f.path()),
              f.subject(),
              undefuse(f.message()));
    }
    assertThat(rollupCsv(rollup)).as("deterministic").isEqualTo(rollupCsv(rollup(plan)));
  }

  /** What a reader gets back after stripping the formula guard the writer added. */
  private static String undefuse(String text) {
    return CsvTables.defused(text);
  }

  @Test
  void should_quote_and_defuse_hostile_finding_text() throws IOException {
    String csv = findingsCsv(Hostile.report("KGZ-2023-2027"));
    List<List<String>> rows = records(csv);

    assertThat(rows.get(0)).containsExactly("severity", "code", "path", "subject", "message");
    assertThat(rows.get(1))
        .containsExactly(
            "ERROR", "STR-009", "", "KGZ-2023-2027", "'=HYPERLINK(\"x\") " + Hostile.TEXT);
    assertThat(rows.get(2))
        .containsExactly(
            "WARNING",
            "GOV-003",
            "/path/" + Hostile.TEXT,
            "Subject " + Hostile.TEXT,
            "Message " + Hostile.TEXT);
    assertThat(csv).contains("\"'=HYPERLINK(\"\"x\"\")");
  }

  @Test
  void should_prefix_each_formula_lead_character_and_nothing_else() {
    assertThat(CsvTables.defused("=1")).isEqualTo("'=1");
    assertThat(CsvTables.defused("+1")).isEqualTo("'+1");
    assertThat(CsvTables.defused("-1")).isEqualTo("'-1");
    assertThat(CsvTables.defused("@SUM(A1)")).isEqualTo("'@SUM(A1)");
    assertThat(CsvTables.defused("a=1")).isEqualTo("a=1");
    assertThat(CsvTables.defused("")).isEmpty();
    assertThat(CsvTables.field("a,b")).isEqualTo("\"a,b\"");
    assertThat(CsvTables.field("a\nb")).isEqualTo("\"a\nb\"");
    assertThat(CsvTables.field("a\rb")).isEqualTo("\"a\rb\"");
    assertThat(CsvTables.field("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
    assertThat(CsvTables.field("plain")).isEqualTo("plain");
  }

  @Test
  void should_write_negative_numbers_as_numbers() throws IOException {
    // DECREASE b = 40, t = 0 with a = 44 at the end of 2025 gives achievement -0.1 (design §7.5).
    RollupReport report = rollup(SamplePlans.everyDirectionAndAccumulation());
    List<List<String>> rows = records(rollupCsv(report));
    int achievement = CsvTables.ROLLUP_COLUMNS.indexOf("achievement");

    assertThat(rows)
        .filteredOn(r -> r.get(0).equals("indicator") && r.get(achievement).startsWith("-"))
        .isNotEmpty();
  }
}
