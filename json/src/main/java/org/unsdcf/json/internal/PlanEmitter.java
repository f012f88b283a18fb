package org.unsdcf.json.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.unsdcf.core.model.Baseline;
import org.unsdcf.core.model.CoChair;
import org.unsdcf.core.model.CooperationFramework;
import org.unsdcf.core.model.Decision;
import org.unsdcf.core.model.DisaggregationDimension;
import org.unsdcf.core.model.Endorsement;
import org.unsdcf.core.model.FundingLine;
import org.unsdcf.core.model.Indicator;
import org.unsdcf.core.model.JointWorkPlan;
import org.unsdcf.core.model.Location;
import org.unsdcf.core.model.MarkerNarrative;
import org.unsdcf.core.model.Measurement;
import org.unsdcf.core.model.Money;
import org.unsdcf.core.model.NumericRange;
import org.unsdcf.core.model.Outcome;
import org.unsdcf.core.model.Output;
import org.unsdcf.core.model.PartnerRef;
import org.unsdcf.core.model.PriorityArea;
import org.unsdcf.core.model.ReportingPeriod;
import org.unsdcf.core.model.ResultsGroup;
import org.unsdcf.core.model.SteeringCommittee;
import org.unsdcf.core.model.SubOutput;
import org.unsdcf.core.model.Tag;
import org.unsdcf.core.model.Target;
import org.unsdcf.core.model.Value;
import org.unsdcf.core.model.YearNarrative;
import org.unsdcf.core.model.YearRange;
import org.unsdcf.core.units.IndicatorUnit;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.SerializableString;

/**
 * Writes a plan in the canonical form of design.md §4: members in §3.2 order, {@code formatVersion}
 * first, absent optionals and empty lists and maps omitted, decimals as plain numbers.
 */
public final class PlanEmitter {
  private final JsonGenerator g;

  private PlanEmitter(JsonGenerator g) {
    this.g = g;
  }

  /**
   * Writes a whole plan as one JSON object.
   *
   * @param g the generator
   * @param plan the plan
   */
  public static void write(JsonGenerator g, CooperationFramework plan) {
    new PlanEmitter(g).plan(plan);
  }

  private void plan(CooperationFramework p) {
    g.writeStartObject();
    name("formatVersion");
    g.writeNumber(1);
    string("code", p.code());
    string("title", p.title());
    strings("countries", p.countries());
    object("period", p.period(), this::yearRange);
    date("signedOn", p.signedOn());
    string("currency", p.currency());
    p.steeringCommittee().ifPresent(s -> object("steeringCommittee", s, this::steeringCommittee));
    list("priorityAreas", p.priorityAreas(), this::priorityArea);
    list("resultsGroups", p.resultsGroups(), this::resultsGroup);
    list("jointWorkPlans", p.jointWorkPlans(), this::jointWorkPlan);
    g.writeEndObject();
  }

  private void steeringCommittee(SteeringCommittee s) {
    string("name", s.name());
    string("governmentCoChair", s.governmentCoChair());
    string("unCoChair", s.unCoChair());
    list("decisions", s.decisions(), this::decision);
  }

  private void decision(Decision d) {
    date("date", d.date());
    enumeration("kind", d.kind());
    strings("subjects", d.subjects());
    string("summary", d.summary());
    string("reference", d.reference().map(Object::toString));
  }

  private void priorityArea(PriorityArea a) {
    string("code", a.code());
    string("displayCode", a.displayCode());
    string("title", a.title());
    string("description", a.description());
    list("tags", a.tags(), this::tag);
    list("outcomes", a.outcomes(), this::outcome);
  }

  private void outcome(Outcome o) {
    string("code", o.code());
    string("displayCode", o.displayCode());
    string("title", o.title());
    string("statement", o.statement());
    strings("sdgTargets", o.sdgTargets());
    list("tags", o.tags(), this::tag);
    list("indicators", o.indicators(), this::indicator);
    list("outputs", o.outputs(), this::output);
  }

  private void output(Output o) {
    string("code", o.code());
    string("displayCode", o.displayCode());
    string("title", o.title());
    string("description", o.description());
    strings("contributingEntities", o.contributingEntities());
    strings("sdgTargets", o.sdgTargets());
    list("tags", o.tags(), this::tag);
    list("indicators", o.indicators(), this::indicator);
  }

  private void resultsGroup(ResultsGroup r) {
    string("code", r.code());
    string("title", r.title());
    strings("scope", r.scope());
    list("coChairs", r.coChairs(), this::coChair);
    strings("members", r.members());
    strings("governmentMembers", r.governmentMembers());
  }

