package org.unsdcf.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.unsdcf.core.validation.Finding;
import org.unsdcf.core.validation.RuleCatalogue;
import org.unsdcf.core.validation.RuleCategory;
import org.unsdcf.core.validation.RuleInfo;
import org.unsdcf.core.validation.Severity;
import org.unsdcf.core.validation.ValidationReport;

/**
 * Writes a validation report as JUnit XML (the Ant/Surefire report shape CI systems show as tests),
 * so that a plan's consistency appears beside a build's tests (design.md §17, §20).
 *
 * <p>Rules:
 *
 * <ul>
 *   <li>A {@code testsuites} root holding one {@code testsuite} per plan, named by the framework
 *       code, with {@code asOf} and {@code strictness} as properties.
 *   <li>One {@code testcase} per rule the run checked, in catalogue order: {@code classname} = the
 *       rule's category, {@code name} = its code (a finding of a code outside the catalogue gets a
 *       test case of its own after them).
 *   <li>A rule with ERROR findings has one {@code failure} whose message counts them and whose text
 *       lists them, one a line; WARNING and INFO findings go to the test case's {@code system-out},
 *       one a line ({@code <SEVERITY> <path> [<subject>] <message>}).
 *   <li>{@code tests} = test cases, {@code failures} = rules with an ERROR finding, {@code errors}
 *       = {@code skipped} = 0, {@code time} = 0 (nothing reads the clock).
 *   <li>UTF-8; text and attributes escaped by the JDK's StAX writer; characters XML 1.0 cannot
 *       carry are written as U+FFFD. The same report gives the same bytes.
 * </ul>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class JunitXml {
  // The JDK's own writer, whatever StAX provider is on the path (fastexcel brings another), so
  // the bytes do not depend on the class path.
  private static final XMLOutputFactory FACTORY = XMLOutputFactory.newDefaultFactory();

  private JunitXml() {}

  /**
   * Writes the JUnit XML of a report from a run that checked every rule of the catalogue.
   *
   * @param report the validation report
   * @param out where the XML goes; not closed
   * @throws NullPointerException if an argument is null
   * @throws IOException if {@code out} fails
   */
  public static void write(ValidationReport report, OutputStream out) throws IOException {
    write(report, Set.of(), out);
  }

  /**
   * Writes the JUnit XML of a report from a run that left some rules out.
   *
   * @param report the validation report
   * @param disabledRules the codes of the rules the run did not check (as {@code
   *     ValidationOptions.disabledRules}); they get no test case
   * @param out where the XML goes; not closed
   * @throws NullPointerException if an argument is null
   * @throws IOException if {@code out} fails
   */
  public static void write(ValidationReport report, Set<String> disabledRules, OutputStream out)
      throws IOException {
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(disabledRules, "disabledRules");
    Objects.requireNonNull(out, "out");
    Map<String, RuleCategory> cases = new LinkedHashMap<>();
    for (RuleInfo rule : RuleCatalogue.rules()) {
      if (!disabledRules.contains(rule.code())) {
        cases.put(rule.code(), rule.category());
      }
    }
    Map<String, List<Finding>> byCode = new LinkedHashMap<>();
    for (Finding finding : report.findings()) {
      cases.putIfAbsent(finding.code(), finding.category());
      byCode.computeIfAbsent(finding.code(), c -> new ArrayList<>()).add(finding);
    }
    int failures = 0;
    for (List<Finding> findings : byCode.values()) {
      if (findings.stream().anyMatch(f -> f.severity() == Severity.ERROR)) {
        failures++;
      }
    }
    Writer writer = new OutputStreamWriter(new NoClose(out), StandardCharsets.UTF_8);
    try {
      XMLStreamWriter x = FACTORY.createXMLStreamWriter(writer);
      x.writeStartDocument("UTF-8", "1.0");
      x.writeCharacters("\n");
      x.writeStartElement("testsuites");
      x.writeAttribute("name", "unsdcf validate");
      counts(x, cases.size(), failures);
      x.writeCharacters("\n  ");
      x.writeStartElement("testsuite");
      x.writeAttribute("name", clean(report.framework()));
      counts(x, cases.size(), failures);
      x.writeAttribute("skipped", "0");
      x.writeCharacters("\n    ");
      x.writeStartElement("properties");
      property(x, "asOf", report.asOf().toString());
      property(x, "strictness", report.strictness().name());
      property(x, "valid", Boolean.toString(report.valid()));
      x.writeCharacters("\n    ");
      x.writeEndElement();
      for (Map.Entry<String, RuleCategory> c : cases.entrySet()) {
        testcase(x, c.getKey(), c.getValue(), byCode.getOrDefault(c.getKey(), List.of()));
      }
      x.writeCharacters("\n  ");
      x.writeEndElement();
      x.writeCharacters("\n");
      x.writeEndElement();
      x.writeCharacters("\n");
      x.writeEndDocument();
      x.flush();
      x.close();
      writer.flush();
    } catch (XMLStreamException e) {
      if (e.getCause() instanceof IOException) {
        throw (IOException) e.getCause();
      }
      throw new IOException("cannot write JUnit XML: " + e.getMessage(), e);
    }
  }

  private static void counts(XMLStreamWriter x, int tests, int failures) throws XMLStreamException {
    x.writeAttribute("tests", Integer.toString(tests));
    x.writeAttribute("failures", Integer.toString(failures));
    x.writeAttribute("errors", "0");
    x.writeAttribute("time", "0");
  }

  private static void property(XMLStreamWriter x, String name, String value)
      throws XMLStreamException {
    x.writeCharacters("\n      ");
    x.writeEmptyElement("property");
    x.writeAttribute("name", name);
    x.writeAttribute("value", clean(value));
  }

  private static void testcase(
      XMLStreamWriter x, String code, RuleCategory category, List<Finding> findings)
      throws XMLStreamException {
    x.writeCharacters("\n    ");
    List<Finding> errors = new ArrayList<>();
    List<Finding> others = new ArrayList<>();
    for (Finding f : findings) {
      (f.severity() == Severity.ERROR ? errors : others).add(f);
    }
    if (findings.isEmpty()) {
      x.writeEmptyElement("testcase");
      caseAttributes(x, code, category);
      return;
    }
    x.writeStartElement("testcase");
    caseAttributes(x, code, category);
    if (!errors.isEmpty()) {
      x.writeCharacters("\n      ");
      x.writeStartElement("failure");
      x.writeAttribute(
          "message",
          String.format(
              Locale.ROOT,
              "%d ERROR finding%s of %s",
              errors.size(),
              errors.size() == 1 ? "" : "s",
              code));
      x.writeAttribute("type", "ERROR");
      x.writeCharacters(lines(errors));
      x.writeEndElement();
    }
    if (!others.isEmpty()) {
      x.writeCharacters("\n      ");
      x.writeStartElement("system-out");
      x.writeCharacters(lines(others));
      x.writeEndElement();
    }
    x.writeCharacters("\n    ");
    x.writeEndElement();
  }

  private static void caseAttributes(XMLStreamWriter x, String code, RuleCategory category)
      throws XMLStreamException {
    x.writeAttribute("classname", category.name());
    x.writeAttribute("name", clean(code));
    x.writeAttribute("time", "0");
  }

  private static String lines(List<Finding> findings) {
    StringBuilder text = new StringBuilder();
    for (Finding f : findings) {
      text.append(f.severity().name())
          .append(' ')
          .append(f.path().isEmpty() ? "\"\"" : f.path())
          .append(" [")
          .append(f.subject())
          .append("] ")
          .append(f.message())
          .append('\n');
    }
    return clean(text.toString());
  }

  /** Replaces what XML 1.0 cannot carry (most C0 controls, lone surrogates, U+FFFE/F). */
  static String clean(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean ok;
      if (Character.isHighSurrogate(c)
          && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        if (out != null) {
          out.append(c).append(text.charAt(i + 1));
        }
        i++;
        continue;
      }
      ok =
          c == '\t'
              || c == '\n'
              || c == '\r'
              || (c >= 0x20 && c <= 0xD7FF)
              || (c >= 0xE000 && c <= 0xFFFD);
      if (!ok && out == null) {
        out = new StringBuilder(text.length()).append(text, 0, i);
      }
      if (out != null) {
        out.append(ok ? c : '\uFFFD');
      }
    }
    return out == null ? text : out.toString();
  }

  /** Keeps the writer from closing the caller's stream. */
  private static final class NoClose extends java.io.FilterOutputStream {
    NoClose(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }
}
