package org.unsdcf.json.internal;

import static org.unsdcf.json.internal.OnePassCursor.first;
import static org.unsdcf.json.internal.OnePassCursor.giveUp;
import static org.unsdcf.json.internal.OnePassCursor.orEmpty;
import static org.unsdcf.json.internal.OnePassCursor.required;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Optional;
import org.unsdcf.core.internal.Lexical;
import org.unsdcf.core.model.ChairRole;
import org.unsdcf.core.model.CoChair;
import org.unsdcf.core.model.CooperationFramework;
import org.unsdcf.core.model.Decision;
import org.unsdcf.core.model.DecisionKind;
import org.unsdcf.core.model.Endorsement;
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
import org.unsdcf.core.model.Money;
import org.unsdcf.core.model.Outcome;
import org.unsdcf.core.model.Output;
import org.unsdcf.core.model.PartnerRef;
import org.unsdcf.core.model.PriorityArea;
import org.unsdcf.core.model.ResultsGroup;
import org.unsdcf.core.model.SteeringCommittee;
import org.unsdcf.core.model.SubOutput;
import org.unsdcf.core.model.Tag;
import org.unsdcf.core.model.YearNarrative;
import org.unsdcf.core.model.YearRange;
import tools.jackson.core.JsonParser;

/**
 * The reader of clean documents: one pass over the tokens straight into core's builders, keeping no
 * tree, no positions and no paths. At the first thing that is not exactly as design.md §5 requires
 * it gives up, and {@link DocumentReader} reads the document again with {@link TreeBuilder} and
 * {@link PlanParser}, which find every problem and where it is. It checks the same rules as they do
 * (with the same rules, core's {@link Lexical}), so both accept the same documents and build equal
 * plans; tests hold them to that. A clean read, the common case, so pays for no diagnostics, and a
 * bad document costs one extra partial pass.
 */
final class OnePassReader {
  private static final OnePassCursor.Names PLAN =
      OnePassCursor.Names.of(
          "formatVersion",
          "code",
          "title",
          "countries",
          "period",
          "signedOn",
          "currency",
          "steeringCommittee",
          "priorityAreas",
          "resultsGroups",
          "jointWorkPlans");
  private static final OnePassCursor.Names YEAR_RANGE = OnePassCursor.Names.of("start", "end");
  private static final OnePassCursor.Names STEERING_COMMITTEE =
      OnePassCursor.Names.of("name", "governmentCoChair", "unCoChair", "decisions");
  private static final OnePassCursor.Names DECISION =
      OnePassCursor.Names.of("date", "kind", "subjects", "summary", "reference");
  private static final OnePassCursor.Names PRIORITY_AREA =
      OnePassCursor.Names.of("code", "displayCode", "title", "description", "tags", "outcomes");
  private static final OnePassCursor.Names OUTCOME =
      OnePassCursor.Names.of(
          "code",
          "displayCode",
          "title",
          "statement",
          "sdgTargets",
          "tags",
          "indicators",
          "outputs");
  private static final OnePassCursor.Names OUTPUT =
      OnePassCursor.Names.of(
          "code",
          "displayCode",
          "title",
          "description",
          "contributingEntities",
          "sdgTargets",
          "tags",
          "indicators");
  private static final OnePassCursor.Names RESULTS_GROUP =
      OnePassCursor.Names.of("code", "title", "scope", "coChairs", "members", "governmentMembers");
  private static final OnePassCursor.Names CO_CHAIR =
      OnePassCursor.Names.of("entity", "role", "from", "until");
  private static final OnePassCursor.Names JOINT_WORK_PLAN =
      OnePassCursor.Names.of(
          "code",
          "title",
          "period",
          "status",
          "version",
          "supersedes",
          "resultsGroup",
          "endorsement",
          "entries");
  private static final OnePassCursor.Names ENDORSEMENT =
      OnePassCursor.Names.of("date", "body", "reference");
  private static final OnePassCursor.Names SUB_OUTPUT =
      OnePassCursor.Names.of(
          "code",
          "displayCode",
          "title",
          "description",
          "outputCode",
          "additionalOutputs",
          "leadEntity",
          "agencies",
          "implementingPartners",
          "contributingPartners",
          "sdgTargets",
          "tags",
          "genderEqualityMarker",
          "humanRightsMarker",
          "sustainingPeaceMarker",
          "markerNarratives",
          "qcprFunctions",
          "geographicScope",
          "targetGroups",
          "status",
          "start",
          "end",
          "jointProgramme",
          "funding",
          "progressNarratives",
          "indicators");
  private static final OnePassCursor.Names FUNDING_LINE =
      OnePassCursor.Names.of(
          "year", "agency", "contributingPartner", "required", "available", "expenditure");
  private static final OnePassCursor.Names MONEY = OnePassCursor.Names.of("amount", "currency");
  private static final OnePassCursor.Names MARKER_NARRATIVE =
      OnePassCursor.Names.of("marker", "text");
  private static final OnePassCursor.Names YEAR_NARRATIVE = OnePassCursor.Names.of("year", "text");
  private static final OnePassCursor.Names PARTNER = OnePassCursor.Names.of("name", "iatiOrgId");
  private static final OnePassCursor.Names LOCATION =
      OnePassCursor.Names.of("level", "code", "name");

