package org.unsdcf.core.internal;

/**
 * The kinds of value a member of the JSON form holds (design.md §3.1): each says how the readers
 * check the value and how the writer spells it.
 */
public enum FormKind {
  /** A Code: a string, core's Code rule. */
  CODE,
  /** A Name: a string, core's Name rule. */
  NAME,
  /** A Text: a string, core's Text rule. */
  TEXT,
  /** A string matching a pattern of {@link Lexical}, named by {@link FormValue#label()}. */
  PATTERN,
  /** A Date, {@code yyyy-MM-dd}. */
  DATE,
  /** A Year, an integer. */
  YEAR,
  /** An integer within {@link FormValue#min()} and {@link FormValue#max()}. */
  INTEGER,
  /** A Decimal. */
  DECIMAL,
  /** A Decimal that is a money amount: not negative, at most {@code Money.MAX_SCALE} places. */
  AMOUNT,
  /** A Decimal that is not negative. */
  COUNT,
  /** A Decimal above 0. */
  POSITIVE,
  /** {@code true} or {@code false}. */
  BOOLEAN,
  /** A URI. */
  URI,
  /** A unit symbol of the unit catalogue. */
  UNIT,
  /** A Value: a number or a string. */
  VALUE,
  /** The name of a constant of {@link FormValue#enumType()}. */
  ENUM,
  /** An object of the type {@link FormValue#type()}. */
  OBJECT
}
