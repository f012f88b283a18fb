package org.unsdcf.iati;

import java.math.BigDecimal;
import java.time.Year;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.unsdcf.core.model.FundingLine;
import org.unsdcf.core.model.Money;
import org.unsdcf.core.model.SubOutput;

/**
 * Collects the mapped activities of one document and, at its end, settles what needs the whole
 * file: the currency, which activities are parents of others, the funding lines (revised budget
 * over original per year, commitments over incoming funds, expenditure) and the entries.
 */
final class ImportAssembler implements ActivityStreamReader.Sink {
  private static final int MAX_PROBLEMS = 10_000;
  private static final String FALLBACK_CURRENCY = "USD";
  private static final BigDecimal MONEY_LIMIT = BigDecimal.TEN.pow(15);

  private final Optional<String> currency;
  private final ProblemLog log = new ProblemLog(MAX_PROBLEMS);
  private final String language;
  private final AgencyResolver agencies;
  private final List<ActivityDraft> drafts = new ArrayList<>();
  private ActivityNode root;
  private int activities;

  ImportAssembler(Optional<String> currency, String language, AgencyResolver agencies) {
    this.currency = currency;
    this.language = language;
    this.agencies = agencies;
  }

  @Override
  public void root(ActivityNode node) {
    root = node;
    Optional<String> version = node.attribute("version").map(String::strip);
    if (version.isEmpty()) {
      log.addAttribute(
          IatiProblemCode.MISSING, node, "version", "iati-activities has no version; read as 2.03");
    } else if (!version.get().startsWith("2.")) {
      log.addAttribute(
          IatiProblemCode.UNKNOWN_CODE,
          node,
          "version",
          "IATI version " + ImportTexts.quote(version.get()) + " is not 2.0x; read as 2.03");
    }
    if (!node.foreignAttributes.isEmpty()) {
      log.add(
          IatiProblemCode.FOREIGN_ATTRIBUTE,
          node,
          "attributes of other namespaces are not imported: "
              + String.join(", ", node.foreignAttributes));
    }
  }

  @Override
  public void child(ActivityNode node) {
    if (node.foreign || !node.name.equals("iati-activity")) {
      if (ActivityContext.hasContent(node)) {
        log.add(
            IatiProblemCode.NOT_IMPORTED,
            node,
            "element " + node.name + " of iati-activities is not imported");
      }
      return;
    }
    activities++;
    new ActivityMapper(new ActivityContext(log, language), agencies)
        .map(node)
        .ifPresent(drafts::add);
  }

  IatiImport finish() {
    String plan = currency.orElseGet(this::mainCurrency);
    Set<String> identifiers = new HashSet<>();
    Set<String> parents = new HashSet<>();
    for (ActivityDraft d : drafts) {
      identifiers.add(d.identifier);
      d.parent.ifPresent(parents::add);
    }
    List<SubOutput> entries = new ArrayList<>();
    Set<String> countries = new LinkedHashSet<>();
    for (ActivityDraft d : drafts) {
      countries.addAll(d.countries);
      if (parents.contains(d.identifier)) {
        log.add(
            IatiProblemCode.PARENT_ACTIVITY,
            d.node,
            "activity "
                + ImportTexts.quote(d.identifier)
                + " is the parent of other activities of this file: not an entry, its results and money are not imported");
        continue;
      }
      d.entry.funding(funding(d, plan));
      d.entry.outputCode(d.outputLink.orElse(IatiImport.UNLINKED));
      try {
        entries.add(d.entry.build());
      } catch (IllegalArgumentException | IllegalStateException e) {
        log.add(
            IatiProblemCode.INVALID_ENTRY,
            d.node,
            "the activity's values do not form a valid entry ("
                + e.getMessage()
                + "); not imported");
      }
    }
    return new IatiImport(
        entries,
        log.sorted(),
        activities,
        plan,
        List.copyOf(countries),
        root == null ? 1 : root.line,
        root == null ? 1 : root.column);
  }

  private String mainCurrency() {
    Map<String, Integer> counts = new TreeMap<>();
    for (ActivityDraft d : drafts) {
      d.defaultCurrency.ifPresent(c -> counts.merge(c, 1, Integer::sum));
    }
    if (counts.isEmpty()) {
      for (ActivityDraft d : drafts) {
        for (MoneyItem m : d.money) {
          counts.merge(m.currency(), 1, Integer::sum);
        }
      }
    }
    String best = null;
    int most = 0;
    for (Map.Entry<String, Integer> e : counts.entrySet()) {
      if (e.getValue() > most) {
        best = e.getKey();
        most = e.getValue();
      }
    }
    if (best == null || !best.matches("[A-Z]{3}")) {
      if (root != null && drafts.stream().anyMatch(d -> !d.money.isEmpty())) {
        log.add(
            IatiProblemCode.MISSING,
            root,
            "no usable default-currency; money is read in " + FALLBACK_CURRENCY);
      }
      return FALLBACK_CURRENCY;
    }
    return best;
  }

