package org.unsdcf.core.internal;

import static org.unsdcf.core.internal.FormPresence.LIST;
import static org.unsdcf.core.internal.FormPresence.NON_EMPTY_SET;
import static org.unsdcf.core.internal.FormPresence.SET;
import static org.unsdcf.core.internal.FormValue.AMOUNT;
import static org.unsdcf.core.internal.FormValue.BOOLEAN;
import static org.unsdcf.core.internal.FormValue.CODE;
import static org.unsdcf.core.internal.FormValue.COUNT;
import static org.unsdcf.core.internal.FormValue.COUNTRY;
import static org.unsdcf.core.internal.FormValue.CURRENCY;
import static org.unsdcf.core.internal.FormValue.DATE;
import static org.unsdcf.core.internal.FormValue.DECIMAL;
import static org.unsdcf.core.internal.FormValue.NAME;
import static org.unsdcf.core.internal.FormValue.POSITIVE;
import static org.unsdcf.core.internal.FormValue.SDG_INDICATOR;
import static org.unsdcf.core.internal.FormValue.SDG_TARGET;
import static org.unsdcf.core.internal.FormValue.TEXT;
import static org.unsdcf.core.internal.FormValue.UNIT;
import static org.unsdcf.core.internal.FormValue.URI_VALUE;
import static org.unsdcf.core.internal.FormValue.VALUE;
import static org.unsdcf.core.internal.FormValue.VOCABULARY;
import static org.unsdcf.core.internal.FormValue.YEAR;
import static org.unsdcf.core.internal.FormValue.enumeration;

import java.util.List;
import org.unsdcf.core.model.Accumulation;
import org.unsdcf.core.model.Baseline;
import org.unsdcf.core.model.ChairRole;
import org.unsdcf.core.model.CoChair;
import org.unsdcf.core.model.CooperationFramework;
import org.unsdcf.core.model.Decision;
import org.unsdcf.core.model.DecisionKind;
import org.unsdcf.core.model.Direction;
import org.unsdcf.core.model.DisaggregationDimension;
import org.unsdcf.core.model.Endorsement;
import org.unsdcf.core.model.Frequency;
import org.unsdcf.core.model.FundingLine;
import org.unsdcf.core.model.ImplementationStatus;
import org.unsdcf.core.model.Indicator;
import org.unsdcf.core.model.JointWorkPlan;
import org.unsdcf.core.model.JwpStatus;
import org.unsdcf.core.model.Location;
import org.unsdcf.core.model.LocationLevel;
import org.unsdcf.core.model.Marker;
import org.unsdcf.core.model.MarkerKind;
import org.unsdcf.core.model.MarkerNarrative;
import org.unsdcf.core.model.Measure;
import org.unsdcf.core.model.Measurement;
import org.unsdcf.core.model.Money;
import org.unsdcf.core.model.NumericRange;
import org.unsdcf.core.model.Outcome;
import org.unsdcf.core.model.Output;
import org.unsdcf.core.model.PartnerRef;
import org.unsdcf.core.model.PriorityArea;
import org.unsdcf.core.model.ProgressStatus;
import org.unsdcf.core.model.ReportingPeriod;
import org.unsdcf.core.model.ResultsGroup;
import org.unsdcf.core.model.SteeringCommittee;
import org.unsdcf.core.model.SubOutput;
import org.unsdcf.core.model.Tag;
import org.unsdcf.core.model.Target;
import org.unsdcf.core.model.TargetKind;
import org.unsdcf.core.model.YearNarrative;
import org.unsdcf.core.model.YearRange;

/**
 * The JSON form of a plan (design.md §3.2 and §4), the one description every path derives from:
 * both readers, the writer, the writer's encoded member names and the findings' canonical order.
 * Each type lists its members in canonical order, one line a member: name, value, presence (the
 * definer {@code req}, {@code opt}, {@code map}, or {@code list} with LIST, SET or NON_EMPTY_SET),
 * the model's accessor, the builder's setter and, for a capped list, its {@code cap} (design.md
 * §5.1). Adding an optional member to a type is one line here and the member in the model.
 */
