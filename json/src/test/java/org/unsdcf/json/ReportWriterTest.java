package org.unsdcf.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.unsdcf.json.Json.a2q;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.unsdcf.core.model.Baseline;
import org.unsdcf.core.model.CooperationFramework;
import org.unsdcf.core.model.Endorsement;
import org.unsdcf.core.model.Indicator;
import org.unsdcf.core.model.Measurement;
import org.unsdcf.core.model.Outcome;
import org.unsdcf.core.model.PriorityArea;
import org.unsdcf.core.model.ReportingPeriod;
import org.unsdcf.core.model.Value;
import org.unsdcf.core.rollup.Rollup;
import org.unsdcf.core.rollup.RollupOptions;
import org.unsdcf.core.rollup.RollupReport;
import org.unsdcf.core.units.IndicatorUnit;
import org.unsdcf.core.validation.Finding;
import org.unsdcf.core.validation.RuleCategory;
import org.unsdcf.core.validation.Severity;
import org.unsdcf.core.validation.Strictness;
import org.unsdcf.core.validation.ValidationOptions;
import org.unsdcf.core.validation.ValidationReport;
import org.unsdcf.core.validation.Validator;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON reports of design.md §6.1 and §8 (with the byte rules of §11), written for the §4.2 plan
 * and for hand-built reports.
 */
class ReportWriterTest {
  static final LocalDate AS_OF = LocalDate.of(2024, 6, 30);
  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  /** §4.2 with the JWP endorsed on the IOM copy's date, as in the §8 validate example. */
  static CooperationFramework iomCopy() {
    CooperationFramework plan = Plans.kyrgyzstan();
    return plan.withJointWorkPlans(
        plan.jointWorkPlans().get(0).withEndorsement(Endorsement.of(LocalDate.of(2022, 3, 24))));
  }

  static ValidationReport validate(CooperationFramework plan) {
    return Validator.standard().validate(plan, ValidationOptions.of(AS_OF));
  }

  static RollupReport rollup(CooperationFramework plan) {
    return Rollup.compute(plan, RollupOptions.builder().asOf(AS_OF).build());
  }

  static String pretty(ValidationReport report) {
    return write(out -> ReportWriter.pretty().write(report, out));
  }

  static String pretty(RollupReport report) {
    return write(out -> ReportWriter.pretty().write(report, out));
  }

  interface Body {
    void write(ByteArrayOutputStream out) throws IOException;
  }

