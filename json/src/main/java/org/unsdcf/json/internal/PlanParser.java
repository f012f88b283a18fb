package org.unsdcf.json.internal;

import java.math.BigDecimal;
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
import org.unsdcf.json.ReadProblemCode;

/**
 * The diagnosing per-type readers of the plan's structure (indicators and tags are {@link
 * IndicatorParser}'s): each dispatches its object's members by name, checks every value, and builds
 * the model object through core's builder only if its whole subtree read cleanly. A failed build is
 * reported as INVARIANT where design.md §11 places it.
 */
final class PlanParser extends ParserSupport {
  private final IndicatorParser indicators;

  PlanParser(Ctx ctx) {
    super(ctx);
    this.indicators = new IndicatorParser(ctx);
  }

  CooperationFramework plan(Node n, String path) {
    Members o =
        open(
            n,
            path,
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
    if (o == null) {
      return null;
    }
    int before = ctx.count();
    o.req("formatVersion", (v, p) -> s.integer(v, p, 1, 1, "format version"));
    String code = o.req("code", s::code);
    String title = o.req("title", s::name);
    List<String> countries = o.nonEmpty("countries", this::country);
    YearRange period = o.req("period", this::yearRange);
    Optional<LocalDate> signedOn = o.opt("signedOn", s::date);
    String currency = o.req("currency", this::currency);
    Optional<SteeringCommittee> committee = o.opt("steeringCommittee", this::steeringCommittee);
    List<PriorityArea> areas = o.list("priorityAreas", this::priorityArea);
    List<ResultsGroup> groups = o.list("resultsGroups", this::resultsGroup);
    List<JointWorkPlan> plans = o.list("jointWorkPlans", this::jointWorkPlan);
    if (ctx.count() != before) {
      return null;
    }
    return build(
        o,
        () ->
            CooperationFramework.builder()
                .code(code)
                .title(title)
                .countries(countries)
                .period(period)
                .signedOn(signedOn)
                .currency(currency)
                .steeringCommittee(committee)
                .priorityAreas(areas)
                .resultsGroups(groups)
                .jointWorkPlans(plans)
                .build());
  }

  private String country(Node n, String path) {
    return s.pattern(n, path, Lexical::isThreeLetters, "country");
  }

  private String currency(Node n, String path) {
    return s.pattern(n, path, Lexical::isThreeLetters, "currency");
  }

  private String sdgTarget(Node n, String path) {
    return s.pattern(n, path, Lexical::isSdgTarget, "SDG target");
  }

  private SteeringCommittee steeringCommittee(Node n, String path) {
    Members o = open(n, path, "name", "governmentCoChair", "unCoChair", "decisions");
    if (o == null) {
      return null;
    }
    int before = ctx.count();
    String name = o.req("name", s::name);
    Optional<String> government = o.opt("governmentCoChair", s::name);
    Optional<String> un = o.opt("unCoChair", s::name);
    List<Decision> decisions = o.list("decisions", this::decision);
    if (ctx.count() != before) {
      return null;
    }
    return build(
        o,
        () ->
            SteeringCommittee.builder()
                .name(name)
                .governmentCoChair(government)
                .unCoChair(un)
                .decisions(decisions)
                .build());
  }

  private Decision decision(Node n, String path) {
    Members o = open(n, path, "date", "kind", "subjects", "summary", "reference");
    if (o == null) {
      return null;
    }
    int before = ctx.count();
    LocalDate date = o.req("date", s::date);
    DecisionKind kind = o.req("kind", (v, p) -> s.enumeration(v, p, DecisionKind.class));
    List<String> subjects = o.list("subjects", s::code);
    Optional<String> summary = o.opt("summary", s::text);
    Optional<java.net.URI> reference = o.opt("reference", s::uri);
    if (ctx.count() != before) {
      return null;
    }
    return build(
        o,
        () ->
            Decision.builder()
                .date(date)
                .kind(kind)
                .subjects(subjects)
                .summary(summary)
                .reference(reference)
                .build());
  }

  private PriorityArea priorityArea(Node n, String path) {
    Members o = open(n, path, "code", "displayCode", "title", "description", "tags", "outcomes");
    if (o == null) {
      return null;
    }
    int before = ctx.count();
    String code = o.req("code", s::code);
    Optional<String> displayCode = o.opt("displayCode", s::name);
    String title = o.req("title", s::name);
    Optional<String> description = o.opt("description", s::text);
    List<Tag> tags = o.list("tags", this.indicators::tag);
    List<Outcome> outcomes = o.list("outcomes", this::outcome);
    if (ctx.count() != before) {
      return null;
    }
    return build(
        o,
        () ->
            PriorityArea.builder()
                .code(code)
                .displayCode(displayCode)
                .title(title)
                .description(description)
                .tags(tags)
                .outcomes(outcomes)
                .build());
  }

  private Outcome outcome(Node n, String path) {
    Members o =
        open(
            n,
            path,
            "code",
            "displayCode",
            "title",
            "statement",
            "sdgTargets",
            "tags",
            "indicators",
            "outputs");
    if (o == null) {
      return null;
    }
    int before = ctx.count();
    String code = o.req("code", s::code);
    Optional<String> displayCode = o.opt("displayCode", s::name);
    String title = o.req("title", s::name);
    Optional<String> statement = o.opt("statement", s::text);
    List<String> sdgTargets = o.list("sdgTargets", this::sdgTarget);
    List<Tag> tags = o.list("tags", this.indicators::tag);
    List<Indicator> indicators = o.list("indicators", this.indicators::indicator);
    List<Output> outputs = o.list("outputs", this::output);
    if (ctx.count() != before) {
      return null;
    }
    return build(
        o,
        () ->
            Outcome.builder()
                .code(code)
                .displayCode(displayCode)
                .title(title)
                .statement(statement)
                .sdgTargets(sdgTargets)
                .tags(tags)
                .indicators(indicators)
                .outputs(outputs)
                .build());
  }

  private Output output(Node n, String path) {
    Members o =
        open(
            n,
            path,
            "code",
            "displayCode",
            "title",
            "description",
            "contributingEntities",
            "sdgTargets",
            "tags",
            "indicators");
    if (o == null) {
      return null;
    }
    int before = ctx.count();
    String code = o.req("code", s::code);
    Optional<String> displayCode = o.opt("displayCode", s::name);
    String title = o.req("title", s::name);
    Optional<String> description = o.opt("description", s::text);
    List<String> entities = o.list("contributingEntities", s::code);
    List<String> sdgTargets = o.list("sdgTargets", this::sdgTarget);
    List<Tag> tags = o.list("tags", this.indicators::tag);
    List<Indicator> indicators = o.list("indicators", this.indicators::indicator);
    if (ctx.count() != before) {
      return null;
    }
    return build(
        o,
        () ->
            Output.builder()
                .code(code)
                .displayCode(displayCode)
                .title(title)
                .description(description)
                .contributingEntities(entities)
                .sdgTargets(sdgTargets)
                .tags(tags)
                .indicators(indicators)
                .build());
  }

  private ResultsGroup resultsGroup(Node n, String path) {
    Members o = open(n, path, "code", "title", "scope", "coChairs", "members", "governmentMembers");
    if (o == null) {
      return null;
    }
    int before = ctx.count();
    String code = o.req("code", s::code);
    String title = o.req("title", s::name);
    List<String> scope = o.list("scope", s::code);
    List<CoChair> coChairs = o.list("coChairs", this::coChair);
    List<String> members = o.list("members", s::code);
    List<String> government = o.list("governmentMembers", s::name);
    if (ctx.count() != before) {
      return null;
    }
    return build(
        o,
        () ->
            ResultsGroup.builder()
                .code(code)
                .title(title)
                .scope(scope)
                .coChairs(coChairs)
                .members(members)
                .governmentMembers(government)
                .build());
  }

  private CoChair coChair(Node n, String path) {
    Members o = open(n, path, "entity", "role", "from", "until");
    if (o == null) {
      return null;
    }
    int before = ctx.count();
    String entity = o.req("entity", s::name);
    ChairRole role = o.req("role", (v, p) -> s.enumeration(v, p, ChairRole.class));
    Optional<LocalDate> from = o.opt("from", s::date);
    Optional<LocalDate> until = o.opt("until", s::date);
    if (ctx.count() != before) {
      return null;
    }
    return build(
        o, () -> CoChair.builder().entity(entity).role(role).from(from).until(until).build());
  }

  private JointWorkPlan jointWorkPlan(Node n, String path) {
    Members o =
        open(
            n,
            path,
            "code",
            "title",
            "period",
            "status",
            "version",
            "supersedes",
            "resultsGroup",
            "endorsement",
            "entries");
    if (o == null) {
      return null;
    }
    int before = ctx.count();
    String code = o.req("code", s::code);
    String title = o.req("title", s::name);
    YearRange period = o.req("period", this::yearRange);
    JwpStatus status = o.req("status", (v, p) -> s.enumeration(v, p, JwpStatus.class));
    Integer version =
        o.req("version", (v, p) -> s.integer(v, p, 1, JointWorkPlan.MAX_VERSION, "version"));
    Optional<String> supersedes = o.opt("supersedes", s::code);
    Optional<String> resultsGroup = o.opt("resultsGroup", s::code);
    Optional<Endorsement> endorsement = o.opt("endorsement", this::endorsement);
    List<SubOutput> entries = o.list("entries", this::subOutput);
    if (ctx.count() != before) {
      return null;
    }
    return build(
        o,
        () ->
            JointWorkPlan.builder()
                .code(code)
                .title(title)
                .period(period)
                .status(status)
                .version(version)
                .supersedes(supersedes)
                .resultsGroup(resultsGroup)
                .endorsement(endorsement)
                .entries(entries)
                .build());
  }

  private Endorsement endorsement(Node n, String path) {
    Members o = open(n, path, "date", "body", "reference");
    if (o == null) {
      return null;
    }
    int before = ctx.count();
    LocalDate date = o.req("date", s::date);
    Optional<String> body = o.opt("body", s::name);
    Optional<java.net.URI> reference = o.opt("reference", s::uri);
    if (ctx.count() != before) {
      return null;
    }
    return build(o, () -> Endorsement.builder().date(date).body(body).reference(reference).build());
  }

  private SubOutput subOutput(Node n, String path) {
    Members o =
        open(
            n,
            path,
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
    if (o == null) {
      return null;
    }
    int before = ctx.count();
    String code = o.req("code", s::code);
    Optional<String> displayCode = o.opt("displayCode", s::name);
    String title = o.req("title", s::name);
    Optional<String> description = o.opt("description", s::text);
    String outputCode = o.req("outputCode", s::code);
    List<String> additional = o.list("additionalOutputs", s::code);
    String leadEntity = o.req("leadEntity", s::code);
    List<String> agencies = o.nonEmpty("agencies", s::code);
    List<PartnerRef> implementing = o.list("implementingPartners", this::partner);
    List<PartnerRef> contributing = o.list("contributingPartners", this::partner);
    List<String> sdgTargets = o.list("sdgTargets", this::sdgTarget);
    List<Tag> tags = o.list("tags", this.indicators::tag);
    Optional<Marker> gender = o.opt("genderEqualityMarker", this::marker);
    Optional<Marker> rights = o.opt("humanRightsMarker", this::marker);
    Optional<Marker> peace = o.opt("sustainingPeaceMarker", this::marker);
    List<MarkerNarrative> markerNarratives = o.list("markerNarratives", this::markerNarrative);
    List<String> qcpr = o.list("qcprFunctions", s::name);
    List<Location> scope = o.list("geographicScope", this::location);
    List<String> groups = o.list("targetGroups", s::name);
    ImplementationStatus status =
        o.req("status", (v, p) -> s.enumeration(v, p, ImplementationStatus.class));
    LocalDate start = o.req("start", s::date);
    LocalDate end = o.req("end", s::date);
    Optional<String> programme = o.opt("jointProgramme", s::code);
    List<FundingLine> funding = o.list("funding", this::fundingLine);
    List<YearNarrative> progress = o.list("progressNarratives", this::yearNarrative);
    List<Indicator> indicators = o.list("indicators", this.indicators::indicator);
    if (ctx.count() != before) {
      return null;
    }
    return build(
        o,
        () ->
            SubOutput.builder()
                .code(code)
                .displayCode(displayCode)
                .title(title)
                .description(description)
                .outputCode(outputCode)
                .additionalOutputs(additional)
                .leadEntity(leadEntity)
                .agencies(agencies)
                .implementingPartners(implementing)
                .contributingPartners(contributing)
                .sdgTargets(sdgTargets)
                .tags(tags)
                .genderEqualityMarker(gender)
                .humanRightsMarker(rights)
                .sustainingPeaceMarker(peace)
                .markerNarratives(markerNarratives)
                .qcprFunctions(qcpr)
                .geographicScope(scope)
                .targetGroups(groups)
                .status(status)
                .start(start)
                .end(end)
                .jointProgramme(programme)
                .funding(funding)
                .progressNarratives(progress)
                .indicators(indicators)
                .build());
  }

  private Marker marker(Node n, String path) {
    return s.enumeration(n, path, Marker.class);
  }

  private MarkerNarrative markerNarrative(Node n, String path) {
    Members o = open(n, path, "marker", "text");
    if (o == null) {
      return null;
    }
    int before = ctx.count();
    MarkerKind marker = o.req("marker", (v, p) -> s.enumeration(v, p, MarkerKind.class));
    String text = o.req("text", s::text);
    if (ctx.count() != before) {
      return null;
    }
    return build(o, () -> MarkerNarrative.of(marker, text));
  }

  private YearNarrative yearNarrative(Node n, String path) {
    Members o = open(n, path, "year", "text");
    if (o == null) {
      return null;
    }
    int before = ctx.count();
    Year year = o.req("year", s::year);
    String text = o.req("text", s::text);
    if (ctx.count() != before) {
      return null;
    }
    return build(o, () -> YearNarrative.of(year, text));
  }

  private FundingLine fundingLine(Node n, String path) {
    Members o =
        open(
            n,
            path,
            "year",
            "agency",
            "contributingPartner",
            "required",
            "available",
            "expenditure");
    if (o == null) {
      return null;
    }
    int before = ctx.count();
    Year year = o.req("year", s::year);
    String agency = o.req("agency", s::code);
    Optional<PartnerRef> partner = o.opt("contributingPartner", this::partner);
    Money required = o.req("required", this::money);
    Money available = o.req("available", this::money);
    Optional<Money> expenditure = o.opt("expenditure", this::money);
    if (ctx.count() != before) {
      return null;
    }
    return build(
        o,
        () ->
            FundingLine.builder()
                .year(year)
                .agency(agency)
                .contributingPartner(partner)
                .required(required)
                .available(available)
                .expenditure(expenditure)
                .build());
  }

  private Money money(Node n, String path) {
    Members o = open(n, path, "amount", "currency");
    if (o == null) {
      return null;
    }
    int before = ctx.count();
    BigDecimal amount =
        o.req(
            "amount",
            (v, p) -> {
              BigDecimal a = s.decimal(v, p);
              if (a == null) {
                return null;
              }
              if (a.signum() < 0) {
                ctx.report(
                    ReadProblemCode.NUMBER_RANGE,
                    p,
                    v.mark,
                    "amount " + Scalars.quote(((Node.Num) v).literal) + " must not be negative");
                return null;
              }
              if (a.scale() > Money.MAX_SCALE) {
                ctx.report(
                    ReadProblemCode.NUMBER_PRECISION,
                    p,
                    v.mark,
                    "amount "
                        + Scalars.quote(((Node.Num) v).literal)
                        + " has more than "
                        + Money.MAX_SCALE
                        + " decimal places");
                return null;
              }
              return a;
            });
    String currency = o.req("currency", this::currency);
    if (ctx.count() != before) {
      return null;
    }
    return build(o, () -> Money.of(amount, currency));
  }

  private PartnerRef partner(Node n, String path) {
    Members o = open(n, path, "name", "iatiOrgId");
    if (o == null) {
      return null;
    }
    int before = ctx.count();
    String name = o.req("name", s::name);
    Optional<String> iati = o.opt("iatiOrgId", s::code);
    if (ctx.count() != before) {
      return null;
    }
    return build(o, () -> PartnerRef.builder().name(name).iatiOrgId(iati).build());
  }

  private Location location(Node n, String path) {
    Members o = open(n, path, "level", "code", "name");
    if (o == null) {
      return null;
    }
    int before = ctx.count();
    LocationLevel level = o.req("level", (v, p) -> s.enumeration(v, p, LocationLevel.class));
    Optional<String> code = o.opt("code", s::code);
    String name = o.req("name", s::name);
    if (ctx.count() != before) {
      return null;
    }
    return build(o, () -> Location.builder().level(level).code(code).name(name).build());
  }

  private YearRange yearRange(Node n, String path) {
    Members o = open(n, path, "start", "end");
    if (o == null) {
      return null;
    }
    int before = ctx.count();
    Year start = o.req("start", s::year);
    Year end = o.req("end", s::year);
    if (ctx.count() != before) {
      return null;
    }
    return build(o, () -> YearRange.of(start, end));
  }
}
