package org.unsdcf.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.unsdcf.core.model.Fixtures.assertViolation;
import static org.unsdcf.core.model.Fixtures.subOutput;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SubOutputTest {
  static final String REPEAT = "must not repeat an element of the set";

  @Test
  void should_build_a_minimal_entry() {
    SubOutput entry = subOutput().build();

    assertThat(entry.agencies()).containsExactly("UNDP");
    assertThat(entry.genderEqualityMarker()).isEmpty();
    assertThat(entry.funding()).isEmpty();
    assertThat(entry.indicators()).isEmpty();
  }

  @Test
  void should_reject_a_lead_entity_outside_the_agencies() {
    assertViolation(
        () -> subOutput().leadEntity("UNICEF").addAgency("UNFPA").build(),
        "SubOutput",
        "leadEntity",
        "UNICEF",
        "must be one of the agencies [UNDP, UNFPA]");
  }

  @Test
  void should_accept_a_lead_entity_anywhere_in_the_agencies() {
    assertThat(subOutput().leadEntity("UNICEF").addAgencies("UNFPA", "UNICEF").build().leadEntity())
        .isEqualTo("UNICEF");
  }

  @Test
  void should_reject_an_entry_without_agencies() {
    assertViolation(
        () -> subOutput().agencies(List.of()).build(),
        "SubOutput",
        "agencies",
        "[]",
        "must have at least one element");
  }

  @Test
  void should_reject_a_repeated_agency_at_the_later_element() {
    assertViolation(
        () -> subOutput().addAgency("UNDP").build(), "SubOutput", "agencies/1", "UNDP", REPEAT);
  }

  @Test
  void should_reject_end_before_start() {
    assertViolation(
        () -> subOutput().end(LocalDate.of(2022, 12, 31)).build(),
        "SubOutput",
        "end",
        "2022-12-31",
        "must not be before start 2023-01-01");
  }

  @Test
  void should_accept_a_one_day_entry() {
    assertThat(subOutput().end(Fixtures.JAN_1_2023).build().end()).isEqualTo(Fixtures.JAN_1_2023);
  }

  @ParameterizedTest
  @CsvSource({
    "1944-12-31, 2023-12-31, start, 1944-12-31",
    "2023-01-01, 2101-01-01, end, 2101-01-01"
  })
  void should_reject_dates_outside_the_model(
      LocalDate start, LocalDate end, String field, String value) {
    assertViolation(
        () -> subOutput().start(start).end(end).build(),
        "SubOutput",
        field,
        value,
        "must be a date from 1945-01-01 to 2100-12-31");
  }

  @Test
  void should_reject_repeated_partners_locations_functions_and_groups() {
    PartnerRef usaid = PartnerRef.of("USAID");
    Location osh = Location.of(LocationLevel.SUBNATIONAL, "Osh");

    assertViolation(
        () -> subOutput().addImplementingPartners(usaid, PartnerRef.of("EU"), usaid).build(),
        "SubOutput",
        "implementingPartners/2",
        usaid.toString(),
        REPEAT);
    assertViolation(
        () -> subOutput().addContributingPartners(usaid, usaid).build(),
        "SubOutput",
        "contributingPartners/1",
        usaid.toString(),
        REPEAT);
    assertViolation(
        () -> subOutput().addGeographicScope(osh, osh).build(),
        "SubOutput",
        "geographicScope/1",
        osh.toString(),
        REPEAT);
    assertViolation(
        () -> subOutput().addQcprFunctions("Policy advice", "Policy advice").build(),
        "SubOutput",
        "qcprFunctions/1",
        "Policy advice",
        REPEAT);
    assertViolation(
        () -> subOutput().addTargetGroups("Youth", "Women", "Youth").build(),
        "SubOutput",
        "targetGroups/2",
        "Youth",
        REPEAT);
  }

  @Test
  void should_accept_the_same_partner_as_implementing_and_contributing() {
    PartnerRef usaid = PartnerRef.of("USAID");

    assertThat(
            subOutput()
                .addImplementingPartner(usaid)
                .addContributingPartner(usaid)
                .build()
                .contributingPartners())
        .containsExactly(usaid);
  }

  @Test
  void should_accept_partners_differing_only_in_iati_identifier() {
    // Sets compare whole values (design.md §11); FIN-004 compares names.
    PartnerRef plain = PartnerRef.of("USAID");
    PartnerRef withId = PartnerRef.builder().name("USAID").iatiOrgId("US-GOV-1").build();

    assertThat(subOutput().addContributingPartners(plain, withId).build().contributingPartners())
        .hasSize(2);
  }

  @Test
  void should_reject_malformed_and_repeated_sdg_targets() {
    assertViolation(
        () -> subOutput().addSdgTargets("5.2", "5.2.1").build(),
        "SubOutput",
        "sdgTargets/1",
        "5.2.1",
        "must be an SDG target code such as 5.2");
    assertViolation(
        () -> subOutput().addSdgTargets("5.2", "16.b", "5.2").build(),
        "SubOutput",
        "sdgTargets/2",
        "5.2",
        REPEAT);
  }

  @Test
  void should_reject_sdg_vocabularies_in_tags() {
    assertViolation(
        () -> subOutput().addTag(Tag.of(Tag.SDG_TARGET, "5.2")).build(),
        "SubOutput",
        "tags/0",
        "SDG_TARGET",
        "must not use an SDG vocabulary: SDG targets and indicators have their own fields");
  }

  @Test
  void should_align_with_its_sdg_targets_then_its_tags() {
    Tag gcm = Tag.of(Tag.GCM_OBJECTIVE, "18");

    assertThat(subOutput().addSdgTargets("8.8", "5.2").addTag(gcm).build().alignment())
        .containsExactly(Tag.of(Tag.SDG_TARGET, "8.8"), Tag.of(Tag.SDG_TARGET, "5.2"), gcm);
  }

  @Test
  void should_keep_absent_markers_apart_from_not_expected() {
    SubOutput absent = subOutput().build();
    SubOutput notExpected = subOutput().genderEqualityMarker(Marker.NOT_EXPECTED).build();

    assertThat(absent.genderEqualityMarker()).isEmpty();
    assertThat(notExpected.genderEqualityMarker()).contains(Marker.NOT_EXPECTED);
    assertThat(notExpected).isNotEqualTo(absent);
  }

  @Test
  void should_keep_the_version_1_1_members_in_order() {
    MarkerNarrative peace = MarkerNarrative.of(MarkerKind.SUSTAINING_PEACE, "Dialogue");
    MarkerNarrative gender = MarkerNarrative.of(MarkerKind.GENDER_EQUALITY, "Women");
    YearNarrative y2023 = YearNarrative.of(2023, "Started");
    YearNarrative y2025 = YearNarrative.of(2025, "Closed");

    SubOutput entry =
        subOutput()
            .displayCode("1.1.1.")
            .addAdditionalOutputs("OU2.1", "OU1.2")
            .addMarkerNarratives(peace, gender)
            .addProgressNarratives(y2023, y2025)
            .build();

    assertThat(entry.displayCode()).contains("1.1.1.");
    assertThat(entry.additionalOutputs()).containsExactly("OU2.1", "OU1.2");
    assertThat(entry.markerNarratives()).containsExactly(peace, gender);
    assertThat(entry.progressNarratives()).containsExactly(y2023, y2025);
    assertThat(subOutput().build().displayCode()).isEmpty();
    assertThat(subOutput().build().additionalOutputs()).isEmpty();
  }

  @Test
  void should_reject_a_repeated_marker_at_the_later_narrative() {
    assertViolation(
        () ->
            subOutput()
                .addMarkerNarratives(
                    MarkerNarrative.of(MarkerKind.GENDER_EQUALITY, "a"),
                    MarkerNarrative.of(MarkerKind.HUMAN_RIGHTS, "b"),
                    MarkerNarrative.of(MarkerKind.GENDER_EQUALITY, "c"))
                .build(),
        "SubOutput",
        "markerNarratives/2",
        "GENDER_EQUALITY",
        "must not repeat the marker of markerNarratives/0");
  }

  @Test
  void should_accept_one_narrative_for_each_marker() {
    assertThat(
            subOutput()
                .addMarkerNarratives(
                    MarkerNarrative.of(MarkerKind.HUMANITARIAN, "a"),
                    MarkerNarrative.of(MarkerKind.SUSTAINING_PEACE, "a"),
                    MarkerNarrative.of(MarkerKind.HUMAN_RIGHTS, "a"),
                    MarkerNarrative.of(MarkerKind.GENDER_EQUALITY, "a"))
                .build()
                .markerNarratives())
        .hasSize(4);
  }

  @Test
  void should_reject_a_repeated_progress_year_at_the_later_narrative() {
    assertViolation(
        () ->
            subOutput()
                .addProgressNarratives(
                    YearNarrative.of(2023, "a"),
                    YearNarrative.of(2024, "b"),
                    YearNarrative.of(2024, "c"))
                .build(),
        "SubOutput",
        "progressNarratives/2",
        "2024",
        "must not repeat the year of progressNarratives/1");
  }

  @Test
  void should_reject_a_descending_progress_year_at_the_later_narrative() {
    assertViolation(
        () ->
            subOutput()
                .addProgressNarratives(YearNarrative.of(2024, "a"), YearNarrative.of(2023, "b"))
                .build(),
        "SubOutput",
        "progressNarratives/1",
        "2023",
        "must be after the year 2024 of progressNarratives/0, as years ascend");
  }

  @Test
  void should_accept_progress_years_with_gaps() {
    assertThat(
            subOutput()
                .addProgressNarratives(YearNarrative.of(2021, "a"), YearNarrative.of(2024, "b"))
                .build()
                .progressNarratives())
        .extracting(n -> n.year().getValue())
        .containsExactly(2021, 2024);
  }

  @Test
  void should_reject_a_repeated_additional_output_at_the_later_element() {
    assertViolation(
        () -> subOutput().addAdditionalOutputs("OU1.2", "OU1.2").build(),
        "SubOutput",
        "additionalOutputs/1",
        "OU1.2",
        REPEAT);
  }

  @Test
  void should_reject_nulls_and_missing_attributes_naming_them() {
    assertThatThrownBy(() -> subOutput().addAgency(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("agencies element");
    assertThatThrownBy(() -> subOutput().status(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("status");
    assertThatThrownBy(() -> subOutput().humanRightsMarker((Marker) null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("humanRightsMarker");
    assertThatThrownBy(() -> SubOutput.builder().code("1.1.1").title("t").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContainingAll("outputCode", "leadEntity", "status", "start", "end");
  }

  @Test
  void should_compare_structurally_and_check_copies() {
    SubOutput entry = subOutput().build();

    assertThat(subOutput().build()).isEqualTo(entry).hasSameHashCodeAs(entry);
    assertThat(entry.withStatus(ImplementationStatus.CLOSED)).isNotEqualTo(entry);
    assertThat(entry.toString()).contains("1.1.1");
    assertViolation(
        () -> entry.withEnd(LocalDate.of(2022, 6, 30)),
        "SubOutput",
        "end",
        "2022-06-30",
        "must not be before start 2023-01-01");
    assertViolation(
        () -> entry.withLeadEntity("UNICEF"),
        "SubOutput",
        "leadEntity",
        "UNICEF",
        "must be one of the agencies [UNDP]");
  }
}
