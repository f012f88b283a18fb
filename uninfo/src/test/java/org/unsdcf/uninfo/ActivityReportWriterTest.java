package org.unsdcf.uninfo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.unsdcf.core.model.CooperationFramework;
import org.unsdcf.core.model.SubOutput;
import org.unsdcf.testkit.SamplePlans;

class ActivityReportWriterTest {

  private static byte[] write(List<CooperationFramework> plans) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ActivityReportWriter.standard().write(plans, out);
    return out.toByteArray();
  }

  @Test
  void should_write_a_bom_crlf_and_unInfos_85_columns_in_order() throws IOException {
    String csv = new String(write(List.of(SamplePlans.kyrgyzstan())), StandardCharsets.UTF_8);

    assertThat(csv).startsWith("\ufeff\"Country\",\"Plan name\",\"Strategic priority code\"");
    String header = csv.substring(1, csv.indexOf("\r\n"));
    assertThat(header.split("\",\"")).hasSize(85);
    assertThat(header).endsWith("\"2027 Narrative\"");
    assertThat(csv.split("\r\n")).hasSize(2);
  }

  @Test
  void should_guard_formula_like_text_and_read_it_back_unchanged() throws IOException {
    CooperationFramework kgz = SamplePlans.kyrgyzstan();
    SubOutput entry =
        kgz.jointWorkPlans().get(0).entries().get(0).withTitle("=HYPERLINK(\"http://x\")");
    CooperationFramework plan =
        kgz.withJointWorkPlans(kgz.jointWorkPlans().get(0).withEntries(entry));

    byte[] csv = write(List.of(plan));
    UnInfoImport back =
        ActivityReportReader.standard()
            .read(new ByteArrayInputStream(csv), ActivityReportFormat.CSV);

    assertThat(new String(csv, StandardCharsets.UTF_8))
        .contains("\"'=HYPERLINK(\"\"http://x\"\")\"")
        .contains(",\"-\",");
    assertThat(back.plans().get(0).jointWorkPlans().get(0).entries().get(0).title())
        .isEqualTo("=HYPERLINK(\"http://x\")");
  }

  @Test
  void should_carry_the_sample_plans_sub_output() throws IOException {
    SubOutput original = SamplePlans.kyrgyzstan().jointWorkPlans().get(0).entries().get(0);

    UnInfoImport back =
        ActivityReportReader.standard()
            .read(
                new ByteArrayInputStream(write(List.of(SamplePlans.kyrgyzstan()))),
                ActivityReportFormat.CSV);

    SubOutput s = back.plans().get(0).jointWorkPlans().get(0).entries().get(0);
    assertThat(back.plans().get(0).countries()).containsExactly("KGZ");
    assertThat(back.plans().get(0).code()).isEqualTo("KGZ-2023-2027");
    assertThat(s.code()).isEqualTo(original.code());
    assertThat(s.title()).isEqualTo(original.title());
    assertThat(s.sdgTargets()).containsExactlyElementsOf(original.sdgTargets());
    assertThat(s.contributingPartners()).isEqualTo(original.contributingPartners());
    assertThat(s.genderEqualityMarker()).isEqualTo(original.genderEqualityMarker());
    assertThat(s.funding())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.required()).isEqualTo(original.funding().get(0).required());
              assertThat(f.expenditure()).isEqualTo(original.funding().get(0).expenditure());
            });
    assertThat(back.problems())
        .noneMatch(p -> p.severity() == org.unsdcf.core.validation.Severity.ERROR);
  }
}