  private final OnePassCursor c;
  private final OnePassIndicators indicators;

  private OnePassReader(OnePassCursor cursor) {
    this.c = cursor;
    this.indicators = new OnePassIndicators(cursor);
  }

  /**
   * Reads a whole document that is one clean plan.
   *
   * @param parser a parser before the document's first token
   * @param limits the limits
   * @return the plan, or null if anything is irregular (the document may still be readable: the
   *     diagnosing reader decides)
   */
  static CooperationFramework read(JsonParser parser, Limits limits) {
    OnePassCursor cursor = new OnePassCursor(parser, limits);
    try {
      CooperationFramework plan = new OnePassReader(cursor).plan();
      return cursor.endsCleanly() ? plan : null;
    } catch (RuntimeException irregular) {
      // GiveUp, Jackson's syntax and limit exceptions, a failed invariant: all are the
      // diagnosing reader's to report, with their positions.
      return null;
    }
  }

  private CooperationFramework plan() {
    c.startObject();
    Integer version = null;
    String code = null;
    String title = null;
    List<String> countries = null;
    YearRange period = null;
    LocalDate signedOn = null;
    String currency = null;
    SteeringCommittee committee = null;
    List<PriorityArea> areas = null;
    List<ResultsGroup> groups = null;
    List<JointWorkPlan> plans = null;
    for (String m; (m = c.member(PLAN)) != null; ) {
      switch (m) {
        case "formatVersion" -> version = first(version, c.integer(1, 1));
        case "code" -> code = first(code, c.string());
        case "title" -> title = first(title, c.string());
        case "countries" ->
            countries = first(countries, c.nonEmpty(m, () -> c.matching(Lexical::isThreeLetters)));
        case "period" -> period = first(period, yearRange());
        case "signedOn" -> signedOn = first(signedOn, c.date());
        case "currency" -> currency = first(currency, c.matching(Lexical::isThreeLetters));
        case "steeringCommittee" -> committee = first(committee, steeringCommittee());
        case "priorityAreas" -> areas = first(areas, c.list(m, this::priorityArea));
        case "resultsGroups" -> groups = first(groups, c.list(m, this::resultsGroup));
        case "jointWorkPlans" -> plans = first(plans, c.list(m, this::jointWorkPlan));
        default -> throw giveUp();
      }
    }
    required(version);
    return CooperationFramework.builder()
        .code(required(code))
        .title(required(title))
        .countries(required(countries))
        .period(required(period))
        .signedOn(Optional.ofNullable(signedOn))
        .currency(required(currency))
        .steeringCommittee(Optional.ofNullable(committee))
        .priorityAreas(orEmpty(areas))
        .resultsGroups(orEmpty(groups))
        .jointWorkPlans(orEmpty(plans))
        .build();
  }

  private YearRange yearRange() {
    c.startObject();
    Year start = null;
    Year end = null;
    for (String m; (m = c.member(YEAR_RANGE)) != null; ) {
      switch (m) {
        case "start" -> start = first(start, c.year());
        case "end" -> end = first(end, c.year());
        default -> throw giveUp();
      }
    }
    return YearRange.of(required(start), required(end));
  }

