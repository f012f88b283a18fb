/**
 * Views of a plan that people read and tools consume: a self-contained HTML page with SVG charts,
 * CSV tables, SARIF 2.1.0 and JUnit XML of a validation report.
 */
module org.unsdcf.report {
  requires transitive org.unsdcf.core;
  requires transitive org.unsdcf.json;
  requires tools.jackson.core;
  requires owasp.encoder;
  requires java.xml;

  exports org.unsdcf.report;
}
