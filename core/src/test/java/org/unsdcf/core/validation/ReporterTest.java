package org.unsdcf.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The reporter stamps findings from a rule's {@link RuleInfo} and holds rules to their keys. */
class ReporterTest {
  private static final RuleInfo GOV_003 = RuleCatalogue.rule("GOV-003").orElseThrow();
  private static final RuleInfo IND_001 = RuleCatalogue.rule("IND-001").orElseThrow();

  @Test
  void should_stamp_code_category_and_the_severity_of_the_strictness() {
    List<Finding> sink = new ArrayList<>();

    new Reporter(IND_001, Strictness.DRAFT, sink).report("/a", "S", "m");
    new Reporter(IND_001, Strictness.PUBLISH, sink).report("/b", "S", "m", Map.of());
    new Reporter(GOV_003, Strictness.PUBLISH, sink)
        .report(Severity.INFO, "/c", "T", "n", Map.of("date", "2022-03-24"));

    assertThat(sink)
        .extracting(Finding::code, Finding::category, Finding::severity, Finding::path)
        .containsExactly(
            tuple("IND-001", RuleCategory.INDICATORS, Severity.WARNING, "/a"),
            tuple("IND-001", RuleCategory.INDICATORS, Severity.ERROR, "/b"),
            tuple("GOV-003", RuleCategory.GOVERNANCE, Severity.INFO, "/c"));
    assertThat(sink.get(2).arguments()).containsExactly(Map.entry("date", "2022-03-24"));
  }

  @Test
  void should_refuse_arguments_other_than_the_rules_keys() {
    Reporter reporter = new Reporter(GOV_003, Strictness.DRAFT, new ArrayList<>());

    assertThatThrownBy(() -> reporter.report("", "S", "m"))
        .isInstanceOf(AssertionError.class)
        .hasMessage("unsdcf bug: rule GOV-003 reported arguments [], but declares [date]");
    assertThatThrownBy(() -> reporter.report("", "S", "m", Map.of("day", "2022-03-24")))
        .isInstanceOf(AssertionError.class)
        .hasMessage("unsdcf bug: rule GOV-003 reported arguments [day], but declares [date]");
    assertThatThrownBy(
            () -> reporter.report("", "S", "m", Map.of("date", "2022-03-24", "other", "x")))
        .isInstanceOf(AssertionError.class)
        .hasMessageStartingWith("unsdcf bug: rule GOV-003 reported arguments ");
    assertThatThrownBy(
            () ->
                new Reporter(IND_001, Strictness.DRAFT, new ArrayList<>())
                    .report("", "S", "m", Map.of("date", "2022-03-24")))
        .isInstanceOf(AssertionError.class)
        .hasMessage("unsdcf bug: rule IND-001 reported arguments [date], but declares []");
  }
}
