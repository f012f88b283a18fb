package org.unsdcf.json.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
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
import org.unsdcf.core.model.InvariantViolationException;
import org.unsdcf.core.model.JointWorkPlan;
import org.unsdcf.core.model.JwpStatus;
import org.unsdcf.core.model.Location;
import org.unsdcf.core.model.LocationLevel;
import org.unsdcf.core.model.Marker;
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
import org.unsdcf.core.model.Value;
import org.unsdcf.core.model.YearRange;
import org.unsdcf.core.units.IndicatorUnit;
import org.unsdcf.core.units.UnitCatalogue;
import org.unsdcf.json.ReadProblemCode;

/**
 * The per-type readers: each dispatches its object's members by name, checks every value, and
 * builds the model object through core's builder only if its whole subtree read cleanly. A failed
 * build is reported as INVARIANT where design.md §11 places it.
 */
final class PlanParser {
  private final Ctx ctx;
  private final Scalars s;

  PlanParser(Ctx ctx) {
    this.ctx = ctx;
    this.s = new Scalars(ctx);
  }

  private Members open(Node n, String path, String... names) {
    return Members.open(ctx, s, n, path, Set.of(names));
  }

  private <T> T build(Members o, Supplier<T> builder) {
    try {
      return builder.get();
    } catch (InvariantViolationException e) {
      Invariants.report(ctx, o.node, o.path, e);
      return null;
    }
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
    return s.pattern(n, path, ScalarRules::isThreeLetters, "country");
  }

  private String currency(Node n, String path) {
    return s.pattern(n, path, ScalarRules::isThreeLetters, "currency");
  }

  private String sdgTarget(Node n, String path) {
    return s.pattern(n, path, ScalarRules::isSdgTarget, "SDG target");
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
    Members o = open(n, path, "code", "title", "description", "tags", "outcomes");
    if (o == null) {
      return null;
    }
    int before = ctx.count();
    String code = o.req("code", s::code);
    String title = o.req("title", s::name);
    Optional<String> description = o.opt("description", s::text);
    List<Tag> tags = o.list("tags", this::tag);
    List<Outcome> outcomes = o.list("outcomes", this::outcome);
    if (ctx.count() != before) {
      return null;
    }
    return build(
        o,
        () ->
            PriorityArea.builder()
                .code(code)
                .title(title)
                .description(description)
                .tags(tags)
                .outcomes(outcomes)
                .build());
  }

