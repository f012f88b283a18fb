package org.unsdcf.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlanWriterTest {

  static byte[] golden() throws IOException {
    try (InputStream in = PlanWriterTest.class.getResourceAsStream("kyrgyzstan.pretty.json")) {
      assertThat(in).as("golden file").isNotNull();
      return in.readAllBytes();
    }
  }

  @Test
  void should_write_the_worked_example_pretty_byte_for_byte() throws IOException {
    byte[] written = PlanWriter.pretty().write(Plans.kyrgyzstan());

    assertThat(new String(written, StandardCharsets.UTF_8))
        .isEqualTo(new String(golden(), StandardCharsets.UTF_8));
  }

  @Test
  void should_put_the_entry_start_at_line_248_column_20_as_design_5_2_says() {
    String[] lines =
        new String(PlanWriter.pretty().write(Plans.kyrgyzstan()), StandardCharsets.UTF_8)
            .split("\n", -1);

    assertThat(lines[247]).startsWith("          \"start\": \"2023-08-01\"");
    assertThat(lines[247].indexOf("\"2023-08-01\"") + 1).isEqualTo(20);
  }

  @Test
  void should_end_pretty_with_one_line_feed_and_compact_with_none() {
    String pretty =
        new String(PlanWriter.pretty().write(Plans.kyrgyzstan()), StandardCharsets.UTF_8);
    String compact =
        new String(PlanWriter.compact().write(Plans.kyrgyzstan()), StandardCharsets.UTF_8);

    assertThat(pretty).endsWith("}\n").doesNotEndWith("\n\n").doesNotContain("\r");
    assertThat(compact)
        .startsWith("{\"formatVersion\":1,\"code\":\"KGZ-2023-2027\",")
        .endsWith("}")
        .doesNotContain("\n")
        .doesNotContain(" \"")
        .doesNotContain(": ");
  }

  @Test
  void should_write_ndjson_as_compact_lines() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    PlanWriter.pretty().writeNdjson(List.of(Plans.kyrgyzstan(), Plans.kyrgyzstan()), out);

    String line =
        new String(PlanWriter.compact().write(Plans.kyrgyzstan()), StandardCharsets.UTF_8);
    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(line + "\n" + line + "\n");
  }
}
