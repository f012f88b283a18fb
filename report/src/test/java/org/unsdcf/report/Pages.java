package org.unsdcf.report;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.unsdcf.core.model.CooperationFramework;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Test helpers: pages written to bytes, and parsed as the XML they also are. */
final class Pages {
  static final LocalDate AS_OF = LocalDate.of(2024, 6, 30);
  static final String DOCTYPE = "<!DOCTYPE html>\n";

  private Pages() {}

  static byte[] page(CooperationFramework plan, LocalDate asOf) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      HtmlReport.standard().write(plan, asOf, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  static String text(byte[] page) {
    return new String(page, StandardCharsets.UTF_8);
  }

  /** Parses the page after its doctype as namespace-aware XML, with no DTD or entity allowed. */
  static Document parse(byte[] page) {
    String html = text(page);
    if (!html.startsWith(DOCTYPE)) {
      throw new AssertionError("page does not start with the HTML5 doctype");
    }
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setExpandEntityReferences(false);
      return factory
          .newDocumentBuilder()
          .parse(
              new ByteArrayInputStream(
                  html.substring(DOCTYPE.length()).getBytes(StandardCharsets.UTF_8)));
    } catch (Exception e) {
      throw new AssertionError("page is not well-formed: " + e.getMessage(), e);
    }
  }

  static List<Element> elements(Document document) {
    List<Element> all = new ArrayList<>();
    NodeList nodes = document.getElementsByTagNameNS("*", "*");
    for (int i = 0; i < nodes.getLength(); i++) {
      all.add((Element) nodes.item(i));
    }
    return all;
  }

  static List<Element> elements(Document document, String localName) {
    List<Element> some = new ArrayList<>();
    for (Element e : elements(document)) {
      if (e.getLocalName().equals(localName)) {
        some.add(e);
      }
    }
    return some;
  }
}
