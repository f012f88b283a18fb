package org.unsdcf.examples;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.time.LocalDate;
import org.unsdcf.core.model.Accumulation;
import org.unsdcf.core.model.Baseline;
import org.unsdcf.core.model.ChairRole;
import org.unsdcf.core.model.CoChair;
import org.unsdcf.core.model.DisaggregationDimension;
import org.unsdcf.core.model.Endorsement;
import org.unsdcf.core.model.FundingLine;
import org.unsdcf.core.model.Indicator;
import org.unsdcf.core.model.Location;
import org.unsdcf.core.model.LocationLevel;
import org.unsdcf.core.model.Measure;
import org.unsdcf.core.model.Measurement;
import org.unsdcf.core.model.Money;
import org.unsdcf.core.model.PartnerRef;
import org.unsdcf.core.model.ReportingPeriod;
import org.unsdcf.core.model.Target;
import org.unsdcf.core.model.TargetKind;
import org.unsdcf.core.model.Value;
import org.unsdcf.core.units.IndicatorUnit;

/**
 * Small factories shared by the example plans, so that each plan reads as a list of facts rather
 * than as builder plumbing. Both example plans keep all money in US dollars.
 */
final class PlanParts {
  /** The one currency of both example plans. */
  static final String USD = "USD";

  /** The sex dimension used by disaggregated head counts: the two categories add up. */
  static final DisaggregationDimension SEX =
      DisaggregationDimension.of("sex", true, "female", "male");

  /** Funding from an agency's own core (regular) resources; UN INFO treats it as a partner. */
  static final PartnerRef CORE_RESOURCES = PartnerRef.of("Core/Regular Resources");

  // QCPR functions as UN INFO names them (help.uninfo.org, "Guidance for Applying the QCPR
  // Functions"); "Direct support" is the short name design.md's worked example uses.
  static final String QCPR_NORMATIVE_SUPPORT = "Normative Support";
  static final String QCPR_POLICY_ADVICE = "Policy Advice and Thought Leadership";
  static final String QCPR_DATA = "Data Collection and Analysis";
  static final String QCPR_CAPACITY_DEVELOPMENT = "Capacity Development/Technical Assistance";
  static final String QCPR_CONVENING = "Convening/Partnerships/Knowledge Sharing";
  static final String QCPR_DIRECT_SUPPORT = "Direct support";

  private PlanParts() {}

  /** An amount in US dollars. */
  static Money usd(long amount) {
    return Money.of(amount, USD);
  }

  /** A funding line of one agency for one year, with the partner who funds it. */
  static FundingLine funding(
      int year,
      String agency,
      PartnerRef partner,
      long required,
      long available,
      long expenditure) {
    return FundingLine.builder()
        .year(year)
        .agency(agency)
        .contributingPartner(partner)
        .required(usd(required))
        .available(usd(available))
        .expenditure(usd(expenditure))
        .build();
  }

  /** A UN co-chair of a results group serving from a date. */
  static CoChair unCoChair(String entity, LocalDate from) {
    return CoChair.builder().entity(entity).role(ChairRole.UN_CO_CHAIR).from(from).build();
  }

  /** A government co-chair of a results group serving from a date. */
  static CoChair governmentCoChair(String body, LocalDate from) {
    return CoChair.builder().entity(body).role(ChairRole.GOVERNMENT_CO_CHAIR).from(from).build();
  }

  /** An endorsement by a committee, with the public record of it. */
  static Endorsement endorsement(LocalDate date, String body, URI reference) {
    return Endorsement.builder().date(date).body(body).reference(reference).build();
  }

  /** A whole country. */
  static Location country(String iso3, String name) {
    return Location.builder().level(LocationLevel.NATIONAL).code(iso3).name(name).build();
  }

  /** A region (oblast) of a country. */
  static Location region(String name) {
    return Location.of(LocationLevel.SUBNATIONAL, name);
  }

  /** A builder for a head count (measure UNIT, unit "1") with its accumulation. */
  static Indicator.Builder headCount(String code, String title, Accumulation accumulation) {
    return Indicator.builder()
        .code(code)
        .title(title)
        .measure(Measure.UNIT)
        .unit(IndicatorUnit.COUNT)
        .accumulation(accumulation);
  }

  /** A builder for a percentage (measure PERCENTAGE, unit "%"), a level, not a sum. */
  static Indicator.Builder percentage(String code, String title) {
    return Indicator.builder()
        .code(code)
        .title(title)
        .measure(Measure.PERCENTAGE)
        .unit(IndicatorUnit.PERCENT)
        .accumulation(Accumulation.LEVEL);
  }

  /** A baseline value for a year. */
  static Baseline baseline(int year, long value) {
    return Baseline.of(year, Value.numeric(value));
  }

  /** The target for the end of the cycle. */
  static Target finalTarget(int year, long value) {
    return Target.of(year, TargetKind.FINAL, Value.numeric(value));
  }

  /** An intermediate target. */
  static Target milestone(int year, long value) {
    return Target.of(year, TargetKind.MILESTONE, Value.numeric(value));
  }

  /** A headline measurement for a calendar year. */
  static Measurement actual(int year, String value) {
    return Measurement.of(ReportingPeriod.ofYear(year), Value.numeric(value));
  }

  /** A headline measurement for a calendar year. */
  static Measurement actual(int year, long value) {
    return Measurement.of(ReportingPeriod.ofYear(year), Value.numeric(value));
  }

  /** A measurement for one category of a dimension, for a calendar year. */
  static Measurement actual(int year, String dimension, String category, long value) {
    return Measurement.builder()
        .period(ReportingPeriod.ofYear(year))
        .putDisaggregation(dimension, category)
        .value(Value.numeric(value))
        .build();
  }

  /**
   * A percentage measured as numerator of denominator for a calendar year; the value is the ratio
   * times 100, rounded to 4 decimal places as the roll-up rounds ratios.
   */
  static Measurement shareOf(int year, long numerator, long denominator) {
    BigDecimal percent =
        BigDecimal.valueOf(numerator)
            .multiply(BigDecimal.valueOf(100))
            .divide(BigDecimal.valueOf(denominator), 4, RoundingMode.HALF_EVEN);
    return Measurement.builder()
        .period(ReportingPeriod.ofYear(year))
        .value(Value.numeric(percent))
        .numerator(BigDecimal.valueOf(numerator))
        .denominator(BigDecimal.valueOf(denominator))
        .build();
  }
}
