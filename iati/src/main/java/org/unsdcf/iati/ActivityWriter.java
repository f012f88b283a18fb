package org.unsdcf.iati;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import javax.xml.stream.XMLStreamException;
import org.unsdcf.core.model.CooperationFramework;
import org.unsdcf.core.model.FundingLine;
import org.unsdcf.core.model.JointWorkPlan;
import org.unsdcf.core.model.Location;
import org.unsdcf.core.model.Marker;
import org.unsdcf.core.model.Money;
import org.unsdcf.core.model.Outcome;
import org.unsdcf.core.model.Output;
import org.unsdcf.core.model.PartnerRef;
import org.unsdcf.core.model.PriorityArea;
import org.unsdcf.core.model.SubOutput;
import org.unsdcf.core.model.Tag;

/**
 * Writes the activities of one plan, element by element in the schema's order (design §20, "the XML
 * precisely"). One instance per document.
 */
final class ActivityWriter {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private final IatiWriter options;
  private final CooperationFramework plan;
  private final XmlOut xml;
  private final ResultWriter results;
  private final Organisations organisations = Organisations.bundled();
  private final String frameworkId;
  private final List<String[]> countries;

  /** The first output of each code, with its pointer. */
  private final Map<String, Map.Entry<Output, Pointer>> outputs = new HashMap<>();

  /** Each tag vocabulary's {@code vocabulary-uri}. */
  private final Map<String, String> tagVocabularies = new HashMap<>();

  ActivityWriter(IatiWriter options, CooperationFramework plan, XmlOut xml) {
    this.options = options;
    this.plan = plan;
    this.xml = xml;
    this.results = new ResultWriter(xml);
    this.frameworkId = options.reportingOrgRef() + "-" + plan.code();
    this.countries = recipientCountries();
    for (int a = 0; a < plan.priorityAreas().size(); a++) {
      PriorityArea area = plan.priorityAreas().get(a);
      for (int o = 0; o < area.outcomes().size(); o++) {
        Outcome outcome = area.outcomes().get(o);
        for (int u = 0; u < outcome.outputs().size(); u++) {
          Output output = outcome.outputs().get(u);
          outputs.putIfAbsent(
              output.code(),
              Map.entry(
                  output,
                  Pointer.ROOT.then("priorityAreas", a).then("outcomes", o).then("outputs", u)));
        }
      }
    }
  }

  /** Writes the document's elements; returns the number of activities. */
  int write() throws XMLStreamException {
    xml.start("iati-activities");
    xml.attribute("version", "2.03");
    writeFramework();
    int activities = 1;
    Set<String> written = new HashSet<>();
    List<JointWorkPlan> jwps = plan.jointWorkPlans();
    for (int j = 0; j < jwps.size(); j++) {
      JointWorkPlan jwp = jwps.get(j);
      if (!plan.isCurrent(jwp)) {
        continue;
      }
      for (int e = 0; e < jwp.entries().size(); e++) {
        SubOutput entry = jwp.entries().get(e);
        Pointer pointer = Pointer.ROOT.then("jointWorkPlans", j).then("entries", e);
        if (written.add(entry.code())) {
          writeSubOutput(entry, pointer);
          activities++;
        } else {
          xml.lossy(
              pointer.then("code"),
              "an earlier sub-output of a current JWP has the code '"
                  + entry.code()
                  + "': not written, as IATI identifiers are unique");
        }
      }
    }
    xml.end();
    return activities;
  }

