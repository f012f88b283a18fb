package org.unsdcf.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.unsdcf.core.model.CooperationFramework;
import org.unsdcf.json.internal.DocumentReader;
import org.unsdcf.json.internal.Limits;

/**
 * Fuzzing the reader: for any bytes, a whole plan or {@link PlanReadException}, nothing else; a
 * plan read from any bytes writes, reads back equal and re-writes byte for byte; and the one-pass
 * reader of clean documents gives a plan exactly when the diagnosing reader does, and an equal one
 * (testkit's {@code OnePassReaderLawsTest} holds the same law over generated near misses). In
 * {@code mvn verify} the committed seeds run as regression tests; {@code scripts/fuzz.sh} fuzzes
 * for real.
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

  @FuzzTest(maxDuration = "24h")
  void one_pass_and_diagnosing_reads_agree(byte[] data) {
    DocumentReader reader = new DocumentReader(Limits.DEFAULT);
    CooperationFramework diagnosed;
    try {
      diagnosed = reader.readDiagnosing(data, data.length);
    } catch (PlanReadException e) {
      diagnosed = null;
    }
    CooperationFramework onePass;
    try {
      onePass = reader.readOnePass(data, data.length);
    } catch (PlanReadException e) {
      assertThat(diagnosed).isNull();
      return;
    }
    assertThat(onePass).isEqualTo(diagnosed);
  }
}
