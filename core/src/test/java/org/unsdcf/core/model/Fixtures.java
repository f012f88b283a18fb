package org.unsdcf.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.unsdcf.core.units.IndicatorUnit;

/** Minimal valid instances of the model and the invariant assertion shared by the model tests. */
final class Fixtures {
  static final LocalDate JAN_1_2023 = LocalDate.of(2023, 1, 1);
  static final LocalDate DEC_31_2023 = LocalDate.of(2023, 12, 31);

  private Fixtures() {}

  /**
   * Asserts that the call throws {@link InvariantViolationException} with exactly this type, field,
   * value and reason, and the message {@code "<Type>.<field>: <reason>, but was '<value>'"}.
   */
  static void assertViolation(
      ThrowingCallable call, String type, String field, String value, String reason) {
    assertThatThrownBy(call)
        .isInstanceOfSatisfying(
            InvariantViolationException.class,
            e -> {
              assertThat(e.type()).as("type").isEqualTo(type);
              assertThat(e.field()).as("field").isEqualTo(field);
              assertThat(e.value()).as("value").isEqualTo(value);
              assertThat(e.reason()).as("reason").isEqualTo(reason);
              assertThat(e.getMessage())
                  .as("message")
                  .isEqualTo(type + "." + field + ": " + reason + ", but was '" + value + "'");
            });
  }

  /** Asserts that the call throws {@link InvariantViolationException} at this type and field. */
  static void assertViolationAt(ThrowingCallable call, String type, String field) {
    assertThatThrownBy(call)
        .isInstanceOfSatisfying(
            InvariantViolationException.class,
            e -> {
              assertThat(e.type()).as("type").isEqualTo(type);
              assertThat(e.field()).as("field").isEqualTo(field);
              assertThat(e.getMessage())
                  .as("message")
                  .isEqualTo(
                      type + "." + field + ": " + e.reason() + ", but was '" + e.value() + "'");
            });
  }

  /** A count indicator summed per period. */
  static Indicator.Builder countIndicator() {
    return Indicator.builder()
        .code("OC1.1")
        .title("Number of people reached")
        .measure(Measure.UNIT)
        .unit(IndicatorUnit.COUNT)
        .accumulation(Accumulation.PER_PERIOD);
  }

  /** A percentage indicator, a level. */
  static Indicator.Builder percentageIndicator() {
    return Indicator.builder()
        .code("OC1.2")
        .title("Share of girls enrolled")
        .measure(Measure.PERCENTAGE)
        .unit(IndicatorUnit.PERCENT)
        .accumulation(Accumulation.LEVEL);
  }

  /** An indicator of the given measure with no unit (NOMINAL, ORDINAL or QUALITATIVE). */
  static Indicator.Builder unitlessIndicator(Measure measure) {
    return Indicator.builder().code("OC1.3").title("Legal framework in place").measure(measure);
  }

  /** A sub-output led by UNDP over 2023. */
  static SubOutput.Builder subOutput() {
    return SubOutput.builder()
        .code("1.1.1")
        .title("Capacity of local governments strengthened")
        .outputCode("1.1")
        .leadEntity("UNDP")
        .addAgency("UNDP")
        .status(ImplementationStatus.IMPLEMENTATION)
        .start(JAN_1_2023)
        .end(DEC_31_2023);
  }

  /** A JWP for 2023-2024 in the given status, endorsed on 2023-03-01 if the status needs it. */
  static JointWorkPlan jointWorkPlan(String code, JwpStatus status) {
    JointWorkPlan.Builder b =
        JointWorkPlan.builder()
            .code(code)
            .title("Results Group 1 joint work plan")
            .period(YearRange.of(2023, 2024))
            .status(status)
            .version(1);
    if (status.isEndorsed()) {
      b.endorsement(Endorsement.of(LocalDate.of(2023, 3, 1)));
    }
    return b.build();
  }

  /** A Kyrgyz framework 2023-2027 in USD with nothing in it. */
  static CooperationFramework.Builder framework() {
    return CooperationFramework.builder()
        .code("KGZ-2023-2027")
        .title("UNSDCF Kyrgyz Republic 2023-2027")
        .addCountry("KGZ")
        .period(YearRange.of(2023, 2027))
        .currency("USD");
  }
}
