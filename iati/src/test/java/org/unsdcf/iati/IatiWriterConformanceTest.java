package org.unsdcf.iati;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import javax.xml.validation.Schema;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.unsdcf.core.model.CooperationFramework;
import org.unsdcf.testkit.IatiConformance;
import org.unsdcf.testkit.SamplePlans;
import org.unsdcf.testkit.gen.DatasetGenerator;
import org.unsdcf.testkit.gen.PlanGenerator;
import org.unsdcf.testkit.gen.Seeds;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Every export validates against the official IATI 2.03 schema with no error and passes the IATI
 * rules design §20 names ({@link IatiConformance}): testkit's sample plans, the TYPICAL benchmark
 * plan and a few hundred generated plans, each at as-of dates before, within and after its period.
 * The example frameworks of module {@code examples} are checked by the CLI's conformance test.
 */
@Tag("conformance")
class IatiWriterConformanceTest {
  private static final long BASE_SEED = 0x1A71_2003L;
  private static final List<LocalDate> AS_OF_DATES =
      List.of(LocalDate.of(2019, 12, 31), LocalDate.of(2024, 6, 30), LocalDate.of(2031, 1, 1));

  private static Schema schema;

  @BeforeAll
  static void loadSchema() {
    schema = IatiConformance.officialSchema();
  }

  static Stream<Arguments> samplePlans() {
    return Stream.of(
            Arguments.of("kyrgyzstan", SamplePlans.kyrgyzstan()),
            Arguments.of("minimal", SamplePlans.minimal()),
            Arguments.of("complete", SamplePlans.complete()),
            Arguments.of("everyMeasure", SamplePlans.everyMeasure()),
            Arguments.of("everyUnit", SamplePlans.everyUnit()),
            Arguments.of(
                "everyDirectionAndAccumulation", SamplePlans.everyDirectionAndAccumulation()),
            Arguments.of("typical", new DatasetGenerator(DatasetGenerator.DEFAULT_SEED).plan(0, 1)))
        .flatMap(a -> AS_OF_DATES.stream().map(d -> Arguments.of(a.get()[0], a.get()[1], d)));
  }

  @ParameterizedTest(name = "{0} as of {2}")
  @MethodSource("samplePlans")
  void every_sample_plan_exports_schema_valid_and_rule_clean(
      String name, CooperationFramework plan, LocalDate asOf) {
    assertConformant(plan, asOf);
  }

  static Stream<Arguments> cases() {
    return Seeds.ramp(BASE_SEED, 300);
  }

  @ParameterizedTest(name = "seed={0} size={1}")
  @MethodSource("cases")
  void every_generated_plan_exports_schema_valid_and_rule_clean(long seed, int size) {
    CooperationFramework plan = PlanGenerator.plan(seed, size);
    assertConformant(plan, AS_OF_DATES.get((int) Math.floorMod(seed, (long) AS_OF_DATES.size())));
  }

  @Test
  void every_alpha2_code_of_the_bundled_table_is_in_iatis_country_codelist() throws IOException {
    Path codelist =
        Path.of(System.getProperty("unsdcf.external"), "iati", "codelists", "Country.xml");
    Document document = IatiConformance.parse(Files.readAllBytes(codelist));
    Set<String> codes = new HashSet<>();
    NodeList items = document.getElementsByTagName("codelist-item");
    for (int i = 0; i < items.getLength(); i++) {
      Element item = (Element) items.item(i);
      if (!"withdrawn".equals(item.getAttribute("status"))) {
        codes.add(item.getElementsByTagName("code").item(0).getTextContent());
      }
    }
    assertThat(IsoCountries.all()).hasSize(250);
    assertThat(codes).containsAll(IsoCountries.all().values());
    assertThat(IsoCountries.all().values()).containsAll(codes);
  }

  @Test
  void the_schema_check_rejects_every_should_fail_fixture_of_iati_schemas() throws IOException {
    Path tests = Path.of(System.getProperty("unsdcf.external"), "iati", "schema-tests");
    List<Path> shouldFail;
    try (Stream<Path> files = Files.list(tests)) {
      shouldFail =
          files
              .filter(p -> p.getFileName().toString().startsWith("should-fail__"))
              .sorted()
              .toList();
    }
    assertThat(shouldFail).hasSize(51);
    for (Path fixture : shouldFail) {
      assertThat(IatiConformance.schemaErrors(schema, Files.readAllBytes(fixture)))
          .as("%s", fixture.getFileName())
          .isNotEmpty();
    }
  }

  @Test
  void the_rule_checks_catch_a_transaction_after_the_validators_date() {
    byte[] xml = Exported.writer(LocalDate.of(2024, 6, 30)).write(SamplePlans.kyrgyzstan());
    assertThat(IatiConformance.ruleViolations(xml, LocalDate.of(2023, 12, 30)))
        .containsExactly(
            "11.2.1 XM-DAC-47066-KGZ-2023-2027-1.1.1.01: transaction dated 2023-12-31",
            "11.2.2 XM-DAC-47066-KGZ-2023-2027-1.1.1.01: transaction value dated 2023-12-31");
  }

  private static void assertConformant(CooperationFramework plan, LocalDate asOf) {
    byte[] xml =
        IatiWriter.builder()
            .reportingOrg("XM-DAC-47066", "International Organization for Migration", "40")
            .asOf(asOf)
            .build()
            .write(plan);
    assertThat(IatiConformance.schemaErrors(schema, xml)).as("XSD errors").isEmpty();
    assertThat(IatiConformance.ruleViolations(xml, asOf)).as("IATI rule violations").isEmpty();
  }
}
