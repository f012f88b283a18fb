package org.unsdcf.testkit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import org.assertj.core.api.AbstractAssert;
import org.unsdcf.core.model.ProgressStatus;
import org.unsdcf.core.model.ResultLevel;
import org.unsdcf.core.rollup.IndicatorProgress;
import org.unsdcf.core.rollup.OpenSdgResult;
import org.unsdcf.core.rollup.OpenSdgStatus;
import org.unsdcf.core.rollup.ProgressReason;

/**
 * Assertions on the progress of one indicator ({@link IndicatorProgress}). Obtain one with {@link
 * UnsdcfAssertions#assertThat(IndicatorProgress)} or {@link RollupAssert#indicator(String)}.
 *
 * <pre>{@code
 * assertThat(report).indicator("OC1.1-I1")
 *     .hasStatus(ProgressStatus.ON_TRACK)
 *     .hasAchievement("0.25").hasExpected("0.1829").hasPace("1.3668");
 * assertThat(report).indicator("1.1.1.01-I1").hasReason(ProgressReason.NO_BASELINE).hasNoAchievement();
 * assertThat(report).indicator("OC1.1-I1")
 *     .hasOpenSdgStatus(OpenSdgStatus.SUBSTANTIAL_PROGRESS).hasOpenSdgScore("5");
 * }</pre>
 *
 * <p>Derived numbers (achievement, capped achievement, expected, pace, capped pace) given with at
 * most four decimals are compared with the actual rounded to scale 4, HALF_EVEN, as the JSON writer
 * rounds it ({@code hasPace("1.3668")} holds for 1.36678…); given with more decimals they must be
 * equal by {@code compareTo}. Baseline, target, actual and weight are compared exactly by {@code
 * compareTo}, except that an actual from a division (a ratio, a converted value) follows the
 * derived rule. A failure names the indicator: {@code Expecting indicator OC1.1-I1 to have
 * achievement 0.3, but was 0.25}.
 */
public final class ProgressAssert extends AbstractAssert<ProgressAssert, IndicatorProgress> {
  ProgressAssert(IndicatorProgress actual) {
    super(actual, ProgressAssert.class);
  }

  /**
   * Verifies the status.
   *
   * @param status the expected status
   * @return this assertion
   */
  public ProgressAssert hasStatus(ProgressStatus status) {
    Objects.requireNonNull(status, "status");
    if (subject().status() != status) {
      failWithMessage(
          "Expecting indicator %s to have status %s, but was %s%s",
          actual.code(),
          status,
          actual.status(),
          actual.reason().map(r -> " (" + r + ")").orElse(""));
    }
    return this;
  }

  /**
   * Verifies why the indicator is NO_DATA or NOT_APPLICABLE.
   *
   * @param reason the expected reason
   * @return this assertion
   */
  public ProgressAssert hasReason(ProgressReason reason) {
    Objects.requireNonNull(reason, "reason");
    if (!subject().reason().equals(Optional.of(reason))) {
      failWithMessage(
          "Expecting indicator %s to have reason %s, but was %s (status %s)",
          actual.code(), reason, actual.reason().map(Enum::name).orElse("absent"), actual.status());
    }
    return this;
  }

  /**
   * Verifies that the indicator has no reason, i.e. an assessed status.
   *
   * @return this assertion
   */
  public ProgressAssert hasNoReason() {
    if (subject().reason().isPresent()) {
      failWithMessage(
          "Expecting indicator %s to have no reason, but was %s (status %s)",
          actual.code(), actual.reason().get(), actual.status());
    }
    return this;
  }

  /**
   * Verifies the level of the indicator's owner.
   *
   * @param level OUTCOME, OUTPUT or SUB_OUTPUT
   * @return this assertion
   */
  public ProgressAssert hasLevel(ResultLevel level) {
    Objects.requireNonNull(level, "level");
    if (subject().level() != level) {
      failWithMessage(
          "Expecting indicator %s to have level %s, but was %s",
          actual.code(), level, actual.level());
    }
    return this;
  }

