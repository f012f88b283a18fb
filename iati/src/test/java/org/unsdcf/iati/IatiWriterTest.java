package org.unsdcf.iati;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.unsdcf.core.model.Accumulation;
import org.unsdcf.core.model.Baseline;
import org.unsdcf.core.model.CooperationFramework;
import org.unsdcf.core.model.Direction;
import org.unsdcf.core.model.FundingLine;
import org.unsdcf.core.model.Indicator;
import org.unsdcf.core.model.JointWorkPlan;
import org.unsdcf.core.model.Measure;
import org.unsdcf.core.model.Measurement;
import org.unsdcf.core.model.Money;
import org.unsdcf.core.model.Outcome;
import org.unsdcf.core.model.PriorityArea;
import org.unsdcf.core.model.ProgressStatus;
import org.unsdcf.core.model.ReportingPeriod;
import org.unsdcf.core.model.SubOutput;
import org.unsdcf.core.model.Target;
import org.unsdcf.core.model.TargetKind;
import org.unsdcf.core.model.Value;
import org.unsdcf.core.units.IndicatorUnit;
import org.unsdcf.testkit.SamplePlans;

/** The writer on the project's own fixtures: §4.2's plan and variations of it. */
class IatiWriterTest {
  private static final CooperationFramework KGZ = SamplePlans.kyrgyzstan();
  private static final String FRAMEWORK = "/iati-activities/iati-activity[1]";
  private static final String ENTRY = "/iati-activities/iati-activity[2]";

  @Test
  void should_write_the_kyrgyz_plan_byte_for_byte_as_the_golden_file() throws IOException {
    try (InputStream golden = getClass().getResourceAsStream("kyrgyzstan-2024-06-30.xml")) {
      assertThat(Exported.of(KGZ).text())
          .isEqualTo(new String(golden.readAllBytes(), StandardCharsets.UTF_8));
    }
  }

  @Test
  void should_write_the_children_of_each_activity_in_the_schemas_order() {
    Exported xml = Exported.of(SamplePlans.complete());
    assertThat(xml.childNames(FRAMEWORK))
        .containsExactly(
            "iati-identifier",
            "reporting-org",
            "title",
            "description",
            "participating-org",
            "activity-status",
            "activity-date",
            "activity-date",
            "recipient-country",
            "sector",
            "result",
            "result",
            "result");
    assertThat(xml.childNames(ENTRY))
        .containsExactly(
            "iati-identifier",
            "reporting-org",
            "title",
            "description",
            "participating-org",
            "participating-org",
            "participating-org",
            "activity-status",
            "activity-date",
            "activity-date",
            "recipient-country",
            "location",
            "sector",
            "tag",
            "tag",
            "tag",
            "tag",
            "tag",
            "policy-marker",
            "policy-marker",
            "policy-marker",
            "budget",
            "transaction",
            "transaction",
            "related-activity",
            "result");
    assertThat(xml.string("/iati-activities/@version")).isEqualTo("2.03");
    assertThat(xml.string(FRAMEWORK + "/@default-currency")).isEqualTo("USD");
    assertThat(xml.string(FRAMEWORK + "/@*[local-name()='lang']")).isEqualTo("en");
    assertThat(xml.text()).doesNotContain("generated-datetime", "last-updated-datetime");
  }

  @Test
  void should_link_each_sub_output_activity_to_the_framework_activity() {
    Exported xml = Exported.of(KGZ);
    assertThat(xml.all("//iati-identifier"))
        .containsExactly("XM-DAC-47066-KGZ-2023-2027", "XM-DAC-47066-KGZ-2023-2027-1.1.1.01");
    assertThat(xml.all("/iati-activities/iati-activity/@hierarchy")).containsExactly("1", "2");
    assertThat(xml.string(ENTRY + "/related-activity/@ref"))
        .isEqualTo("XM-DAC-47066-KGZ-2023-2027");
    assertThat(xml.string(ENTRY + "/related-activity/@type")).isEqualTo("1");
    assertThat(
            xml.string(ENTRY + "/tag[@vocabulary='99'][@vocabulary-uri='urn:unsdcf:output']/@code"))
        .isEqualTo("OP1.1.1");
    assertThat(xml.string(ENTRY + "/sector[@vocabulary-uri='urn:unsdcf:output']/narrative"))
        .isEqualTo("Migrants have access to information, legal aid and psychosocial support");
    assertThat(xml.result.activities()).isEqualTo(2);
    assertThat(xml.result.isLossless()).isTrue();
  }