  private void coChair(CoChair c) {
    string("entity", c.entity());
    enumeration("role", c.role());
    date("from", c.from());
    date("until", c.until());
  }

  private void jointWorkPlan(JointWorkPlan j) {
    string("code", j.code());
    string("title", j.title());
    object("period", j.period(), this::yearRange);
    enumeration("status", j.status());
    name("version");
    g.writeNumber(j.version());
    string("supersedes", j.supersedes());
    string("resultsGroup", j.resultsGroup());
    j.endorsement().ifPresent(e -> object("endorsement", e, this::endorsement));
    list("entries", j.entries(), this::subOutput);
  }

  private void endorsement(Endorsement e) {
    date("date", e.date());
    string("body", e.body());
    string("reference", e.reference().map(Object::toString));
  }

  private void subOutput(SubOutput s) {
    string("code", s.code());
    string("displayCode", s.displayCode());
    string("title", s.title());
    string("description", s.description());
    string("outputCode", s.outputCode());
    strings("additionalOutputs", s.additionalOutputs());
    string("leadEntity", s.leadEntity());
    strings("agencies", s.agencies());
    list("implementingPartners", s.implementingPartners(), this::partner);
    list("contributingPartners", s.contributingPartners(), this::partner);
    strings("sdgTargets", s.sdgTargets());
    list("tags", s.tags(), this::tag);
    enumeration("genderEqualityMarker", s.genderEqualityMarker());
    enumeration("humanRightsMarker", s.humanRightsMarker());
    enumeration("sustainingPeaceMarker", s.sustainingPeaceMarker());
    list("markerNarratives", s.markerNarratives(), this::markerNarrative);
    strings("qcprFunctions", s.qcprFunctions());
    list("geographicScope", s.geographicScope(), this::location);
    strings("targetGroups", s.targetGroups());
    enumeration("status", s.status());
    date("start", s.start());
    date("end", s.end());
    string("jointProgramme", s.jointProgramme());
    list("funding", s.funding(), this::fundingLine);
    list("progressNarratives", s.progressNarratives(), this::yearNarrative);
    list("indicators", s.indicators(), this::indicator);
  }

  private void markerNarrative(MarkerNarrative n) {
    enumeration("marker", n.marker());
    string("text", n.text());
  }

  private void yearNarrative(YearNarrative n) {
    year("year", n.year());
    string("text", n.text());
  }

  private void fundingLine(FundingLine f) {
    year("year", f.year());
    string("agency", f.agency());
    f.contributingPartner().ifPresent(p -> object("contributingPartner", p, this::partner));
    object("required", f.required(), this::money);
    object("available", f.available(), this::money);
    f.expenditure().ifPresent(m -> object("expenditure", m, this::money));
  }

  private void partner(PartnerRef p) {
    string("name", p.name());
    string("iatiOrgId", p.iatiOrgId());
  }

  private void location(Location l) {
    enumeration("level", l.level());
    string("code", l.code());
    string("name", l.name());
  }

  private void indicator(Indicator i) {
    string("code", i.code());
    string("title", i.title());
    enumeration("measure", i.measure());
    unit("unit", i.unit());
    enumeration("direction", i.direction());
    enumeration("accumulation", i.accumulation());
    i.naturalRange().ifPresent(r -> object("naturalRange", r, this::range));
    i.baseline().ifPresent(b -> object("baseline", b, this::baseline));
    list("targets", i.targets(), this::target);
    List<String> dimensions = new ArrayList<>();
    for (DisaggregationDimension d : i.disaggregations()) {
      dimensions.add(d.name());
    }
    list("measurements", i.measurements(), m -> measurement(m, dimensions));
    list("disaggregations", i.disaggregations(), this::dimension);
    enumeration("frequency", i.frequency());
    string("sdgIndicator", i.sdgIndicator());
    list("tags", i.tags(), this::tag);
    strings("meansOfVerification", i.meansOfVerification());
    string("dataSource", i.dataSource());
    strings("responsibleEntities", i.responsibleEntities());
  }

  private void range(NumericRange r) {
    decimal("min", r.min());
    decimal("max", r.max());
  }

  private void dimension(DisaggregationDimension d) {
    string("name", d.name());
    strings("categories", d.categories());
    name("exhaustive");
    g.writeBoolean(d.exhaustive());
  }

  private void baseline(Baseline b) {
    year("year", b.year());
    date("date", b.date());
    value(b.value());
    unit("unit", b.unit());
    string("comment", b.comment());
  }

