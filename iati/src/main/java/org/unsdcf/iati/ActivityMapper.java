package org.unsdcf.iati;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.unsdcf.core.model.ImplementationStatus;
import org.unsdcf.core.model.Indicator;
import org.unsdcf.core.model.Location;
import org.unsdcf.core.model.LocationLevel;
import org.unsdcf.core.model.Marker;
import org.unsdcf.core.model.PartnerRef;
import org.unsdcf.core.model.SubOutput;
import org.unsdcf.core.model.Tag;

/**
 * Maps one {@code iati-activity} to a draft entry (design.md §15 read back, §20 "Import"): code
 * from the identifier, title, description, participating organisations, status, dates, SDG and plan
 * tags, markers, locations, indicators, and the budget and transaction values.
 */
final class ActivityMapper {
  static final String OUTPUT_URI = "urn:unsdcf:output";
  static final String MARKER_URI = "urn:unsdcf:marker";
  static final String TAG_URI_PREFIX = "urn:unsdcf:tag:";
  static final String ADDITIONAL_OUTPUT_URI = "urn:unsdcf:additional-output";
  private static final ImplementationStatus[] STATUSES = ImplementationStatus.values();
  private static final String[] STATUS_CODES = codes(STATUSES, ImplementationStatus::code);
  private static final Marker[] MARKERS = Marker.values();
  private static final String[] MARKER_CODES = codes(MARKERS, Marker::code);
  private static final Pattern VOCABULARY = Pattern.compile("[A-Z][A-Z0-9_]{0,31}");
  private static final Set<String> MAPPED =
      Set.of(
          "iati-identifier",
          "reporting-org",
          "title",
          "description",
          "participating-org",
          "activity-status",
          "activity-date",
          "recipient-country",
          "location",
          "sector",
          "tag",
          "policy-marker",
          "budget",
          "transaction",
          "related-activity",
          "result");
  private static final Set<String> ACTIVITY_ATTRIBUTES =
      Set.of("default-currency", "hierarchy", ActivityNode.XML_LANG);

  private final ActivityContext context;
  private final ProblemLog log;
  private final AgencyResolver agencies;

  ActivityMapper(ActivityContext context, AgencyResolver agencies) {
    this.context = context;
    this.log = context.log();
    this.agencies = agencies;
  }

  Optional<ActivityDraft> map(ActivityNode a) {
    context.checkLanguage(a);
    foreignAttributes(a);
    List<String> otherAttributes = new ArrayList<>();
    for (int i = 0; i < a.attributeCount(); i++) {
      if (!ACTIVITY_ATTRIBUTES.contains(a.attributeName(i))) {
        otherAttributes.add(a.attributeName(i));
      }
    }
    if (!otherAttributes.isEmpty()) {
      log.add(
          IatiProblemCode.NOT_IMPORTED,
          a,
          "activity attributes " + String.join(", ", otherAttributes) + " are not imported");
    }
    Optional<String> identifier =
        a.child("iati-identifier").map(n -> n.text().strip()).filter(s -> !s.isEmpty());
    boolean identified = identifier.isPresent();
    if (!identified) {
      String position = String.valueOf(a.position());
      identifier = Optional.of("ACTIVITY-" + position);
      log.add(
          IatiProblemCode.NO_IDENTIFIER,
          a,
          "the activity has no iati-identifier; its entry code is 'ACTIVITY-" + position + "'");
    }
    String id = identifier.get();
    Optional<String> parent = parent(a);
    String local =
        parent
            .filter(p -> id.startsWith(p + "-") && id.length() > p.length() + 1)
            .map(p -> id.substring(p.length() + 1))
            .orElse(id);
    String code = ImportTexts.code(local);
    if (!code.equals(local)) {
      log.add(
          IatiProblemCode.CODE_DERIVED,
          a.child("iati-identifier").get(),
          "identifier "
              + ImportTexts.quote(id)
              + " is not a Code; the entry's code is "
              + ImportTexts.quote(code));
    }
    SubOutput.Builder b = SubOutput.builder().code(code);
    if (identified) {
      ImportTexts.name(id).map(ImportTexts.Cleaned::value).ifPresent(b::displayCode);
    }
    String title =
        context
            .name(a.child("title"), a, "title")
            .orElseGet(
                () -> {
                  log.add(
                      IatiProblemCode.NO_TITLE,
                      a,
                      "the activity has no title; its identifier stands in");
                  return ImportTexts.name(id).map(ImportTexts.Cleaned::value).orElse(code);
                });
    b.title(title);
    description(a, title).ifPresent(b::description);
    String lead = organisations(a, b);
    status(a, b);
    boolean dated = dates(a, b);
    Optional<String> link = tags(a, b);
    link = link.or(() -> sectors(a));
    markers(a, b);
    locations(a, b);
    indicators(a, b, code, title);
    Optional<String> currency =
        a.attribute("default-currency").map(String::strip).filter(s -> !s.isEmpty());
    ActivityDraft draft = new ActivityDraft(a.place(), id, parent, b, lead, link, currency);
    money(a, draft);
    for (ActivityNode rc : a.children("recipient-country")) {
      rc.attribute("code")
          .map(s -> s.strip().toUpperCase(Locale.ROOT))
          .ifPresent(
              c -> {
                Optional<String> iso3 = Countries.alpha3(c);
                if (iso3.isPresent()) {
                  if (!draft.countries.contains(iso3.get())) {
                    draft.countries.add(iso3.get());
                  }
                } else {
                  log.addAttribute(
                      IatiProblemCode.UNKNOWN_CODE,
                      rc,
                      "code",
                      "recipient country "
                          + ImportTexts.quote(c)
                          + " is not an ISO 3166 alpha-2 code; not imported");
                }
              });
    }
    context.notImportedElements(a, MAPPED);
    return dated ? Optional.of(draft) : Optional.empty();
  }