public final class PlanForm {
  /** A Tag. */
  public static final FormType<Tag, Tag.Builder> TAG =
      FormType.of("Tag", Tag::builder, Tag.Builder::build)
          .req("vocabulary", VOCABULARY, Tag::vocabulary, Tag.Builder::vocabulary)
          .req("code", CODE, Tag::code, Tag.Builder::code);

  /** A YearRange. */
  public static final FormType<YearRange, Object[]> YEAR_RANGE =
      FormType.<YearRange, java.time.Year, java.time.Year>pair("YearRange", YearRange::of)
          .part("start", YEAR, YearRange::start)
          .part("end", YEAR, YearRange::end);

  /** A ReportingPeriod. */
  public static final FormType<ReportingPeriod, Object[]> REPORTING_PERIOD =
      FormType.<ReportingPeriod, java.time.LocalDate, java.time.LocalDate>pair(
              "ReportingPeriod", ReportingPeriod::of)
          .part("start", DATE, ReportingPeriod::start)
          .part("end", DATE, ReportingPeriod::end);

  /** A Money. */
  public static final FormType<Money, Object[]> MONEY =
      FormType.<Money, java.math.BigDecimal, String>pair("Money", Money::of)
          .part("amount", AMOUNT, Money::amount)
          .part("currency", CURRENCY, Money::currency);

  /** A PartnerRef. */
  public static final FormType<PartnerRef, PartnerRef.Builder> PARTNER_REF =
      FormType.of("PartnerRef", PartnerRef::builder, PartnerRef.Builder::build)
          .req("name", NAME, PartnerRef::name, PartnerRef.Builder::name)
          .opt("iatiOrgId", CODE, PartnerRef::iatiOrgId, PartnerRef.Builder::iatiOrgId);

  /** A Location. */
  public static final FormType<Location, Location.Builder> LOCATION =
      FormType.of("Location", Location::builder, Location.Builder::build)
          .req("level", enumeration(LocationLevel.class), Location::level, Location.Builder::level)
          .opt("code", CODE, Location::code, Location.Builder::code)
          .req("name", NAME, Location::name, Location.Builder::name);

  /** A NumericRange. */
  public static final FormType<NumericRange, NumericRange.Builder> NUMERIC_RANGE =
      FormType.of("NumericRange", NumericRange::builder, NumericRange.Builder::build)
          .opt("min", DECIMAL, NumericRange::min, NumericRange.Builder::min)
          .opt("max", DECIMAL, NumericRange::max, NumericRange.Builder::max);

  /** A DisaggregationDimension. */
  public static final FormType<DisaggregationDimension, DisaggregationDimension.Builder>
      DISAGGREGATION_DIMENSION =
          FormType.of(
                  "DisaggregationDimension",
                  DisaggregationDimension::builder,
                  DisaggregationDimension.Builder::build)
              .req(
                  "name",
                  CODE,
                  DisaggregationDimension::name,
                  DisaggregationDimension.Builder::name)
              .list(
                  "categories",
                  NON_EMPTY_SET,
                  CODE,
                  DisaggregationDimension::categories,
                  DisaggregationDimension.Builder::categories)
              .req(
                  "exhaustive",
                  BOOLEAN,
                  DisaggregationDimension::exhaustive,
                  DisaggregationDimension.Builder::exhaustive);

  /** A Baseline. */
  public static final FormType<Baseline, Baseline.Builder> BASELINE =
      FormType.of("Baseline", Baseline::builder, Baseline.Builder::build)
          .req("year", YEAR, Baseline::year, Baseline.Builder::year)
          .opt("date", DATE, Baseline::date, Baseline.Builder::date)
          .req("value", VALUE, Baseline::value, Baseline.Builder::value)
          .opt("unit", UNIT, Baseline::unit, Baseline.Builder::unit)
          .opt("comment", TEXT, Baseline::comment, Baseline.Builder::comment);

