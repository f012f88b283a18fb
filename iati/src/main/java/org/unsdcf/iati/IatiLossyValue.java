package org.unsdcf.iati;

import java.util.Objects;

/**
 * A value of the plan that an IATI export did not carry as it is: a character XML cannot hold, a
 * value whose unit cannot be converted to its indicator's, a country without an alpha-2 code, a
 * sub-output whose code an earlier one already used.
 *
 * <p>What IATI has no place for at all (QCPR functions, target groups, accumulation, ranges …) is
 * not reported value by value; the README's IATI section lists it.
 *
 * @param path where the value is in the plan, as an RFC 6901 pointer into its JSON form
 * @param reason what was written instead, or that nothing was
 */
public record IatiLossyValue(String path, String reason) {
  /**
   * Creates a lossy value.
   *
   * @param path the JSON pointer
   * @param reason what happened to the value
   * @throws NullPointerException if an argument is null
   */
  public IatiLossyValue {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(reason, "reason");
  }

  /**
   * Returns {@code <path>: <reason>}, the path {@code ""} for the plan itself.
   *
   * @return one line
   */
  @Override
  public String toString() {
    return (path.isEmpty() ? "\"\"" : path) + ": " + reason;
  }
}