  @Test
  void should_write_the_framework_status_from_the_as_of_date() {
    assertThat(
            Exported.of(KGZ, LocalDate.of(2022, 12, 31))
                .string(FRAMEWORK + "/activity-status/@code"))
        .isEqualTo("1");
    assertThat(
            Exported.of(KGZ, LocalDate.of(2023, 1, 1)).string(FRAMEWORK + "/activity-status/@code"))
        .isEqualTo("2");
    assertThat(
            Exported.of(KGZ, LocalDate.of(2027, 12, 31))
                .string(FRAMEWORK + "/activity-status/@code"))
        .isEqualTo("2");
    assertThat(
            Exported.of(KGZ, LocalDate.of(2028, 1, 1)).string(FRAMEWORK + "/activity-status/@code"))
        .isEqualTo("4");
  }

  @Test
  void should_write_codes_for_status_roles_markers_and_sdg_targets() {
    Exported xml = Exported.of(SamplePlans.complete());
    assertThat(xml.string(ENTRY + "/activity-status/@code")).isEqualTo("4");
    assertThat(xml.all(ENTRY + "/participating-org/@role")).containsExactly("1", "3", "4");
    assertThat(xml.string(ENTRY + "/participating-org[@role='1']/@ref")).isEqualTo("US-GOV-1");
    assertThat(xml.all(ENTRY + "/participating-org/narrative"))
        .containsExactly(
            "USAID", "International Organization for Migration", "Resource Center for the Elderly");
    assertThat(xml.all(ENTRY + "/policy-marker/@code")).containsExactly("GEM", "HRM", "SPM");
    assertThat(xml.all(ENTRY + "/policy-marker/@significance")).containsExactly("2", "2", "0");
    assertThat(xml.all(ENTRY + "/policy-marker/narrative"))
        .containsExactly(
            "Gender equality marker (UN INFO scale 0-3)",
            "Human rights marker (UN INFO scale 0-3)",
            "Sustaining peace marker (UN INFO scale 0-3)");
    assertThat(xml.all(ENTRY + "/tag[@vocabulary='3']/@code")).containsExactly("8.8", "10.7");
    assertThat(xml.string(ENTRY + "/tag[@vocabulary-uri='urn:unsdcf:tag:GCM_OBJECTIVE']/@code"))
        .isEqualTo("3");
    assertThat(xml.all(FRAMEWORK + "/result/@type")).containsExactly("2", "1", "1");
    assertThat(xml.all(ENTRY + "/result/@type")).containsExactly("1");
  }

  @Test
  void should_tag_the_other_outputs_an_entry_contributes_to() {
    SubOutput entry = entry(KGZ).withAdditionalOutputs("OP1.1.2", "OP2.1.1");
    Exported xml = Exported.of(withEntries(KGZ, entry));
    assertThat(xml.all(ENTRY + "/tag[@vocabulary-uri='urn:unsdcf:additional-output']/@code"))
        .containsExactly("OP1.1.2", "OP2.1.1");
    assertThat(xml.all(ENTRY + "/tag[@vocabulary-uri='urn:unsdcf:output']/@code"))
        .containsExactly("OP1.1.1");
  }

  @Test
  void should_write_the_lead_as_role_3_and_other_agencies_as_role_2_in_their_order() {
    SubOutput entry = entry(KGZ).withAgencies("UNICEF", "IOM", "Ministry-X");
    Exported xml = Exported.of(withEntries(KGZ, entry));
    assertThat(xml.all(ENTRY + "/participating-org/narrative"))
        .containsExactly(
            "USAID",
            "United Nations Children's Fund",
            "International Organization for Migration",
            "Ministry-X",
            "Resource Center for the Elderly");
    assertThat(xml.all(ENTRY + "/participating-org/@role"))
        .containsExactly("1", "2", "3", "2", "4");
    // Catalogued entities carry their IATI identifier and type 40; an unknown code neither.
    assertThat(xml.all(ENTRY + "/participating-org[@role='2' or @role='3']/@ref"))
        .containsExactly("XM-DAC-41122", "XM-DAC-47066");
    assertThat(xml.all(ENTRY + "/participating-org[@role='2' or @role='3']/@type"))
        .containsExactly("40", "40");
  }

