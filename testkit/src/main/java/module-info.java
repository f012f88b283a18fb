/**
 * Test support for code that uses unsdcf: sample plans (an Object Mother), seeded generators of
 * structurally valid plans, AssertJ assertions, and IATI conformance checks.
 *
 * <p>Meant for test scope. It reexports core, json (for {@code BadInputs}), AssertJ and JUnit's
 * parameterized tests, so a test module needs only {@code requires org.unsdcf.testkit}.
 */
module org.unsdcf.testkit {
  requires transitive org.unsdcf.core;
  requires transitive org.unsdcf.json;
  requires transitive org.assertj.core;
  requires transitive org.junit.jupiter.params;
  requires transitive java.xml;

  exports org.unsdcf.testkit;
  exports org.unsdcf.testkit.gen;
}