  static String write(Body body) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      body.write(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  static List<String> names(JsonNode object) {
    List<String> names = new ArrayList<>();
    object.propertyNames().forEach(names::add);
    return names;
  }

  static Finding finding(String code, String... arguments) {
    Finding.Builder b =
        Finding.builder()
            .code(code)
            .severity(Severity.WARNING)
            .category(RuleCategory.GOVERNANCE)
            .path("/jointWorkPlans/0")
            .message("m")
            .subject("JWP-RG1-2023-2024");
    for (int i = 0; i < arguments.length; i += 2) {
      b.putArgument(arguments[i], arguments[i + 1]);
    }
    return b.build();
  }

  @Nested
  class Validation {
    @Test
    void the_section_8_example_in_full() {
      assertThat(pretty(validate(iomCopy())))
          .isEqualTo(
              a2q("""
                  {
                    'reportVersion': 1,
                    'framework': 'KGZ-2023-2027',
                    'asOf': '2024-06-30',
                    'strictness': 'DRAFT',
                    'valid': true,
                    'summary': {
                      'error': 0,
                      'warning': 1,
                      'info': 0
                    },
                    'findings': [
                      {
                        'code': 'GOV-003',
                        'severity': 'WARNING',
                        'category': 'GOVERNANCE',
                        'path': '/jointWorkPlans/0/endorsement/date',
                        'message': 'JWP 'JWP-RG1-2023-2024' endorsed on 2022-03-24, but no ENDORSE_JWP decision on that date names it',
                        'subject': 'JWP-RG1-2023-2024',
                        'arguments': {
                          'date': '2022-03-24'
                        }
                      }
                    ]
                  }
                  """)
                  .replace("\"JWP-RG1-2023-2024\" endorsed", "'JWP-RG1-2023-2024' endorsed"));
    }

    @Test
    void every_member_is_written_and_findings_is_empty_brackets() {
      assertThat(pretty(validate(Plans.kyrgyzstan())))
          .isEqualTo(
              a2q(
                  """
                  {
                    'reportVersion': 1,
                    'framework': 'KGZ-2023-2027',
                    'asOf': '2024-06-30',
                    'strictness': 'DRAFT',
                    'valid': true,
                    'summary': {
                      'error': 0,
                      'warning': 0,
                      'info': 0
                    },
                    'findings': []
                  }
                  """));
    }

    @Test
    void arguments_are_sorted_by_key_and_empty_braces_when_none() {
      ValidationReport report =
          ValidationReport.of(
              "X",
              AS_OF,
              Strictness.PUBLISH,
              List.of(
                  finding("GOV-003", "zeta", "1", "alpha", "2", "mid", "3"), finding("GOV-004")));
      JsonNode json = MAPPER.readTree(pretty(report));
      assertThat(json.get("strictness").asString()).isEqualTo("PUBLISH");
      JsonNode findings = json.get("findings");
      assertThat(findings).hasSize(2);
      assertThat(names(findings.get(0).get("arguments"))).containsExactly("alpha", "mid", "zeta");
      assertThat(names(findings.get(0)))
          .containsExactly(
              "code", "severity", "category", "path", "message", "subject", "arguments");
      assertThat(findings.get(1).get("arguments").isEmpty()).isTrue();
      assertThat(pretty(report)).contains("\"arguments\": {}");
    }

    @Test
    void compact_layout_has_no_whitespace_and_no_final_lf() {
      String compact =
          write(out -> ReportWriter.compact().write(validate(Plans.kyrgyzstan()), out));
      assertThat(compact)
          .isEqualTo(
              a2q(
                  "{'reportVersion':1,'framework':'KGZ-2023-2027','asOf':'2024-06-30',"
                      + "'strictness':'DRAFT','valid':true,"
                      + "'summary':{'error':0,'warning':0,'info':0},'findings':[]}"));
    }
  }

  @Nested
  class RollupJson {
    private final JsonNode json = MAPPER.readTree(pretty(rollup(Plans.kyrgyzstan())));

    @Test
    void each_indicator_has_every_present_value_in_its_fixed_order() {
      assertThat(MAPPER.writeValueAsString(json.get("indicators")))
          .isEqualTo(
              a2q(
                  "[{'code':'OC1.1-I1','level':'OUTCOME','owner':'OC1.1','status':'ON_TRACK',"
                      + "'openSdg':{'status':'NOT_AVAILABLE'},'baseline':0,'target':2000,"
                      + "'actual':500,'actualDate':'2023-11-30','achievement':0.25,"
                      + "'cappedAchievement':0.25,'expected':0.1829,'pace':1.3668,'cappedPace':1,"
                      + "'weight':1},"
                      + "{'code':'OP1.1.1-I1','level':'OUTPUT','owner':'OP1.1.1',"
                      + "'status':'ACHIEVED','openSdg':{'status':'TARGET_ACHIEVED','score':5,"
                      + "'progressValue':6.5111},'baseline':40,'target':60,'actual':62,"
                      + "'actualDate':'2023-11-30','achievement':1.1,'cappedAchievement':1,"
                      + "'expected':0.1829,'pace':6.0138,'cappedPace':1,'weight':1}]"));
    }

    @Test
    void members_in_their_fixed_order() {
      assertThat(names(json))
          .containsExactly(
              "reportVersion",
              "framework",
              "asOf",
              "currency",
              "thresholds",
              "sdgAttribution",
              "validation",
              "root",
              "indicators",
              "budget");
      assertThat(names(json.get("thresholds")))
          .containsExactly("onTrack", "atRisk", "maintainTolerance");
      assertThat(names(json.get("validation"))).containsExactly("valid", "summary");
      assertThat(names(json.get("root")))
          .containsExactly("level", "code", "progress", "budget", "children");
      assertThat(names(json.get("budget")))
          .containsExactly(
              "skippedLines",
              "byYear",
              "byAgency",
              "byContributingPartner",
              "bySdgGoal",
              "unlinked");
    }

    @Test
    void root_progress_and_budget_are_the_section_8_numbers() {
      JsonNode root = json.get("root");
      assertThat(root.get("level").asString()).isEqualTo("FRAMEWORK");
      assertThat(root.get("code").asString()).isEqualTo("KGZ-2023-2027");
      assertThat(MAPPER.writeValueAsString(root.get("progress")))
          .isEqualTo(
              a2q(
                  "{'indicators':1,'assessed':1,'achieved':0,'progress':0.25,'pace':1,"
                      + "'coverage':1,'status':'ON_TRACK','openSdg':{'status':'NOT_AVAILABLE'},"
                      + "'statusCounts':{'ON_TRACK':1}}"));
      assertThat(MAPPER.writeValueAsString(root.get("budget")))
          .isEqualTo(
              a2q(
                  "{'lines':1,'required':120000,'available':80000,'expenditure':60000,"
                      + "'toBeMobilised':40000,'fundingRate':0.6667,'deliveryRate':0.75}"));
    }

    @Test
    void indicators_have_the_section_8_numbers_and_omit_absent_values() {
      JsonNode indicators = json.get("indicators");
      JsonNode outcome = byCode(indicators, "OC1.1-I1");
      assertThat(outcome.get("achievement").decimalValue()).isEqualByComparingTo("0.25");
      assertThat(outcome.get("expected").decimalValue()).isEqualByComparingTo("0.1829");
      assertThat(outcome.get("pace").decimalValue()).isEqualByComparingTo("1.3668");
      assertThat(outcome.get("status").asString()).isEqualTo("ON_TRACK");
      assertThat(outcome.has("reason")).isFalse();
      JsonNode output = byCode(indicators, "OP1.1.1-I1");
      assertThat(output.get("achievement").decimalValue()).isEqualByComparingTo("1.1");
      assertThat(output.get("status").asString()).isEqualTo("ACHIEVED");
      for (JsonNode indicator : indicators) {
        assertThat(names(indicator)).startsWith("code", "level", "owner", "status");
        for (JsonNode value : indicator) {
          if (value.isNumber()) {
            assertThat(value.decimalValue().scale()).isLessThanOrEqualTo(4);
          }
        }
      }
    }

    @Test
    void open_sdg_follows_status_with_numbers_at_scale_4_and_absent_members_omitted() {
      JsonNode indicators = json.get("indicators");
      JsonNode output = byCode(indicators, "OP1.1.1-I1");
      assertThat(names(output)).startsWith("code", "level", "owner", "status", "openSdg");
      // base 40 (2022), actual 62 (2023), target 60 (2027): achieved; pv 6.511050877727835
      assertThat(MAPPER.writeValueAsString(output.get("openSdg")))
          .isEqualTo(a2q("{'status':'TARGET_ACHIEVED','score':5,'progressValue':6.5111}"));
      // a baseline of 0: no growth rate, so neither score nor progress value
      assertThat(MAPPER.writeValueAsString(byCode(indicators, "OC1.1-I1").get("openSdg")))
          .isEqualTo(a2q("{'status':'NOT_AVAILABLE'}"));
      JsonNode output1 =
          json.get("root").get("children").get(0).get("children").get(0).get("children").get(0);
      assertThat(output1.get("code").asString()).isEqualTo("OP1.1.1");
      assertThat(names(output1.get("progress")))
          .containsSubsequence("status", "openSdg", "statusCounts");
      assertThat(MAPPER.writeValueAsString(output1.get("progress").get("openSdg")))
          .isEqualTo(a2q("{'status':'TARGET_ACHIEVED','score':5}"));
    }

    @Test
    void a_sub_output_without_indicators_has_no_ratios_empty_status_counts_and_no_children() {
      JsonNode sub = deepest(json.get("root"));
      assertThat(sub.get("level").asString()).isEqualTo("SUB_OUTPUT");
      assertThat(sub.get("children").isArray()).isTrue();
      assertThat(sub.get("children")).isEmpty();
      assertThat(MAPPER.writeValueAsString(sub.get("progress")))
          .isEqualTo(
              a2q(
                  "{'indicators':0,'assessed':0,'achieved':0,'status':'NOT_APPLICABLE',"
                      + "'statusCounts':{}}"));
      assertThat(pretty(rollup(Plans.kyrgyzstan()))).contains("\"children\": []");
    }

    @Test
    void unlinked_is_always_written_with_zero_lines_and_no_rates() {
      assertThat(MAPPER.writeValueAsString(json.get("budget").get("unlinked")))
          .isEqualTo(
              a2q("{'lines':0,'required':0,'available':0,'expenditure':0,'toBeMobilised':0}"));
    }

    @Test
    void group_keys_are_strings_and_key_comes_first() {
      JsonNode budget = json.get("budget");
      assertThat(budget.get("skippedLines").asInt()).isZero();
      JsonNode year = budget.get("byYear").get(0);
      assertThat(names(year)).startsWith("key", "lines");
      assertThat(year.get("key").isString()).isTrue();
      assertThat(year.get("key").asString()).isEqualTo("2023");
      List<String> goals = new ArrayList<>();
      for (JsonNode g : budget.get("bySdgGoal")) {
        assertThat(g.get("key").isString()).isTrue();
        goals.add(g.get("key").asString());
      }
      assertThat(goals).containsExactly("8", "10");
      assertThat(budget.get("byAgency").get(0).get("key").asString()).isEqualTo("IOM");
      assertThat(budget.get("bySdgGoal").get(0).get("required").decimalValue())
          .isEqualByComparingTo("120000");
    }

    /** The §4.2 plan with its outcome indicator replaced. */
    private JsonNode withOutcomeIndicator(java.util.function.UnaryOperator<Indicator> change) {
      CooperationFramework plan = Plans.kyrgyzstan();
      PriorityArea area = plan.priorityAreas().get(0);
      Outcome outcome = area.outcomes().get(0);
      Indicator changed = change.apply(outcome.indicators().get(0));
      List<PriorityArea> areas = new ArrayList<>(plan.priorityAreas());
      areas.set(0, area.withOutcomes(outcome.withIndicators(changed)));
      CooperationFramework edited = plan.withPriorityAreas(areas);
      JsonMapper exact =
          JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();
      return byCode(exact.readTree(pretty(rollup(edited))).get("indicators"), changed.code());
    }

    @Test
    void given_values_are_written_exactly_however_many_decimals_they_have() {
      JsonNode given =
          withOutcomeIndicator(
              i ->
                  i.withBaseline(Baseline.of(2022, Value.numeric("0.00001")))
                      .withMeasurements(
                          Measurement.of(
                              ReportingPeriod.ofYear(2023), Value.numeric("500.12345"))));

      assertThat(given.get("baseline").decimalValue()).isEqualTo(new BigDecimal("0.00001"));
      assertThat(given.get("target").decimalValue()).isEqualTo(new BigDecimal("2000"));
      assertThat(given.get("actual").decimalValue()).isEqualTo(new BigDecimal("500.12345"));
    }

    @Test
    void converted_values_are_rounded_to_scale_4_like_ratios() {
      JsonNode converted =
          withOutcomeIndicator(
              i ->
                  i.withUnit(IndicatorUnit.DAY)
                      .withBaseline(
                          Baseline.builder()
                              .year(2022)
                              .value(Value.numeric(5))
                              .unit(IndicatorUnit.HOUR)
                              .build())
                      .withMeasurements(
                          Measurement.builder()
                              .period(ReportingPeriod.ofYear(2023))
                              .value(Value.numeric("500.12345"))
                              .unit(IndicatorUnit.HOUR)
                              .build()));

      // 5 h = 0.2083… d and 500.12345 h = 20.838477… d; the target 2000 d is given
      assertThat(converted.get("baseline").decimalValue()).isEqualTo(new BigDecimal("0.2083"));
      assertThat(converted.get("target").decimalValue()).isEqualTo(new BigDecimal("2000"));
      assertThat(converted.get("actual").decimalValue()).isEqualTo(new BigDecimal("20.8385"));
    }

    @Test
    void pretty_ends_with_one_lf_and_compact_with_none() {
      String pretty = pretty(rollup(Plans.kyrgyzstan()));
      assertThat(pretty).endsWith("}\n").doesNotEndWith("\n\n").doesNotContain("\r");
      String compact = write(out -> ReportWriter.compact().write(rollup(Plans.kyrgyzstan()), out));
      assertThat(compact).endsWith("}").doesNotContain("\n");
      assertThat(MAPPER.readTree(compact)).isEqualTo(MAPPER.readTree(pretty));
    }

    private JsonNode byCode(JsonNode indicators, String code) {
      for (JsonNode i : indicators) {
        if (i.get("code").asString().equals(code)) {
          return i;
        }
      }
      throw new AssertionError("no indicator " + code);
    }

    private JsonNode deepest(JsonNode node) {
      JsonNode children = node.get("children");
      return children.isEmpty() ? node : deepest(children.get(children.size() - 1));
    }
  }

  @Nested
  class Problems {
    private final PlanReadException problem = Json.problemsOf(BadInputTest.with("title", "5"));

    private final String problemJson =
        a2q("""
                {
                  'code': 'TYPE_MISMATCH',
                  'path': '/title',
                  'line': 1,
                  'column': %d,
                  'message': '%s'
                }
            """)
            .formatted(
                problem.problems().get(0).column(),
                problem.problems().get(0).message().replace("\"", "\\\""));

    @Test
    void reader_problems() {
      assertThat(write(out -> ReportWriter.pretty().write(problem, out)))
          .isEqualTo("{\n  \"reportVersion\": 1,\n  \"problems\": [\n" + problemJson + "  ]\n}\n");
    }

    @Test
    void unreadable_file_with_and_without_problems() {
      assertThat(write(out -> ReportWriter.pretty().writeUnreadable("-", Optional.empty(), out)))
          .isEqualTo("{\n  \"reportVersion\": 1,\n  \"file\": \"-\",\n  \"problems\": []\n}\n");
      assertThat(
              write(
                  out ->
                      ReportWriter.pretty()
                          .writeUnreadable("plans/kgz.json", Optional.of(problem), out)))
          .isEqualTo(
              "{\n  \"reportVersion\": 1,\n  \"file\": \"plans/kgz.json\",\n  \"problems\": [\n"
                  + problemJson
                  + "  ]\n}\n");
    }
  }

  @Nested
  class Portfolio {
    @Test
    void streams_reports_and_problems_then_the_summary() throws IOException {
      ValidationReport valid = validate(Plans.kyrgyzstan());
      PlanReadException unreadable = Json.problemsOf("");
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      try (PortfolioReportWriter w = ReportWriter.pretty().portfolio(out)) {
        w.report(1, valid);
        w.problems(2, unreadable);
        w.report(3, validate(iomCopy()));
        w.summary(3, 2, 0, 1);
      }
      String text = out.toString(StandardCharsets.UTF_8);
      assertThat(text).endsWith("}\n").doesNotEndWith("\n\n");
      JsonNode json = MAPPER.readTree(text);
      assertThat(names(json)).containsExactly("reportVersion", "plans", "summary");
      assertThat(json.get("reportVersion").asInt()).isEqualTo(1);
      JsonNode plans = json.get("plans");
      assertThat(plans).hasSize(3);
      assertThat(names(plans.get(0))).containsExactly("line", "report");
      assertThat(names(plans.get(1))).containsExactly("line", "problems");
      assertThat(plans.get(1).get("line").asInt()).isEqualTo(2);
      assertThat(plans.get(1).get("problems").get(0).get("code").asString())
          .isEqualTo("JSON_EMPTY");
      assertThat(plans.get(0).get("report")).isEqualTo(MAPPER.readTree(pretty(valid)));
      assertThat(plans.get(2).get("report").get("findings").get(0).get("code").asString())
          .isEqualTo("GOV-003");
      assertThat(MAPPER.writeValueAsString(json.get("summary")))
          .isEqualTo(a2q("{'plans':3,'valid':2,'invalid':0,'unreadable':1}"));
      assertThat(text)
          .startsWith("{\n  \"reportVersion\": 1,\n  \"plans\": [\n    {\n      \"line\": 1,\n");
    }

    @Test
    void an_empty_portfolio() throws IOException {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      try (PortfolioReportWriter w = ReportWriter.pretty().portfolio(out)) {
        w.summary(0, 0, 0, 0);
      }
      assertThat(out.toString(StandardCharsets.UTF_8))
          .isEqualTo(
              a2q(
                  """
                  {
                    'reportVersion': 1,
                    'plans': [],
                    'summary': {
                      'plans': 0,
                      'valid': 0,
                      'invalid': 0,
                      'unreadable': 0
                    }
                  }
                  """));
    }
  }
}
