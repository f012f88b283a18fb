package org.unsdcf.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

/**
 * Checks an IATI 2.03 activity file as IATI would: against the official schema (read from a folder
 * the caller names, never bundled) and against the IATI rules design §20 names, written from their
 * texts in IATI-Rulesets' {@code standard.json} and the IATI Validator's rule table.
 *
 * <pre>{@code
 * Schema schema = IatiConformance.officialSchema(Path.of(external, "iati", "schema"));
 * assertThat(IatiConformance.schemaErrors(schema, xml)).isEmpty();
 * assertThat(IatiConformance.ruleViolations(xml, asOf)).isEmpty();
 * }</pre>
 *
 * <p>Rule checks are XPath-free Java over a hardened DOM; where a rule's XPath compares dates with
 * {@code gt}, the check fails on the same strict comparison.
 */
public final class IatiConformance {
  private final List<String> violations = new ArrayList<>();
  private final LocalDate now;

  private IatiConformance(LocalDate now) {
    this.now = now;
  }

  /**
   * Checks an IATI activity file against the rules design §20 names: 1.1.2, 3.1.1, 3.1.2, 3.1.4,
   * 6.2.2, 6.10.1, 6.13.1, 7.5.2, 7.5.3, 8.6.1, 8.6.3, 8.8.1–8.10.3, 8.11.1, 11.2.1, 11.2.2, and
   * 11.3.1 held to activity budgets.
   *
   * @param xml the document
   * @param now the validator's date (rules 11.2.1 and 11.2.2), at or after the export's as-of date
   * @return one line per violation, {@code <rule id> <iati-identifier>: <what>}; empty when the
   *     document passes
   * @throws AssertionError if the document is not well-formed XML
   */
  public static List<String> ruleViolations(byte[] xml, LocalDate now) {
    Objects.requireNonNull(now, "now");
    IatiConformance rules = new IatiConformance(now);
    rules.checkDocument(parse(xml).getDocumentElement());
    return List.copyOf(rules.violations);
  }

  private void checkDocument(Element root) {
    Set<String> identifiers = new HashSet<>();
    for (Element activity : children(root, "iati-activity")) {
      String id = children(activity, "iati-identifier").get(0).getTextContent();
      // 1.1.2 The activity identifier must be unique for each activity.
      if (!identifiers.add(id)) {
        fail("1.1.2", id, "identifier not unique");
      }
      checkCountries(activity, id);
      // 6.2.2 Each activity must have a specified sector, at activity level or for all
      // transactions.
      if (children(activity, "sector").isEmpty()) {
        fail("6.2.2", id, "no sector");
      }
      // 6.10.1 The participating organisation must have an identifier or a narrative.
      for (Element org : children(activity, "participating-org")) {
        if (!org.hasAttribute("ref") && children(org, "narrative").isEmpty()) {
          fail("6.10.1", id, "participating-org without ref or narrative");
        }
      }
      // 6.13.1 A reporting organisation policy marker (vocabulary 99) must include a narrative.
      for (Element marker : children(activity, "policy-marker")) {
        if ("99".equals(marker.getAttribute("vocabulary"))
            && children(marker, "narrative").isEmpty()) {
          fail("6.13.1", id, "policy-marker vocabulary 99 without narrative");
        }
      }
      for (Element budget : children(activity, "budget")) {
        checkBudget(budget, id);
      }
      for (Element transaction : children(activity, "transaction")) {
        checkTransaction(transaction, id);
      }
      for (Element result : children(activity, "result")) {
        checkResult(result, id);
      }
    }
  }

  private void checkCountries(Element activity, String id) {
    List<Element> countries = children(activity, "recipient-country");
    if (!children(activity, "recipient-region").isEmpty()) {
      return;
    }
    if (countries.size() > 1) {
      // 3.1.1 When multiple recipient countries are declared, each must have a percentage.
      BigDecimal sum = BigDecimal.ZERO;
      for (Element country : countries) {
        if (!country.hasAttribute("percentage")) {
          fail("3.1.1", id, "recipient-country without percentage");
        } else {
          sum = sum.add(new BigDecimal(country.getAttribute("percentage")));
        }
      }
      // 3.1.2 Percentage values for recipient countries must add up to 100%.
      if (sum.subtract(BigDecimal.valueOf(100)).abs().compareTo(new BigDecimal("0.0101")) > 0) {
        fail("3.1.2", id, "recipient-country percentages sum to " + sum);
      }
    } else if (countries.size() == 1 && countries.get(0).hasAttribute("percentage")) {
      // 3.1.4 A single recipient country: the percentage omitted or 100.
      if (new BigDecimal(countries.get(0).getAttribute("percentage"))
              .compareTo(BigDecimal.valueOf(100))
          != 0) {
        fail("3.1.4", id, "single recipient-country percentage not 100");
      }
    }
  }

