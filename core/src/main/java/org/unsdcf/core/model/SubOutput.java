package org.unsdcf.core.model;

import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.unsdcf.core.internal.Checks;

/**
 * A sub-output: an entry of a joint work plan (UN INFO "SOU") under one output, led by one agency,
 * with its mandatory tags and markers, dates, funding and indicators.
 *
 * <pre>{@code
 * SubOutput so = SubOutput.builder()
 *     .code("1.1.1.01")
 *     .title("Online legal and psychological consultations for migrants")
 *     .outputCode("OP1.1.1")
 *     .leadEntity("IOM").addAgency("IOM")
 *     .status(ImplementationStatus.CLOSED)
 *     .start(LocalDate.of(2023, 8, 1)).end(LocalDate.of(2023, 11, 30))
 *     .build();
 * }</pre>
 *
 * <p>Invariants: {@code leadEntity} is one of {@code agencies}; at least one agency; {@code start
 * <= end}; the lists marked as sets hold no duplicates; tags hold no SDG vocabulary; marker
 * narratives name each marker at most once; progress narratives have unique, ascending years. An
 * absent marker is not {@link Marker#NOT_EXPECTED}: it was not assessed. Whether {@code outputCode}
 * names an output is a validator rule (STR-005). This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class SubOutput implements WithSubOutput {
  private static final String TYPE = "SubOutput";

  SubOutput() {}

  /**
   * Gets the sub-output's code.
   *
   * @return a Code
   */
  public abstract String code();

  /**
   * Gets the code as the source system shows it, if it differs from {@link #code()}: free text such
   * as {@code "1.1."} or {@code "5 (ext. from 2021)"}, never an identity.
   *
   * @return a Name
   */
  public abstract Optional<String> displayCode();

  /**
   * Gets the title.
   *
   * @return a Name
   */
  public abstract String title();

  /**
   * Gets a description, if any.
   *
   * @return a Text
   */
  public abstract Optional<String> description();

  /**
   * Gets the code of the output this sub-output serves.
   *
   * @return a Code
   */
  public abstract String outputCode();

  /**
   * Gets the codes of other outputs this sub-output also contributes to (UN INFO's "Suboutput also
   * contributes to the following outputs"). Whether they name outputs is a validator rule (STR-013,
   * STR-014).
   *
   * @return Codes, no duplicates, in document order
   */
  public abstract List<String> additionalOutputs();

  /**
   * Gets the code of the lead agency, one of {@link #agencies()}.
   *
   * @return a Code
   */
  public abstract String leadEntity();

  /**
   * Gets the codes of the UN agencies involved.
   *
   * @return at least one Code, no duplicates
   */
  public abstract List<String> agencies();

  /**
   * Gets the implementing partners.
   *
   * @return the partners, no duplicates
   */
  public abstract List<PartnerRef> implementingPartners();

  /**
   * Gets the contributing (funding) partners; "Core/Regular Resources" is one.
   *
   * @return the partners, no duplicates
   */
  public abstract List<PartnerRef> contributingPartners();

  /**
   * Gets the SDG targets the sub-output contributes to.
   *
   * @return target codes, no duplicates
   */
  public abstract List<String> sdgTargets();

  /**
   * Gets the tags.
   *
   * @return the tags, no duplicates, no SDG vocabulary
   */
  public abstract List<Tag> tags();

  /**
   * Gets the gender equality marker, if assessed.
   *
   * @return the marker
   */
  public abstract Optional<Marker> genderEqualityMarker();

  /**
   * Gets the human rights marker, if assessed.
   *
   * @return the marker
   */
  public abstract Optional<Marker> humanRightsMarker();

  /**
   * Gets the sustaining peace marker, if assessed.
   *
   * @return the marker
   */
  public abstract Optional<Marker> sustainingPeaceMarker();

  /**
   * Gets the narratives explaining the markers, at most one per marker.
   *
   * @return the narratives, in document order
   */
  public abstract List<MarkerNarrative> markerNarratives();

  /**
   * Gets the QCPR functions the sub-output serves.
   *
   * @return Names, no duplicates
   */
  public abstract List<String> qcprFunctions();

  /**
   * Gets where the sub-output works.
   *
   * @return the locations, no duplicates
   */
  public abstract List<Location> geographicScope();

  /**
   * Gets the groups of people it serves.
   *
   * @return Names, no duplicates
   */
  public abstract List<String> targetGroups();

  /**
   * Gets the implementation status.
   *
   * @return the status
   */
  public abstract ImplementationStatus status();

  /**
   * Gets the first day of implementation.
   *
   * @return the start date
   */
  public abstract LocalDate start();

  /**
   * Gets the last day of implementation, included.
   *
   * @return the end date, not before {@link #start()}
   */
  public abstract LocalDate end();

  /**
   * Gets the code of the joint programme the sub-output belongs to, if any.
   *
   * @return a Code
   */
  public abstract Optional<String> jointProgramme();

  /**
   * Gets the funding lines.
   *
   * @return the lines, in document order
   */
  public abstract List<FundingLine> funding();

  /**
   * Gets the progress narratives, one per year at most, years ascending.
   *
   * @return the narratives, by year
   */
  public abstract List<YearNarrative> progressNarratives();

  /**
   * Gets the sub-output's own indicators.
   *
   * @return the indicators, in document order
   */
  public abstract List<Indicator> indicators();

  /**
   * Gets the sub-output's alignment: its SDG targets as tags, then its tags. Not serialised.
   *
   * @return the alignment tags
   */
  public List<Tag> alignment() {
    return Tags.alignment(sdgTargets(), tags());
  }

  /**
   * Obtains a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    Checks.code(TYPE, "code", code());
    displayCode().ifPresent(d -> Checks.name(TYPE, "displayCode", d));
    Checks.name(TYPE, "title", title());
    description().ifPresent(d -> Checks.text(TYPE, "description", d));
    Checks.code(TYPE, "outputCode", outputCode());
    Checks.codeSet(TYPE, "additionalOutputs", additionalOutputs());
    Checks.code(TYPE, "leadEntity", leadEntity());
    Checks.nonEmpty(TYPE, "agencies", agencies());
    Checks.codeSet(TYPE, "agencies", agencies());
    Checks.requireArgument(
        agencies().contains(leadEntity()),
        TYPE,
        "leadEntity",
        leadEntity(),
        "must be one of the agencies %s",
        agencies());
    Checks.set(TYPE, "implementingPartners", implementingPartners());
    Checks.set(TYPE, "contributingPartners", contributingPartners());
    Tags.sdgTargets(TYPE, sdgTargets());
    Tags.check(TYPE, tags());
    Checks.nameSet(TYPE, "qcprFunctions", qcprFunctions());
    Checks.set(TYPE, "geographicScope", geographicScope());
    Checks.nameSet(TYPE, "targetGroups", targetGroups());
    Checks.date(TYPE, "start", start());
    Checks.date(TYPE, "end", end());
    Checks.requireArgument(
        !end().isBefore(start()), TYPE, "end", end(), "must not be before start %s", start());
    jointProgramme().ifPresent(j -> Checks.code(TYPE, "jointProgramme", j));
    checkMarkerNarratives();
    checkProgressNarratives();
  }

  private void checkMarkerNarratives() {
    List<MarkerNarrative> narratives = markerNarratives();
    for (int i = 1; i < narratives.size(); i++) {
      MarkerKind marker = narratives.get(i).marker();
      for (int j = 0; j < i; j++) {
        Checks.requireArgument(
            narratives.get(j).marker() != marker,
            TYPE,
            "markerNarratives/" + i,
            marker,
            "must not repeat the marker of markerNarratives/%d",
            j);
      }
    }
  }

  private void checkProgressNarratives() {
    List<YearNarrative> narratives = progressNarratives();
    for (int i = 1; i < narratives.size(); i++) {
      Year year = narratives.get(i).year();
      Year previous = narratives.get(i - 1).year();
      Checks.requireArgument(
          !year.equals(previous),
          TYPE,
          "progressNarratives/" + i,
          year,
          "must not repeat the year of progressNarratives/%d",
          i - 1);
      Checks.requireArgument(
          year.isAfter(previous),
          TYPE,
          "progressNarratives/" + i,
          year,
          "must be after the year %s of progressNarratives/%d, as years ascend",
          previous,
          i - 1);
    }
  }

  /** Builds a {@link SubOutput}. */
  public static final class Builder extends ImmutableSubOutput.Builder {
    Builder() {}
  }
}