  @Test
  void should_write_one_budget_per_year_and_currency_summing_required() {
    SubOutput entry =
        entry(KGZ)
            .withFunding(
                line(2023, "IOM", 100, 50, 0),
                line(2023, "IOM", 20, 0, 5),
                line(2024, "IOM", 30, 30, 10),
                FundingLine.builder()
                    .year(2024)
                    .agency("IOM")
                    .required(Money.of(7, "EUR"))
                    .available(Money.of(7, "EUR"))
                    .build());
    Exported xml = Exported.of(withEntries(KGZ, entry));
    assertThat(xml.all(ENTRY + "/budget/value")).containsExactly("120", "7", "30");
    assertThat(xml.all(ENTRY + "/budget/value/@currency")).containsExactly("USD", "EUR", "USD");
    assertThat(xml.all(ENTRY + "/budget/value/@value-date"))
        .containsExactly("2023-01-01", "2024-01-01", "2024-01-01");
    assertThat(xml.all(ENTRY + "/budget/period-end/@iso-date"))
        .containsExactly("2023-12-31", "2024-12-31", "2024-12-31");
    assertThat(xml.all(ENTRY + "/budget/@type")).containsOnly("1");
    assertThat(xml.all(ENTRY + "/budget/@status")).containsOnly("1");
  }

  @Test
  void should_date_transactions_and_write_none_after_as_of_or_of_amount_zero() {
    SubOutput entry =
        entry(KGZ)
            .withEnd(LocalDate.of(2025, 12, 31))
            .withFunding(
                line(2023, "IOM", 100, 50, 0),
                line(2024, "IOM", 30, 30, 10),
                line(2025, "IOM", 40, 40, 40));
    Exported xml = Exported.of(withEntries(KGZ, entry), LocalDate.of(2024, 6, 30));
    assertThat(xml.all(ENTRY + "/transaction/transaction-type/@code"))
        .containsExactly("11", "11", "4");
    assertThat(xml.all(ENTRY + "/transaction/transaction-date/@iso-date"))
        .containsExactly("2023-01-01", "2024-01-01", "2024-06-30");
    assertThat(xml.all(ENTRY + "/transaction/value/@value-date"))
        .containsExactly("2023-01-01", "2024-01-01", "2024-06-30");
    assertThat(xml.all(ENTRY + "/transaction/value")).containsExactly("50", "30", "10");
    assertThat(xml.all(ENTRY + "/transaction[transaction-type/@code='4']/provider-org/@ref"))
        .containsExactly("XM-DAC-47066");
    assertThat(xml.all(ENTRY + "/transaction[transaction-type/@code='11']/receiver-org/narrative"))
        .containsOnly("International Organization for Migration");
    assertThat(xml.count(ENTRY + "/budget")).isEqualTo(3);
  }

  @Test
  void should_write_the_activity_dates_of_the_period_and_of_each_sub_output() {
    Exported xml = Exported.of(KGZ);
    assertThat(xml.all(FRAMEWORK + "/activity-date/@iso-date"))
        .containsExactly("2023-01-01", "2027-12-31");
    assertThat(xml.all(FRAMEWORK + "/activity-date/@type")).containsExactly("1", "3");
    assertThat(xml.all(ENTRY + "/activity-date/@iso-date"))
        .containsExactly("2023-08-01", "2023-11-30");
  }

  @Test
  void should_write_one_period_per_distinct_dates_ascending_targets_before_actuals() {
    Exported xml = Exported.of(KGZ);
    String indicator = FRAMEWORK + "/result[1]/indicator";
    assertThat(xml.all(indicator + "/period/period-start/@iso-date"))
        .containsExactly("2023-08-01", "2027-01-01");
    assertThat(xml.all(indicator + "/period[1]/actual/@value"))
        .containsExactly("500", "310", "190");
    assertThat(xml.all(indicator + "/period[2]/target/@value")).containsExactly("2000");
    assertThat(xml.string(indicator + "/@measure")).isEqualTo("1");
    assertThat(xml.string(indicator + "/@ascending")).isEqualTo("1");
    assertThat(xml.string(indicator + "/reference[@vocabulary='99']/@code")).isEqualTo("OC1.1-I1");
    assertThat(xml.string(indicator + "/baseline/@year")).isEqualTo("2022");
    assertThat(xml.string(indicator + "/baseline/@value")).isEqualTo("0");
    assertThat(xml.count(FRAMEWORK + "/result/reference")).isZero();
  }