  private void foreignAttributes(ActivityNode a) {
    if (!a.foreignAttributes.isEmpty()) {
      log.add(
          IatiProblemCode.FOREIGN_ATTRIBUTE,
          a,
          "attributes of other namespaces are not imported: "
              + String.join(", ", a.foreignAttributes));
    }
  }

  private Optional<String> parent(ActivityNode a) {
    for (ActivityNode r : a.children("related-activity")) {
      if (r.attribute("type").map(String::strip).orElse("").equals("1")) {
        Optional<String> ref = r.attribute("ref").map(String::strip).filter(s -> !s.isEmpty());
        if (ref.isPresent()) {
          return ref;
        }
      }
    }
    return Optional.empty();
  }

  private Optional<String> description(ActivityNode a, String title) {
    List<ActivityNode> descriptions = a.children("description");
    ActivityNode kept = null;
    for (ActivityNode d : descriptions) {
      if (d.attribute("type").orElse("1").strip().equals("1")) {
        kept = d;
        break;
      }
    }
    if (kept == null && !descriptions.isEmpty()) {
      kept = descriptions.get(0);
    }
    for (ActivityNode d : descriptions) {
      if (d != kept && context.narrativeText(d).isPresent()) {
        log.add(
            IatiProblemCode.NOT_IMPORTED,
            d,
            "description of type "
                + ImportTexts.quote(d.attribute("type").orElse(""))
                + " is not imported (one description is)");
      }
    }
    if (kept == null) {
      return Optional.empty();
    }
    return context.text(kept, "description").filter(t -> !t.equals(title));
  }

