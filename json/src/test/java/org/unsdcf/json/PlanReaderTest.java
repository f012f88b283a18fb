package org.unsdcf.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.unsdcf.json.Json.golden;
import static org.unsdcf.json.Json.goldenWith;
import static org.unsdcf.json.Json.problemsOf;
import static org.unsdcf.json.Json.utf8;

import org.junit.jupiter.api.Test;

class PlanReaderTest {

  @Test
  void should_read_the_golden_document_into_the_worked_example() {
    assertThat(PlanReader.standard().read(utf8(golden()))).isEqualTo(Plans.kyrgyzstan());
  }

  @Test
  void should_give_the_golden_message_for_an_invalid_calendar_date() {
    PlanReadException e =
        problemsOf(
            goldenWith(
                "\"start\": \"2023-08-01\",\n          \"end\"",
                "\"start\": \"2023-02-30\",\n          \"end\""));

    assertThat(e)
        .hasMessage(
            "/jointWorkPlans/0/entries/0/start (line 248, column 20): date '2023-02-30' is not a"
                + " valid calendar date [DATE_INVALID]");
    assertThat(e.toString()).isEqualTo(e.getMessage());
    assertThat(e.problems()).hasSize(1);
  }
}