  private void target(Target t) {
    year("year", t.year());
    enumeration("kind", t.kind());
    value(t.value());
    unit("unit", t.unit());
    string("comment", t.comment());
  }

  private void measurement(Measurement m, List<String> dimensions) {
    object("period", m.period(), this::reportingPeriod);
    if (!m.disaggregation().isEmpty()) {
      Map<String, String> ordered = new LinkedHashMap<>();
      for (String d : dimensions) {
        String category = m.disaggregation().get(d);
        if (category != null) {
          ordered.put(d, category);
        }
      }
      m.disaggregation().forEach(ordered::putIfAbsent);
      name("disaggregation");
      g.writeStartObject();
      ordered.forEach(this::string);
      g.writeEndObject();
    }
    value(m.value());
    unit("unit", m.unit());
    decimal("numerator", m.numerator());
    decimal("denominator", m.denominator());
    enumeration("assessedStatus", m.assessedStatus());
    string("source", m.source());
    string("comment", m.comment());
  }

  private void money(Money m) {
    name("amount");
    number(m.amount());
    string("currency", m.currency());
  }

  private void yearRange(YearRange r) {
    year("start", r.start());
    year("end", r.end());
  }

  private void reportingPeriod(ReportingPeriod r) {
    date("start", r.start());
    date("end", r.end());
  }

  private void tag(Tag t) {
    string("vocabulary", t.vocabulary());
    string("code", t.code());
  }

  private void value(Value v) {
    name("value");
    if (v instanceof Value.Numeric) {
      number(((Value.Numeric) v).amount());
    } else {
      g.writeString(((Value.Qualitative) v).text());
    }
  }

  /** Writes a member name, from its ready-made encoding if the format defines it. */
  private void name(String name) {
    SerializableString encoded = MemberNames.encoded(name);
    if (encoded != null) {
      g.writeName(encoded);
    } else {
      g.writeName(name);
    }
  }

  private <T> void object(String name, T value, Consumer<T> members) {
    name(name);
    g.writeStartObject();
    members.accept(value);
    g.writeEndObject();
  }

  private <T> void list(String name, List<T> values, Consumer<T> members) {
    if (values.isEmpty()) {
      return;
    }
    name(name);
    g.writeStartArray();
    for (T value : values) {
      g.writeStartObject();
      members.accept(value);
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private void strings(String name, List<String> values) {
    if (values.isEmpty()) {
      return;
    }
    name(name);
    g.writeStartArray();
    for (String value : values) {
      g.writeString(value);
    }
    g.writeEndArray();
  }

  private void string(String name, String value) {
    name(name);
    g.writeString(value);
  }

  private void string(String name, Optional<String> value) {
    value.ifPresent(v -> string(name, v));
  }

  private void enumeration(String name, Enum<?> value) {
    string(name, value.name());
  }

  private void enumeration(String name, Optional<? extends Enum<?>> value) {
    value.ifPresent(v -> string(name, v.name()));
  }

  private void unit(String name, Optional<IndicatorUnit> unit) {
    unit.ifPresent(u -> string(name, u.symbol()));
  }

  private void date(String name, LocalDate date) {
    name(name);
    int year = date.getYear();
    int month = date.getMonthValue();
    int day = date.getDayOfMonth();
    // Years are 1945-2100 (design.md §3.1): always four digits, so ISO yyyy-MM-dd by hand.
    char[] text = {
      digit(year / 1000),
      digit(year / 100 % 10),
      digit(year / 10 % 10),
      digit(year % 10),
      '-',
      digit(month / 10),
      digit(month % 10),
      '-',
      digit(day / 10),
      digit(day % 10)
    };
    g.writeString(text, 0, text.length);
  }

  private static char digit(int value) {
    return (char) ('0' + value);
  }

  private void date(String name, Optional<LocalDate> date) {
    date.ifPresent(d -> date(name, d));
  }

  private void year(String name, Year year) {
    name(name);
    g.writeNumber(year.getValue());
  }

  private void decimal(String name, Optional<BigDecimal> value) {
    value.ifPresent(
        v -> {
          name(name);
          number(v);
        });
  }

  /** Writes a decimal in plain notation; an integer as a long, without formatting a string. */
  private void number(BigDecimal value) {
    if (value.scale() == 0 && value.precision() <= 18) {
      g.writeNumber(value.longValue());
    } else {
      g.writeNumber(value.toPlainString());
    }
  }
}
