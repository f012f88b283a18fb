package org.unsdcf.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unsdcf.json.internal.Factories;
import tools.jackson.core.JsonGenerator;

/** design.md §11 "Writing bytes", on the generator the writer uses. */
class WriterBytesTest {

  private static String compact(String value) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JsonGenerator g = Factories.generator(out, false)) {
      g.writeString(value);
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void escapes_exactly_the_json_required_characters() {
    assertThat(compact("\" \\ \b \f \n \r \t")).isEqualTo("\"\\\" \\\\ \\b \\f \\n \\r \\t\"");
  }

  @Test
  void other_c0_controls_are_upper_case_hex() {
    assertThat(compact("\u0000\u0001\u001a\u001f")).isEqualTo("\"\\u0000\\u0001\\u001A\\u001F\"");
  }

  @Test
  void slash_del_line_separators_and_non_ascii_are_raw() {
    String raw = "/ \u007f \u2028 \u2029 \u00e9 \ud83d\ude00 </script>";
    assertThat(compact(raw)).isEqualTo("\"" + raw + "\"");
  }

  @Test
  void pretty_layout_of_nested_and_empty_containers() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JsonGenerator g = Factories.generator(out, true)) {
      g.writeStartObject();
      g.writeName("a");
      g.writeStartArray();
      g.writeNumber(1);
      g.writeStartObject();
      g.writeEndObject();
      g.writeEndArray();
      g.writeName("b");
      g.writeStartArray();
      g.writeEndArray();
      g.writeEndObject();
    }
    assertThat(out.toString(StandardCharsets.UTF_8))
        .isEqualTo("{\n  \"a\": [\n    1,\n    {}\n  ],\n  \"b\": []\n}");
  }

  @Test
  void reads_and_writes_files_and_streams(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("plan.json");
    try (var out = Files.newOutputStream(file)) {
      PlanWriter.pretty().write(Plans.kyrgyzstan(), out);
    }
    assertThat(Files.readAllBytes(file)).isEqualTo(PlanWriterTest.golden());
    assertThat(PlanReader.standard().read(file)).isEqualTo(Plans.kyrgyzstan());
    try (var in = Files.newInputStream(file)) {
      assertThat(PlanReader.standard().read(in)).isEqualTo(Plans.kyrgyzstan());
    }
  }
}
