package org.unsdcf.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class FindingOrderTest {
  private static Finding finding(String path, String code) {
    return Finding.builder()
        .code(code)
        .severity(Severity.WARNING)
        .category(RuleCategory.STRUCTURE)
        .path(path)
        .message("m")
        .subject("S")
        .build();
  }

  private static List<String> sorted(String... paths) {
    List<Finding> findings = new ArrayList<>();
    for (String p : paths) {
      findings.add(finding(p, "STR-001"));
    }
    Collections.shuffle(findings, new Random(7));
    return ValidationReport.of("F", LocalDate.of(2024, 1, 1), Strictness.DRAFT, findings)
        .findings()
        .stream()
        .map(Finding::path)
        .collect(Collectors.toList());
  }

  @Test
  void should_order_by_canonical_member_order_not_by_name() {
    assertThat(
            sorted(
                "/jointWorkPlans",
                "/resultsGroups/0/coChairs",
                "/priorityAreas",
                "/steeringCommittee/decisions/0/date",
                "/signedOn",
                "/period",
                "",
                "/code"))
        .containsExactly(
            "",
            "/code",
            "/period",
            "/signedOn",
            "/steeringCommittee/decisions/0/date",
            "/priorityAreas",
            "/resultsGroups/0/coChairs",
            "/jointWorkPlans");
  }

  @Test
  void should_put_parents_first_and_indexes_in_numeric_order() {
    assertThat(
            sorted(
                "/jointWorkPlans/10/period",
                "/jointWorkPlans/2/status",
                "/jointWorkPlans/2",
                "/jointWorkPlans/2/entries/0/funding/0/year",
                "/jointWorkPlans/2/entries/0/funding",
                "/jointWorkPlans/2/entries/0/status",
                "/jointWorkPlans/2/endorsement/date"))
        .containsExactly(
            "/jointWorkPlans/2",
            "/jointWorkPlans/2/status",
            "/jointWorkPlans/2/endorsement/date",
            "/jointWorkPlans/2/entries/0/status",
            "/jointWorkPlans/2/entries/0/funding",
            "/jointWorkPlans/2/entries/0/funding/0/year",
            "/jointWorkPlans/10/period");
  }

  @Test
  void should_place_absent_members_where_they_would_be_written() {
    String i = "/priorityAreas/0/outcomes/1/indicators/0";
    assertThat(
            sorted(
                i + "/meansOfVerification",
                i + "/measurements/0/value",
                i + "/measurements",
                i + "/targets/0/value",
                i + "/targets",
                i + "/baseline",
                i + "/direction",
                i + "/code",
                "/priorityAreas/0/outcomes/1/outputs/0",
                "/priorityAreas/0/outcomes/1"))
        .containsExactly(
            "/priorityAreas/0/outcomes/1",
            i + "/code",
            i + "/direction",
            i + "/baseline",
            i + "/targets",
            i + "/targets/0/value",
            i + "/measurements",
            i + "/measurements/0/value",
            i + "/meansOfVerification",
            "/priorityAreas/0/outcomes/1/outputs/0");
  }

  @Test
  void should_order_sub_output_and_funding_members_canonically() {
    String so = "/jointWorkPlans/0/entries/0";
    assertThat(
            sorted(
                so + "/funding/0/expenditure",
                so + "/funding/0/available",
                so + "/funding/0/required/currency",
                so + "/funding/0/contributingPartner",
                so + "/funding/0/agency",
                so + "/end",
                so + "/start",
                so + "/geographicScope",
                so + "/qcprFunctions",
                so + "/humanRightsMarker",
                so + "/genderEqualityMarker",
                so + "/sdgTargets",
                so + "/implementingPartners",
                so + "/contributingPartners",
                so + "/agencies",
                so + "/outputCode"))
        .containsExactly(
            so + "/outputCode",
            so + "/agencies",
            so + "/implementingPartners",
            so + "/contributingPartners",
            so + "/sdgTargets",
            so + "/genderEqualityMarker",
            so + "/humanRightsMarker",
            so + "/qcprFunctions",
            so + "/geographicScope",
            so + "/start",
            so + "/end",
            so + "/funding/0/agency",
            so + "/funding/0/contributingPartner",
            so + "/funding/0/required/currency",
            so + "/funding/0/available",
            so + "/funding/0/expenditure");
  }

  @Test
  void should_break_ties_by_code_subject_and_message() {
    List<Finding> findings =
        List.of(
            Finding.builder()
                .code("B-001")
                .severity(Severity.ERROR)
                .category(RuleCategory.DATES)
                .path("/code")
                .message("a")
                .subject("A")
                .build(),
            Finding.builder()
                .code("A-001")
                .severity(Severity.ERROR)
                .category(RuleCategory.DATES)
                .path("/code")
                .message("b")
                .subject("B")
                .build(),
            Finding.builder()
                .code("A-001")
                .severity(Severity.ERROR)
                .category(RuleCategory.DATES)
                .path("/code")
                .message("a")
                .subject("B")
                .build(),
            Finding.builder()
                .code("A-001")
                .severity(Severity.ERROR)
                .category(RuleCategory.DATES)
                .path("/code")
                .message("z")
                .subject("A")
                .build());

    List<Finding> sorted =
        ValidationReport.of("F", LocalDate.of(2024, 1, 1), Strictness.DRAFT, findings).findings();

    assertThat(sorted)
        .extracting(f -> f.code() + " " + f.subject() + " " + f.message())
        .containsExactly("A-001 A z", "A-001 B a", "A-001 B b", "B-001 A a");
  }

  @Test
  void should_sort_unknown_members_after_known_ones() {
    assertThat(sorted("/zzz", "/jointWorkPlans", "/aaa"))
        .containsExactly("/jointWorkPlans", "/aaa", "/zzz");
  }

  @Test
  void should_place_the_version_1_1_members_at_their_canonical_positions() {
    String so = "/jointWorkPlans/0/entries/0";
    assertThat(
            sorted(
                so + "/indicators",
                so + "/progressNarratives/1/year",
                so + "/funding/0/year",
                so + "/qcprFunctions",
                so + "/markerNarratives/0",
                so + "/sustainingPeaceMarker",
                so + "/leadEntity",
                so + "/additionalOutputs/1",
                so + "/outputCode",
                so + "/title",
                so + "/displayCode",
                so + "/code"))
        .containsExactly(
            so + "/code",
            so + "/displayCode",
            so + "/title",
            so + "/outputCode",
            so + "/additionalOutputs/1",
            so + "/leadEntity",
            so + "/sustainingPeaceMarker",
            so + "/markerNarratives/0",
            so + "/qcprFunctions",
            so + "/funding/0/year",
            so + "/progressNarratives/1/year",
            so + "/indicators");
    assertThat(
            sorted(
                "/priorityAreas/0/title",
                "/priorityAreas/0/displayCode",
                "/priorityAreas/0/outcomes/0/outputs/0/title",
                "/priorityAreas/0/outcomes/0/outputs/0/displayCode",
                "/priorityAreas/0/outcomes/0/title",
                "/priorityAreas/0/outcomes/0/displayCode"))
        .containsExactly(
            "/priorityAreas/0/displayCode",
            "/priorityAreas/0/title",
            "/priorityAreas/0/outcomes/0/displayCode",
            "/priorityAreas/0/outcomes/0/title",
            "/priorityAreas/0/outcomes/0/outputs/0/displayCode",
            "/priorityAreas/0/outcomes/0/outputs/0/title");
  }
}
