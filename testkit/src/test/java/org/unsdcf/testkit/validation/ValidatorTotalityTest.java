package org.unsdcf.testkit.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.unsdcf.core.model.Accumulation;
import org.unsdcf.core.model.CooperationFramework;
import org.unsdcf.core.model.Indicator;
import org.unsdcf.core.model.Measurement;
import org.unsdcf.core.model.ReportingPeriod;
import org.unsdcf.core.model.SubOutput;
import org.unsdcf.core.model.Value;
import org.unsdcf.core.validation.Finding;
import org.unsdcf.core.validation.Strictness;
import org.unsdcf.core.validation.ValidationOptions;
import org.unsdcf.core.validation.ValidationReport;
import org.unsdcf.core.validation.Validator;

/**
 * The validator is total on the worked example and on it grown to 20,000 entries; core's {@code
 * ValidatorTotalityTest} keeps the odd hand-built plans.
 */
class ValidatorTotalityTest {
  private static final LocalDate AS_OF = KyrgyzParts.AS_OF;

  private static ValidationReport validate(CooperationFramework plan, Strictness strictness) {
    return Validator.standard()
        .validate(plan, ValidationOptions.builder().asOf(AS_OF).strictness(strictness).build());
  }

  @ParameterizedTest(name = "kyrgyz {0}")
  @EnumSource(Strictness.class)
  void should_never_throw(Strictness strictness) {
    assertThatCode(() -> validate(KyrgyzParts.plan(), strictness)).doesNotThrowAnyException();
  }

  @Test
  @Timeout(
      value = 120,
      unit = TimeUnit.SECONDS) // a hang guard against quadratic rules, not a timing
  void should_validate_large_entity_lists_without_pairwise_work() {
    int n = 20_000;
    LocalDate day = LocalDate.of(2023, 1, 1);
    List<Measurement> ms = new ArrayList<>(2 * n);
    for (int i = 0; i < n; i++) {
      ReportingPeriod daily = ReportingPeriod.of(day.plusDays(i % 700), day.plusDays(i % 700));
      ms.add(Measurement.of(daily, Value.numeric(i)));
      ms.add(
          Measurement.of(
              ReportingPeriod.of(daily.start(), daily.end().plusDays(1)), Value.numeric(i)));
    }
    Indicator many =
        KyrgyzParts.outcomeIndicator()
            .withAccumulation(Accumulation.PER_PERIOD)
            .withMeasurements(ms)
            .withDisaggregations();
    List<SubOutput> entries = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      entries.add(KyrgyzParts.subOutput());
    }
    CooperationFramework plan =
        KyrgyzParts.withOutcomeIndicator(many)
            .withJointWorkPlans(KyrgyzParts.jwp().withEntries(entries));

    ValidationReport report = validate(plan, Strictness.DRAFT);

    assertThat(codes(report).stream().filter("STR-004"::equals).count()).isEqualTo(n - 1L);
    assertThat(codes(report).stream().filter("IND-014"::equals).count()).isEqualTo(2L * n - 1);
  }

  private static List<String> codes(ValidationReport report) {
    return report.findings().stream().map(Finding::code).collect(Collectors.toList());
  }
}
