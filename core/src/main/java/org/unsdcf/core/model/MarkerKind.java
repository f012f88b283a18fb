package org.unsdcf.core.model;

/**
 * The UN INFO markers a sub-output can explain in a narrative ({@link MarkerNarrative}). Three of
 * them are scored on the sub-output itself ({@link SubOutput#genderEqualityMarker()} and its
 * siblings); UN INFO asks for a humanitarian narrative without a score.
 */
public enum MarkerKind {
  /** The gender equality marker. */
  GENDER_EQUALITY,
  /** The human rights marker. */
  HUMAN_RIGHTS,
  /** The sustaining peace marker. */
  SUSTAINING_PEACE,
  /** The humanitarian–development–peace nexus (UN INFO's humanitarian marker). */
  HUMANITARIAN
}
