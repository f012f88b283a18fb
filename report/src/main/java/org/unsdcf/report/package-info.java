/**
 * Views of a plan: {@link org.unsdcf.report.HtmlReport} (one self-contained HTML5 page with inline
 * SVG charts, for people), {@link org.unsdcf.report.CsvTables} (for spreadsheets), {@link
 * org.unsdcf.report.Sarif} and {@link org.unsdcf.report.JunitXml} (for CI systems).
 *
 * <p>Every writer is deterministic: the same input gives the same bytes. None reads the clock, the
 * network or a file: the date comes in as an argument. Text from the plan reaches HTML only through
 * the OWASP Java Encoder, JSON only through jackson-core's generator and XML only through the JDK's
 * StAX writer.
 */
package org.unsdcf.report;
