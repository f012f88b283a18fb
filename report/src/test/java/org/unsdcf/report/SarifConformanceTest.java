package org.unsdcf.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.unsdcf.core.validation.Strictness;
import org.unsdcf.core.validation.ValidationReport;
import org.unsdcf.json.PlanWriter;
import org.unsdcf.testkit.SamplePlans;
import org.unsdcf.testkit.gen.PlanGenerator;
import org.unsdcf.testkit.gen.Seeds;

/** Sarif's logs against the OASIS SARIF 2.1.0 schema in {@code unsdcf.external} (design §19). */
@Tag("conformance")
class SarifConformanceTest {
  private static final long BASE_SEED = 2_101L;
  private static Schema schema;

  @BeforeAll
  static void loadSchema() throws IOException {
    String external = System.getProperty("unsdcf.external");
    assertThat(external)
        .as("system property unsdcf.external (the conformance profile sets it)")
        .isNotNull();
    Path file = Path.of(external, "sarif", "sarif-schema-2.1.0.json");
    assertThat(file).as("the SARIF 2.1.0 schema").isRegularFile();
    schema =
        SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7)
            .getSchema(Files.readString(file, StandardCharsets.UTF_8), InputFormat.JSON);
  }

  static Stream<Arguments> cases() {
    return Seeds.ramp(BASE_SEED, 12, 16);
  }

  private static List<Error> errors(byte[] sarif) {
    return schema.validate(new String(sarif, StandardCharsets.UTF_8), InputFormat.JSON);
  }

  @Test
  void should_validate_the_log_of_a_plan_with_findings() {
    byte[] document = Sarifs.slippedEndorsement();
    ValidationReport report = Sarifs.validate(document);

    assertThat(report.findings()).isNotEmpty();
    assertThat(errors(Sarifs.sarif(report, document))).isEmpty();
  }

  @Test
  void should_validate_the_log_of_a_clean_plan_and_of_hostile_text() {
    byte[] clean = PlanWriter.pretty().write(SamplePlans.kyrgyzstan());
    byte[] hostile = PlanWriter.pretty().write(Hostile.plan());

    assertThat(errors(Sarifs.sarif(Sarifs.validate(clean), clean))).isEmpty();
    assertThat(errors(Sarifs.sarif(Hostile.report("KGZ-2023-2027"), hostile))).isEmpty();
    assertThat(
            errors(
                Sarifs.sarif(
                    ValidationReport.of("X", Pages.AS_OF, Strictness.PUBLISH, List.of()),
                    new byte[0])))
        .isEmpty();
  }

  @ParameterizedTest(name = "seed={0} size={1}")
  @MethodSource("cases")
  void should_validate_the_logs_of_generated_plans(long seed, int size) {
    byte[] document = PlanWriter.pretty().write(PlanGenerator.plan(seed, size));

    assertThat(errors(Sarifs.sarif(Sarifs.validate(document), document))).isEmpty();
  }

  @Test
  void should_fail_a_log_the_schema_forbids() {
    byte[] document = Sarifs.slippedEndorsement();
    String log =
        new String(Sarifs.sarif(Sarifs.validate(document), document), StandardCharsets.UTF_8);

    assertThat(
            errors(
                log.replace("\"unicodeCodePoints\"", "\"bytes\"").getBytes(StandardCharsets.UTF_8)))
        .isNotEmpty();
  }
}