  @Test
  void should_write_each_disaggregation_as_a_dimension_of_its_actual() {
    Exported xml = Exported.of(KGZ);
    String period = FRAMEWORK + "/result[1]/indicator/period[1]";
    assertThat(xml.count(period + "/actual[1]/dimension")).isZero();
    assertThat(xml.string(period + "/actual[2]/dimension/@name")).isEqualTo("sex");
    assertThat(xml.string(period + "/actual[2]/dimension/@value")).isEqualTo("female");
    assertThat(xml.string(period + "/actual[3]/dimension/@value")).isEqualTo("male");
  }

  @Test
  void should_write_qualitative_values_in_narratives_never_in_value() {
    Indicator qualitative =
        Indicator.builder()
            .code("OC1.1-Q1")
            .title("Status of the migration law")
            .measure(Measure.QUALITATIVE)
            .baseline(
                Baseline.builder()
                    .year(2022)
                    .value(Value.qualitative("No draft"))
                    .comment("Ministry of Labour")
                    .build())
            .addTarget(Target.of(2027, TargetKind.FINAL, Value.qualitative("Law adopted")))
            .addMeasurement(
                Measurement.builder()
                    .period(ReportingPeriod.ofYear(2023))
                    .value(Value.qualitative("Draft in parliament"))
                    .assessedStatus(ProgressStatus.ON_TRACK)
                    .comment("First reading passed")
                    .build())
            .build();
    Exported xml = Exported.of(withOutcomeIndicators(KGZ, qualitative));
    String indicator = FRAMEWORK + "/result[1]/indicator";
    assertThat(xml.string(indicator + "/@measure")).isEqualTo("5");
    assertThat(xml.count(indicator + "//@value")).isZero();
    assertThat(xml.string(indicator + "/baseline/comment/narrative"))
        .isEqualTo("No draft\nMinistry of Labour");
    assertThat(xml.string(indicator + "/period[1]/actual/comment/narrative"))
        .isEqualTo("Draft in parliament\nFirst reading passed");
    assertThat(xml.string(indicator + "/period[2]/target/comment/narrative"))
        .isEqualTo("Law adopted");
  }

  @Test
  void should_convert_values_to_the_indicator_unit_and_report_unconvertible_ones() {
    Indicator roads =
        Indicator.builder()
            .code("OC1.1-R1")
            .title("Rural roads rehabilitated")
            .measure(Measure.UNIT)
            .unit(IndicatorUnit.METRE)
            .accumulation(Accumulation.CUMULATIVE)
            .direction(Direction.INCREASE)
            .baseline(Baseline.builder().year(2022).value(Value.numeric(500)).build())
            .addTarget(
                Target.builder()
                    .year(2027)
                    .kind(TargetKind.FINAL)
                    .value(Value.numeric("1.5"))
                    .unit(IndicatorUnit.KILOMETRE)
                    .build())
            .addMeasurement(
                Measurement.builder()
                    .period(ReportingPeriod.ofYear(2023))
                    .value(Value.numeric(3))
                    .unit(IndicatorUnit.KILOGRAM)
                    .build())
            .build();
    Exported xml = Exported.of(withOutcomeIndicators(KGZ, roads));
    String indicator = FRAMEWORK + "/result[1]/indicator";
    assertThat(xml.all(indicator + "/period/target/@value")).containsExactly("1500");
    assertThat(xml.count(indicator + "/period/actual")).isZero();
    assertThat(xml.result.lossyValues())
        .extracting(IatiLossyValue::path)
        .containsExactly("/priorityAreas/0/outcomes/0/indicators/0/measurements/0/unit");
  }