  /** A Target. */
  public static final FormType<Target, Target.Builder> TARGET =
      FormType.of("Target", Target::builder, Target.Builder::build)
          .req("year", YEAR, Target::year, Target.Builder::year)
          .req("kind", enumeration(TargetKind.class), Target::kind, Target.Builder::kind)
          .req("value", VALUE, Target::value, Target.Builder::value)
          .opt("unit", UNIT, Target::unit, Target.Builder::unit)
          .opt("comment", TEXT, Target::comment, Target.Builder::comment);

  /** A Measurement. */
  public static final FormType<Measurement, Measurement.Builder> MEASUREMENT =
      FormType.of("Measurement", Measurement::builder, Measurement.Builder::build)
          .req("period", REPORTING_PERIOD, Measurement::period, Measurement.Builder::period)
          .map(
              "disaggregation",
              CODE,
              Measurement::disaggregation,
              Measurement.Builder::disaggregation)
          .req("value", VALUE, Measurement::value, Measurement.Builder::value)
          .opt("unit", UNIT, Measurement::unit, Measurement.Builder::unit)
          .opt("numerator", COUNT, Measurement::numerator, Measurement.Builder::numerator)
          .opt("denominator", POSITIVE, Measurement::denominator, Measurement.Builder::denominator)
          .opt(
              "assessedStatus",
              enumeration(ProgressStatus.class),
              Measurement::assessedStatus,
              Measurement.Builder::assessedStatus)
          .opt("source", NAME, Measurement::source, Measurement.Builder::source)
          .opt("comment", TEXT, Measurement::comment, Measurement.Builder::comment);

  /** An Indicator. */
  public static final FormType<Indicator, Indicator.Builder> INDICATOR =
      FormType.of("Indicator", Indicator::builder, Indicator.Builder::build)
          .req("code", CODE, Indicator::code, Indicator.Builder::code)
          .req("title", NAME, Indicator::title, Indicator.Builder::title)
          .req(
              "measure", enumeration(Measure.class), Indicator::measure, Indicator.Builder::measure)
          .opt("unit", UNIT, Indicator::unit, Indicator.Builder::unit)
          .opt(
              "direction",
              enumeration(Direction.class),
              Indicator::direction,
              Indicator.Builder::direction)
          .opt(
              "accumulation",
              enumeration(Accumulation.class),
              Indicator::accumulation,
              Indicator.Builder::accumulation)
          .opt(
              "naturalRange",
              NUMERIC_RANGE,
              Indicator::naturalRange,
              Indicator.Builder::naturalRange)
          .opt("baseline", BASELINE, Indicator::baseline, Indicator.Builder::baseline)
          .list("targets", LIST, TARGET, Indicator::targets, Indicator.Builder::targets)
          .cap(200)
          .list(
              "measurements",
              LIST,
              MEASUREMENT,
              Indicator::measurements,
              Indicator.Builder::measurements)
          .cap(10_000)
          .list(
              "disaggregations",
              LIST,
              DISAGGREGATION_DIMENSION,
              Indicator::disaggregations,
              Indicator.Builder::disaggregations)
          .cap(20)
          .opt(
              "frequency",
              enumeration(Frequency.class),
              Indicator::frequency,
              Indicator.Builder::frequency)
          .opt(
              "sdgIndicator",
              SDG_INDICATOR,
              Indicator::sdgIndicator,
              Indicator.Builder::sdgIndicator)
          .list("tags", SET, TAG, Indicator::tags, Indicator.Builder::tags)
          .list(
              "meansOfVerification",
              LIST,
              NAME,
              Indicator::meansOfVerification,
              Indicator.Builder::meansOfVerification)
          .opt("dataSource", NAME, Indicator::dataSource, Indicator.Builder::dataSource)
          .list(
              "responsibleEntities",
              SET,
              CODE,
              Indicator::responsibleEntities,
              Indicator.Builder::responsibleEntities);

