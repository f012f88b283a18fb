package org.unsdcf.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.unsdcf.core.model.Accumulation;
import org.unsdcf.core.model.ChairRole;
import org.unsdcf.core.model.CoChair;
import org.unsdcf.core.model.CooperationFramework;
import org.unsdcf.core.model.Decision;
import org.unsdcf.core.model.DecisionKind;
import org.unsdcf.core.model.Direction;
import org.unsdcf.core.model.FundingLine;
import org.unsdcf.core.model.ImplementationStatus;
import org.unsdcf.core.model.Indicator;
import org.unsdcf.core.model.JointWorkPlan;
import org.unsdcf.core.model.JwpStatus;
import org.unsdcf.core.model.Location;
import org.unsdcf.core.model.LocationLevel;
import org.unsdcf.core.model.Marker;
import org.unsdcf.core.model.Measure;
import org.unsdcf.core.model.Measurement;
import org.unsdcf.core.model.Money;
import org.unsdcf.core.model.Outcome;
import org.unsdcf.core.model.Output;
import org.unsdcf.core.model.PartnerRef;
import org.unsdcf.core.model.ReportingPeriod;
import org.unsdcf.core.model.SubOutput;
import org.unsdcf.core.model.Tag;
import org.unsdcf.core.model.TargetKind;
import org.unsdcf.core.model.Value;
import org.unsdcf.core.model.YearRange;
import org.unsdcf.core.units.IndicatorUnit;

class SamplePlansTest {
  private static final CooperationFramework KGZ = SamplePlans.kyrgyzstan();
  private static final ReportingPeriod AUG_NOV =
      ReportingPeriod.of(LocalDate.of(2023, 8, 1), LocalDate.of(2023, 11, 30));

  @Test
  void kyrgyzstan_has_the_framework_members_of_the_worked_example() {
    assertThat(KGZ.code()).isEqualTo("KGZ-2023-2027");
    assertThat(KGZ.title())
        .isEqualTo("UN Sustainable Development Cooperation Framework, Kyrgyz Republic 2023-2027");
    assertThat(KGZ.countries()).containsExactly("KGZ");
    assertThat(KGZ.period()).isEqualTo(YearRange.of(2023, 2027));
    assertThat(KGZ.signedOn()).isEmpty();
    assertThat(KGZ.currency()).isEqualTo("USD");
    assertThat(KGZ.priorityAreas()).hasSize(1);
    assertThat(KGZ.priorityAreas().get(0).code()).isEqualTo("SP1");
    assertThat(KGZ.priorityAreas().get(0).title()).isEqualTo("Quality social services");
    assertThat(KGZ.priorityAreas().get(0).description()).isEmpty();
    assertThat(KGZ.priorityAreas().get(0).tags()).isEmpty();
  }

  @Test
  void kyrgyzstan_committee_endorsed_the_jwp_on_24_march_2023() {
    var committee = KGZ.steeringCommittee().orElseThrow();
    assertThat(committee.name()).isEqualTo("Joint Strategic Coordination Committee");
    assertThat(committee.governmentCoChair()).contains("Chairman of the Cabinet of Ministers");
    assertThat(committee.unCoChair()).contains("UN Resident Coordinator");
    assertThat(committee.decisions())
        .containsExactly(
            Decision.builder()
                .date(LocalDate.of(2023, 3, 24))
                .kind(DecisionKind.ENDORSE_JWP)
                .addSubject("JWP-RG1-2023-2024")
                .build());
  }