  @Test
  void should_write_one_period_per_dates_in_date_order_targets_first_and_report_in_that_order() {
    Indicator roads =
        Indicator.builder()
            .code("OC1.1-R1")
            .title("Rural roads rehabilitated")
            .measure(Measure.UNIT)
            .unit(IndicatorUnit.METRE)
            .accumulation(Accumulation.CUMULATIVE)
            .direction(Direction.INCREASE)
            .addTarget(target(2027, TargetKind.FINAL, "1.5", IndicatorUnit.KILOMETRE))
            .addTarget(target(2025, TargetKind.MILESTONE, "900", IndicatorUnit.METRE))
            .addTarget(target(2026, TargetKind.MILESTONE, "5", IndicatorUnit.KILOGRAM))
            .addMeasurement(actual(ReportingPeriod.ofYear(2025), "700", IndicatorUnit.METRE))
            .addMeasurement(
                actual(
                    ReportingPeriod.of(LocalDate.of(2024, 7, 1), LocalDate.of(2024, 12, 31)),
                    "400",
                    IndicatorUnit.METRE))
            .addMeasurement(actual(ReportingPeriod.ofYear(2024), "300", IndicatorUnit.KILOGRAM))
            .addMeasurement(actual(ReportingPeriod.ofYear(2024), "350", IndicatorUnit.METRE))
            .build();
    Exported xml = Exported.of(withOutcomeIndicators(KGZ, roads));
    String indicator = FRAMEWORK + "/result[1]/indicator";
    assertThat(xml.all(indicator + "/period/period-start/@iso-date"))
        .containsExactly("2024-01-01", "2024-07-01", "2025-01-01", "2027-01-01");
    assertThat(xml.all(indicator + "/period/period-end/@iso-date"))
        .containsExactly("2024-12-31", "2024-12-31", "2025-12-31", "2027-12-31");
    assertThat(xml.childNames(indicator + "/period[3]"))
        .containsExactly("period-start", "period-end", "target", "actual");
    assertThat(xml.all(indicator + "/period/*[self::target or self::actual]/@value"))
        .containsExactly("350", "400", "900", "700", "1500");
    assertThat(xml.result.lossyValues())
        .extracting(IatiLossyValue::path)
        .containsExactly(
            "/priorityAreas/0/outcomes/0/indicators/0/measurements/2/unit",
            "/priorityAreas/0/outcomes/0/indicators/0/targets/2/unit");
  }

  private static Target target(int year, TargetKind kind, String value, IndicatorUnit unit) {
    return Target.builder().year(year).kind(kind).value(Value.numeric(value)).unit(unit).build();
  }

  private static Measurement actual(ReportingPeriod period, String value, IndicatorUnit unit) {
    return Measurement.builder().period(period).value(Value.numeric(value)).unit(unit).build();
  }

  @Test
  void should_export_an_empty_plan_as_one_schema_complete_activity() {
    CooperationFramework empty = SamplePlans.minimal().withPriorityAreas().withJointWorkPlans();
    Exported xml = Exported.of(empty);
    assertThat(xml.count("/iati-activities/iati-activity")).isEqualTo(1);
    assertThat(xml.childNames(FRAMEWORK))
        .containsExactly(
            "iati-identifier",
            "reporting-org",
            "title",
            "description",
            "participating-org",
            "activity-status",
            "activity-date",
            "activity-date",
            "recipient-country",
            "sector");
    assertThat(xml.string(FRAMEWORK + "/participating-org/@role")).isEqualTo("2");
    assertThat(xml.string(FRAMEWORK + "/participating-org/@ref")).isEqualTo(Exported.REF);
    assertThat(xml.string(FRAMEWORK + "/description/@type")).isEqualTo("1");
    assertThat(xml.string(FRAMEWORK + "/description/narrative"))
        .isEqualTo(empty.title() + ", " + empty.period().start() + "\u2013" + empty.period().end());
    assertThat(xml.result.activities()).isEqualTo(1);
  }

  @Test
  void should_write_no_sub_output_activity_for_a_plan_without_a_current_jwp() {
    JointWorkPlan jwp = KGZ.jointWorkPlans().get(0);
    // A JWP that supersedes itself is superseded: the plan has no current JWP.
    CooperationFramework plan = KGZ.withJointWorkPlans(jwp.withSupersedes(jwp.code()));
    Exported xml = Exported.of(plan);
    assertThat(xml.count("/iati-activities/iati-activity")).isEqualTo(1);
    assertThat(xml.count("//result")).isEqualTo(2);
  }

  @Test
  void should_write_the_first_of_sub_outputs_sharing_a_code_and_report_the_others() {
    SubOutput first = entry(KGZ);
    SubOutput second = first.withTitle("The same code again");
    Exported xml = Exported.of(withEntries(KGZ, first, second));
    assertThat(xml.all("//iati-activity/title/narrative"))
        .containsExactly(KGZ.title(), first.title());
    assertThat(xml.result.lossyValues())
        .extracting(IatiLossyValue::path)
        .containsExactly("/jointWorkPlans/0/entries/1/code");
  }

  @Test
  void should_escape_every_text_so_that_it_reads_back_as_written() {
    String hostile =
        "</script><img src=x onerror=alert(1)> & \"q\" 'a' ]]> Бишкек שלום 😀\r\n\tend";
    SubOutput entry = entry(KGZ).withTitle("Title </narrative> & <b>").withDescription(hostile);
    Exported xml = Exported.of(withEntries(KGZ, entry));
    assertThat(xml.string(ENTRY + "/description/narrative")).isEqualTo(hostile);
    assertThat(xml.string(ENTRY + "/title/narrative")).isEqualTo("Title </narrative> & <b>");
    assertThat(xml.text()).contains("&lt;/script&gt;", "&#13;", "Бишкек", "😀");
    assertThat(xml.result.isLossless()).isTrue();
  }