  /** A MarkerNarrative. */
  public static final FormType<MarkerNarrative, MarkerNarrative.Builder> MARKER_NARRATIVE =
      FormType.of("MarkerNarrative", MarkerNarrative::builder, MarkerNarrative.Builder::build)
          .req(
              "marker",
              enumeration(MarkerKind.class),
              MarkerNarrative::marker,
              MarkerNarrative.Builder::marker)
          .req("text", TEXT, MarkerNarrative::text, MarkerNarrative.Builder::text);

  /** A YearNarrative. */
  public static final FormType<YearNarrative, YearNarrative.Builder> YEAR_NARRATIVE =
      FormType.of("YearNarrative", YearNarrative::builder, YearNarrative.Builder::build)
          .req("year", YEAR, YearNarrative::year, YearNarrative.Builder::year)
          .req("text", TEXT, YearNarrative::text, YearNarrative.Builder::text);

  /** A FundingLine. */
  public static final FormType<FundingLine, FundingLine.Builder> FUNDING_LINE =
      FormType.of("FundingLine", FundingLine::builder, FundingLine.Builder::build)
          .req("year", YEAR, FundingLine::year, FundingLine.Builder::year)
          .req("agency", CODE, FundingLine::agency, FundingLine.Builder::agency)
          .opt(
              "contributingPartner",
              PARTNER_REF,
              FundingLine::contributingPartner,
              FundingLine.Builder::contributingPartner)
          .req("required", MONEY, FundingLine::required, FundingLine.Builder::required)
          .req("available", MONEY, FundingLine::available, FundingLine.Builder::available)
          .opt("expenditure", MONEY, FundingLine::expenditure, FundingLine.Builder::expenditure);

  /** A SubOutput: an entry of a joint work plan. */
  public static final FormType<SubOutput, SubOutput.Builder> SUB_OUTPUT =
      FormType.of("SubOutput", SubOutput::builder, SubOutput.Builder::build)
          .req("code", CODE, SubOutput::code, SubOutput.Builder::code)
          .opt("displayCode", NAME, SubOutput::displayCode, SubOutput.Builder::displayCode)
          .req("title", NAME, SubOutput::title, SubOutput.Builder::title)
          .opt("description", TEXT, SubOutput::description, SubOutput.Builder::description)
          .req("outputCode", CODE, SubOutput::outputCode, SubOutput.Builder::outputCode)
          .list(
              "additionalOutputs",
              SET,
              CODE,
              SubOutput::additionalOutputs,
              SubOutput.Builder::additionalOutputs)
          .req("leadEntity", CODE, SubOutput::leadEntity, SubOutput.Builder::leadEntity)
          .list("agencies", NON_EMPTY_SET, CODE, SubOutput::agencies, SubOutput.Builder::agencies)
          .list(
              "implementingPartners",
              SET,
              PARTNER_REF,
              SubOutput::implementingPartners,
              SubOutput.Builder::implementingPartners)
          .list(
              "contributingPartners",
              SET,
              PARTNER_REF,
              SubOutput::contributingPartners,
              SubOutput.Builder::contributingPartners)
          .list("sdgTargets", SET, SDG_TARGET, SubOutput::sdgTargets, SubOutput.Builder::sdgTargets)
          .list("tags", SET, TAG, SubOutput::tags, SubOutput.Builder::tags)
          .opt(
              "genderEqualityMarker",
              enumeration(Marker.class),
              SubOutput::genderEqualityMarker,
              SubOutput.Builder::genderEqualityMarker)
          .opt(
              "humanRightsMarker",
              enumeration(Marker.class),
              SubOutput::humanRightsMarker,
              SubOutput.Builder::humanRightsMarker)
          .opt(
              "sustainingPeaceMarker",
              enumeration(Marker.class),
              SubOutput::sustainingPeaceMarker,
              SubOutput.Builder::sustainingPeaceMarker)
          .list(
              "markerNarratives",
              LIST,
              MARKER_NARRATIVE,
              SubOutput::markerNarratives,
              SubOutput.Builder::markerNarratives)
          .list(
              "qcprFunctions",
              SET,
              NAME,
              SubOutput::qcprFunctions,
              SubOutput.Builder::qcprFunctions)
          .list(
              "geographicScope",
              SET,
              LOCATION,
              SubOutput::geographicScope,
              SubOutput.Builder::geographicScope)
          .list("targetGroups", SET, NAME, SubOutput::targetGroups, SubOutput.Builder::targetGroups)
          .req(
              "status",
              enumeration(ImplementationStatus.class),
              SubOutput::status,
              SubOutput.Builder::status)
          .req("start", DATE, SubOutput::start, SubOutput.Builder::start)
          .req("end", DATE, SubOutput::end, SubOutput.Builder::end)
          .opt("jointProgramme", CODE, SubOutput::jointProgramme, SubOutput.Builder::jointProgramme)
          .list("funding", LIST, FUNDING_LINE, SubOutput::funding, SubOutput.Builder::funding)
          .list(
              "progressNarratives",
              LIST,
              YEAR_NARRATIVE,
              SubOutput::progressNarratives,
              SubOutput.Builder::progressNarratives)
          .list("indicators", LIST, INDICATOR, SubOutput::indicators, SubOutput.Builder::indicators)
          .cap(500);

