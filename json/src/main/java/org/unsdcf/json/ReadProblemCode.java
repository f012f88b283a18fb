package org.unsdcf.json;

/**
 * What is wrong with a document, as listed in design.md §5.2. The constants are public API: they
 * are never renamed or reused.
 */
public enum ReadProblemCode {
  /** Malformed JSON: a bad token, a raw control character, {@code NaN}, random bytes. */
  JSON_SYNTAX,
  /** The document ends before its JSON is complete. */
  JSON_TRUNCATED,
  /** The document is empty or only whitespace. */
  JSON_EMPTY,
  /** Something other than whitespace follows the root object. */
  TRAILING_CONTENT,
  /** The root is JSON {@code null}. */
  PLAN_NULL,
  /** The bytes are not UTF-8. */
  ENCODING,
  /** A member appears twice in one object. */
  DUPLICATE_KEY,
  /** A member the format does not define. */
  UNKNOWN_FIELD,
  /** A required member is missing, or a list that needs an element is empty. */
  REQUIRED,
  /** JSON {@code null} where a value is needed. */
  NULL_NOT_ALLOWED,
  /** A value of the wrong JSON type, or a value kind the indicator's measure forbids. */
  TYPE_MISMATCH,
  /** A string that names no constant of the enumeration. */
  UNKNOWN_ENUM,
  /** A unit symbol that is not in the unit catalogue. */
  UNKNOWN_UNIT,
  /** A {@code formatVersion} other than 1. */
  UNSUPPORTED_VERSION,
  /** A decimal with more than 34 significant digits, a scale beyond ±20, or money scale above 4. */
  NUMBER_PRECISION,
  /** A number outside its member's range. */
  NUMBER_RANGE,
  /** A blank name or text. */
  TEXT_BLANK,
  /** A name or text longer than its member allows. */
  TEXT_TOO_LONG,
  /** A control character in a name or text. */
  TEXT_CONTROL_CHAR,
  /** An unpaired surrogate in a string. */
  TEXT_SURROGATE,
  /** A code, country, currency, SDG, GCM or vocabulary string that does not match its pattern. */
  PATTERN,
  /** A URI that is not an acceptable absolute http or https reference. */
  URI_INVALID,
  /** A date not written {@code yyyy-MM-dd}. */
  DATE_FORMAT,
  /** A date that does not exist in the calendar. */
  DATE_INVALID,
  /** A date outside 1945-01-01 to 2100-12-31. */
  DATE_RANGE,
  /** Objects and arrays nested too deeply. */
  LIMIT_DEPTH,
  /** A number literal too long. */
  LIMIT_NUMBER_LENGTH,
  /** A string value too long. */
  LIMIT_STRING_LENGTH,
  /** A member name too long. */
  LIMIT_NAME_LENGTH,
  /** A document too large. */
  LIMIT_DOCUMENT_SIZE,
  /** A document with too many tokens. */
  LIMIT_TOKENS,
  /** A list with more elements than its cap. */
  LIMIT_COLLECTION,
  /** A model invariant of design.md §3 is broken, e.g. a start after its end. */
  INVARIANT
}
