package org.unsdcf.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unsdcf.json.PlanReader;

class WritePlansTest {
  @TempDir Path dir;

  @Test
  void should_write_both_frameworks_as_files_that_read_back_equal() throws IOException {
    Path folder = dir.resolve("plans");

    WritePlans.main(new String[] {folder.toString()});

    assertThat(PlanReader.standard().read(folder.resolve("kyrgyzstan.json")))
        .isEqualTo(KyrgyzstanFramework.build());
    assertThat(PlanReader.standard().read(folder.resolve("kazakhstan.json")))
        .isEqualTo(KazakhstanFramework.build());
    assertThat(Files.list(folder)).hasSize(2);
  }
}
