package org.unsdcf.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unsdcf.core.model.CooperationFramework;
import org.unsdcf.json.PlanReader;

class JsonStepsTest {
  @TempDir Path dir;

  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

  @Test
  void should_write_the_kyrgyz_plan_to_a_file_and_read_it_back_equal() throws IOException {
    CooperationFramework plan = KyrgyzstanFramework.build();
    Path file = dir.resolve("out/kgz.json");
    CooperationFramework read = JsonRoundTrip.run(plan, Optional.of(file), out);
    assertThat(read).isEqualTo(plan);
    assertThat(PlanReader.standard().read(file)).isEqualTo(plan);
    assertThat(bytes.toString(StandardCharsets.UTF_8))
        .startsWith("KGZ-2023-2027 written as JSON (")
        .endsWith(") and read back: equal\n");
  }

  @Test
  void should_print_the_json_when_no_file_is_given() throws IOException {
    JsonRoundTrip.run(KazakhstanFramework.build(), Optional.empty(), out);
    assertThat(bytes.toString(StandardCharsets.UTF_8)).startsWith("{\n  \"formatVersion\": 1,\n");
    assertThat(Files.list(dir)).isEmpty();
  }

  @Test
  void should_embed_a_plan_in_a_jackson_document() {
    CooperationFramework plan = KazakhstanFramework.build();
    JacksonEmbedding.Submission received = JacksonEmbedding.run(plan, out);
    assertThat(received.plan()).isEqualTo(plan);
    assertThat(bytes.toString(StandardCharsets.UTF_8)).contains("read back: equal");
  }
}