  private String organisations(ActivityNode a, SubOutput.Builder b) {
    Set<String> agencyCodes = new LinkedHashSet<>();
    Set<PartnerRef> contributing = new LinkedHashSet<>();
    Set<PartnerRef> implementing = new LinkedHashSet<>();
    String lead = null;
    for (ActivityNode org : a.children("participating-org")) {
      String role = org.attribute("role").map(String::strip).orElse("");
      Optional<String> ref = org.attribute("ref").map(String::strip).filter(s -> !s.isEmpty());
      Optional<String> name =
          context.name(
              org.child("narrative").isPresent() ? Optional.of(org) : Optional.empty(),
              org,
              "participating-org");
      switch (role) {
        case "1", "4" -> {
          Optional<PartnerRef> p = partner(org, ref, name);
          if (p.isPresent() && !(role.equals("1") ? contributing : implementing).add(p.get())) {
            log.add(
                IatiProblemCode.DUPLICATE_ITEM,
                org,
                "participating organisation "
                    + ImportTexts.quote(p.get().name())
                    + " repeats with the same role; kept once");
          }
        }
        case "2", "3" -> {
          Optional<String> agency = agency(org, ref, name, role.equals("3"));
          if (agency.isPresent()) {
            if (role.equals("3") && lead == null) {
              lead = agency.get();
            }
            if (!agencyCodes.add(agency.get())) {
              log.add(
                  IatiProblemCode.DUPLICATE_ITEM,
                  org,
                  "agency " + ImportTexts.quote(agency.get()) + " repeats; kept once");
            }
          }
        }
        default ->
            log.addAttribute(
                IatiProblemCode.UNKNOWN_CODE,
                org,
                "role",
                "participating organisation role "
                    + ImportTexts.quote(role)
                    + " is not an IATI organisation role; not imported");
      }
    }
    if (lead == null) {
      Optional<ActivityNode> reporting = a.child("reporting-org");
      if (reporting.isPresent()) {
        ActivityNode r = reporting.get();
        Optional<String> ref = r.attribute("ref").map(String::strip).filter(s -> !s.isEmpty());
        Optional<String> name = context.name(Optional.of(r), r, "reporting-org");
        lead = agency(r, ref, name, true).orElse(null);
      }
    }
    if (lead == null) {
      log.add(
          IatiProblemCode.MISSING,
          a,
          "no participating organisation of role 3 and no reporting organisation name an agency; the lead entity is 'UNKNOWN'");
      lead = "UNKNOWN";
    }
    List<String> ordered = new ArrayList<>(agencyCodes);
    if (!agencyCodes.contains(lead)) {
      ordered.add(0, lead);
    }
    b.leadEntity(lead)
        .agencies(ordered)
        .contributingPartners(contributing)
        .implementingPartners(implementing);
    return lead;
  }

  private Optional<PartnerRef> partner(
      ActivityNode org, Optional<String> ref, Optional<String> name) {
    Optional<String> n = name.or(() -> ref);
    if (n.isEmpty()) {
      log.add(
          IatiProblemCode.MISSING,
          org,
          "participating organisation without a name or ref; not imported");
      return Optional.empty();
    }
    PartnerRef.Builder p =
        PartnerRef.builder()
            .name(ImportTexts.name(n.get()).map(ImportTexts.Cleaned::value).orElse(n.get()));
    if (ref.isPresent()) {
      if (ImportTexts.isCode(ref.get())) {
        p.iatiOrgId(ref.get());
      } else {
        log.addAttribute(
            IatiProblemCode.NOT_IMPORTED,
            org,
            "ref",
            "organisation ref "
                + ImportTexts.quote(ref.get())
                + " is not a Code; not imported as the partner's IATI id");
      }
    }
    return Optional.of(p.build());
  }

  private Optional<String> agency(
      ActivityNode org, Optional<String> ref, Optional<String> name, boolean lead) {
    Optional<String> known =
        ref.flatMap(agencies::byIatiOrgId).or(() -> name.flatMap(agencies::byName));
    if (known.isPresent()) {
      return known;
    }
    if (name.isPresent() && ImportTexts.isCode(name.get())) {
      if (agencies.isCatalogued()) {
        log.add(
            IatiProblemCode.AGENCY_DERIVED,
            org,
            "organisation "
                + ImportTexts.quote(name.get())
                + " is not a catalogued UN entity; its name is used as its code");
      }
      return name;
    }
    if (!lead) {
      log.add(
          IatiProblemCode.NOT_IMPORTED,
          org,
          "accountable organisation "
              + ImportTexts.quote(name.or(() -> ref).orElse(""))
              + " is not a UN entity; not imported as an agency");
      return Optional.empty();
    }
    Optional<String> source = name.or(() -> ref);
    if (source.isEmpty()) {
      return Optional.empty();
    }
    String code = ImportTexts.code(source.get());
    log.add(
        IatiProblemCode.AGENCY_DERIVED,
        org,
        "organisation "
            + ImportTexts.quote(source.get())
            + " is not a catalogued UN entity; its code is "
            + ImportTexts.quote(code));
    return Optional.of(code);
  }