  @Test
  void kyrgyzstan_outcome_indicator_splits_500_into_310_women_and_190_men() {
    Outcome oc = KGZ.priorityAreas().get(0).outcomes().get(0);
    assertThat(oc.code()).isEqualTo("OC1.1");
    assertThat(oc.title())
        .isEqualTo("People, including migrants and their families, use quality social services");
    assertThat(oc.sdgTargets()).containsExactly("1.3", "10.7");
    assertThat(oc.indicators()).hasSize(1);
    Indicator i = oc.indicators().get(0);
    assertThat(i.code()).isEqualTo("OC1.1-I1");
    assertThat(i.title())
        .isEqualTo("Migrants who received free legal or psychological consultations (cumulative)");
    assertThat(i.measure()).isEqualTo(Measure.UNIT);
    assertThat(i.unit()).contains(IndicatorUnit.COUNT);
    assertThat(i.direction()).contains(Direction.INCREASE);
    assertThat(i.accumulation()).contains(Accumulation.CUMULATIVE);
    assertThat(i.baseline().orElseThrow().year()).isEqualTo(Year.of(2022));
    assertThat(i.baseline().orElseThrow().value()).isEqualTo(Value.numeric(0));
    assertThat(i.baseline().orElseThrow().date()).isEmpty();
    assertThat(i.targets()).hasSize(1);
    assertThat(i.targets().get(0).year()).isEqualTo(Year.of(2027));
    assertThat(i.targets().get(0).kind()).isEqualTo(TargetKind.FINAL);
    assertThat(i.targets().get(0).value()).isEqualTo(Value.numeric(2000));
    assertThat(i.measurements())
        .extracting(Measurement::period, Measurement::disaggregation, Measurement::value)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(AUG_NOV, Map.of(), Value.numeric(500)),
            org.assertj.core.groups.Tuple.tuple(
                AUG_NOV, Map.of("sex", "female"), Value.numeric(310)),
            org.assertj.core.groups.Tuple.tuple(
                AUG_NOV, Map.of("sex", "male"), Value.numeric(190)));
    assertThat(i.disaggregations()).hasSize(1);
    assertThat(i.disaggregations().get(0).name()).isEqualTo("sex");
    assertThat(i.disaggregations().get(0).categories()).containsExactly("female", "male");
    assertThat(i.disaggregations().get(0).exhaustive()).isTrue();
    assertThat(i.frequency()).contains(org.unsdcf.core.model.Frequency.ANNUAL);
    assertThat(i.meansOfVerification()).containsExactly("Consultation register");
    assertThat(i.sdgIndicator()).isEmpty();
  }

  @Test
  void kyrgyzstan_output_indicator_is_62_percent_as_310_of_500() {
    Output op = KGZ.priorityAreas().get(0).outcomes().get(0).outputs().get(0);
    assertThat(op.code()).isEqualTo("OP1.1.1");
    assertThat(op.title())
        .isEqualTo("Migrants have access to information, legal aid and psychosocial support");
    assertThat(op.contributingEntities()).containsExactly("IOM", "UN-Women");
    assertThat(op.sdgTargets()).containsExactly("10.7");
    assertThat(op.tags()).containsExactly(Tag.of("GCM_OBJECTIVE", "3"));
    Indicator i = op.indicators().get(0);
    assertThat(i.code()).isEqualTo("OP1.1.1-I1");
    assertThat(i.title())
        .isEqualTo("Share of women among migrants who received online consultations");
    assertThat(i.measure()).isEqualTo(Measure.PERCENTAGE);
    assertThat(i.unit()).contains(IndicatorUnit.PERCENT);
    assertThat(i.accumulation()).contains(Accumulation.LEVEL);
    assertThat(i.baseline().orElseThrow().value()).isEqualTo(Value.numeric(40));
    assertThat(i.finalTarget().orElseThrow().value()).isEqualTo(Value.numeric(60));
    Measurement m = i.measurements().get(0);
    assertThat(i.measurements()).hasSize(1);
    assertThat(m.period()).isEqualTo(AUG_NOV);
    assertThat(m.value()).isEqualTo(Value.numeric(62));
    assertThat(m.numerator()).contains(new BigDecimal("310"));
    assertThat(m.denominator()).contains(new BigDecimal("500"));
    assertThat(i.frequency()).contains(org.unsdcf.core.model.Frequency.ANNUAL);
    assertThat(i.meansOfVerification()).containsExactly("Consultation register");
  }

  @Test
  void kyrgyzstan_results_group_is_co_chaired_by_iom_and_unicef_from_2023() {
    var rg = KGZ.resultsGroups();
    assertThat(rg).hasSize(1);
    assertThat(rg.get(0).code()).isEqualTo("RG1");
    assertThat(rg.get(0).title()).isEqualTo("Results Group on Quality Social Services");
    assertThat(rg.get(0).scope()).containsExactly("SP1");
    assertThat(rg.get(0).coChairs())
        .extracting(CoChair::entity, CoChair::role, CoChair::from, CoChair::until)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "IOM",
                ChairRole.UN_CO_CHAIR,
                java.util.Optional.of(LocalDate.of(2023, 1, 1)),
                java.util.Optional.empty()),
            org.assertj.core.groups.Tuple.tuple(
                "UNICEF",
                ChairRole.UN_CO_CHAIR,
                java.util.Optional.of(LocalDate.of(2023, 1, 1)),
                java.util.Optional.empty()));
    assertThat(rg.get(0).members()).containsExactly("IOM", "UNICEF", "UN-Women", "WHO");
    assertThat(rg.get(0).governmentMembers()).isEmpty();
  }

  @Test
  void kyrgyzstan_jwp_is_endorsed_on_24_march_2023() {
    JointWorkPlan jwp = KGZ.jointWorkPlans().get(0);
    assertThat(KGZ.jointWorkPlans()).hasSize(1);
    assertThat(jwp.code()).isEqualTo("JWP-RG1-2023-2024");
    assertThat(jwp.title()).isEqualTo("Joint Work Plan 2023-2024, Quality Social Services");
    assertThat(jwp.period()).isEqualTo(YearRange.of(2023, 2024));
    assertThat(jwp.status()).isEqualTo(JwpStatus.ENDORSED);
    assertThat(jwp.version()).isEqualTo(1);
    assertThat(jwp.supersedes()).isEmpty();
    assertThat(jwp.resultsGroup()).contains("RG1");
    assertThat(jwp.endorsement().orElseThrow().date()).isEqualTo(LocalDate.of(2023, 3, 24));
    assertThat(jwp.endorsement().orElseThrow().body()).isEmpty();
    assertThat(jwp.endorsement().orElseThrow().reference()).isEmpty();
  }

  @Test
  void kyrgyzstan_sub_output_has_markers_partners_and_funding_120000_80000_60000() {
    SubOutput so = KGZ.jointWorkPlans().get(0).entries().get(0);
    assertThat(so.code()).isEqualTo("1.1.1.01");
    assertThat(so.title()).isEqualTo("Online legal and psychological consultations for migrants");
    assertThat(so.description()).isEmpty();
    assertThat(so.outputCode()).isEqualTo("OP1.1.1");
    assertThat(so.leadEntity()).isEqualTo("IOM");
    assertThat(so.agencies()).containsExactly("IOM");
    assertThat(so.implementingPartners())
        .containsExactly(PartnerRef.of("Resource Center for the Elderly"));
    assertThat(so.contributingPartners()).containsExactly(PartnerRef.of("USAID"));
    assertThat(so.sdgTargets()).containsExactly("8.8", "10.7");
    assertThat(so.tags()).containsExactly(Tag.of("GCM_OBJECTIVE", "3"));
    assertThat(so.genderEqualityMarker()).contains(Marker.SIGNIFICANT);
    assertThat(so.humanRightsMarker()).contains(Marker.SIGNIFICANT);
    assertThat(so.sustainingPeaceMarker()).isEmpty();
    assertThat(so.qcprFunctions()).containsExactly("Direct support");
    assertThat(so.geographicScope())
        .containsExactly(
            Location.builder()
                .level(LocationLevel.NATIONAL)
                .code("KGZ")
                .name("Kyrgyz Republic")
                .build());
    assertThat(so.targetGroups()).containsExactly("Migrants");
    assertThat(so.status()).isEqualTo(ImplementationStatus.CLOSED);
    assertThat(so.start()).isEqualTo(LocalDate.of(2023, 8, 1));
    assertThat(so.end()).isEqualTo(LocalDate.of(2023, 11, 30));
    assertThat(so.jointProgramme()).isEmpty();
    assertThat(so.indicators()).isEmpty();
    assertThat(so.funding())
        .containsExactly(
            FundingLine.builder()
                .year(2023)
                .agency("IOM")
                .contributingPartner(PartnerRef.of("USAID"))
                .required(Money.of(120_000, "USD"))
                .available(Money.of(80_000, "USD"))
                .expenditure(Money.of(60_000, "USD"))
                .build());
  }

  @Test
  void every_call_builds_an_equal_plan() {
    assertThat(SamplePlans.kyrgyzstan()).isEqualTo(KGZ).hasSameHashCodeAs(KGZ);
    assertThat(SamplePlans.complete()).isEqualTo(SamplePlans.complete());
    assertThat(SamplePlans.minimal()).isEqualTo(SamplePlans.minimal());
  }

  @Test
  void minimal_has_one_of_each_level_and_no_optional_member() {
    CooperationFramework min = SamplePlans.minimal();
    UnsdcfAssertions.assertThat(min)
        .hasPriorityArea("SP1")
        .hasOutcome("OC1")
        .hasOutput("OP1")
        .hasIndicator("OC1-I1")
        .hasResultsGroup("RG1")
        .hasJointWorkPlan("JWP1")
        .hasSubOutput("SO1");
    ModelWalker walker = new ModelWalker(0);
    walker.walk(min);
    assertThat(walker.optionals.values()).allSatisfy(c -> assertThat(c[0]).isZero());
  }

  @Test
  void complete_has_every_optional_member_present_somewhere() {
    ModelWalker walker = new ModelWalker(0);
    walker.walk(SamplePlans.complete());
    for (Class<?> type : GeneratedPlanCoverageTest.MODEL_TYPES) {
      for (var m : ModelWalker.accessors(type)) {
        if (m.getReturnType() == java.util.Optional.class) {
          String key = type.getSimpleName() + "." + m.getName();
          assertThat(walker.optionals.get(key)).as(key).isNotNull();
          assertThat(walker.optionals.get(key)[0]).as(key).isPositive();
        }
      }
    }
  }

  @Test
  void complete_keeps_the_worked_example_and_revises_its_jwp() {
    UnsdcfAssertions.assertThat(SamplePlans.complete())
        .hasCode("KGZ-2023-2027")
        .hasJointWorkPlan("JWP-RG1-2023-2024")
        .hasJointWorkPlan("JWP-RG1-2023-2024-R2")
        .hasIndicator("1.1.1.01-I1");
    JointWorkPlan revision = SamplePlans.complete().jointWorkPlans().get(1);
    assertThat(revision.supersedes()).contains("JWP-RG1-2023-2024");
    assertThat(revision.version()).isEqualTo(2);
  }

  @Test
  void every_measure_unit_direction_and_accumulation_has_an_indicator() {
    ModelWalker walker = new ModelWalker(0);
    walker.walk(SamplePlans.everyMeasure());
    walker.walk(SamplePlans.everyUnit());
    walker.walk(SamplePlans.everyDirectionAndAccumulation());
    assertThat(walker.constants.get("Measure")).hasSize(Measure.values().length);
    assertThat(walker.constants.get("IndicatorUnit")).hasSize(IndicatorUnit.values().length);
    assertThat(walker.constants.get("Direction")).hasSize(Direction.values().length);
    assertThat(walker.constants.get("Accumulation")).hasSize(Accumulation.values().length);
    assertThat(SamplePlans.everyUnit().priorityAreas().get(0).outcomes().get(0).indicators())
        .extracting(i -> i.unit().orElseThrow())
        .containsExactly(IndicatorUnit.values());
  }
}
