package org.unsdcf.core.internal;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.time.Year;
import java.util.function.Predicate;
import org.unsdcf.core.model.Value;
import org.unsdcf.core.units.IndicatorUnit;

/**
 * What one value of the JSON form is: its {@link FormKind} and what that kind needs (a pattern's
 * rule and label, an integer's bounds, an enumeration, an object's type). {@code V} is the Java
 * type the readers give and the writer takes.
 *
 * @param <V> the value's Java type
 */
public class FormValue<V> {
  static final FormValue<String> CODE = new FormValue<>(FormKind.CODE, "code", Lexical::isCode);
  static final FormValue<String> NAME = new FormValue<>(FormKind.NAME, "name", null);
  static final FormValue<String> TEXT = new FormValue<>(FormKind.TEXT, "text", null);
  static final FormValue<String> COUNTRY = pattern("country", Lexical::isThreeLetters);
  static final FormValue<String> CURRENCY = pattern("currency", Lexical::isThreeLetters);
  static final FormValue<String> SDG_TARGET = pattern("SDG target", Lexical::isSdgTarget);
  static final FormValue<String> SDG_INDICATOR = pattern("SDG indicator", Lexical::isSdgIndicator);
  static final FormValue<String> VOCABULARY = pattern("vocabulary", Lexical::isVocabulary);
  static final FormValue<LocalDate> DATE = new FormValue<>(FormKind.DATE, "date", null);
  static final FormValue<Year> YEAR = new FormValue<>(FormKind.YEAR, "year", null);
  static final FormValue<BigDecimal> DECIMAL = new FormValue<>(FormKind.DECIMAL, "number", null);
  static final FormValue<BigDecimal> AMOUNT = new FormValue<>(FormKind.AMOUNT, "amount", null);
  static final FormValue<BigDecimal> COUNT = new FormValue<>(FormKind.COUNT, "number", null);
  static final FormValue<BigDecimal> POSITIVE = new FormValue<>(FormKind.POSITIVE, "number", null);
  static final FormValue<Boolean> BOOLEAN = new FormValue<>(FormKind.BOOLEAN, "boolean", null);
  static final FormValue<URI> URI_VALUE = new FormValue<>(FormKind.URI, "URI", null);
  static final FormValue<IndicatorUnit> UNIT = new FormValue<>(FormKind.UNIT, "unit", null);
  static final FormValue<Value> VALUE = new FormValue<>(FormKind.VALUE, "value", null);

  private final FormKind kind;
  private final String label;
  private final Predicate<String> rule;
  private final int min;
  private final int max;
  private final Class<? extends Enum<?>> enumType;

  FormValue(FormKind kind, String label, Predicate<String> rule) {
    this(kind, label, rule, 0, 0, null);
  }

  private FormValue(
      FormKind kind,
      String label,
      Predicate<String> rule,
      int min,
      int max,
      Class<? extends Enum<?>> enumType) {
    this.kind = kind;
    this.label = label;
    this.rule = rule;
    this.min = min;
    this.max = max;
    this.enumType = enumType;
  }

  private static FormValue<String> pattern(String label, Predicate<String> rule) {
    return new FormValue<>(FormKind.PATTERN, label, rule);
  }

  static FormValue<Integer> integer(String label, int min, int max) {
    return new FormValue<>(FormKind.INTEGER, label, null, min, max, null);
  }

  static <E extends Enum<E>> FormValue<E> enumeration(Class<E> type) {
    return new FormValue<>(FormKind.ENUM, type.getSimpleName(), null, 0, 0, type);
  }

  /**
   * Gets the kind.
   *
   * @return the kind
   */
  public final FormKind kind() {
    return kind;
  }

  /**
   * Gets the word a reader's message names the value by ({@code "country"}, {@code "SDG target"}).
   *
   * @return the label
   */
  public final String label() {
    return label;
  }

  /**
   * Gets the rule a {@link FormKind#PATTERN} (or a Code) string obeys.
   *
   * @return the rule, or null for other kinds
   */
  public final Predicate<String> rule() {
    return rule;
  }

  /**
   * Gets the least value of an {@link FormKind#INTEGER}.
   *
   * @return the bound
   */
  public final int min() {
    return min;
  }

  /**
   * Gets the greatest value of an {@link FormKind#INTEGER}.
   *
   * @return the bound
   */
  public final int max() {
    return max;
  }

  /**
   * Gets the enumeration of an {@link FormKind#ENUM}.
   *
   * @return the enumeration, or null for other kinds
   */
  public final Class<? extends Enum<?>> enumType() {
    return enumType;
  }

  /**
   * Gets the type of an {@link FormKind#OBJECT}.
   *
   * @return the type, or null for other kinds
   */
  public FormType<?, ?> type() {
    return null;
  }
}
