package org.unsdcf.iati;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.unsdcf.core.model.CooperationFramework;
import org.unsdcf.core.model.JointWorkPlan;
import org.unsdcf.core.model.SubOutput;
import org.unsdcf.testkit.gen.PlanGenerator;
import org.unsdcf.testkit.gen.Seeds;

/** Laws of the writer over testkit's generated plans (hostile texts, odd values, duplicates). */
class IatiWriterLawsTest {
  private static final long BASE_SEED = 0x1A71_0001L;

  static Stream<Arguments> cases() {
    return Seeds.ramp(BASE_SEED, 100);
  }

  @ParameterizedTest(name = "seed={0} size={1}")
  @MethodSource("cases")
  void every_plan_exports_well_formed_deterministic_xml_with_one_activity_per_entry(
      long seed, int size) {
    CooperationFramework plan = PlanGenerator.plan(seed, size);
    Exported xml = Exported.of(plan);
    assertThat(Exported.writer(Exported.AS_OF).write(plan)).isEqualTo(xml.bytes);
    List<SubOutput> entries = firstOfEachCode(plan);
    assertThat(xml.result.activities()).isEqualTo(1 + entries.size());
    assertThat(xml.count("/iati-activities/iati-activity")).isEqualTo(1 + entries.size());
    List<String> titles = new ArrayList<>();
    titles.add(plan.title());
    entries.forEach(e -> titles.add(e.title()));
    assertThat(xml.all("/iati-activities/iati-activity/title/narrative"))
        .containsExactlyElementsOf(titles.stream().map(IatiWriterLawsTest::asXmlCarries).toList());
    assertThat(xml.all("//transaction/transaction-date/@iso-date"))
        .allSatisfy(d -> assertThat(d).isLessThanOrEqualTo(Exported.AS_OF.toString()));
  }

  private static List<SubOutput> firstOfEachCode(CooperationFramework plan) {
    Set<String> codes = new LinkedHashSet<>();
    List<SubOutput> entries = new ArrayList<>();
    for (JointWorkPlan jwp : plan.currentJointWorkPlans()) {
      for (SubOutput entry : jwp.entries()) {
        if (codes.add(entry.code())) {
          entries.add(entry);
        }
      }
    }
    return entries;
  }

  private static String asXmlCarries(String text) {
    return text.replace('\uFFFE', '\uFFFD').replace('\uFFFF', '\uFFFD');
  }
}
