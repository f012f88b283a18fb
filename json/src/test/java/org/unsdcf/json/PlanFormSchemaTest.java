package org.unsdcf.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.unsdcf.core.internal.FormMember;
import org.unsdcf.core.internal.FormType;
import org.unsdcf.core.internal.PlanForm;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The JSON Schema lists, per type, exactly the description's members, so neither can drift. */
class PlanFormSchemaTest {
  private static final JsonNode SCHEMA = JsonMapper.builder().build().readTree(PlanSchema.text());

  static List<FormType<?, ?>> types() {
    return PlanForm.TYPES;
  }

  /** The schema object describing a type: the root, or its {@code $defs} entry. */
  private static JsonNode definition(FormType<?, ?> type) {
    if (type == PlanForm.PLAN) {
      return SCHEMA;
    }
    String name = type.name();
    JsonNode def =
        SCHEMA.get("$defs").get(Character.toLowerCase(name.charAt(0)) + name.substring(1));
    assertThat(def).as("$defs entry of %s", name).isNotNull();
    return def;
  }

  private static List<String> strings(Iterable<String> names) {
    List<String> list = new ArrayList<>();
    names.forEach(list::add);
    return list;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("types")
  void schema_lists_the_members_of_the_description_in_its_order(FormType<?, ?> type) {
    List<String> members = type.members().stream().map(FormMember::name).toList();
    assertThat(strings(definition(type).get("properties").propertyNames()))
        .as(type.name())
        .containsExactlyElementsOf(members);
    assertThat(definition(type).get("additionalProperties").asBoolean(true)).isFalse();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("types")
  void schema_requires_the_required_members_of_the_description(FormType<?, ?> type) {
    List<String> required = new ArrayList<>();
    JsonNode listed = definition(type).get("required");
    if (listed != null) {
      listed.forEach(n -> required.add(n.asString()));
    }
    assertThat(required)
        .as(type.name())
        .containsExactlyInAnyOrderElementsOf(
            type.members().stream()
                .filter(m -> m.presence().isRequired())
                .map(FormMember::name)
                .toList());
  }

  @Test
  void every_object_type_of_the_schema_is_described() {
    List<String> described = PlanForm.TYPES.stream().map(FormType::name).toList();
    List<String> objects = new ArrayList<>();
    SCHEMA
        .get("$defs")
        .propertyNames()
        .forEach(
            def -> {
              if (SCHEMA.get("$defs").get(def).has("properties")) {
                objects.add(Character.toUpperCase(def.charAt(0)) + def.substring(1));
              }
            });
    objects.add(PlanForm.PLAN.name());
    assertThat(objects).containsExactlyInAnyOrderElementsOf(described);
  }
}
