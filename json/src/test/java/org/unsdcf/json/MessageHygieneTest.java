package org.unsdcf.json;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Messages quote values in words: never Java class names, Jackson text or exception names. What a
 * message quotes from the document ({@code '…'}) is the user's and may say anything (the fuzzer
 * named a member {@code meansOfVerificatioParsern}), so only the words around it are checked.
 */
class MessageHygieneTest {
  static void check(PlanReadException e) {
    for (ReadProblem p : e.problems()) {
      assertThat(p.message()).as("%s", p).isNotBlank();
      // Everything from the first quote to the last is quoted input (quote() escapes line breaks).
      assertThat(p.message().replaceAll("'.*'", "''"))
          .as("%s", p)
          .doesNotContain("java.")
          .doesNotContain("tools.jackson")
          .doesNotContain("Exception")
          .doesNotContain("org.unsdcf")
          .doesNotContain("JsonToken")
          .doesNotContain("Unexpected character")
          .doesNotContain("Source:")
          .doesNotContainPattern("[A-Z][a-z]+[A-Z][a-z]+(Exception|Error|Reader|Parser|Node)");
    }
    assertThat(e.getMessage()).isEqualTo(e.problems().get(0).toString());
  }

  @Test
  void messages_of_a_mix_of_bad_documents_are_clean() {
    String[] docs = {
      "",
      "null",
      "[",
      "{",
      "{\"formatVersion\":1,}",
      "{\"formatVersion\":NaN}",
      "nul",
      "tru",
      "{\"a\":\"\\x\"}",
      "{\"formatVersion\":1} x",
      "\"s\"",
      "{\"formatVersion\":01}",
      BadInputTest.with("title", "\"\\u0000\""),
      BadInputTest.with("code", "\"a b\""),
      BadInputTest.min("\"@class\":\"java.lang.Object\""),
      BadInputTest.min("\"meansOfVerificatioParsern\":1"),
      BadInputTest.with("code", "\"java.lang.NullPointerException!\""),
    };
    for (String doc : docs) {
      check(Json.problemsOf(doc));
    }
  }

  @AfterAll
  static void every_exception_seen_by_the_bad_input_tests_is_clean() {
    for (PlanReadException e : BadInputTest.ALL) {
      check(e);
    }
  }
}