  private SteeringCommittee steeringCommittee() {
    c.startObject();
    String name = null;
    String government = null;
    String un = null;
    List<Decision> decisions = null;
    for (String m; (m = c.member(STEERING_COMMITTEE)) != null; ) {
      switch (m) {
        case "name" -> name = first(name, c.string());
        case "governmentCoChair" -> government = first(government, c.string());
        case "unCoChair" -> un = first(un, c.string());
        case "decisions" -> decisions = first(decisions, c.list(m, this::decision));
        default -> throw giveUp();
      }
    }
    return SteeringCommittee.builder()
        .name(required(name))
        .governmentCoChair(Optional.ofNullable(government))
        .unCoChair(Optional.ofNullable(un))
        .decisions(orEmpty(decisions))
        .build();
  }

  private Decision decision() {
    c.startObject();
    LocalDate date = null;
    DecisionKind kind = null;
    List<String> subjects = null;
    String summary = null;
    URI reference = null;
    for (String m; (m = c.member(DECISION)) != null; ) {
      switch (m) {
        case "date" -> date = first(date, c.date());
        case "kind" -> kind = first(kind, c.enumeration(DecisionKind.class));
        case "subjects" -> subjects = first(subjects, c.list(m, c::string));
        case "summary" -> summary = first(summary, c.string());
        case "reference" -> reference = first(reference, c.uri());
        default -> throw giveUp();
      }
    }
    return Decision.builder()
        .date(required(date))
        .kind(required(kind))
        .subjects(orEmpty(subjects))
        .summary(Optional.ofNullable(summary))
        .reference(Optional.ofNullable(reference))
        .build();
  }

  private PriorityArea priorityArea() {
    c.startObject();
    String code = null;
    String displayCode = null;
    String title = null;
    String description = null;
    List<Tag> tags = null;
    List<Outcome> outcomes = null;
    for (String m; (m = c.member(PRIORITY_AREA)) != null; ) {
      switch (m) {
        case "code" -> code = first(code, c.string());
        case "displayCode" -> displayCode = first(displayCode, c.string());
        case "title" -> title = first(title, c.string());
        case "description" -> description = first(description, c.string());
        case "tags" -> tags = first(tags, c.list(m, indicators::tag));
        case "outcomes" -> outcomes = first(outcomes, c.list(m, this::outcome));
        default -> throw giveUp();
      }
    }
    return PriorityArea.builder()
        .code(required(code))
        .displayCode(Optional.ofNullable(displayCode))
        .title(required(title))
        .description(Optional.ofNullable(description))
        .tags(orEmpty(tags))
        .outcomes(orEmpty(outcomes))
        .build();
  }

  private Outcome outcome() {
    c.startObject();
    String code = null;
    String displayCode = null;
    String title = null;
    String statement = null;
    List<String> sdgTargets = null;
    List<Tag> tags = null;
    List<Indicator> list = null;
    List<Output> outputs = null;
    for (String m; (m = c.member(OUTCOME)) != null; ) {
      switch (m) {
        case "code" -> code = first(code, c.string());
        case "displayCode" -> displayCode = first(displayCode, c.string());
        case "title" -> title = first(title, c.string());
        case "statement" -> statement = first(statement, c.string());
        case "sdgTargets" -> sdgTargets = first(sdgTargets, c.list(m, this::sdgTarget));
        case "tags" -> tags = first(tags, c.list(m, indicators::tag));
        case "indicators" -> list = first(list, c.list(m, indicators::indicator));
        case "outputs" -> outputs = first(outputs, c.list(m, this::output));
        default -> throw giveUp();
      }
    }
    return Outcome.builder()
        .code(required(code))
        .displayCode(Optional.ofNullable(displayCode))
        .title(required(title))
        .statement(Optional.ofNullable(statement))
        .sdgTargets(orEmpty(sdgTargets))
        .tags(orEmpty(tags))
        .indicators(orEmpty(list))
        .outputs(orEmpty(outputs))
        .build();
  }

  private String sdgTarget() {
    return c.matching(Lexical::isSdgTarget);
  }