  private void checkBudget(Element budget, String id) {
    LocalDate start = date(children(budget, "period-start").get(0));
    LocalDate end = date(children(budget, "period-end").get(0));
    // 8.6.3 The start of the period must be before the end of the period (fails on start > end).
    if (start.isAfter(end)) {
      fail("8.6.3", id, "budget period starts after it ends");
    }
    // 7.5.3 Budget Period must not be longer than one year (start + P1Y lt end fails).
    if (start.plusYears(1).isBefore(end)) {
      fail("7.5.3", id, "budget period longer than a year");
    }
    for (Element value : children(budget, "value")) {
      // 7.5.2 Budget Value must include a Value Date.
      if (!value.hasAttribute("value-date")) {
        fail("7.5.2", id, "budget value without value-date");
        continue;
      }
      // 11.3.1 (written for organisation budget lines, held to activity budgets here too): the
      // value date must be within the budget period.
      LocalDate valueDate = LocalDate.parse(value.getAttribute("value-date"));
      if (valueDate.isBefore(start) || valueDate.isAfter(end)) {
        fail("11.3.1", id, "budget value date " + valueDate + " outside its period");
      }
    }
  }

  private void checkTransaction(Element transaction, String id) {
    // 11.2.1 The transaction date must not be in the future.
    LocalDate date = date(children(transaction, "transaction-date").get(0));
    if (date.isAfter(now)) {
      fail("11.2.1", id, "transaction dated " + date);
    }
    // 11.2.2 The transaction value date must not be in the future.
    for (Element value : children(transaction, "value")) {
      LocalDate valueDate = LocalDate.parse(value.getAttribute("value-date"));
      if (valueDate.isAfter(now)) {
        fail("11.2.2", id, "transaction value dated " + valueDate);
      }
    }
  }

  private void checkResult(Element result, String id) {
    boolean resultReference = !children(result, "reference").isEmpty();
    for (Element indicator : children(result, "indicator")) {
      // 8.11.1 A reference code must only be declared at result OR result indicator level.
      if (resultReference && !children(indicator, "reference").isEmpty()) {
        fail("8.11.1", id, "reference at result and indicator level");
      }
      boolean quantitative = Set.of("1", "2", "3", "4").contains(indicator.getAttribute("measure"));
      for (Element baseline : children(indicator, "baseline")) {
        // 8.8.1 The baseline must have a value when the measure is non-qualitative.
        if (quantitative && !baseline.hasAttribute("value")) {
          fail("8.8.1", id, "baseline without value");
        }
        checkValue("8.8", baseline, quantitative, id);
      }
      for (Element period : children(indicator, "period")) {
        LocalDate start = date(children(period, "period-start").get(0));
        LocalDate end = date(children(period, "period-end").get(0));
        // 8.6.1 The start date of the indicator period must be before its end (fails on >).
        if (start.isAfter(end)) {
          fail("8.6.1", id, "indicator period starts after it ends");
        }
        for (Element target : children(period, "target")) {
          // 8.9.1 The target must have a value when the measure is non-qualitative.
          if (quantitative && !target.hasAttribute("value")) {
            fail("8.9.1", id, "target without value");
          }
          checkValue("8.9", target, quantitative, id);
        }
        for (Element actual : children(period, "actual")) {
          // 8.10.1 The actual must have a value when the measure is non-qualitative.
          if (quantitative && !actual.hasAttribute("value")) {
            fail("8.10.1", id, "actual without value");
          }
          checkValue("8.10", actual, quantitative, id);
        }
      }
    }
  }