  /** An Endorsement. */
  public static final FormType<Endorsement, Endorsement.Builder> ENDORSEMENT =
      FormType.of("Endorsement", Endorsement::builder, Endorsement.Builder::build)
          .req("date", DATE, Endorsement::date, Endorsement.Builder::date)
          .opt("body", NAME, Endorsement::body, Endorsement.Builder::body)
          .opt("reference", URI_VALUE, Endorsement::reference, Endorsement.Builder::reference);

  /** A JointWorkPlan. */
  public static final FormType<JointWorkPlan, JointWorkPlan.Builder> JOINT_WORK_PLAN =
      FormType.of("JointWorkPlan", JointWorkPlan::builder, JointWorkPlan.Builder::build)
          .req("code", CODE, JointWorkPlan::code, JointWorkPlan.Builder::code)
          .req("title", NAME, JointWorkPlan::title, JointWorkPlan.Builder::title)
          .req("period", YEAR_RANGE, JointWorkPlan::period, JointWorkPlan.Builder::period)
          .req(
              "status",
              enumeration(JwpStatus.class),
              JointWorkPlan::status,
              JointWorkPlan.Builder::status)
          .req(
              "version",
              FormValue.integer("version", 1, JointWorkPlan.MAX_VERSION),
              JointWorkPlan::version,
              JointWorkPlan.Builder::version)
          .opt("supersedes", CODE, JointWorkPlan::supersedes, JointWorkPlan.Builder::supersedes)
          .opt(
              "resultsGroup",
              CODE,
              JointWorkPlan::resultsGroup,
              JointWorkPlan.Builder::resultsGroup)
          .opt(
              "endorsement",
              ENDORSEMENT,
              JointWorkPlan::endorsement,
              JointWorkPlan.Builder::endorsement)
          .list("entries", LIST, SUB_OUTPUT, JointWorkPlan::entries, JointWorkPlan.Builder::entries)
          .cap(50_000);

  /** A CoChair. */
  public static final FormType<CoChair, CoChair.Builder> CO_CHAIR =
      FormType.of("CoChair", CoChair::builder, CoChair.Builder::build)
          .req("entity", NAME, CoChair::entity, CoChair.Builder::entity)
          .req("role", enumeration(ChairRole.class), CoChair::role, CoChair.Builder::role)
          .opt("from", DATE, CoChair::from, CoChair.Builder::from)
          .opt("until", DATE, CoChair::until, CoChair.Builder::until);