  private void writeFramework() throws XMLStreamException {
    startActivity("1");
    xml.start("iati-identifier");
    xml.text(frameworkId, Pointer.ROOT.then("code"));
    xml.end();
    writeReportingOrg();
    xml.narrativeIn("title", plan.title(), Pointer.ROOT.then("title"));
    xml.start("description");
    xml.attribute("type", "1");
    xml.narrative(
        plan.title() + ", " + plan.period().start() + "\u2013" + plan.period().end(),
        Pointer.ROOT.then("title"));
    xml.end();
    xml.start("participating-org");
    xml.attribute("ref", options.reportingOrgRef());
    xml.attribute("type", options.reportingOrgType());
    xml.attribute("role", "2");
    xml.narrative(options.reportingOrgName(), Pointer.ROOT);
    xml.end();
    xml.empty("activity-status", "code", frameworkStatus());
    xml.empty("activity-date", "type", "1", "iso-date", IsoDates.of(plan.period().firstDay()));
    xml.empty("activity-date", "type", "3", "iso-date", IsoDates.of(plan.period().lastDay()));
    writeRecipientCountries();
    xml.start("sector");
    xml.attribute("vocabulary", "99");
    xml.attribute("vocabulary-uri", "urn:unsdcf:framework");
    xml.attribute("code", plan.code());
    xml.narrative(plan.title(), Pointer.ROOT.then("title"));
    xml.end();
    List<PriorityArea> areas = plan.priorityAreas();
    for (int a = 0; a < areas.size(); a++) {
      List<Outcome> outcomes = areas.get(a).outcomes();
      for (int o = 0; o < outcomes.size(); o++) {
        Outcome outcome = outcomes.get(o);
        Pointer pointer = Pointer.ROOT.then("priorityAreas", a).then("outcomes", o);
        results.write("2", outcome.title(), pointer, outcome.indicators());
        for (int u = 0; u < outcome.outputs().size(); u++) {
          Output output = outcome.outputs().get(u);
          results.write("1", output.title(), pointer.then("outputs", u), output.indicators());
        }
      }
    }
    xml.end();
  }

  private String frameworkStatus() {
    LocalDate asOf = options.asOf();
    if (asOf.isBefore(plan.period().firstDay())) {
      return "1";
    }
    return asOf.isAfter(plan.period().lastDay()) ? "4" : "2";
  }

  private void writeSubOutput(SubOutput entry, Pointer pointer) throws XMLStreamException {
    startActivity("2");
    xml.start("iati-identifier");
    xml.text(frameworkId + "-" + entry.code(), pointer.then("code"));
    xml.end();
    writeReportingOrg();
    xml.narrativeIn("title", entry.title(), pointer.then("title"));
    xml.start("description");
    xml.attribute("type", "1");
    if (entry.description().isPresent()) {
      xml.narrative(entry.description().get(), pointer.then("description"));
    } else {
      xml.narrative(entry.title(), pointer.then("title"));
    }
    xml.end();
    writeParticipatingOrgs(entry, pointer);
    xml.empty("activity-status", "code", Integer.toString(entry.status().code()));
    xml.empty("activity-date", "type", "1", "iso-date", IsoDates.of(entry.start()));
    xml.empty("activity-date", "type", "3", "iso-date", IsoDates.of(entry.end()));
    writeRecipientCountries();
    for (int i = 0; i < entry.geographicScope().size(); i++) {
      Location location = entry.geographicScope().get(i);
      xml.start("location");
      if (location.code().isPresent()) {
        xml.attribute("ref", location.code().get());
      }
      xml.narrativeIn("name", location.name(), pointer.then("geographicScope", i).then("name"));
      xml.end();
    }
    Map.Entry<Output, Pointer> output = outputs.get(entry.outputCode());
    xml.start("sector");
    xml.attribute("vocabulary", "99");
    xml.attribute("vocabulary-uri", "urn:unsdcf:output");
    xml.attribute("code", entry.outputCode());
    if (output != null) {
      xml.narrative(output.getKey().title(), output.getValue().then("title"));
    } else {
      xml.narrative(entry.outputCode(), pointer.then("outputCode"));
    }
    xml.end();
    for (String target : entry.sdgTargets()) {
      xml.empty("tag", "vocabulary", "3", "code", target);
    }
    xml.empty(
        "tag",
        "vocabulary",
        "99",
        "vocabulary-uri",
        "urn:unsdcf:output",
        "code",
        entry.outputCode());
    for (String other : entry.additionalOutputs()) {
      xml.empty(
          "tag",
          "vocabulary",
          "99",
          "vocabulary-uri",
          "urn:unsdcf:additional-output",
          "code",
          other);
    }
    for (Tag tag : entry.tags()) {
      xml.empty(
          "tag",
          "vocabulary",
          "99",
          "vocabulary-uri",
          tagVocabularies.computeIfAbsent(tag.vocabulary(), v -> "urn:unsdcf:tag:" + v),
          "code",
          tag.code());
    }
    writeMarker("GEM", "Gender equality marker (UN INFO scale 0-3)", entry.genderEqualityMarker());
    writeMarker("HRM", "Human rights marker (UN INFO scale 0-3)", entry.humanRightsMarker());
    writeMarker(
        "SPM", "Sustaining peace marker (UN INFO scale 0-3)", entry.sustainingPeaceMarker());
    writeBudgets(entry.funding());
    writeTransactions(entry.funding(), pointer);
    xml.empty("related-activity", "ref", frameworkId, "type", "1");
    results.write("1", entry.title(), pointer, entry.indicators());
    xml.end();
  }

