package org.unsdcf.json.internal;

import org.unsdcf.json.ReadProblemCode;

/**
 * A problem as found, positioned by a {@link Locator} mark until the locator turns it into a line
 * and column.
 *
 * @param code the code
 * @param path the JSON pointer
 * @param mark the position mark
 * @param message the message
 */
public record Found(ReadProblemCode code, String path, long mark, String message) {}