  private void status(ActivityNode a, SubOutput.Builder b) {
    Optional<ActivityNode> s = a.child("activity-status");
    Optional<String> code = s.flatMap(n -> n.attribute("code")).map(String::strip);
    if (code.isPresent()) {
      for (int i = 0; i < STATUSES.length; i++) {
        if (STATUS_CODES[i].equals(code.get())) {
          b.status(STATUSES[i]);
          return;
        }
      }
      log.addAttribute(
          IatiProblemCode.UNKNOWN_CODE,
          s.get(),
          "code",
          "activity status "
              + ImportTexts.quote(code.get())
              + " is not an IATI ActivityStatus code; read as IMPLEMENTATION");
    } else {
      log.add(
          IatiProblemCode.MISSING,
          s.orElse(a),
          "the activity has no activity-status; read as IMPLEMENTATION");
    }
    b.status(ImplementationStatus.IMPLEMENTATION);
  }

  private boolean dates(ActivityNode a, SubOutput.Builder b) {
    java.util.Map<Integer, LocalDate> byType = dateTypes(a);
    Optional<LocalDate> start =
        Optional.ofNullable(byType.get(2)).or(() -> Optional.ofNullable(byType.get(1)));
    Optional<LocalDate> end =
        Optional.ofNullable(byType.get(4)).or(() -> Optional.ofNullable(byType.get(3)));
    if (start.isEmpty() || end.isEmpty()) {
      log.add(
          IatiProblemCode.NO_DATES,
          a,
          "the activity has no "
              + (start.isEmpty() ? "start" : "end")
              + " date (activity-date of type 1 or 2, 3 or 4); not imported");
      return false;
    }
    if (end.get().isBefore(start.get())) {
      log.add(
          IatiProblemCode.NO_DATES,
          a,
          "the activity ends ("
              + end.get()
              + ") before it starts ("
              + start.get()
              + "); not imported");
      return false;
    }
    b.start(start.get()).end(end.get());
    return true;
  }

  private java.util.Map<Integer, LocalDate> dateTypes(ActivityNode a) {
    java.util.Map<Integer, LocalDate> byType = new java.util.HashMap<>();
    for (ActivityNode d : a.children("activity-date")) {
      String type = d.attribute("type").map(String::strip).orElse("");
      int t =
          switch (type) {
            case "1" -> 1;
            case "2" -> 2;
            case "3" -> 3;
            case "4" -> 4;
            default -> 0;
          };
      if (t == 0) {
        log.addAttribute(
            IatiProblemCode.UNKNOWN_CODE,
            d,
            "type",
            "activity-date type "
                + ImportTexts.quote(type)
                + " is not an IATI ActivityDateType; not imported");
        continue;
      }
      Optional<LocalDate> date = context.date(d, "iso-date");
      if (date.isPresent()) {
        byType.putIfAbsent(t, date.get());
      }
    }
    return byType;
  }

  private Optional<String> tags(ActivityNode a, SubOutput.Builder b) {
    Optional<String> link = Optional.empty();
    Set<String> targets = new LinkedHashSet<>();
    Set<Tag> tags = new LinkedHashSet<>();
    Set<String> additional = new LinkedHashSet<>();
    for (ActivityNode t : a.children("tag")) {
      String vocabulary = t.attribute("vocabulary").map(String::strip).orElse("1");
      String uri = t.attribute("vocabulary-uri").map(String::strip).orElse("");
      String code = t.attribute("code").map(String::strip).orElse("");
      if (vocabulary.equals("3")) {
        if (isSdgTarget(code)) {
          if (!targets.add(code)) {
            log.add(
                IatiProblemCode.DUPLICATE_ITEM, t, "SDG target " + code + " repeats; kept once");
          }
        } else {
          log.addAttribute(
              IatiProblemCode.NOT_AN_SDG_CODE,
              t,
              "code",
              "SDG target tag "
                  + ImportTexts.quote(code)
                  + " is not an SDG target code; not imported");
        }
      } else if (vocabulary.equals("99")
          && uri.equals(ADDITIONAL_OUTPUT_URI)
          && ImportTexts.isCode(code)) {
        if (!additional.add(code)) {
          log.add(
              IatiProblemCode.DUPLICATE_ITEM,
              t,
              "additional output " + ImportTexts.quote(code) + " repeats; kept once");
        }
      } else if (vocabulary.equals("99") && uri.equals(OUTPUT_URI) && ImportTexts.isCode(code)) {
        if (link.isEmpty()) {
          link = Optional.of(code);
        } else {
          log.add(
              IatiProblemCode.NOT_IMPORTED,
              t,
              "a second output link "
                  + ImportTexts.quote(code)
                  + " is not imported (an entry serves one output)");
        }
      } else if (vocabulary.equals("99")
          && uri.startsWith(TAG_URI_PREFIX)
          && VOCABULARY.matcher(uri.substring(TAG_URI_PREFIX.length())).matches()
          && ImportTexts.isCode(code)
          && !isSdgVocabulary(uri.substring(TAG_URI_PREFIX.length()))) {
        if (!tags.add(Tag.of(uri.substring(TAG_URI_PREFIX.length()), code))) {
          log.add(
              IatiProblemCode.DUPLICATE_ITEM,
              t,
              "tag " + ImportTexts.quote(code) + " repeats; kept once");
        }
      } else {
        log.add(
            IatiProblemCode.NOT_IMPORTED,
            t,
            "tag of vocabulary "
                + ImportTexts.quote(vocabulary)
                + (uri.isEmpty() ? "" : " (" + uri + ")")
                + " code "
                + ImportTexts.quote(code)
                + " is not imported");
      }
    }
    b.sdgTargets(targets).tags(tags).additionalOutputs(additional);
    return link;
  }