  /** A ResultsGroup. */
  public static final FormType<ResultsGroup, ResultsGroup.Builder> RESULTS_GROUP =
      FormType.of("ResultsGroup", ResultsGroup::builder, ResultsGroup.Builder::build)
          .req("code", CODE, ResultsGroup::code, ResultsGroup.Builder::code)
          .req("title", NAME, ResultsGroup::title, ResultsGroup.Builder::title)
          .list("scope", SET, CODE, ResultsGroup::scope, ResultsGroup.Builder::scope)
          .list("coChairs", LIST, CO_CHAIR, ResultsGroup::coChairs, ResultsGroup.Builder::coChairs)
          .list("members", SET, CODE, ResultsGroup::members, ResultsGroup.Builder::members)
          .list(
              "governmentMembers",
              SET,
              NAME,
              ResultsGroup::governmentMembers,
              ResultsGroup.Builder::governmentMembers);

  /** An Output. */
  public static final FormType<Output, Output.Builder> OUTPUT =
      FormType.of("Output", Output::builder, Output.Builder::build)
          .req("code", CODE, Output::code, Output.Builder::code)
          .opt("displayCode", NAME, Output::displayCode, Output.Builder::displayCode)
          .req("title", NAME, Output::title, Output.Builder::title)
          .opt("description", TEXT, Output::description, Output.Builder::description)
          .list(
              "contributingEntities",
              SET,
              CODE,
              Output::contributingEntities,
              Output.Builder::contributingEntities)
          .list("sdgTargets", SET, SDG_TARGET, Output::sdgTargets, Output.Builder::sdgTargets)
          .list("tags", SET, TAG, Output::tags, Output.Builder::tags)
          .list("indicators", LIST, INDICATOR, Output::indicators, Output.Builder::indicators)
          .cap(500);

  /** An Outcome. */
  public static final FormType<Outcome, Outcome.Builder> OUTCOME =
      FormType.of("Outcome", Outcome::builder, Outcome.Builder::build)
          .req("code", CODE, Outcome::code, Outcome.Builder::code)
          .opt("displayCode", NAME, Outcome::displayCode, Outcome.Builder::displayCode)
          .req("title", NAME, Outcome::title, Outcome.Builder::title)
          .opt("statement", TEXT, Outcome::statement, Outcome.Builder::statement)
          .list("sdgTargets", SET, SDG_TARGET, Outcome::sdgTargets, Outcome.Builder::sdgTargets)
          .list("tags", SET, TAG, Outcome::tags, Outcome.Builder::tags)
          .list("indicators", LIST, INDICATOR, Outcome::indicators, Outcome.Builder::indicators)
          .cap(500)
          .list("outputs", LIST, OUTPUT, Outcome::outputs, Outcome.Builder::outputs)
          .cap(500);

  /** A PriorityArea. */
  public static final FormType<PriorityArea, PriorityArea.Builder> PRIORITY_AREA =
      FormType.of("PriorityArea", PriorityArea::builder, PriorityArea.Builder::build)
          .req("code", CODE, PriorityArea::code, PriorityArea.Builder::code)
          .opt("displayCode", NAME, PriorityArea::displayCode, PriorityArea.Builder::displayCode)
          .req("title", NAME, PriorityArea::title, PriorityArea.Builder::title)
          .opt("description", TEXT, PriorityArea::description, PriorityArea.Builder::description)
          .list("tags", SET, TAG, PriorityArea::tags, PriorityArea.Builder::tags)
          .list("outcomes", LIST, OUTCOME, PriorityArea::outcomes, PriorityArea.Builder::outcomes)
          .cap(100);

  /** A Decision of the steering committee. */
  public static final FormType<Decision, Decision.Builder> DECISION =
      FormType.of("Decision", Decision::builder, Decision.Builder::build)
          .req("date", DATE, Decision::date, Decision.Builder::date)
          .req("kind", enumeration(DecisionKind.class), Decision::kind, Decision.Builder::kind)
          .list("subjects", SET, CODE, Decision::subjects, Decision.Builder::subjects)
          .opt("summary", TEXT, Decision::summary, Decision.Builder::summary)
          .opt("reference", URI_VALUE, Decision::reference, Decision.Builder::reference);