  private Output output() {
    c.startObject();
    String code = null;
    String displayCode = null;
    String title = null;
    String description = null;
    List<String> entities = null;
    List<String> sdgTargets = null;
    List<Tag> tags = null;
    List<Indicator> list = null;
    for (String m; (m = c.member(OUTPUT)) != null; ) {
      switch (m) {
        case "code" -> code = first(code, c.string());
        case "displayCode" -> displayCode = first(displayCode, c.string());
        case "title" -> title = first(title, c.string());
        case "description" -> description = first(description, c.string());
        case "contributingEntities" -> entities = first(entities, c.list(m, c::string));
        case "sdgTargets" -> sdgTargets = first(sdgTargets, c.list(m, this::sdgTarget));
        case "tags" -> tags = first(tags, c.list(m, indicators::tag));
        case "indicators" -> list = first(list, c.list(m, indicators::indicator));
        default -> throw giveUp();
      }
    }
    return Output.builder()
        .code(required(code))
        .displayCode(Optional.ofNullable(displayCode))
        .title(required(title))
        .description(Optional.ofNullable(description))
        .contributingEntities(orEmpty(entities))
        .sdgTargets(orEmpty(sdgTargets))
        .tags(orEmpty(tags))
        .indicators(orEmpty(list))
        .build();
  }

  private ResultsGroup resultsGroup() {
    c.startObject();
    String code = null;
    String title = null;
    List<String> scope = null;
    List<CoChair> coChairs = null;
    List<String> members = null;
    List<String> government = null;
    for (String m; (m = c.member(RESULTS_GROUP)) != null; ) {
      switch (m) {
        case "code" -> code = first(code, c.string());
        case "title" -> title = first(title, c.string());
        case "scope" -> scope = first(scope, c.list(m, c::string));
        case "coChairs" -> coChairs = first(coChairs, c.list(m, this::coChair));
        case "members" -> members = first(members, c.list(m, c::string));
        case "governmentMembers" -> government = first(government, c.list(m, c::string));
        default -> throw giveUp();
      }
    }
    return ResultsGroup.builder()
        .code(required(code))
        .title(required(title))
        .scope(orEmpty(scope))
        .coChairs(orEmpty(coChairs))
        .members(orEmpty(members))
        .governmentMembers(orEmpty(government))
        .build();
  }

  private CoChair coChair() {
    c.startObject();
    String entity = null;
    ChairRole role = null;
    LocalDate from = null;
    LocalDate until = null;
    for (String m; (m = c.member(CO_CHAIR)) != null; ) {
      switch (m) {
        case "entity" -> entity = first(entity, c.string());
        case "role" -> role = first(role, c.enumeration(ChairRole.class));
        case "from" -> from = first(from, c.date());
        case "until" -> until = first(until, c.date());
        default -> throw giveUp();
      }
    }
    return CoChair.builder()
        .entity(required(entity))
        .role(required(role))
        .from(Optional.ofNullable(from))
        .until(Optional.ofNullable(until))
        .build();
  }

  private JointWorkPlan jointWorkPlan() {
    c.startObject();
    String code = null;
    String title = null;
    YearRange period = null;
    JwpStatus status = null;
    Integer version = null;
    String supersedes = null;
    String resultsGroup = null;
    Endorsement endorsement = null;
    List<SubOutput> entries = null;
    for (String m; (m = c.member(JOINT_WORK_PLAN)) != null; ) {
      switch (m) {
        case "code" -> code = first(code, c.string());
        case "title" -> title = first(title, c.string());
        case "period" -> period = first(period, yearRange());
        case "status" -> status = first(status, c.enumeration(JwpStatus.class));
        case "version" -> version = first(version, c.integer(1, JointWorkPlan.MAX_VERSION));
        case "supersedes" -> supersedes = first(supersedes, c.string());
        case "resultsGroup" -> resultsGroup = first(resultsGroup, c.string());
        case "endorsement" -> endorsement = first(endorsement, endorsement());
        case "entries" -> entries = first(entries, c.list(m, this::subOutput));
        default -> throw giveUp();
      }
    }
    return JointWorkPlan.builder()
        .code(required(code))
        .title(required(title))
        .period(required(period))
        .status(required(status))
        .version(required(version))
        .supersedes(Optional.ofNullable(supersedes))
        .resultsGroup(Optional.ofNullable(resultsGroup))
        .endorsement(Optional.ofNullable(endorsement))
        .entries(orEmpty(entries))
        .build();
  }

