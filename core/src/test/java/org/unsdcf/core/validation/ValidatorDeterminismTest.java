package org.unsdcf.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.unsdcf.core.model.CooperationFramework;

class ValidatorDeterminismTest {
  private static final LocalDate AS_OF = LocalDate.of(2024, 6, 30);

  private static ValidationReport validate(CooperationFramework plan) {
    return Validator.standard()
        .validate(
            plan, ValidationOptions.builder().asOf(AS_OF).strictness(Strictness.PUBLISH).build());
  }

  @Test
  void should_give_equal_reports_for_equal_plans() {
    ValidationReport first = validate(ValidatorTotalityTest.weird());
    ValidationReport second = validate(ValidatorTotalityTest.weird());

    assertThat(second).isEqualTo(first);
    assertThat(second.hashCode()).isEqualTo(first.hashCode());
    assertThat(second.toString()).isEqualTo(first.toString());
    assertThat(first.findings()).hasSizeGreaterThan(40);
  }

  @Test
  void should_keep_report_order_whatever_order_findings_come_in() {
    ValidationReport report = validate(ValidatorTotalityTest.weird());
    List<Finding> shuffled = new ArrayList<>(report.findings());
    Collections.shuffle(shuffled, new Random(42));

    ValidationReport again =
        ValidationReport.of(report.framework(), report.asOf(), report.strictness(), shuffled);

    assertThat(again).isEqualTo(report);
  }

  @Test
  void should_report_findings_in_document_order() {
    ValidationReport report = validate(ValidatorTotalityTest.weird());

    for (int i = 1; i < report.findings().size(); i++) {
      Finding a = report.findings().get(i - 1);
      Finding b = report.findings().get(i);
      int byPath = FindingOrder.compareKeys(FindingOrder.key(a.path()), FindingOrder.key(b.path()));
      assertThat(byPath).as("%s before %s", a, b).isLessThanOrEqualTo(0);
      if (byPath == 0) {
        assertThat(a.code().compareTo(b.code())).isLessThanOrEqualTo(0);
      }
    }
  }

  @Test
  void should_count_findings_by_severity() {
    ValidationReport report = validate(ValidatorTotalityTest.weird());
    long errors = report.findings().stream().filter(f -> f.severity() == Severity.ERROR).count();
    long warnings =
        report.findings().stream().filter(f -> f.severity() == Severity.WARNING).count();
    long info = report.findings().stream().filter(f -> f.severity() == Severity.INFO).count();

    assertThat(report.summary().error()).isEqualTo(errors);
    assertThat(report.summary().warning()).isEqualTo(warnings);
    assertThat(report.summary().info()).isEqualTo(info);
    assertThat(report.valid()).isEqualTo(errors == 0);
  }
}