  /**
   * Whether {@code code} is an SDG target code, {@code (1[0-7]|[1-9])\\.([1-9][0-9]?|[a-z])},
   * matched by hand (one per tag, so no matcher is made).
   */
  /** The codes of {@code values} as text, in the same order (made once, compared per activity). */
  private static <T> String[] codes(T[] values, java.util.function.ToIntFunction<T> code) {
    String[] texts = new String[values.length];
    for (int i = 0; i < values.length; i++) {
      texts[i] = String.valueOf(code.applyAsInt(values[i]));
    }
    return texts;
  }

  static boolean isSdgTarget(String code) {
    int dot = code.indexOf('.');
    boolean goal =
        dot == 1
            ? between(code.charAt(0), '1', '9')
            : dot == 2 && code.charAt(0) == '1' && between(code.charAt(1), '0', '7');
    if (!goal) {
      return false;
    }
    int rest = code.length() - dot - 1;
    if (rest == 1) {
      char c = code.charAt(dot + 1);
      return between(c, '1', '9') || between(c, 'a', 'z');
    }
    return rest == 2
        && between(code.charAt(dot + 1), '1', '9')
        && between(code.charAt(dot + 2), '0', '9');
  }

  private static boolean between(char c, char low, char high) {
    return c >= low && c <= high;
  }

  private static boolean isSdgVocabulary(String vocabulary) {
    return vocabulary.equals(Tag.SDG_TARGET) || vocabulary.equals(Tag.SDG_INDICATOR);
  }

  private Optional<String> sectors(ActivityNode a) {
    int others = 0;
    ActivityNode first = null;
    Optional<String> link = Optional.empty();
    for (ActivityNode s : a.children("sector")) {
      String vocabulary = s.attribute("vocabulary").map(String::strip).orElse("1");
      String uri = s.attribute("vocabulary-uri").map(String::strip).orElse("");
      String code = s.attribute("code").map(String::strip).orElse("");
      if (vocabulary.equals("99") && uri.equals(OUTPUT_URI) && ImportTexts.isCode(code)) {
        link = link.or(() -> Optional.of(code));
      } else if (!uri.equals("urn:unsdcf:framework")) {
        others++;
        first = first == null ? s : first;
      }
    }
    if (others > 0) {
      log.add(
          IatiProblemCode.NOT_IMPORTED,
          first,
          "sector (" + others + (others == 1 ? " element" : " elements") + ") is not imported");
    }
    return link;
  }

