package org.unsdcf.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.unsdcf.json.Json.a2q;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.unsdcf.core.model.CooperationFramework;
import org.unsdcf.core.rollup.RollupReport;
import org.unsdcf.core.validation.ValidationReport;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.json.JsonMapper;

class UnsdcfModuleTest {
  private static final JsonMapper MAPPER =
      JsonMapper.builder().addModule(new UnsdcfModule()).build();

  /** A host document type holding plans. */
  public static final class Envelope {
    public String source;
    public List<CooperationFramework> plans = new ArrayList<>();
    public CooperationFramework main;
  }

  @Test
  void plan_is_written_in_the_canonical_form_inside_a_host_document() {
    Envelope e = new Envelope();
    e.source = "test";
    e.main = Plans.kyrgyzstan();
    String json = MAPPER.writeValueAsString(e);
    String plan =
        new String(
            PlanWriter.compact().write(Plans.kyrgyzstan()),
            java.nio.charset.StandardCharsets.UTF_8);
    assertThat(json).contains("\"main\":" + plan);
    Envelope back = MAPPER.readValue(json, Envelope.class);
    assertThat(back.main).isEqualTo(Plans.kyrgyzstan());
    assertThat(back.source).isEqualTo("test");
  }

  /** A record holding a plan, read through a creator. */
  public record Holder(String name, CooperationFramework plan) {}

  @Test
  void plan_in_a_record_round_trips() {
    Holder h = new Holder("kgz", Plans.kyrgyzstan());
    String json = MAPPER.writeValueAsString(h);
    assertThat(MAPPER.readValue(json, Holder.class)).isEqualTo(h);
    Holder reversed =
        MAPPER.readValue("{\"plan\":" + BadInputTest.MIN + ",\"name\":\"x\"}", Holder.class);
    assertThat(reversed.plan().code()).isEqualTo("X");
  }

  @Test
  void json_null_reads_as_java_null() {
    Envelope e = MAPPER.readValue(a2q("{'main':null}"), Envelope.class);
    assertThat(e.main).isNull();
  }

  @Test
  void problems_surface_as_stream_read_exception_with_absolute_pointers() {
    String host =
        "{\"source\":\"x\",\"plans\":["
            + BadInputTest.MIN
            + ","
            + BadInputTest.with("title", "5")
            + "]}";
    StreamReadException e =
        catchThrowableOfType(
            StreamReadException.class, () -> MAPPER.readValue(host, Envelope.class));
    assertThat(e.getCause()).isInstanceOf(PlanReadException.class);
    PlanReadException cause = (PlanReadException) e.getCause();
    assertThat(cause.problems()).hasSize(1);
    ReadProblem p = cause.problems().get(0);
    assertThat(p.code()).isEqualTo(ReadProblemCode.TYPE_MISMATCH);
    assertThat(p.path()).isEqualTo("/plans/1/title");
    assertThat(p.line()).isEqualTo(1);
    assertThat(p.column()).isEqualTo(host.indexOf("\"title\":5") + 9);
  }

  @Test
  void invariants_are_located_in_the_host() {
    String host = "{\"main\":\n" + BadInputTest.with("period", "{'start':2027,'end':2023}") + "}";
    StreamReadException e =
        catchThrowableOfType(
            StreamReadException.class, () -> MAPPER.readValue(host, Envelope.class));
    ReadProblem p = ((PlanReadException) e.getCause()).problems().get(0);
    assertThat(p.code()).isEqualTo(ReadProblemCode.INVARIANT);
    assertThat(p.path()).isEqualTo("/main/period");
    assertThat(p.line()).isEqualTo(2);
  }

  @Test
  void is_a_service_loader_provider() {
    // Jackson's own discovery, which uses the ServiceLoader from databind's module.
    List<String> names = new ArrayList<>();
    for (JacksonModule m : tools.jackson.databind.cfg.MapperBuilder.findModules()) {
      names.add(m.getClass().getName());
    }
    assertThat(names).contains(UnsdcfModule.class.getName());
    JsonMapper found = JsonMapper.builder().findAndAddModules().build();
    assertThat(found.readValue(BadInputTest.MIN, CooperationFramework.class).code()).isEqualTo("X");
    assertThat(new UnsdcfModule().getModuleName()).isEqualTo("unsdcf");
  }

  /** A user's document holding the two reports of a plan. */
  public record Reports(
      String name, ValidationReport validation, RollupReport rollup, List<String> tags) {}

  private static String compact(ReportWriterTest.Body body) {
    return ReportWriterTest.write(body);
  }

  @Test
  void reports_are_written_inside_a_host_document_as_the_report_writer_writes_them() {
    ValidationReport validation = ReportWriterTest.validate(ReportWriterTest.iomCopy());
    RollupReport rollup = ReportWriterTest.rollup(Plans.kyrgyzstan());
    String json = MAPPER.writeValueAsString(new Reports("kgz", validation, rollup, List.of("a")));
    assertThat(json)
        .isEqualTo(
            "{\"name\":\"kgz\",\"validation\":"
                + compact(out -> ReportWriter.compact().write(validation, out))
                + ",\"rollup\":"
                + compact(out -> ReportWriter.compact().write(rollup, out))
                + ",\"tags\":[\"a\"]}");
    assertThat(json).contains("\"code\":\"GOV-003\"").contains("\"fundingRate\":0.6667");
  }

  @Test
  void reports_in_a_list_and_with_the_hosts_indentation() {
    ValidationReport validation = ReportWriterTest.validate(Plans.kyrgyzstan());
    String single = compact(out -> ReportWriter.compact().write(validation, out));
    assertThat(MAPPER.writeValueAsString(List.of(validation, validation)))
        .isEqualTo("[" + single + "," + single + "]");
    JsonMapper indenting =
        JsonMapper.builder()
            .addModule(new UnsdcfModule())
            .enable(tools.jackson.databind.SerializationFeature.INDENT_OUTPUT)
            .build();
    assertThat(MAPPER.readTree(indenting.writeValueAsString(validation)))
        .isEqualTo(MAPPER.readTree(single));
  }

  @Test
  void a_mapper_that_finds_its_modules_writes_reports_the_same_way() {
    ValidationReport validation = ReportWriterTest.validate(Plans.kyrgyzstan());
    assertThat(JsonMapper.builder().findAndAddModules().build().writeValueAsString(validation))
        .isEqualTo(compact(out -> ReportWriter.compact().write(validation, out)));
  }
}