  /**
   * Verifies the code of the indicator's owner.
   *
   * @param owner an outcome, output or sub-output code
   * @return this assertion
   */
  public ProgressAssert hasOwner(String owner) {
    Objects.requireNonNull(owner, "owner");
    if (!subject().owner().equals(owner)) {
      failWithMessage(
          "Expecting indicator %s to have owner %s, but was %s",
          actual.code(), owner, actual.owner());
    }
    return this;
  }

  /**
   * Verifies the raw achievement {@code (a - b) / (t - b)}.
   *
   * @param expected the achievement, e.g. {@code "0.25"}
   * @return this assertion
   * @throws IllegalArgumentException if {@code expected} is not a number
   */
  public ProgressAssert hasAchievement(String expected) {
    return ratio("achievement", expected, subject().achievement());
  }

  /**
   * Verifies that the indicator has no achievement (not numeric, or not assessed).
   *
   * @return this assertion
   */
  public ProgressAssert hasNoAchievement() {
    return absent("achievement", subject().achievement());
  }

  /**
   * Verifies the achievement clamped to [0, 1].
   *
   * @param expected the capped achievement
   * @return this assertion
   * @throws IllegalArgumentException if {@code expected} is not a number
   */
  public ProgressAssert hasCappedAchievement(String expected) {
    return ratio("capped achievement", expected, subject().cappedAchievement());
  }

  /**
   * Verifies the expected share of the way at the actual's date.
   *
   * @param expected the expected achievement, e.g. {@code "0.1829"}
   * @return this assertion
   * @throws IllegalArgumentException if {@code expected} is not a number
   */
  public ProgressAssert hasExpected(String expected) {
    return ratio("expected", expected, subject().expected());
  }

  /**
   * Verifies the pace.
   *
   * @param expected the pace, e.g. {@code "1.3668"}
   * @return this assertion
   * @throws IllegalArgumentException if {@code expected} is not a number
   */
  public ProgressAssert hasPace(String expected) {
    return ratio("pace", expected, subject().pace());
  }

  /**
   * Verifies that the indicator has no pace (and so no expected achievement).
   *
   * @return this assertion
   */
  public ProgressAssert hasNoPace() {
    return absent("pace", subject().pace());
  }

  /**
   * Verifies the pace clamped to [0, 1].
   *
   * @param expected the capped pace
   * @return this assertion
   * @throws IllegalArgumentException if {@code expected} is not a number
   */
  public ProgressAssert hasCappedPace(String expected) {
    return ratio("capped pace", expected, subject().cappedPace());
  }

  /**
   * Verifies the baseline in the indicator's unit, exactly.
   *
   * @param expected the baseline
   * @return this assertion
   * @throws IllegalArgumentException if {@code expected} is not a number
   */
  public ProgressAssert hasBaseline(String expected) {
    return exact("baseline", expected, subject().baseline());
  }

  /**
   * Verifies the final target in the indicator's unit, exactly.
   *
   * @param expected the target
   * @return this assertion
   * @throws IllegalArgumentException if {@code expected} is not a number
   */
  public ProgressAssert hasTarget(String expected) {
    return exact("target", expected, subject().target());
  }

  /**
   * Verifies the actual in the indicator's unit; rounded like a derived number when given with at
   * most four decimals, as a ratio actual comes from a division.
   *
   * @param expected the actual
   * @return this assertion
   * @throws IllegalArgumentException if {@code expected} is not a number
   */
  public ProgressAssert hasActual(String expected) {
    return ratio("actual", expected, subject().actual());
  }

  /**
   * Verifies that no actual could be taken.
   *
   * @return this assertion
   */
  public ProgressAssert hasNoActual() {
    return absent("actual", subject().actual());
  }

  /**
   * Verifies the date of the actual.
   *
   * @param expected the latest {@code period.end} used
   * @return this assertion
   */
  public ProgressAssert hasActualDate(LocalDate expected) {
    Objects.requireNonNull(expected, "expected");
    if (!subject().actualDate().equals(Optional.of(expected))) {
      failWithMessage(
          "Expecting indicator %s to have actual date %s, but was %s",
          actual.code(), expected, actual.actualDate().map(LocalDate::toString).orElse("absent"));
    }
    return this;
  }