  private void markers(ActivityNode a, SubOutput.Builder b) {
    for (ActivityNode m : a.children("policy-marker")) {
      String vocabulary = m.attribute("vocabulary").map(String::strip).orElse("1");
      String uri = m.attribute("vocabulary-uri").map(String::strip).orElse("");
      String code = m.attribute("code").map(String::strip).orElse("");
      String significance = m.attribute("significance").map(String::strip).orElse("");
      if (!(vocabulary.equals("99") && uri.equals(MARKER_URI))) {
        log.add(
            IatiProblemCode.NOT_IMPORTED,
            m,
            "policy marker of vocabulary "
                + ImportTexts.quote(vocabulary)
                + " code "
                + ImportTexts.quote(code)
                + " is not imported (only the UN INFO markers of "
                + MARKER_URI
                + " are)");
        continue;
      }
      Optional<Marker> marker = Optional.empty();
      for (int i = 0; i < MARKERS.length; i++) {
        if (MARKER_CODES[i].equals(significance)) {
          marker = Optional.of(MARKERS[i]);
        }
      }
      if (marker.isEmpty()) {
        log.addAttribute(
            IatiProblemCode.UNKNOWN_CODE,
            m,
            "significance",
            "marker significance " + ImportTexts.quote(significance) + " is not 0–3; not imported");
        continue;
      }
      switch (code) {
        case "GEM" -> b.genderEqualityMarker(marker.get());
        case "HRM" -> b.humanRightsMarker(marker.get());
        case "SPM" -> b.sustainingPeaceMarker(marker.get());
        default ->
            log.addAttribute(
                IatiProblemCode.UNKNOWN_CODE,
                m,
                "code",
                "marker code " + ImportTexts.quote(code) + " is not GEM, HRM or SPM; not imported");
      }
    }
  }

  private void locations(ActivityNode a, SubOutput.Builder b) {
    Set<Location> scope = new LinkedHashSet<>();
    for (ActivityNode l : a.children("location")) {
      Optional<String> name = context.name(l.child("name"), l, "location name");
      if (name.isEmpty()) {
        if (ActivityContext.hasContent(l)) {
          log.add(IatiProblemCode.NOT_IMPORTED, l, "a location without a name is not imported");
        }
        continue;
      }
      LocationLevel level = LocationLevel.SUBNATIONAL;
      Optional<String> code = l.attribute("ref").map(String::strip).filter(ImportTexts::isCode);
      if (code.isPresent() && Countries.isAlpha3(code.get())) {
        level = LocationLevel.NATIONAL;
      }
      for (ActivityNode id : l.children("location-id")) {
        String c = id.attribute("code").map(String::strip).orElse("");
        if (id.attribute("vocabulary").map(String::strip).orElse("").equals("A4")
            && Countries.alpha3(c).isPresent()) {
          level = LocationLevel.NATIONAL;
          code = Countries.alpha3(c);
        } else if (ImportTexts.isCode(c) && code.isEmpty()) {
          code = Optional.of(c);
        }
      }
      Optional<String> reach = l.child("feature-designation").flatMap(f -> f.attribute("code"));
      if (reach.filter(r -> r.equals("PCLI")).isPresent()) {
        level = LocationLevel.NATIONAL;
      }
      Location.Builder lb = Location.builder().level(level).name(name.get());
      code.ifPresent(lb::code);
      if (!scope.add(lb.build())) {
        log.add(
            IatiProblemCode.DUPLICATE_ITEM,
            l,
            "location " + ImportTexts.quote(name.get()) + " repeats; kept once");
      }
    }
    b.geographicScope(scope);
  }

  private void indicators(ActivityNode a, SubOutput.Builder b, String code, String title) {
    IndicatorMapper mapper = new IndicatorMapper(context, log);
    int i = 0;
    for (ActivityNode r : a.children("result")) {
      i++;
      context.notImportedElements(r, Set.of("title", "indicator"));
      context
          .name(r.child("title"), r, "result title")
          .filter(t -> !t.equals(title))
          .ifPresent(
              t ->
                  log.add(
                      IatiProblemCode.NOT_IMPORTED,
                      r.child("title").get(),
                      "result title "
                          + ImportTexts.quote(t)
                          + " is not imported (its indicators are)"));
      int j = 0;
      for (ActivityNode ind : r.children("indicator")) {
        j++;
        try {
          mapper.map(ind, code + "-R" + i + "-I" + j).ifPresent(b::addIndicator);
        } catch (IllegalArgumentException | IllegalStateException e) {
          log.add(
              IatiProblemCode.INVALID_ENTRY,
              ind,
              "the indicator's values do not form a valid indicator ("
                  + e.getMessage()
                  + "); not imported");
        }
      }
      if (j == 0) {
        log.add(
            IatiProblemCode.MISSING, r, "the result has no indicator; nothing imported from it");
      }
    }
    List<Indicator> none = List.of();
    if (i == 0) {
      b.addAllIndicators(none);
    }
  }

