package org.unsdcf.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.stream.Stream;
import javax.xml.validation.Schema;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.unsdcf.core.model.CooperationFramework;
import org.unsdcf.iati.IatiWriteResult;
import org.unsdcf.iati.IatiWriter;
import org.unsdcf.testkit.IatiConformance;

/**
 * Both example frameworks, exported to IATI at dates before, within and after their periods,
 * validate against the official IATI 2.03 schema and pass the IATI rules of design §20.
 */
@Tag("conformance")
class ExampleFrameworksIatiConformanceTest {
  private static Schema schema;

  @BeforeAll
  static void loadSchema() {
    schema = IatiConformance.officialSchema();
  }

  static Stream<Arguments> cases() {
    return Stream.of("2020-12-31", "2024-06-30", "2028-01-01")
        .flatMap(
            d ->
                Stream.of(
                    Arguments.of(KyrgyzstanFramework.CODE, KyrgyzstanFramework.build(), d),
                    Arguments.of(KazakhstanFramework.CODE, KazakhstanFramework.build(), d)));
  }

  @ParameterizedTest(name = "{0} as of {2}")
  @MethodSource("cases")
  void every_example_framework_exports_schema_valid_and_rule_clean(
      String code, CooperationFramework plan, String date) throws Exception {
    LocalDate asOf = LocalDate.parse(date);
    IatiWriter writer =
        IatiWriter.builder()
            .reportingOrg("XM-DAC-41114", "United Nations Development Programme", "40")
            .asOf(asOf)
            .build();
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    IatiWriteResult result = writer.write(plan, out);
    byte[] xml = out.toByteArray();
    assertThat(result.activities()).isGreaterThan(1);
    assertThat(result.lossyValues()).isEmpty();
    assertThat(IatiConformance.schemaErrors(schema, xml)).as("XSD errors").isEmpty();
    assertThat(IatiConformance.ruleViolations(xml, asOf)).as("IATI rule violations").isEmpty();
  }
}