  /**
   * Verifies the weight, exactly.
   *
   * @param expected the weight
   * @return this assertion
   * @throws IllegalArgumentException if {@code expected} is not a number
   */
  public ProgressAssert hasWeight(String expected) {
    return exact("weight", expected, Optional.of(subject().weight()));
  }

  /**
   * Verifies the status of Open SDG's progress measure (design.md §16).
   *
   * @param status the expected status
   * @return this assertion
   */
  public ProgressAssert hasOpenSdgStatus(OpenSdgStatus status) {
    Objects.requireNonNull(status, "status");
    Optional<OpenSdgResult> found = subject().openSdg();
    if (found.isEmpty() || found.get().status() != status) {
      failWithMessage(
          "Expecting indicator %s to have Open SDG status %s, but was %s",
          actual.code(),
          status,
          found.map(r -> r.status().name()).orElse("absent (no Open SDG result)"));
    }
    return this;
  }

  /**
   * Verifies the Open SDG score, from −5 to 5 (four decimals or fewer: rounded as JSON writes it).
   *
   * @param expected the score, e.g. {@code "2.2576"}
   * @return this assertion
   * @throws IllegalArgumentException if {@code expected} is not a number
   */
  public ProgressAssert hasOpenSdgScore(String expected) {
    return real(
        "Open SDG score",
        expected,
        subject().openSdg().map(OpenSdgResult::score).orElse(OptionalDouble.empty()));
  }

  /**
   * Verifies the Open SDG progress value (four decimals or fewer: rounded as JSON writes it).
   *
   * @param expected the progress value, e.g. {@code "0.9161"}
   * @return this assertion
   * @throws IllegalArgumentException if {@code expected} is not a number
   */
  public ProgressAssert hasOpenSdgProgressValue(String expected) {
    return real(
        "Open SDG progress value",
        expected,
        subject().openSdg().map(OpenSdgResult::progressValue).orElse(OptionalDouble.empty()));
  }

  /**
   * Verifies that the indicator has no Open SDG result (qualitative or nominal, MAINTAIN or no
   * direction, no baseline, no actual, an unconvertible unit).
   *
   * @return this assertion
   */
  public ProgressAssert hasNoOpenSdg() {
    Optional<OpenSdgResult> found = subject().openSdg();
    if (found.isPresent()) {
      failWithMessage(
          "Expecting indicator %s to have no Open SDG result, but was %s",
          actual.code(), found.get());
    }
    return this;
  }

  private ProgressAssert real(String what, String expected, OptionalDouble found) {
    BigDecimal e = Decimals.parse(expected);
    if (!Decimals.realMatches(found, e)) {
      failWithMessage(
          "Expecting indicator %s to have %s %s, but was %s",
          actual.code(), what, expected, Decimals.showReal(found, e));
    }
    return this;
  }

  private ProgressAssert ratio(String what, String expected, Optional<BigDecimal> found) {
    BigDecimal e = Decimals.parse(expected);
    if (!Decimals.ratioMatches(found, e)) {
      failWithMessage(
          "Expecting indicator %s to have %s %s, but was %s",
          actual.code(), what, expected, Decimals.showRatio(found, e));
    }
    return this;
  }

  private ProgressAssert exact(String what, String expected, Optional<BigDecimal> found) {
    BigDecimal e = Decimals.parse(expected);
    if (found.isEmpty() || found.get().compareTo(e) != 0) {
      failWithMessage(
          "Expecting indicator %s to have %s %s, but was %s",
          actual.code(), what, expected, found.map(Decimals::plain).orElse("absent"));
    }
    return this;
  }

  private ProgressAssert absent(String what, Optional<BigDecimal> found) {
    if (found.isPresent()) {
      failWithMessage(
          "Expecting indicator %s to have no %s, but was %s",
          actual.code(), what, Decimals.showRatio(found));
    }
    return this;
  }

  private IndicatorProgress subject() {
    isNotNull();
    return actual;
  }
}