  private Endorsement endorsement() {
    c.startObject();
    LocalDate date = null;
    String body = null;
    URI reference = null;
    for (String m; (m = c.member(ENDORSEMENT)) != null; ) {
      switch (m) {
        case "date" -> date = first(date, c.date());
        case "body" -> body = first(body, c.string());
        case "reference" -> reference = first(reference, c.uri());
        default -> throw giveUp();
      }
    }
    return Endorsement.builder()
        .date(required(date))
        .body(Optional.ofNullable(body))
        .reference(Optional.ofNullable(reference))
        .build();
  }

  private SubOutput subOutput() {
    c.startObject();
    String code = null;
    String displayCode = null;
    String title = null;
    String description = null;
    String outputCode = null;
    List<String> additional = null;
    String leadEntity = null;
    List<String> agencies = null;
    List<PartnerRef> implementing = null;
    List<PartnerRef> contributing = null;
    List<String> sdgTargets = null;
    List<Tag> tags = null;
    Marker gender = null;
    Marker rights = null;
    Marker peace = null;
    List<MarkerNarrative> markerNarratives = null;
    List<String> qcpr = null;
    List<Location> scope = null;
    List<String> groups = null;
    ImplementationStatus status = null;
    LocalDate start = null;
    LocalDate end = null;
    String programme = null;
    List<FundingLine> funding = null;
    List<YearNarrative> progress = null;
    List<Indicator> list = null;
    for (String m; (m = c.member(SUB_OUTPUT)) != null; ) {
      switch (m) {
        case "code" -> code = first(code, c.string());
        case "displayCode" -> displayCode = first(displayCode, c.string());
        case "title" -> title = first(title, c.string());
        case "description" -> description = first(description, c.string());
        case "outputCode" -> outputCode = first(outputCode, c.string());
        case "additionalOutputs" -> additional = first(additional, c.list(m, c::string));
        case "leadEntity" -> leadEntity = first(leadEntity, c.string());
        case "agencies" -> agencies = first(agencies, c.nonEmpty(m, c::string));
        case "implementingPartners" -> implementing = first(implementing, c.list(m, this::partner));
        case "contributingPartners" -> contributing = first(contributing, c.list(m, this::partner));
        case "sdgTargets" -> sdgTargets = first(sdgTargets, c.list(m, this::sdgTarget));
        case "tags" -> tags = first(tags, c.list(m, indicators::tag));
        case "genderEqualityMarker" -> gender = first(gender, c.enumeration(Marker.class));
        case "humanRightsMarker" -> rights = first(rights, c.enumeration(Marker.class));
        case "sustainingPeaceMarker" -> peace = first(peace, c.enumeration(Marker.class));
        case "markerNarratives" ->
            markerNarratives = first(markerNarratives, c.list(m, this::markerNarrative));
        case "qcprFunctions" -> qcpr = first(qcpr, c.list(m, c::string));
        case "geographicScope" -> scope = first(scope, c.list(m, this::location));
        case "targetGroups" -> groups = first(groups, c.list(m, c::string));
        case "status" -> status = first(status, c.enumeration(ImplementationStatus.class));
        case "start" -> start = first(start, c.date());
        case "end" -> end = first(end, c.date());
        case "jointProgramme" -> programme = first(programme, c.string());
        case "funding" -> funding = first(funding, c.list(m, this::fundingLine));
        case "progressNarratives" -> progress = first(progress, c.list(m, this::yearNarrative));
        case "indicators" -> list = first(list, c.list(m, indicators::indicator));
        default -> throw giveUp();
      }
    }
    return SubOutput.builder()
        .code(required(code))
        .displayCode(Optional.ofNullable(displayCode))
        .title(required(title))
        .description(Optional.ofNullable(description))
        .outputCode(required(outputCode))
        .additionalOutputs(orEmpty(additional))
        .leadEntity(required(leadEntity))
        .agencies(required(agencies))
        .implementingPartners(orEmpty(implementing))
        .contributingPartners(orEmpty(contributing))
        .sdgTargets(orEmpty(sdgTargets))
        .tags(orEmpty(tags))
        .genderEqualityMarker(Optional.ofNullable(gender))
        .humanRightsMarker(Optional.ofNullable(rights))
        .sustainingPeaceMarker(Optional.ofNullable(peace))
        .markerNarratives(orEmpty(markerNarratives))
        .qcprFunctions(orEmpty(qcpr))
        .geographicScope(orEmpty(scope))
        .targetGroups(orEmpty(groups))
        .status(required(status))
        .start(required(start))
        .end(required(end))
        .jointProgramme(Optional.ofNullable(programme))
        .funding(orEmpty(funding))
        .progressNarratives(orEmpty(progress))
        .indicators(orEmpty(list))
        .build();
  }