  private void startActivity(String hierarchy) throws XMLStreamException {
    xml.start("iati-activity");
    xml.xmlLang(options.language());
    xml.attribute("default-currency", plan.currency());
    xml.attribute("hierarchy", hierarchy);
  }

  private void writeReportingOrg() throws XMLStreamException {
    xml.start("reporting-org");
    xml.attribute("ref", options.reportingOrgRef());
    xml.attribute("type", options.reportingOrgType());
    xml.narrative(options.reportingOrgName(), Pointer.ROOT);
    xml.end();
  }

  /**
   * Role 1 the contributing partners, then the agencies in their order (role 3 the lead, role 2 the
   * others), then role 4 the implementing partners: the agencies' order survives a round trip.
   */
  private void writeParticipatingOrgs(SubOutput entry, Pointer pointer) throws XMLStreamException {
    for (int i = 0; i < entry.contributingPartners().size(); i++) {
      writePartner(
          entry.contributingPartners().get(i), "1", pointer.then("contributingPartners", i));
    }
    for (String agency : entry.agencies()) {
      writeAgency("participating-org", agency, agency.equals(entry.leadEntity()) ? "3" : "2");
    }
    for (int i = 0; i < entry.implementingPartners().size(); i++) {
      writePartner(
          entry.implementingPartners().get(i), "4", pointer.then("implementingPartners", i));
    }
  }

  private void writePartner(PartnerRef partner, String role, Pointer pointer)
      throws XMLStreamException {
    xml.start("participating-org");
    if (partner.iatiOrgId().isPresent()) {
      xml.attribute("ref", partner.iatiOrgId().get());
    }
    xml.attribute("role", role);
    xml.narrative(partner.name(), pointer.then("name"));
    xml.end();
  }

  /** An agency as {@code participating-org} (with a role) or as a transaction's organisation. */
  private void writeAgency(String element, String agency, String role) throws XMLStreamException {
    xml.start(element);
    Organisations.Organisation organisation = organisations.of(agency);
    if (organisation.iatiOrgId().isPresent()) {
      xml.attribute("ref", organisation.iatiOrgId().get());
    }
    if (organisation.type().isPresent()) {
      xml.attribute("type", organisation.type().get());
    }
    if (role != null) {
      xml.attribute("role", role);
    }
    xml.narrative(organisation.name(), Pointer.ROOT);
    xml.end();
  }

  private void writeMarker(String code, String name, Optional<Marker> marker)
      throws XMLStreamException {
    if (marker.isEmpty()) {
      return;
    }
    xml.start("policy-marker");
    xml.attribute("vocabulary", "99");
    xml.attribute("vocabulary-uri", "urn:unsdcf:marker");
    xml.attribute("code", code);
    xml.attribute("significance", Integer.toString(marker.get().code()));
    xml.narrative(name, Pointer.ROOT);
    xml.end();
  }

  /** One budget per (year, currency) summing {@code required}; years ascending, then currencies. */
  private void writeBudgets(List<FundingLine> funding) throws XMLStreamException {
    Map<Year, Map<String, BigDecimal>> sums = new TreeMap<>();
    for (FundingLine line : funding) {
      sums.computeIfAbsent(line.year(), y -> new TreeMap<>())
          .merge(line.required().currency(), line.required().amount(), BigDecimal::add);
    }
    for (Map.Entry<Year, Map<String, BigDecimal>> year : sums.entrySet()) {
      String start = IsoDates.firstDay(year.getKey());
      String end = IsoDates.lastDay(year.getKey());
      for (Map.Entry<String, BigDecimal> sum : year.getValue().entrySet()) {
        xml.start("budget");
        xml.attribute("type", "1");
        xml.attribute("status", "1");
        xml.empty("period-start", "iso-date", start);
        xml.empty("period-end", "iso-date", end);
        writeValue(sum.getKey(), sum.getValue(), start);
        xml.end();
      }
    }
  }