  /**
   * x.2: the value should be a valid number for non-qualitative measures; x.3: it should be omitted
   * for qualitative ones.
   */
  private void checkValue(String rule, Element element, boolean quantitative, String id) {
    if (quantitative && element.hasAttribute("value")) {
      try {
        new BigDecimal(element.getAttribute("value"));
      } catch (NumberFormatException e) {
        fail(rule + ".2", id, element.getTagName() + " value not a number");
      }
    }
    if (!quantitative && element.hasAttribute("value")) {
      fail(rule + ".3", id, element.getTagName() + " value on a qualitative indicator");
    }
  }

  private void fail(String rule, String id, String what) {
    violations.add(rule + " " + id + ": " + what);
  }

  private static LocalDate date(Element element) {
    return LocalDate.parse(element.getAttribute("iso-date"));
  }

  private static List<Element> children(Element parent, String name) {
    List<Element> found = new ArrayList<>();
    NodeList nodes = parent.getChildNodes();
    for (int i = 0; i < nodes.getLength(); i++) {
      Node node = nodes.item(i);
      if (node.getNodeType() == Node.ELEMENT_NODE && node.getNodeName().equals(name)) {
        found.add((Element) node);
      }
    }
    return found;
  }

  /**
   * Parses a document with a hardened parser: no DTD, no external entity or schema.
   *
   * @param xml the document
   * @return its DOM
   * @throws AssertionError if it is not well-formed XML
   */
  public static Document parse(byte[] xml) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
      factory.setNamespaceAware(true);
      DocumentBuilder builder = factory.newDocumentBuilder();
      return builder.parse(new ByteArrayInputStream(xml));
    } catch (Exception e) {
      throw new AssertionError("the export is not well-formed XML: " + e.getMessage(), e);
    }
  }

  /**
   * Loads the official IATI 2.03 activity schema from {@code <unsdcf.external>/iati/schema}, the
   * folder of others' files the project's conformance profile names in the system property {@code
   * unsdcf.external}.
   *
   * @return the schema, thread-safe
   * @throws AssertionError if the property is not set or the folder lacks the schema
   */
  public static Schema officialSchema() {
    String external = System.getProperty("unsdcf.external");
    assertThat(external)
        .as("system property unsdcf.external (the conformance profile sets it)")
        .isNotBlank();
    return officialSchema(Path.of(external, "iati", "schema"));
  }

  /**
   * Loads the official IATI 2.03 activity schema from a folder holding {@code
   * iati-activities-schema.xsd}, {@code iati-common.xsd} and {@code xml.xsd}; the factory reads
   * local files only and no DTD.
   *
   * @param folder the schema folder
   * @return the schema, thread-safe
   * @throws AssertionError if the folder lacks the schema or it does not load
   */
  public static Schema officialSchema(Path folder) {
    Path xsd = folder.resolve("iati-activities-schema.xsd");
    assertThat(Files.isRegularFile(xsd)).as("%s exists", xsd).isTrue();
    try {
      SchemaFactory factory = SchemaFactory.newDefaultInstance();
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      // The schema includes iati-common.xsd and imports xml.xsd beside it: local files only.
      factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file");
      return factory.newSchema(xsd.toFile());
    } catch (Exception e) {
      throw new AssertionError("cannot load " + xsd + ": " + e.getMessage(), e);
    }
  }

  /**
   * Validates a document against a schema.
   *
   * @param schema the schema, e.g. {@link #officialSchema(Path)}
   * @param xml the document
   * @return every error and fatal error as {@code line L, column C: <message>}; warnings are not
   *     errors
   */
  public static List<String> schemaErrors(Schema schema, byte[] xml) {
    List<String> errors = new ArrayList<>();
    try {
      Validator validator = schema.newValidator();
      validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
      validator.setErrorHandler(
          new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {}

            @Override
            public void error(SAXParseException e) {
              errors.add(describe(e));
            }

            @Override
            public void fatalError(SAXParseException e) {
              errors.add(describe(e));
            }
          });
      validator.validate(new StreamSource(new ByteArrayInputStream(xml)));
    } catch (Exception e) {
      errors.add("validation stopped: " + e.getMessage());
    }
    return errors;
  }

  private static String describe(SAXParseException e) {
    return "line " + e.getLineNumber() + ", column " + e.getColumnNumber() + ": " + e.getMessage();
  }
}
