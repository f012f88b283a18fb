package org.unsdcf.iati;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.w3c.dom.Document;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

/** Parses exports (hardened DOM) and validates them against the official IATI 2.03 schema. */
final class IatiXml {
  private IatiXml() {}

  static Document parse(byte[] xml) {
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

  /** The official schema, from {@code <unsdcf.external>/iati/schema/}; fails when it is missing. */
  static Schema officialSchema() {
    String external = System.getProperty("unsdcf.external");
    assertThat(external)
        .as("system property unsdcf.external (the conformance profile sets it)")
        .isNotBlank();
    Path xsd = Path.of(external, "iati", "schema", "iati-activities-schema.xsd");
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

  /** Validates a document; returns every error and fatal error (warnings are not errors). */
  static List<String> schemaErrors(Schema schema, byte[] xml) {
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
