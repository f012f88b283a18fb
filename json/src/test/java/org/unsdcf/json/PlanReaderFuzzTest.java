package org.unsdcf.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.unsdcf.core.model.CooperationFramework;

/**
 * Fuzzing the reader: for any bytes, a whole plan or {@link PlanReadException}, nothing else; and a
 * plan read from any bytes writes, reads back equal and re-writes byte for byte. In {@code mvn
 * verify} the committed seeds run as regression tests; {@code scripts/fuzz.sh} fuzzes for real.
 */
class PlanReaderFuzzTest {

  @FuzzTest(maxDuration = "24h")
  void read_gives_a_whole_plan_or_a_read_exception(byte[] data) {
    try {
      CooperationFramework plan = PlanReader.standard().read(data);
      assertThat(plan).isNotNull();
    } catch (PlanReadException e) {
      assertThat(e.problems()).isNotEmpty().hasSizeLessThanOrEqualTo(100);
      MessageHygieneTest.check(e);
    }
  }

  @FuzzTest(maxDuration = "24h")
  void read_write_read_is_stable(byte[] data) {
    CooperationFramework plan;
    try {
      plan = PlanReader.standard().read(data);
    } catch (PlanReadException e) {
      return;
    }
    for (PlanWriter writer : new PlanWriter[] {PlanWriter.pretty(), PlanWriter.compact()}) {
      byte[] written = writer.write(plan);
      CooperationFramework again = PlanReader.standard().read(written);
      assertThat(again).isEqualTo(plan);
      assertThat(writer.write(again)).isEqualTo(written);
    }
  }
}
