package org.unsdcf.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.unsdcf.json.BadInputTest.MIN;
import static org.unsdcf.json.BadInputTest.col;
import static org.unsdcf.json.BadInputTest.is;
import static org.unsdcf.json.BadInputTest.min;
import static org.unsdcf.json.BadInputTest.with;
import static org.unsdcf.json.Json.utf8;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unsdcf.core.model.CooperationFramework;

/**
 * Edges the other tests pass by: sizes exactly at the limit from streams and files, limits at 1 and
 * at their maxima, pointers of names that start with {@code ~} or {@code /}, absent and null lists,
 * dates of the 1900s, a report's stream flushed.
 */
class EdgeCasesTest {

  @Test
  void a_stream_or_file_exactly_at_the_size_limit_is_read(@TempDir Path dir) throws IOException {
    PlanReader exact = PlanReader.builder().maxDocumentSize(MIN.length()).build();
    assertThat(exact.read(new ByteArrayInputStream(utf8(MIN))).code()).isEqualTo("X");
    Path file = dir.resolve("plan.json");
    Files.write(file, utf8(MIN));
    assertThat(exact.read(file).code()).isEqualTo("X");

    PlanReader below = PlanReader.builder().maxDocumentSize(MIN.length() - 1).build();
    assertThat(
            org.assertj.core.api.Assertions.catchThrowableOfType(
                    PlanReadException.class, () -> below.read(file))
                .problems())
        .extracting(ReadProblem::code)
        .containsExactly(ReadProblemCode.LIMIT_DOCUMENT_SIZE);
  }

  @Test
  void every_limit_may_be_set_from_1_to_its_default() {
    assertThatCode(
            () ->
                PlanReader.builder()
                    .maxDepth(1)
                    .maxNumberLength(1)
                    .maxStringLength(1)
                    .maxNameLength(1)
                    .maxTokens(1)
                    .maxCollectionSize(1)
                    .maxDocumentSize(1)
                    .build())
        .doesNotThrowAnyException();
    assertThatCode(
            () ->
                PlanReader.builder()
                    .maxDepth(64)
                    .maxNumberLength(64)
                    .maxStringLength(1_000_000)
                    .maxNameLength(256)
                    .maxTokens(10_000_000)
                    .maxCollectionSize(50_000)
                    .maxDocumentSize(64L * 1024 * 1024)
                    .build())
        .doesNotThrowAnyException();
    assertThatThrownBy(() -> PlanReader.builder().maxDepth(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxDepth must be from 1 to 64, but was '0'");
  }

  @Test
  void names_starting_with_a_tilde_or_a_slash_are_escaped_in_pointers() {
    String tilde = min("'~x':1");
    is(BadInputTest.only(tilde), ReadProblemCode.UNKNOWN_FIELD, "/~0x", 1, col(tilde, "\"~x\""));
    String slash = min("'/y':1");
    is(BadInputTest.only(slash), ReadProblemCode.UNKNOWN_FIELD, "/~1y", 1, col(slash, "\"/y\""));
  }

  @Test
  void an_absent_required_list_is_required_at_the_objects_brace_and_a_null_list_not_allowed() {
    String absent = MIN.replace("\"countries\":[\"KGZ\"],", "");
    is(BadInputTest.only(absent), ReadProblemCode.REQUIRED, "/countries", 1, 1);

    String nul = with("countries", "null");
    is(BadInputTest.only(nul), ReadProblemCode.NULL_NOT_ALLOWED, "/countries", 1, col(nul, "null"));
  }

  @Test
  void dates_of_the_1900s_are_written_with_all_four_digits() {
    CooperationFramework plan =
        PlanReader.standard().read(utf8(BadInputTest.min("'signedOn':'1999-12-31'")));
    assertThat(plan.signedOn()).contains(LocalDate.of(1999, 12, 31));

    String json = new String(PlanWriter.compact().write(plan), StandardCharsets.UTF_8);

    assertThat(json).contains("\"signedOn\":\"1999-12-31\"");
    assertThat(
            new String(
                PlanWriter.compact().write(plan.withSignedOn(LocalDate.of(1945, 1, 9))),
                StandardCharsets.UTF_8))
        .contains("\"signedOn\":\"1945-01-09\"");
  }

  @Test
  void a_report_flushes_but_does_not_close_the_stream() throws IOException {
    WriterStreamsTest.Recording out = new WriterStreamsTest.Recording();

    ReportWriter.pretty().write(ReportWriterTest.validate(Plans.kyrgyzstan()), out);

    assertThat(out.unflushed).as("written after the last flush").isFalse();
    assertThat(out.closed).isFalse();
    assertThat(out.text()).endsWith("}\n");
    assertThatThrownBy(
            () ->
                ReportWriter.compact()
                    .write(
                        ReportWriterTest.validate(Plans.kyrgyzstan()),
                        new WriterStreamsTest.Failing()))
        .isInstanceOf(IOException.class)
        .hasMessage("disk full");
  }
}