  private FundingLine fundingLine() {
    c.startObject();
    Year year = null;
    String agency = null;
    PartnerRef partner = null;
    Money required = null;
    Money available = null;
    Money expenditure = null;
    for (String m; (m = c.member(FUNDING_LINE)) != null; ) {
      switch (m) {
        case "year" -> year = first(year, c.year());
        case "agency" -> agency = first(agency, c.string());
        case "contributingPartner" -> partner = first(partner, partner());
        case "required" -> required = first(required, money());
        case "available" -> available = first(available, money());
        case "expenditure" -> expenditure = first(expenditure, money());
        default -> throw giveUp();
      }
    }
    return FundingLine.builder()
        .year(required(year))
        .agency(required(agency))
        .contributingPartner(Optional.ofNullable(partner))
        .required(required(required))
        .available(required(available))
        .expenditure(Optional.ofNullable(expenditure))
        .build();
  }

  private Money money() {
    c.startObject();
    BigDecimal amount = null;
    String currency = null;
    for (String m; (m = c.member(MONEY)) != null; ) {
      switch (m) {
        case "amount" -> amount = first(amount, c.decimal());
        case "currency" -> currency = first(currency, c.matching(Lexical::isThreeLetters));
        default -> throw giveUp();
      }
    }
    if (required(amount).signum() < 0 || amount.scale() > Money.MAX_SCALE) {
      throw giveUp();
    }
    return Money.of(amount, required(currency));
  }

  private MarkerNarrative markerNarrative() {
    c.startObject();
    MarkerKind marker = null;
    String text = null;
    for (String m; (m = c.member(MARKER_NARRATIVE)) != null; ) {
      switch (m) {
        case "marker" -> marker = first(marker, c.enumeration(MarkerKind.class));
        case "text" -> text = first(text, c.string());
        default -> throw giveUp();
      }
    }
    return MarkerNarrative.builder().marker(required(marker)).text(required(text)).build();
  }

  private YearNarrative yearNarrative() {
    c.startObject();
    Year year = null;
    String text = null;
    for (String m; (m = c.member(YEAR_NARRATIVE)) != null; ) {
      switch (m) {
        case "year" -> year = first(year, c.year());
        case "text" -> text = first(text, c.string());
        default -> throw giveUp();
      }
    }
    return YearNarrative.builder().year(required(year)).text(required(text)).build();
  }

  private PartnerRef partner() {
    c.startObject();
    String name = null;
    String iati = null;
    for (String m; (m = c.member(PARTNER)) != null; ) {
      switch (m) {
        case "name" -> name = first(name, c.string());
        case "iatiOrgId" -> iati = first(iati, c.string());
        default -> throw giveUp();
      }
    }
    return PartnerRef.builder().name(required(name)).iatiOrgId(Optional.ofNullable(iati)).build();
  }

  private Location location() {
    c.startObject();
    LocationLevel level = null;
    String code = null;
    String name = null;
    for (String m; (m = c.member(LOCATION)) != null; ) {
      switch (m) {
        case "level" -> level = first(level, c.enumeration(LocationLevel.class));
        case "code" -> code = first(code, c.string());
        case "name" -> name = first(name, c.string());
        default -> throw giveUp();
      }
    }
    return Location.builder()
        .level(required(level))
        .code(Optional.ofNullable(code))
        .name(required(name))
        .build();
  }
}
