package org.unsdcf.testkit.gen;

import static org.unsdcf.testkit.gen.FaultKit.MAX_YEAR;
import static org.unsdcf.testkit.gen.FaultKit.bumped;
import static org.unsdcf.testkit.gen.FaultKit.current;
import static org.unsdcf.testkit.gen.FaultKit.hasPartnerlessFunds;
import static org.unsdcf.testkit.gen.FaultKit.plusOne;

import java.math.BigDecimal;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.unsdcf.core.model.FundingLine;
import org.unsdcf.core.model.Money;
import org.unsdcf.core.model.SubOutput;
import org.unsdcf.core.model.YearRange;
import org.unsdcf.testkit.gen.FaultKit.Mutator;
import org.unsdcf.testkit.gen.Places.SubPlace;

/**
 * The single-fault mutations of the FIN rules (funding lines and money) for {@link SingleFaults}.
 */
final class FinanceFaults {
  private static final List<String> CURRENCIES = List.of("USD", "EUR", "KGS", "KZT", "XOF", "CHF");

  private FinanceFaults() {}

  /** Puts this category's mutations into the catalogue under construction. */
  static void register(Map<String, Mutator> m) {
    m.put(
        "FIN-001",
        c ->
            c.pick(
                    Places.lines(c.plan()),
                    lp ->
                        inCurrency(lp.line(), c.plan().currency())
                            && lp.line().contributingPartner().isPresent())
                .flatMap(
                    lp -> {
                      Optional<BigDecimal> more = plusOne(lp.line().required().amount());
                      if (more.isEmpty()) {
                        return Optional.empty();
                      }
                      return c.fault(
                          lp.put()
                              .apply(
                                  lp.line()
                                      .withAvailable(Money.of(more.get(), c.plan().currency()))),
                          lp.path() + "/available");
                    }));
    m.put(
        "FIN-002",
        c ->
            c.pick(Places.lines(c.plan()), lp -> inCurrency(lp.line(), c.plan().currency()))
                .flatMap(
                    lp -> {
                      Optional<BigDecimal> more = plusOne(lp.line().available().amount());
                      if (more.isEmpty()) {
                        return Optional.empty();
                      }
                      return c.fault(
                          lp.put()
                              .apply(
                                  lp.line()
                                      .withExpenditure(Money.of(more.get(), c.plan().currency()))),
                          lp.path() + "/expenditure");
                    }));
    m.put(
        "FIN-003",
        c ->
            c.pick(
                    Places.lines(c.plan()),
                    lp ->
                        inCurrency(lp.line(), c.plan().currency())
                            && (lp.owner().sub().contributingPartners().isEmpty()
                                || !lp.owner().current())
                            && !hasPartnerlessFunds(lp.owner().sub(), lp.line())
                            && lp.owner().sub().funding().stream()
                                .noneMatch(
                                    o ->
                                        o != lp.line()
                                            && o.year().equals(lp.line().year())
                                            && o.agency().equals(lp.line().agency())
                                            && o.contributingPartner().isEmpty()))
                .flatMap(
                    lp -> {
                      // Since design §13, FIN-003 needs the entry to name no partner either; an
                      // entry of a superseded JWP may lose its partners without TAG-003.
                      FundingLine line = lp.line().withContributingPartner(Optional.empty());
                      if (line.available().amount().signum() == 0) {
                        line = line.withAvailable(Money.of(1, c.plan().currency()));
                      }
                      SubOutput sub = lp.owner().sub();
                      int index =
                          Integer.parseInt(lp.path().substring(lp.path().lastIndexOf('/') + 1));
                      List<FundingLine> lines = Places.replace(sub.funding(), index, line);
                      return c.fault(
                          lp.owner()
                              .put()
                              .apply(sub.withContributingPartners(List.of()).withFunding(lines)),
                          lp.path() + "/contributingPartner");
                    }));
    m.put(
        "FIN-004",
        c ->
            c.pick(
                    Places.lines(c.plan()),
                    lp ->
                        inCurrency(lp.line(), c.plan().currency())
                            && (lp.line().contributingPartner().isPresent()
                                || lp.line().available().amount().signum() == 0)
                            && lp.owner().sub().agencies().contains(lp.line().agency())
                            && lp.owner().jwp().period().contains(lp.line().year()))
                .flatMap(
                    lp -> {
                      FundingLine line = lp.line();
                      FundingLine again =
                          line.withRequired(
                              Money.of(bumped(line.required().amount()), c.plan().currency()));
                      SubOutput sub = lp.owner().sub();
                      return c.fault(
                          lp.owner()
                              .put()
                              .apply(sub.withFunding(Places.append(sub.funding(), again))),
                          lp.owner().path() + "/funding/" + sub.funding().size());
                    }));
    m.put(
        "FIN-005",
        c ->
            c.pick(Places.lines(c.plan()))
                .flatMap(
                    lp ->
                        c.fault(
                            lp.put()
                                .apply(
                                    lp.line()
                                        .withAgency(c.entityNotIn(lp.owner().sub().agencies()))),
                            lp.path() + "/agency")));
    m.put(
        "FIN-006",
        c ->
            c.pick(Places.lines(c.plan()))
                .flatMap(
                    lp -> {
                      List<String> others =
                          CURRENCIES.stream()
                              .filter(x -> !x.equals(c.plan().currency()))
                              .collect(Collectors.toList());
                      String other = others.get(c.random().nextInt(others.size()));
                      Money required = Money.of(lp.line().required().amount(), other);
                      return c.fault(
                          lp.put().apply(lp.line().withRequired(required)),
                          lp.path() + "/required/currency");
                    }));
    m.put(
        "FIN-007",
        c ->
            c.pick(current(c), so -> !fundedYears(so).isEmpty())
                .flatMap(
                    so -> {
                      List<Integer> years = fundedYears(so);
                      int year = years.get(c.random().nextInt(years.size()));
                      List<FundingLine> kept =
                          so.sub().funding().stream()
                              .filter(l -> l.year().getValue() != year)
                              .collect(Collectors.toList());
                      return c.fault(
                          so.put().apply(so.sub().withFunding(kept)), so.path() + "/funding");
                    }));
    m.put(
        "FIN-008",
        c -> {
          int after = c.asOf().getYear() + 1;
          return c.pick(
                  Places.lines(c.plan()),
                  lp ->
                      lp.line().year().getValue() >= after
                          || (after <= MAX_YEAR
                              && lp.owner().jwp().period().contains(Year.of(after))
                              && lp.owner().sub().funding().stream()
                                  .noneMatch(
                                      o ->
                                          o.year().getValue() == after
                                              && o.agency().equals(lp.line().agency())
                                              && partner(o).equals(partner(lp.line())))))
              .flatMap(
                  lp -> {
                    FundingLine line = lp.line();
                    if (line.year().getValue() < after) {
                      line = line.withYear(Year.of(after));
                    }
                    return c.fault(
                        lp.put().apply(line.withExpenditure(Money.of(1, c.plan().currency()))),
                        lp.path() + "/expenditure");
                  });
        });
  }

  private static boolean inCurrency(FundingLine line, String currency) {
    return line.required().currency().equals(currency)
        && line.available().currency().equals(currency)
        && line.expenditure().map(e -> e.currency().equals(currency)).orElse(true);
  }

  private static String partner(FundingLine line) {
    return line.contributingPartner().map(p -> p.name()).orElse("");
  }

  /** The years of (sub-output dates ∩ JWP period) that have a funding line. */
  private static List<Integer> fundedYears(SubPlace so) {
    List<Integer> years = new ArrayList<>();
    YearRange period = so.jwp().period();
    for (int y = so.sub().start().getYear(); y <= so.sub().end().getYear(); y++) {
      int year = y;
      if (period.contains(Year.of(y))
          && so.sub().funding().stream().anyMatch(l -> l.year().getValue() == year)) {
        years.add(y);
      }
    }
    return years;
  }
}