  @Test
  void should_write_u_fffe_and_u_ffff_as_u_fffd_and_report_them() {
    SubOutput entry = entry(KGZ).withDescription("before \uFFFE middle \uFFFF after");
    Exported xml = Exported.of(withEntries(KGZ, entry));
    assertThat(xml.string(ENTRY + "/description/narrative"))
        .isEqualTo("before \uFFFD middle \uFFFD after");
    assertThat(xml.result.lossyValues())
        .extracting(IatiLossyValue::path)
        .containsExactly("/jointWorkPlans/0/entries/0/description");
  }

  @Test
  void should_share_recipient_country_percentages_and_skip_codes_without_alpha2() {
    Exported three = Exported.of(KGZ.withCountries("KGZ", "KAZ", "TJK"));
    assertThat(three.all(FRAMEWORK + "/recipient-country/@code")).containsExactly("KG", "KZ", "TJ");
    assertThat(three.all(FRAMEWORK + "/recipient-country/@percentage"))
        .containsExactly("33.33", "33.33", "33.34");
    assertThat(three.all(ENTRY + "/recipient-country/@percentage"))
        .containsExactly("33.33", "33.33", "33.34");
    Exported kosovo = Exported.of(KGZ.withCountries("XKX", "ZZZ"));
    assertThat(kosovo.all(FRAMEWORK + "/recipient-country/@code")).containsExactly("XK");
    assertThat(kosovo.count(FRAMEWORK + "/recipient-country/@percentage")).isZero();
    assertThat(kosovo.result.lossyValues())
        .extracting(IatiLossyValue::path)
        .containsExactly("/countries/1");
  }

  @Test
  void should_write_the_same_bytes_for_the_same_plan_and_options() {
    CooperationFramework plan = SamplePlans.complete();
    IatiWriter writer = Exported.writer(Exported.AS_OF);
    assertThat(writer.write(plan)).isEqualTo(writer.write(plan));
  }

  @Test
  void should_require_the_reporting_org_and_the_as_of_date() {
    assertThatThrownBy(() -> IatiWriter.builder().asOf(Exported.AS_OF).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("reportingOrg");
    assertThatThrownBy(() -> IatiWriter.builder().reportingOrg("XM-DAC-47066", "IOM", "40").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("asOf");
  }

  @Test
  void should_reject_malformed_reporting_orgs_and_languages() {
    assertThatThrownBy(() -> IatiWriter.builder().reportingOrg("XM DAC", "IOM", "40"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("reportingOrg.ref")
        .hasMessageContaining("'XM DAC'");
    assertThatThrownBy(() -> IatiWriter.builder().reportingOrg("XM-DAC-47066", " ", "40"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("reportingOrg.name");
    assertThatThrownBy(() -> IatiWriter.builder().reportingOrg("XM-DAC-47066", "IOM", "41"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("reportingOrg.type")
        .hasMessageContaining("'41'");
    assertThatThrownBy(() -> IatiWriter.builder().language("EN"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("language");
    assertThat(
            IatiWriter.builder()
                .reportingOrg("XM-DAC-47066", "IOM", "40")
                .asOf(Exported.AS_OF)
                .language("ru")
                .build()
                .language())
        .isEqualTo("ru");
  }

  private static SubOutput entry(CooperationFramework plan) {
    return plan.jointWorkPlans().get(0).entries().get(0);
  }

  private static CooperationFramework withEntries(CooperationFramework plan, SubOutput... entries) {
    JointWorkPlan jwp = plan.jointWorkPlans().get(0);
    return plan.withJointWorkPlans(jwp.withEntries(entries));
  }

  private static CooperationFramework withOutcomeIndicators(
      CooperationFramework plan, Indicator... indicators) {
    PriorityArea area = plan.priorityAreas().get(0);
    Outcome outcome = area.outcomes().get(0);
    return plan.withPriorityAreas(area.withOutcomes(outcome.withIndicators(List.of(indicators))));
  }

  private static FundingLine line(
      int year, String agency, long required, long available, long expenditure) {
    return FundingLine.builder()
        .year(year)
        .agency(agency)
        .required(Money.of(required, "USD"))
        .available(Money.of(available, "USD"))
        .expenditure(Money.of(expenditure, "USD"))
        .build();
  }
}