  private Outcome outcome(Node n, String path) {
    Members o =
        open(n, path, "code", "title", "statement", "sdgTargets", "tags", "indicators", "outputs");
    if (o == null) {
      return null;
    }
    int before = ctx.count();
    String code = o.req("code", s::code);
    String title = o.req("title", s::name);
    Optional<String> statement = o.opt("statement", s::text);
    List<String> sdgTargets = o.list("sdgTargets", this::sdgTarget);
    List<Tag> tags = o.list("tags", this::tag);
    List<Indicator> indicators = o.list("indicators", this::indicator);
    List<Output> outputs = o.list("outputs", this::output);
    if (ctx.count() != before) {
      return null;
    }
    return build(
        o,
        () ->
            Outcome.builder()
                .code(code)
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
    String title = o.req("title", s::name);
    Optional<String> description = o.opt("description", s::text);
    List<String> entities = o.list("contributingEntities", s::code);
    List<String> sdgTargets = o.list("sdgTargets", this::sdgTarget);
    List<Tag> tags = o.list("tags", this::tag);
    List<Indicator> indicators = o.list("indicators", this::indicator);
    if (ctx.count() != before) {
      return null;
    }
    return build(
        o,
        () ->
            Output.builder()
                .code(code)
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
            "title",
            "description",
            "outputCode",
            "leadEntity",
            "agencies",
            "implementingPartners",
            "contributingPartners",
            "sdgTargets",
            "tags",
            "genderEqualityMarker",
            "humanRightsMarker",
            "sustainingPeaceMarker",
            "qcprFunctions",
            "geographicScope",
            "targetGroups",
            "status",
            "start",
            "end",
            "jointProgramme",
            "funding",
            "indicators");
    if (o == null) {
      return null;
    }
    int before = ctx.count();
    String code = o.req("code", s::code);
    String title = o.req("title", s::name);
    Optional<String> description = o.opt("description", s::text);
    String outputCode = o.req("outputCode", s::code);
    String leadEntity = o.req("leadEntity", s::code);
    List<String> agencies = o.nonEmpty("agencies", s::code);
    List<PartnerRef> implementing = o.list("implementingPartners", this::partner);
    List<PartnerRef> contributing = o.list("contributingPartners", this::partner);
    List<String> sdgTargets = o.list("sdgTargets", this::sdgTarget);
    List<Tag> tags = o.list("tags", this::tag);
    Optional<Marker> gender = o.opt("genderEqualityMarker", this::marker);
    Optional<Marker> rights = o.opt("humanRightsMarker", this::marker);
    Optional<Marker> peace = o.opt("sustainingPeaceMarker", this::marker);
    List<String> qcpr = o.list("qcprFunctions", s::name);
    List<Location> scope = o.list("geographicScope", this::location);
    List<String> groups = o.list("targetGroups", s::name);
    ImplementationStatus status =
        o.req("status", (v, p) -> s.enumeration(v, p, ImplementationStatus.class));
    LocalDate start = o.req("start", s::date);
    LocalDate end = o.req("end", s::date);
    Optional<String> programme = o.opt("jointProgramme", s::code);
    List<FundingLine> funding = o.list("funding", this::fundingLine);
    List<Indicator> indicators = o.list("indicators", this::indicator);
    if (ctx.count() != before) {
      return null;
    }
    return build(
        o,
        () ->
            SubOutput.builder()
                .code(code)
                .title(title)
                .description(description)
                .outputCode(outputCode)
                .leadEntity(leadEntity)
                .agencies(agencies)
                .implementingPartners(implementing)
                .contributingPartners(contributing)
                .sdgTargets(sdgTargets)
                .tags(tags)
                .genderEqualityMarker(gender)
                .humanRightsMarker(rights)
                .sustainingPeaceMarker(peace)
                .qcprFunctions(qcpr)
                .geographicScope(scope)
                .targetGroups(groups)
                .status(status)
                .start(start)
                .end(end)
                .jointProgramme(programme)
                .funding(funding)
                .indicators(indicators)
                .build());
  }

  private Marker marker(Node n, String path) {
    return s.enumeration(n, path, Marker.class);
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

  private Indicator indicator(Node n, String path) {
    Members o =
        open(
            n,
            path,
            "code",
            "title",
            "measure",
            "unit",
            "direction",
            "accumulation",
            "naturalRange",
            "baseline",
            "targets",
            "measurements",
            "disaggregations",
            "frequency",
            "sdgIndicator",
            "tags",
            "meansOfVerification",
            "dataSource",
            "responsibleEntities");
    if (o == null) {
      return null;
    }
    int before = ctx.count();
    String code = o.req("code", s::code);
    String title = o.req("title", s::name);
    Measure measure = o.req("measure", (v, p) -> s.enumeration(v, p, Measure.class));
    Optional<IndicatorUnit> unit = o.opt("unit", this::unit);
    Optional<Direction> direction =
        o.opt("direction", (v, p) -> s.enumeration(v, p, Direction.class));
    Optional<Accumulation> accumulation =
        o.opt("accumulation", (v, p) -> s.enumeration(v, p, Accumulation.class));
    Optional<NumericRange> range = o.opt("naturalRange", this::range);
    Optional<Baseline> baseline = o.opt("baseline", this::baseline);
    List<Target> targets = o.list("targets", this::target);
    List<Measurement> measurements = o.list("measurements", this::measurement);
    List<DisaggregationDimension> dimensions = o.list("disaggregations", this::dimension);
    Optional<Frequency> frequency =
        o.opt("frequency", (v, p) -> s.enumeration(v, p, Frequency.class));
    Optional<String> sdgIndicator =
        o.opt(
            "sdgIndicator",
            (v, p) -> s.pattern(v, p, ScalarRules::isSdgIndicator, "SDG indicator"));
    List<Tag> tags = o.list("tags", this::tag);
    List<String> means = o.list("meansOfVerification", s::name);
    Optional<String> dataSource = o.opt("dataSource", s::name);
    List<String> responsible = o.list("responsibleEntities", s::code);
    if (measure != null) {
      valueKinds(o, measure);
    }
    if (ctx.count() != before) {
      return null;
    }
    return build(
        o,
        () ->
            Indicator.builder()
                .code(code)
                .title(title)
                .measure(measure)
                .unit(unit)
                .direction(direction)
                .accumulation(accumulation)
                .naturalRange(range)
                .baseline(baseline)
                .targets(targets)
                .measurements(measurements)
                .disaggregations(dimensions)
                .frequency(frequency)
                .sdgIndicator(sdgIndicator)
                .tags(tags)
                .meansOfVerification(means)
                .dataSource(dataSource)
                .responsibleEntities(responsible)
                .build());
  }

  /** Value kind against the measure: TYPE_MISMATCH at each value of the wrong kind. */
  private void valueKinds(Members o, Measure measure) {
    String base = o.path;
    valueKind(o.get("baseline"), base + "/baseline", measure);
    for (String list : new String[] {"targets", "measurements"}) {
      Node n = o.get(list);
      if (n instanceof Node.Arr) {
        List<Node> items = ((Node.Arr) n).items;
        for (int i = 0; i < items.size(); i++) {
          valueKind(items.get(i), base + "/" + list + "/" + i, measure);
        }
      }
    }
  }

  private void valueKind(Node holder, String path, Measure measure) {
    if (!(holder instanceof Node.Obj)) {
      return;
    }
    Node value = ((Node.Obj) holder).get("value");
    boolean qualitative = measure == Measure.QUALITATIVE;
    if (qualitative && value instanceof Node.Num) {
      s.mismatch(value, path + "/value", "text for a QUALITATIVE indicator");
    } else if (!qualitative && value instanceof Node.Str) {
      s.mismatch(value, path + "/value", "a number for a " + measure + " indicator");
    }
  }

  private IndicatorUnit unit(Node n, String path) {
    String symbol = s.string(n, path);
    if (symbol == null) {
      return null;
    }
    Optional<IndicatorUnit> unit = UnitCatalogue.lookup(symbol);
    if (unit.isEmpty()) {
      ctx.report(
          ReadProblemCode.UNKNOWN_UNIT,
          path,
          n.mark,
          "unit " + Scalars.quote(symbol) + " is not in the unit catalogue");
      return null;
    }
    return unit.get();
  }

  private NumericRange range(Node n, String path) {
    Members o = open(n, path, "min", "max");
    if (o == null) {
      return null;
    }
    int before = ctx.count();
    Optional<BigDecimal> min = o.opt("min", s::decimal);
    Optional<BigDecimal> max = o.opt("max", s::decimal);
    if (ctx.count() != before) {
      return null;
    }
    return build(o, () -> NumericRange.builder().min(min).max(max).build());
  }

  private DisaggregationDimension dimension(Node n, String path) {
    Members o = open(n, path, "name", "categories", "exhaustive");
    if (o == null) {
      return null;
    }
    int before = ctx.count();
    String name = o.req("name", s::code);
    List<String> categories = o.nonEmpty("categories", s::code);
    Boolean exhaustive = o.req("exhaustive", s::bool);
    if (ctx.count() != before) {
      return null;
    }
    return build(
        o,
        () ->
            DisaggregationDimension.builder()
                .name(name)
                .categories(categories)
                .exhaustive(exhaustive)
                .build());
  }

  private Value value(Node n, String path) {
    try {
      if (n instanceof Node.Str) {
        String text = s.name(n, path);
        return text == null ? null : Value.qualitative(text);
      }
      if (n instanceof Node.Num) {
        BigDecimal amount = s.decimal(n, path);
        return amount == null ? null : Value.numeric(amount);
      }
    } catch (InvariantViolationException e) {
      // The checks above mirror core's; should they ever disagree, the value is still located.
      ctx.report(
          ReadProblemCode.INVARIANT, path, n.mark, e.reason() + ", but was '" + e.value() + "'");
      return null;
    }
    if (n instanceof Node.Null) {
      ctx.report(ReadProblemCode.NULL_NOT_ALLOWED, path, n.mark, "null is not allowed");
      return null;
    }
    s.mismatch(n, path, "a number or a string");
    return null;
  }

  private Baseline baseline(Node n, String path) {
    Members o = open(n, path, "year", "date", "value", "unit", "comment");
    if (o == null) {
      return null;
    }
    int before = ctx.count();
    Year year = o.req("year", s::year);
    Optional<LocalDate> date = o.opt("date", s::date);
    Value value = o.req("value", this::value);
    Optional<IndicatorUnit> unit = o.opt("unit", this::unit);
    Optional<String> comment = o.opt("comment", s::text);
    if (ctx.count() != before) {
      return null;
    }
    return build(
        o,
        () ->
            Baseline.builder()
                .year(year)
                .date(date)
                .value(value)
                .unit(unit)
                .comment(comment)
                .build());
  }

  private Target target(Node n, String path) {
    Members o = open(n, path, "year", "kind", "value", "unit", "comment");
    if (o == null) {
      return null;
    }
    int before = ctx.count();
    Year year = o.req("year", s::year);
    TargetKind kind = o.req("kind", (v, p) -> s.enumeration(v, p, TargetKind.class));
    Value value = o.req("value", this::value);
    Optional<IndicatorUnit> unit = o.opt("unit", this::unit);
    Optional<String> comment = o.opt("comment", s::text);
    if (ctx.count() != before) {
      return null;
    }
    return build(
        o,
        () ->
            Target.builder()
                .year(year)
                .kind(kind)
                .value(value)
                .unit(unit)
                .comment(comment)
                .build());
  }

  private Measurement measurement(Node n, String path) {
    Members o =
        open(
            n,
            path,
            "period",
            "disaggregation",
            "value",
            "unit",
            "numerator",
            "denominator",
            "assessedStatus",
            "source",
            "comment");
    if (o == null) {
      return null;
    }
    int before = ctx.count();
    ReportingPeriod period = o.req("period", this::reportingPeriod);
    Map<String, String> cells = o.opt("disaggregation", this::disaggregation).orElse(Map.of());
    Value value = o.req("value", this::value);
    Optional<IndicatorUnit> unit = o.opt("unit", this::unit);
    Optional<BigDecimal> numerator =
        o.opt("numerator", (v, p) -> bounded(v, p, s.decimal(v, p), 0, "numerator"));
    Optional<BigDecimal> denominator =
        o.opt("denominator", (v, p) -> bounded(v, p, s.decimal(v, p), 1, "denominator"));
    Optional<ProgressStatus> status =
        o.opt("assessedStatus", (v, p) -> s.enumeration(v, p, ProgressStatus.class));
    Optional<String> source = o.opt("source", s::name);
    Optional<String> comment = o.opt("comment", s::text);
    if (ctx.count() != before) {
      return null;
    }
    return build(
        o,
        () ->
            Measurement.builder()
                .period(period)
                .disaggregation(cells)
                .value(value)
                .unit(unit)
                .numerator(numerator)
                .denominator(denominator)
                .assessedStatus(status)
                .source(source)
                .comment(comment)
                .build());
  }

  /** Numerator at least 0 ({@code positive} 0) or denominator above 0 ({@code positive} 1). */
  private BigDecimal bounded(Node v, String p, BigDecimal d, int positive, String what) {
    if (d == null) {
      return null;
    }
    if (d.signum() < positive) {
      ctx.report(
          ReadProblemCode.NUMBER_RANGE,
          p,
          v.mark,
          what
              + " "
              + Scalars.quote(((Node.Num) v).literal)
              + (positive == 0 ? " must not be negative" : " must be above 0"));
      return null;
    }
    return d;
  }

  private Map<String, String> disaggregation(Node n, String path) {
    Members o = Members.open(ctx, s, n, path, null);
    if (o == null) {
      return null;
    }
    int before = ctx.count();
    Map<String, String> cells = new LinkedHashMap<>();
    for (Map.Entry<String, Node> e : o.entries()) {
      String keyPath = Paths.member(path, e.getKey());
      if (!ScalarRules.isCode(e.getKey())) {
        long nameMark =
            o.node.members.stream()
                .filter(m -> m.value == e.getValue())
                .findFirst()
                .map(m -> m.nameMark)
                .orElse(n.mark);
        ctx.report(
            ReadProblemCode.PATTERN,
            keyPath,
            nameMark,
            "code "
                + Scalars.quote(e.getKey())
                + " must be 1 to 64 letters, digits or . _ : / - starting with a letter or digit");
      }
      String category = s.code(e.getValue(), keyPath);
      cells.put(e.getKey(), category);
    }
    return ctx.count() != before ? null : cells;
  }

  private ReportingPeriod reportingPeriod(Node n, String path) {
    Members o = open(n, path, "start", "end");
    if (o == null) {
      return null;
    }
    int before = ctx.count();
    LocalDate start = o.req("start", s::date);
    LocalDate end = o.req("end", s::date);
    if (ctx.count() != before) {
      return null;
    }
    return build(o, () -> ReportingPeriod.of(start, end));
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

  private Tag tag(Node n, String path) {
    Members o = open(n, path, "vocabulary", "code");
    if (o == null) {
      return null;
    }
    int before = ctx.count();
    String vocabulary =
        o.req("vocabulary", (v, p) -> s.pattern(v, p, ScalarRules::isVocabulary, "vocabulary"));
    String code = o.req("code", s::code);
    if (vocabulary != null && code != null) {
      Node codeNode = o.get("code");
      String codePath = path + "/code";
      switch (vocabulary) {
        case Tag.SDG_TARGET:
          s.pattern(codeNode, codePath, ScalarRules::isSdgTarget, "SDG target");
          break;
        case Tag.SDG_INDICATOR:
          s.pattern(codeNode, codePath, ScalarRules::isSdgIndicator, "SDG indicator");
          break;
        case Tag.GCM_OBJECTIVE:
          s.pattern(codeNode, codePath, ScalarRules::isGcmObjective, "GCM objective");
          break;
        default:
          break;
      }
    }
    if (ctx.count() != before) {
      return null;
    }
    return build(o, () -> Tag.of(vocabulary, code));
  }
}