  /** A SteeringCommittee. */
  public static final FormType<SteeringCommittee, SteeringCommittee.Builder> STEERING_COMMITTEE =
      FormType.of("SteeringCommittee", SteeringCommittee::builder, SteeringCommittee.Builder::build)
          .req("name", NAME, SteeringCommittee::name, SteeringCommittee.Builder::name)
          .opt(
              "governmentCoChair",
              NAME,
              SteeringCommittee::governmentCoChair,
              SteeringCommittee.Builder::governmentCoChair)
          .opt(
              "unCoChair", NAME, SteeringCommittee::unCoChair, SteeringCommittee.Builder::unCoChair)
          .list(
              "decisions",
              LIST,
              DECISION,
              SteeringCommittee::decisions,
              SteeringCommittee.Builder::decisions)
          .cap(10_000);

  /** The plan: the root of the JSON form, {@code formatVersion} first and not in the model. */
  public static final FormType<CooperationFramework, CooperationFramework.Builder> PLAN =
      FormType.of(
              "CooperationFramework",
              CooperationFramework::builder,
              CooperationFramework.Builder::build)
          .req("formatVersion", FormValue.integer("format version", 1, 1), p -> 1, (b, v) -> {})
          .req("code", CODE, CooperationFramework::code, CooperationFramework.Builder::code)
          .req("title", NAME, CooperationFramework::title, CooperationFramework.Builder::title)
          .list(
              "countries",
              NON_EMPTY_SET,
              COUNTRY,
              CooperationFramework::countries,
              CooperationFramework.Builder::countries)
          .cap(300)
          .req(
              "period",
              YEAR_RANGE,
              CooperationFramework::period,
              CooperationFramework.Builder::period)
          .opt(
              "signedOn",
              DATE,
              CooperationFramework::signedOn,
              CooperationFramework.Builder::signedOn)
          .req(
              "currency",
              CURRENCY,
              CooperationFramework::currency,
              CooperationFramework.Builder::currency)
          .opt(
              "steeringCommittee",
              STEERING_COMMITTEE,
              CooperationFramework::steeringCommittee,
              CooperationFramework.Builder::steeringCommittee)
          .list(
              "priorityAreas",
              LIST,
              PRIORITY_AREA,
              CooperationFramework::priorityAreas,
              CooperationFramework.Builder::priorityAreas)
          .cap(100)
          .list(
              "resultsGroups",
              LIST,
              RESULTS_GROUP,
              CooperationFramework::resultsGroups,
              CooperationFramework.Builder::resultsGroups)
          .cap(100)
          .list(
              "jointWorkPlans",
              LIST,
              JOINT_WORK_PLAN,
              CooperationFramework::jointWorkPlans,
              CooperationFramework.Builder::jointWorkPlans)
          .cap(500);

  /** Every type, the root first. */
  public static final List<FormType<?, ?>> TYPES =
      List.of(
          PLAN,
          YEAR_RANGE,
          STEERING_COMMITTEE,
          DECISION,
          PRIORITY_AREA,
          OUTCOME,
          OUTPUT,
          RESULTS_GROUP,
          CO_CHAIR,
          JOINT_WORK_PLAN,
          ENDORSEMENT,
          SUB_OUTPUT,
          FUNDING_LINE,
          MARKER_NARRATIVE,
          YEAR_NARRATIVE,
          PARTNER_REF,
          LOCATION,
          INDICATOR,
          NUMERIC_RANGE,
          DISAGGREGATION_DIMENSION,
          BASELINE,
          TARGET,
          MEASUREMENT,
          MONEY,
          REPORTING_PERIOD,
          TAG);

  private PlanForm() {}
}
