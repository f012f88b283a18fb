package org.unsdcf.core.units;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import javax.measure.Unit;
import javax.measure.UnitConverter;
import org.unsdcf.core.internal.Checks;
import tech.units.indriya.function.RationalNumber;

/**
 * The exact conversion factor between every two units of one kind, computed once from Indriya's
 * converters when first needed (design.md §11, "Unit factors").
 *
 * <p>Indriya converts {@link RationalNumber#ONE} exactly: the result is the factor as a {@code
 * RationalNumber}, or narrowed to an integer type when it is whole. Anything else (a {@code double}
 * from an inexact converter) would lose exactness and is reported as a bug.
 */
final class UnitFactors {
  private static final IndicatorUnit[] UNITS = IndicatorUnit.values();
  private static final Factor[][] TABLE = build();

  private UnitFactors() {}

  /**
   * Gets the factor from one unit to another of the same kind.
   *
   * @throws UnitMismatchException if the kinds differ
   */
  static Factor between(IndicatorUnit from, IndicatorUnit to) {
    Factor factor = TABLE[from.ordinal()][to.ordinal()];
    if (factor == null) {
      throw new UnitMismatchException(to, from);
    }
    return factor;
  }

  private static Factor[][] build() {
    Factor[][] table = new Factor[UNITS.length][UNITS.length];
    for (IndicatorUnit from : UNITS) {
      for (IndicatorUnit to : UNITS) {
        if (from.kind() == to.kind()) {
          table[from.ordinal()][to.ordinal()] =
              Factor.of(rational(converter(from.unit(), to.unit())));
        }
      }
    }
    return table;
  }

  // The catalogue pairs only units of one kind, whose Indriya units share a dimension; the raw
  // call is the only way to ask a Unit<?> for a converter to another Unit<?>.
  @SuppressWarnings({"unchecked", "rawtypes"})
  private static UnitConverter converter(Unit<?> from, Unit<?> to) {
    return ((Unit) from).getConverterTo((Unit) to);
  }

  private static BigInteger[] rational(UnitConverter converter) {
    Number n = converter.convert(RationalNumber.ONE);
    if (n instanceof RationalNumber r) {
      return new BigInteger[] {r.getDividend(), r.getDivisor()};
    }
    if (n instanceof BigInteger i) {
      return new BigInteger[] {i, BigInteger.ONE};
    }
    if (n instanceof Integer || n instanceof Long || n instanceof Short || n instanceof Byte) {
      return new BigInteger[] {BigInteger.valueOf(n.longValue()), BigInteger.ONE};
    }
    if (n instanceof BigDecimal d) {
      return d.scale() <= 0
          ? new BigInteger[] {d.toBigIntegerExact(), BigInteger.ONE}
          : new BigInteger[] {d.unscaledValue(), BigInteger.TEN.pow(d.scale())};
    }
    throw new AssertionError(
        "unsdcf bug: Indriya converter " + converter + " gave an inexact factor " + n);
  }

  /**
   * An exact factor p/q (q > 0) and its decimal value.
   *
   * @param numerator p
   * @param denominator q
   * @param decimal p/q, exact when it terminates, else rounded to DECIMAL128; normalised
   */
  record Factor(BigDecimal numerator, BigDecimal denominator, BigDecimal decimal) {
    static Factor of(BigInteger[] pq) {
      BigDecimal p = new BigDecimal(pq[0]);
      BigDecimal q = new BigDecimal(pq[1]);
      if (q.signum() <= 0) {
        throw new AssertionError("unsdcf bug: factor " + p + "/" + q + " has no positive divisor");
      }
      return new Factor(p, q, Checks.normalise(p.divide(q, MathContext.DECIMAL128)));
    }

    /** Converts {@code value × p ÷ q} under DECIMAL128, with one division. */
    BigDecimal apply(BigDecimal value) {
      return value.multiply(numerator).divide(denominator, MathContext.DECIMAL128);
    }
  }
}
