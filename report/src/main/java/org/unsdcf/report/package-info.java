/**
 * Views of a plan: {@link org.unsdcf.report.HtmlReport}, one self-contained HTML5 page with inline
 * SVG charts, for people.
 *
 * <p>Every writer is deterministic: the same input gives the same bytes. None reads the clock, the
 * network or a file: the date comes in as an argument. Text from the plan reaches HTML only through
 * the OWASP Java Encoder.
 */
package org.unsdcf.report;
