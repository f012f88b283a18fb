package org.unsdcf.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.unsdcf.core.model.CooperationFramework;
import org.unsdcf.core.validation.Finding;
import org.unsdcf.core.validation.RuleCatalogue;
import org.unsdcf.core.validation.ValidationReport;
import org.unsdcf.json.JsonLocator;
import org.unsdcf.json.PlanWriter;
import org.unsdcf.testkit.gen.PlanGenerator;
import org.unsdcf.testkit.gen.Seeds;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

class SarifTest {
  private static final ObjectMapper MAPPER = JsonMapper.builder().build();
  private static final long BASE_SEED = 2_100L;

  static Stream<Arguments> cases() {
    return Seeds.ramp(BASE_SEED, 16, 16);
  }

  @Test
  void should_point_each_result_at_its_line_and_column() {
    byte[] document = Sarifs.slippedEndorsement();
    ValidationReport report = Sarifs.validate(document);
    JsonNode run = MAPPER.readTree(Sarifs.sarif(report, document)).get("runs").get(0);

    JsonNode gov003 = result(run, "GOV-003");
    assertThat(gov003.get("level").asString()).isEqualTo("warning");
    JsonNode location = gov003.get("locations").get(0);
    assertThat(location.at("/physicalLocation/artifactLocation/uri").asString())
        .isEqualTo(Sarifs.URI);
    assertThat(location.at("/logicalLocations/0/fullyQualifiedName").asString())
        .isEqualTo("/jointWorkPlans/0/endorsement/date");
    // The oracle: where the slipped date's text is in the document.
    String text = new String(document, StandardCharsets.UTF_8);
    int at = text.indexOf("\"2022-03-24\"");
    String before = text.substring(0, at);
    int line = (int) before.chars().filter(c -> c == '\n').count() + 1;
    int column = before.length() - before.lastIndexOf('\n');
    assertThat(location.at("/physicalLocation/region/startLine").asInt()).isEqualTo(line);
    assertThat(location.at("/physicalLocation/region/startColumn").asInt()).isEqualTo(column);
    assertThat(run.get("columnKind").asString()).isEqualTo("unicodeCodePoints");
  }

  @Test
  void should_list_every_catalogued_rule_and_index_results_into_them() {
    byte[] document = Sarifs.slippedEndorsement();
    JsonNode run =
        MAPPER.readTree(Sarifs.sarif(Sarifs.validate(document), document)).get("runs").get(0);
    JsonNode rules = run.at("/tool/driver/rules");

    assertThat(rules.size()).isEqualTo(RuleCatalogue.rules().size());
    for (JsonNode result : run.get("results")) {
      int index = result.get("ruleIndex").asInt();
      assertThat(rules.get(index).get("id").asString()).isEqualTo(result.get("ruleId").asString());
    }
    assertThat(run.at("/tool/driver/name").asString()).isEqualTo("unsdcf");
  }

  @ParameterizedTest(name = "seed={0} size={1}")
  @MethodSource("cases")
  void should_write_one_result_per_finding_in_order(long seed, int size) {
    CooperationFramework plan = PlanGenerator.plan(seed, size);
    byte[] document = PlanWriter.pretty().write(plan);
    ValidationReport report = Sarifs.validate(document);
    byte[] sarif = Sarifs.sarif(report, document);
    JsonNode results = MAPPER.readTree(sarif).at("/runs/0/results");

    assertThat(results.size()).isEqualTo(report.findings().size());
    JsonLocator locator = JsonLocator.of(document);
    for (int i = 0; i < report.findings().size(); i++) {
      Finding f = report.findings().get(i);
      JsonNode r = results.get(i);
      assertThat(r.get("ruleId").asString()).isEqualTo(f.code());
      assertThat(r.get("level").asString()).isEqualTo(Sarif.level(f.severity()));
      assertThat(r.at("/message/text").asString()).isEqualTo(f.message());
      assertThat(r.at("/properties/subject").asString()).isEqualTo(f.subject());
      assertThat(r.at("/locations/0/physicalLocation/region/startLine").asInt())
          .isEqualTo(locator.locate(f.path()).orElseThrow().line());
    }
    assertThat(Sarifs.sarif(report, document)).as("deterministic").isEqualTo(sarif);
  }

  @Test
  void should_carry_hostile_text_exactly() {
    byte[] document = PlanWriter.pretty().write(Hostile.plan());
    ValidationReport report = Hostile.report("KGZ-2023-2027");
    JsonNode results = MAPPER.readTree(Sarifs.sarif(report, document)).at("/runs/0/results");

    List<String> messages =
        List.of(
            results.get(0).at("/message/text").asString(),
            results.get(1).at("/message/text").asString());
    assertThat(messages)
        .containsExactly("=HYPERLINK(\"x\") " + Hostile.TEXT, "Message " + Hostile.TEXT);
    assertThat(results.get(1).at("/properties/arguments/date").asString()).isEqualTo(Hostile.TEXT);
    assertThat(results.get(1).at("/locations/0/logicalLocations/0/fullyQualifiedName").asString())
        .isEqualTo("/path/" + Hostile.TEXT);
    // An unknown path is located at its nearest present ancestor: the root.
    assertThat(results.get(1).at("/locations/0/physicalLocation/region/startLine").asInt())
        .isEqualTo(1);
  }

  @Test
  void should_map_severities_to_sarif_levels() {
    assertThat(Sarif.level(org.unsdcf.core.validation.Severity.ERROR)).isEqualTo("error");
    assertThat(Sarif.level(org.unsdcf.core.validation.Severity.WARNING)).isEqualTo("warning");
    assertThat(Sarif.level(org.unsdcf.core.validation.Severity.INFO)).isEqualTo("note");
  }

  private static JsonNode result(JsonNode run, String code) {
    for (JsonNode r : run.get("results")) {
      if (r.get("ruleId").asString().equals(code)) {
        return r;
      }
    }
    throw new AssertionError("no result " + code);
  }
}
