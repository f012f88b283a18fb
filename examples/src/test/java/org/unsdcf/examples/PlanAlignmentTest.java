package org.unsdcf.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.unsdcf.core.model.CooperationFramework;
import org.unsdcf.core.model.Indicator;
import org.unsdcf.core.model.Outcome;
import org.unsdcf.core.model.Output;
import org.unsdcf.core.model.PriorityArea;
import org.unsdcf.core.model.SubOutput;
import org.unsdcf.core.model.Tag;
import org.unsdcf.core.sdg.GcmCatalogue;
import org.unsdcf.core.sdg.SdgCatalogue;

/** Checks that every SDG target, SDG indicator and GCM objective of the plans is a real one. */
class PlanAlignmentTest {
  private static final SdgCatalogue SDG = SdgCatalogue.bundled();
  private static final GcmCatalogue GCM = GcmCatalogue.bundled();

  static Stream<Arguments> plans() {
    return PlanConsistencyTest.plans();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("plans")
  void should_use_only_sdg_targets_of_the_catalogue(String name, CooperationFramework plan) {
    Stream<String> targets =
        Stream.of(
                outcomes(plan).flatMap(o -> o.sdgTargets().stream()),
                outputs(plan).flatMap(o -> o.sdgTargets().stream()),
                subOutputs(plan).flatMap(s -> s.sdgTargets().stream()))
            .flatMap(s -> s);
    assertThat(targets).isNotEmpty().allSatisfy(t -> assertThat(SDG.target(t)).as(t).isPresent());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("plans")
  void should_track_sdg_indicators_under_their_own_target(String name, CooperationFramework plan) {
    outcomes(plan).forEach(o -> checkSdgIndicators(o.indicators(), o.sdgTargets()));
    outputs(plan).forEach(o -> checkSdgIndicators(o.indicators(), o.sdgTargets()));
    subOutputs(plan).forEach(s -> checkSdgIndicators(s.indicators(), s.sdgTargets()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("plans")
  void should_use_only_gcm_objectives_of_the_catalogue(String name, CooperationFramework plan) {
    Stream<Tag> tags =
        Stream.of(
                outcomes(plan).flatMap(o -> o.tags().stream()),
                outputs(plan).flatMap(o -> o.tags().stream()),
                subOutputs(plan).flatMap(s -> s.tags().stream()))
            .flatMap(s -> s)
            .filter(t -> t.vocabulary().equals(Tag.GCM_OBJECTIVE));
    assertThat(tags)
        .allSatisfy(
            t -> assertThat(GCM.objective(Integer.parseInt(t.code()))).as(t.code()).isPresent());
  }

  private static void checkSdgIndicators(List<Indicator> indicators, List<String> targets) {
    for (Indicator indicator : indicators) {
      indicator
          .sdgIndicator()
          .ifPresent(
              code -> {
                assertThat(SDG.indicator(code)).as(code).isPresent();
                String target = code.substring(0, code.lastIndexOf('.'));
                assertThat(targets).as(indicator.code()).contains(target);
              });
    }
  }

  private static Stream<Outcome> outcomes(CooperationFramework plan) {
    return plan.priorityAreas().stream().map(PriorityArea::outcomes).flatMap(List::stream);
  }

  private static Stream<Output> outputs(CooperationFramework plan) {
    return outcomes(plan).map(Outcome::outputs).flatMap(List::stream);
  }

  private static Stream<SubOutput> subOutputs(CooperationFramework plan) {
    return plan.jointWorkPlans().stream().flatMap(j -> j.entries().stream());
  }
}
