package org.unsdcf.iati;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.unsdcf.iati.ImportXml.activity;
import static org.unsdcf.iati.ImportXml.budget;
import static org.unsdcf.iati.ImportXml.document;
import static org.unsdcf.iati.ImportXml.read;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.unsdcf.core.model.CooperationFramework;
import org.unsdcf.core.model.JointWorkPlan;
import org.unsdcf.core.model.JwpStatus;
import org.unsdcf.core.model.SubOutput;
import org.unsdcf.core.rollup.Rollup;
import org.unsdcf.core.rollup.RollupOptions;
import org.unsdcf.core.rollup.RollupReport;
import org.unsdcf.core.validation.Finding;
import org.unsdcf.core.validation.Strictness;
import org.unsdcf.core.validation.ValidationOptions;
import org.unsdcf.core.validation.Validator;
import org.unsdcf.testkit.SamplePlans;

/** {@link IatiImport#into} and {@link IatiImport#toPlan} (design.md §15, §20). */
class IatiImportTest {
  private static final String LINKED =
      "<tag vocabulary=\"99\" vocabulary-uri=\"urn:unsdcf:output\" code=\"OP1.1.1\"/>\n"
          + budget(1, 2024, "1000", "USD");
  private static final String UNLINKED =
      "<tag vocabulary=\"99\" vocabulary-uri=\"urn:unsdcf:output\" code=\"NOT-IN-PLAN\"/>\n"
          + budget(1, 2025, "400", "USD");

  @Test
  void should_add_the_entries_as_a_new_draft_joint_work_plan() {
    CooperationFramework plan = SamplePlans.kyrgyzstan();
    IatiImport read = read(document(activity("L1", LINKED), activity("L2", UNLINKED)));
    CooperationFramework joined = read.into(plan);
    assertThat(joined.jointWorkPlans()).hasSize(plan.jointWorkPlans().size() + 1);
    JointWorkPlan jwp = joined.jointWorkPlans().get(joined.jointWorkPlans().size() - 1);
    assertThat(jwp.code()).isEqualTo("IATI-2024-2025");
    assertThat(jwp.status()).isEqualTo(JwpStatus.DRAFT);
    assertThat(jwp.version()).isEqualTo(1);
    assertThat(jwp.entries())
        .extracting(SubOutput::outputCode)
        .containsExactly("OP1.1.1", IatiImport.UNLINKED);
    assertThat(joined.withJointWorkPlans(plan.jointWorkPlans())).isEqualTo(plan);
  }

  @Test
  void should_show_unlinked_entries_in_the_rollup_and_the_validator() {
    CooperationFramework joined =
        read(document(activity("L1", LINKED), activity("L2", UNLINKED)))
            .into(SamplePlans.kyrgyzstan());
    LocalDate asOf = LocalDate.of(2024, 6, 30);
    RollupReport rollup = Rollup.compute(joined, RollupOptions.builder().asOf(asOf).build());
    assertThat(rollup.budget().unlinked().lines()).isEqualTo(1);
    assertThat(rollup.budget().unlinked().required()).isEqualByComparingTo(new BigDecimal("400"));
    List<Finding> findings =
        Validator.standard()
            .validate(
                joined, ValidationOptions.builder().asOf(asOf).strictness(Strictness.DRAFT).build())
            .findings();
    assertThat(findings).extracting(Finding::code).contains("STR-005");
  }

  @Test
  void should_refuse_a_plan_in_another_currency() {
    CooperationFramework euro = SamplePlans.kyrgyzstan().withCurrency("EUR");
    IatiImport read = read(document(activity("L1", LINKED)));
    assertThatThrownBy(() -> read.into(euro))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("EUR")
        .hasMessageContaining("USD");
  }

  @Test
  void should_build_a_plan_of_the_import_alone() {
    IatiImport read = read(document(activity("L1", LINKED), activity("L2", UNLINKED)));
    CooperationFramework plan = read.toPlan(List.of());
    assertThat(plan.code()).isEqualTo("IATI");
    assertThat(plan.title()).isEqualTo("Activities imported from IATI");
    assertThat(plan.countries()).containsExactly("KGZ");
    assertThat(plan.currency()).isEqualTo("USD");
    assertThat(plan.period().start().getValue()).isEqualTo(2024);
    assertThat(plan.period().end().getValue()).isEqualTo(2025);
    assertThat(plan.priorityAreas())
        .singleElement()
        .satisfies(a -> assertThat(a.code()).isEqualTo("IATI-SP"));
    assertThat(plan.jointWorkPlans().get(0).entries())
        .extracting(SubOutput::outputCode)
        .containsOnly("IATI-OU");
    assertThat(read.toPlan(List.of("KAZ")).countries()).containsExactly("KAZ");
    List<Finding> findings =
        Validator.standard()
            .validate(plan, ValidationOptions.builder().asOf(LocalDate.of(2024, 6, 30)).build())
            .findings();
    assertThat(findings).extracting(Finding::code).doesNotContain("STR-005");
  }

  @Test
  void should_need_countries_when_no_activity_names_one() {
    IatiImport read =
        read(document(activity("M1", "").replace("<recipient-country code=\"KG\"/>", "")));
    assertThat(read.recipientCountries()).isEmpty();
    assertThatThrownBy(() -> read.toPlan(List.of()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("country");
    assertThat(read.noCountryProblem().code()).isEqualTo(IatiProblemCode.NO_COUNTRY);
    assertThat(read.noCountryProblem().xpath()).isEqualTo("/iati-activities");
    assertThat(read.toPlan(List.of("KGZ")).countries()).containsExactly("KGZ");
  }
}