  private static final class YearMoney {
    BigDecimal original;
    BigDecimal revised;
    BigDecimal commitments;
    BigDecimal funds;
    BigDecimal expenditure;
    final List<MoneyItem> originals = new ArrayList<>();
    final List<MoneyItem> fundItems = new ArrayList<>();
    final Map<MoneyItem.Kind, Place> first = new EnumMap<>(MoneyItem.Kind.class);
  }

  private List<FundingLine> funding(ActivityDraft d, String plan) {
    TreeMap<Integer, YearMoney> years = new TreeMap<>();
    for (MoneyItem m : d.money) {
      if (!m.currency().equals(plan)) {
        log.add(
            IatiProblemCode.FOREIGN_CURRENCY,
            m.node(),
            m.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
                + " of "
                + m.amount().toPlainString()
                + " "
                + m.currency()
                + " is not in the plan's currency "
                + plan
                + ": not converted, left out");
        continue;
      }
      if (m.year() < Year.of(1945).getValue() || m.year() > 2100) {
        log.add(
            IatiProblemCode.BAD_DATE,
            m.node(),
            "a value of year " + m.year() + " is outside 1945–2100; left out");
        continue;
      }
      YearMoney y = years.computeIfAbsent(m.year(), k -> new YearMoney());
      y.first.putIfAbsent(m.kind(), m.node());
      switch (m.kind()) {
        case ORIGINAL_BUDGET -> {
          y.original = add(y.original, m.amount());
          y.originals.add(m);
        }
        case REVISED_BUDGET -> y.revised = add(y.revised, m.amount());
        case INCOMING_COMMITMENT -> y.commitments = add(y.commitments, m.amount());
        case INCOMING_FUNDS -> {
          y.funds = add(y.funds, m.amount());
          y.fundItems.add(m);
        }
        case EXPENDITURE -> y.expenditure = add(y.expenditure, m.amount());
        default -> throw new AssertionError("unsdcf bug: kind " + m.kind());
      }
    }
    List<FundingLine> lines = new ArrayList<>();
    for (Map.Entry<Integer, YearMoney> e : years.entrySet()) {
      int year = e.getKey();
      YearMoney y = e.getValue();
      BigDecimal required = y.revised != null ? y.revised : y.original;
      if (y.revised != null) {
        for (MoneyItem o : y.originals) {
          log.add(
              IatiProblemCode.BUDGET_REVISED,
              o.node(),
              "original budget of "
                  + o.amount().toPlainString()
                  + " for "
                  + year
                  + " is left out: a revised budget covers the year (never both, never summed)");
        }
      }
      BigDecimal available = y.commitments != null ? y.commitments : y.funds;
      if (y.commitments != null) {
        for (MoneyItem f : y.fundItems) {
          log.add(
              IatiProblemCode.INCOMING_FUNDS_SUPERSEDED,
              f.node(),
              "incoming funds of "
                  + f.amount().toPlainString()
                  + " in "
                  + year
                  + " are left out: incoming commitments (type 11) give the year's available money");
        }
      }
      FundingLine.Builder line = FundingLine.builder().year(Year.of(year)).agency(d.leadEntity);
      line.required(
          money(
              required,
              plan,
              y.first.get(
                  y.revised != null
                      ? MoneyItem.Kind.REVISED_BUDGET
                      : MoneyItem.Kind.ORIGINAL_BUDGET),
              year,
              "required"));
      line.available(
          money(
              available,
              plan,
              y.first.get(
                  y.commitments != null
                      ? MoneyItem.Kind.INCOMING_COMMITMENT
                      : MoneyItem.Kind.INCOMING_FUNDS),
              year,
              "available"));
      if (y.expenditure != null) {
        Money spent =
            money(
                y.expenditure, plan, y.first.get(MoneyItem.Kind.EXPENDITURE), year, "expenditure");
        if (spent.amount().signum() > 0 || y.expenditure.signum() == 0) {
          line.expenditure(spent);
        }
      }
      lines.add(line.build());
    }
    return lines;
  }

  private static BigDecimal add(BigDecimal sum, BigDecimal amount) {
    return sum == null ? amount : sum.add(amount);
  }

  private Money money(BigDecimal amount, String currency, Place at, int year, String what) {
    if (amount == null) {
      return Money.of(0, currency);
    }
    if (amount.signum() < 0 || amount.abs().compareTo(MONEY_LIMIT) >= 0) {
      log.add(
          IatiProblemCode.BAD_AMOUNT,
          at,
          what
              + " of "
              + year
              + " sums to "
              + amount.toPlainString()
              + ", which a Money cannot hold; read as 0");
      return Money.of(0, currency);
    }
    return Money.of(amount, currency);
  }
}
