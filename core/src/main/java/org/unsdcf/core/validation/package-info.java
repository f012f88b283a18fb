/**
 * Plan consistency: the {@code Validator}, its rule catalogue with stable codes, and the {@code
 * ValidationReport} of findings with JSON-pointer paths. Rules never throw and never read the
 * clock.
 */
package org.unsdcf.core.validation;