  private void money(ActivityNode a, ActivityDraft draft) {
    for (ActivityNode budget : a.children("budget")) {
      String type = budget.attribute("type").map(String::strip).orElse("");
      MoneyItem.Kind kind;
      if (type.equals("2")) {
        kind = MoneyItem.Kind.REVISED_BUDGET;
      } else if (type.equals("1")) {
        kind = MoneyItem.Kind.ORIGINAL_BUDGET;
      } else {
        log.addAttribute(
            IatiProblemCode.MISSING,
            budget,
            "type",
            "budget "
                + (type.isEmpty() ? "without a type" : "of unknown type " + ImportTexts.quote(type))
                + "; read as original (type 1)");
        kind = MoneyItem.Kind.ORIGINAL_BUDGET;
      }
      Optional<LocalDate> start =
          budget.child("period-start").flatMap(s -> context.date(s, "iso-date"));
      Optional<LocalDate> end =
          budget.child("period-end").flatMap(s -> context.date(s, "iso-date"));
      if (start.isEmpty()) {
        log.add(
            IatiProblemCode.MISSING, budget, "budget without a valid period-start; not imported");
        continue;
      }
      if (end.isPresent() && end.get().getYear() != start.get().getYear()) {
        log.add(
            IatiProblemCode.BUDGET_SPANS_YEARS,
            budget,
            "budget period "
                + start.get()
                + "–"
                + end.get()
                + " spans years; counted in "
                + start.get().getYear());
      }
      item(budget, kind, start.get().getYear(), draft);
    }
    for (ActivityNode t : a.children("transaction")) {
      String type =
          t.child("transaction-type")
              .flatMap(n -> n.attribute("code"))
              .map(String::strip)
              .orElse("");
      MoneyItem.Kind kind =
          switch (type) {
            case "11" -> MoneyItem.Kind.INCOMING_COMMITMENT;
            case "1" -> MoneyItem.Kind.INCOMING_FUNDS;
            case "4" -> MoneyItem.Kind.EXPENDITURE;
            default -> null;
          };
      if (kind == null) {
        String amount = t.child("value").map(v -> v.text().strip()).orElse("");
        log.add(
            IatiProblemCode.TRANSACTION_NOT_IMPORTED,
            t,
            "transaction of type "
                + ImportTexts.quote(type)
                + " ("
                + amount
                + ") is not imported: only types 11, 1 and 4 are");
        continue;
      }
      Optional<LocalDate> date =
          t.child("transaction-date")
              .flatMap(d -> context.date(d, "iso-date"))
              .or(() -> t.child("value").flatMap(v -> context.date(v, "value-date")));
      if (date.isEmpty()) {
        log.add(IatiProblemCode.MISSING, t, "transaction without a valid date; not imported");
        continue;
      }
      item(t, kind, date.get().getYear(), draft);
    }
  }

  private void item(ActivityNode owner, MoneyItem.Kind kind, int year, ActivityDraft draft) {
    Optional<ActivityNode> value = owner.child("value");
    if (value.isEmpty()) {
      log.add(IatiProblemCode.BAD_AMOUNT, owner, owner.name + " without a value; not imported");
      return;
    }
    ActivityNode v = value.get();
    String text = v.text().strip();
    Optional<BigDecimal> amount = IndicatorMapper.number(text);
    if (amount.isEmpty() || amount.get().scale() > 4) {
      log.add(
          IatiProblemCode.BAD_AMOUNT,
          v,
          owner.name
              + " value "
              + ImportTexts.quote(text)
              + " is not an amount with at most 4 decimals below 10^15; not imported");
      return;
    }
    Optional<String> currency =
        v.attribute("currency")
            .map(String::strip)
            .filter(s -> !s.isEmpty())
            .or(() -> draft.defaultCurrency);
    if (currency.isEmpty()) {
      log.add(
          IatiProblemCode.MISSING,
          v,
          owner.name + " value without a currency and no default-currency; not imported");
      return;
    }
    draft.money.add(new MoneyItem(kind, year, amount.get(), currency.get(), v.place()));
  }
}