  /**
   * Per funding line: {@code available} as an incoming commitment (type 11) dated 1 January, the
   * expenditure (type 4) dated 31 December or {@code asOf} within the year; none dated after {@code
   * asOf}, none of amount 0.
   */
  private void writeTransactions(List<FundingLine> funding, Pointer pointer)
      throws XMLStreamException {
    LocalDate asOf = options.asOf();
    for (int i = 0; i < funding.size(); i++) {
      FundingLine line = funding.get(i);
      LocalDate first = line.year().atDay(1);
      if (first.isAfter(asOf)) {
        continue;
      }
      if (line.available().amount().signum() > 0) {
        xml.start("transaction");
        xml.empty("transaction-type", "code", "11");
        String date = IsoDates.firstDay(line.year());
        xml.empty("transaction-date", "iso-date", date);
        writeValue(line.available(), date);
        if (line.contributingPartner().isPresent()) {
          PartnerRef partner = line.contributingPartner().get();
          xml.start("provider-org");
          if (partner.iatiOrgId().isPresent()) {
            xml.attribute("ref", partner.iatiOrgId().get());
          }
          xml.narrative(
              partner.name(), pointer.then("funding", i).then("contributingPartner").then("name"));
          xml.end();
        }
        writeAgency("receiver-org", line.agency(), null);
        xml.end();
      }
      Optional<Money> spent = line.expenditure();
      if (spent.isPresent() && spent.get().amount().signum() > 0) {
        LocalDate last = line.year().atMonth(12).atEndOfMonth();
        String date = IsoDates.of(last.isAfter(asOf) ? asOf : last);
        xml.start("transaction");
        xml.empty("transaction-type", "code", "4");
        xml.empty("transaction-date", "iso-date", date);
        writeValue(spent.get(), date);
        writeAgency("provider-org", line.agency(), null);
        xml.end();
      }
    }
  }

  private void writeValue(Money money, String valueDate) throws XMLStreamException {
    writeValue(money.currency(), money.amount(), valueDate);
  }

  private void writeValue(String currency, BigDecimal amount, String valueDate)
      throws XMLStreamException {
    xml.start("value");
    xml.attribute("currency", currency);
    xml.attribute("value-date", valueDate);
    xml.text(Numbers.plain(amount), Pointer.ROOT);
    xml.end();
  }

  /**
   * The framework's countries as alpha-2 with their percentages: 100/n at scale 2 each (rounded
   * down, so the remainder is never negative), the remainder on the last, over the countries that
   * have an alpha-2 code.
   */
  private List<String[]> recipientCountries() {
    List<String> codes = new ArrayList<>();
    for (int i = 0; i < plan.countries().size(); i++) {
      Optional<String> alpha2 = IsoCountries.alpha2(plan.countries().get(i));
      if (alpha2.isPresent()) {
        codes.add(alpha2.get());
      } else {
        xml.lossy(
            Pointer.ROOT.then("countries", i),
            "no ISO 3166-1 alpha-2 code for '"
                + plan.countries().get(i)
                + "': not written as a recipient country");
      }
    }
    List<String[]> countries = new ArrayList<>();
    if (codes.size() == 1) {
      countries.add(new String[] {codes.get(0), null});
    } else if (codes.size() > 1) {
      BigDecimal share = HUNDRED.divide(BigDecimal.valueOf(codes.size()), 2, RoundingMode.DOWN);
      BigDecimal rest = HUNDRED.subtract(share.multiply(BigDecimal.valueOf(codes.size() - 1)));
      for (int i = 0; i < codes.size(); i++) {
        BigDecimal percentage = i == codes.size() - 1 ? rest : share;
        countries.add(new String[] {codes.get(i), percentage.toPlainString()});
      }
    }
    return countries;
  }

  private void writeRecipientCountries() throws XMLStreamException {
    for (String[] country : countries) {
      if (country[1] == null) {
        xml.empty("recipient-country", "code", country[0]);
      } else {
        xml.empty("recipient-country", "code", country[0], "percentage", country[1]);
      }
    }
  }
}
