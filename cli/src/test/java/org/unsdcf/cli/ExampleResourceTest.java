package org.unsdcf.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.unsdcf.json.PlanReader;
import org.unsdcf.json.PlanWriter;
import org.unsdcf.testkit.SamplePlans;

class ExampleResourceTest {
  @Test
  void should_print_the_worked_example_exactly_as_the_writer_writes_the_fixture() {
    CliRun run = CliRun.run("example");
    assertThat(run.status).isZero();
    byte[] expected = PlanWriter.pretty().write(SamplePlans.kyrgyzstan());
    assertThat(run.out).isEqualTo(new String(expected, StandardCharsets.UTF_8));
    assertThat(PlanReader.standard().read(run.out.getBytes(StandardCharsets.UTF_8)))
        .isEqualTo(SamplePlans.kyrgyzstan());
  }
}
