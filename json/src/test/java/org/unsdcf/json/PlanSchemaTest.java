package org.unsdcf.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.unsdcf.json.Json.goldenWith;
import static org.unsdcf.json.Json.utf8;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

class PlanSchemaTest {
  private static final ObjectMapper MAPPER = JsonMapper.builder().build();
  private static final Schema SCHEMA =
      SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
          .getSchema(PlanSchema.text(), InputFormat.JSON);

  static List<Error> errors(byte[] json) {
    JsonNode node = MAPPER.readTree(json);
    return SCHEMA.validate(node);
  }

  @Test
  void schema_has_its_id_and_draft() {
    JsonNode schema = MAPPER.readTree(PlanSchema.text());
    assertThat(schema.get("$id").asString()).isEqualTo("urn:unsdcf:plan:1");
    assertThat(schema.get("$schema").asString())
        .isEqualTo("https://json-schema.org/draft/2020-12/schema");
    assertThat(schema.get("properties").get("formatVersion").get("const").asInt()).isEqualTo(1);
  }

  @Test
  void unit_enumeration_is_the_catalogue() {
    JsonNode units = MAPPER.readTree(PlanSchema.text()).get("$defs").get("unit").get("enum");
    List<String> symbols = new java.util.ArrayList<>();
    units.forEach(u -> symbols.add(u.asString()));
    assertThat(symbols)
        .containsExactlyElementsOf(
            org.unsdcf.core.units.UnitCatalogue.units().stream()
                .map(org.unsdcf.core.units.IndicatorUnit::symbol)
                .toList());
  }

  @Test
  void written_documents_validate() {
    for (int i = 0; i < ReaderLawsTest.HOSTILE.length; i++) {
      for (PlanWriter writer : new PlanWriter[] {PlanWriter.pretty(), PlanWriter.compact()}) {
        assertThat(errors(writer.write(ReaderLawsTest.hostile(i)))).isEmpty();
      }
    }
    assertThat(errors(PlanWriter.pretty().write(Plans.kyrgyzstan()))).isEmpty();
  }

  @Test
  void documents_the_schema_rejects_are_rejected_by_the_reader() {
    List<byte[]> bad =
        List.of(
            goldenWith("\"formatVersion\": 1", "\"formatVersion\": 1, \"@class\": \"x\""),
            goldenWith(
                "\"currency\": \"USD\",\n  \"steering", "\"currency\": \"usd\",\n  \"steering"),
            goldenWith("\"kind\": \"FINAL\"", "\"kind\": \"LAST\""),
            goldenWith("\"unit\": \"1\"", "\"unit\": \"furlong\""),
            goldenWith(
                "\"start\": \"2023-08-01\",\n          \"end\"",
                "\"start\": \"2023-8-1\",\n          \"end\""),
            goldenWith("\"version\": 1", "\"version\": 0"),
            goldenWith("\"agencies\": [\n            \"IOM\"\n          ]", "\"agencies\": []"),
            goldenWith("\"code\": \"SP1\"", "\"code\": \"S P1\""));
    for (byte[] doc : bad) {
      assertThat(errors(doc)).as(new String(doc, StandardCharsets.UTF_8)).isNotEmpty();
      assertThat(Json.problemsOf(doc).problems()).isNotEmpty();
    }
    assertThat(errors(utf8(BadInputTest.MIN))).isEmpty();
  }
}
