package org.unsdcf.iati;

import java.util.List;
import java.util.Objects;

/**
 * What {@link IatiWriter#write(org.unsdcf.core.model.CooperationFramework, java.io.OutputStream)}
 * reports about the document it wrote: the number of activities and every value it could not carry
 * as it is.
 *
 * @param activities the {@code iati-activity} elements written: the framework's and one per
 *     sub-output of a current JWP
 * @param lossyValues the values written differently or left out, in document order
 */
public record IatiWriteResult(int activities, List<IatiLossyValue> lossyValues) {
  /**
   * Creates a result.
   *
   * @param activities the number of activities, at least 1
   * @param lossyValues the lossy values
   * @throws NullPointerException if the list is null
   * @throws IllegalArgumentException if activities is below 1
   */
  public IatiWriteResult {
    if (activities < 1) {
      throw new IllegalArgumentException(
          "IatiWriteResult.activities: must be at least 1, but was '" + activities + "'");
    }
    lossyValues = List.copyOf(Objects.requireNonNull(lossyValues, "lossyValues"));
  }

  /**
   * Checks if every value of the plan that IATI has a place for was written as it is.
   *
   * @return true if there is no lossy value
   */
  public boolean isLossless() {
    return lossyValues.isEmpty();
  }
}
