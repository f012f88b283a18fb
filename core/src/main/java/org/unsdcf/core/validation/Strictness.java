package org.unsdcf.core.validation;

/**
 * How strictly to validate. {@link #PUBLISH} raises the UN INFO publish checks (STA-001…004,
 * TAG-001, TAG-003…007) and IATI's "must have a value" checks (IND-001, IND-002) from WARNING to
 * ERROR; nothing else changes.
 */
public enum Strictness {
  /** A plan being drafted: incompleteness is a warning. */
  DRAFT,
  /** A plan about to be published: the publish checks are errors. */
  PUBLISH
}
