package org.unsdcf.iati;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathExpressionException;
import javax.xml.xpath.XPathFactory;
import org.unsdcf.core.model.CooperationFramework;
import org.unsdcf.testkit.IatiConformance;
import org.w3c.dom.Document;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** An export made for a test, with XPath queries over it. */
final class Exported {
  static final LocalDate AS_OF = LocalDate.of(2024, 6, 30);
  static final String REF = "XM-DAC-47066";

  final byte[] bytes;
  final IatiWriteResult result;
  final Document document;
  private final XPath xpath = XPathFactory.newDefaultInstance().newXPath();

  private Exported(byte[] bytes, IatiWriteResult result) {
    this.bytes = bytes;
    this.result = result;
    this.document = IatiConformance.parse(bytes);
  }

  static IatiWriter writer(LocalDate asOf) {
    return IatiWriter.builder()
        .reportingOrg(REF, "International Organization for Migration", "40")
        .asOf(asOf)
        .build();
  }

  static Exported of(CooperationFramework plan) {
    return of(plan, AS_OF);
  }

  static Exported of(CooperationFramework plan, LocalDate asOf) {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    try {
      IatiWriteResult result = writer(asOf).write(plan, out);
      return new Exported(out.toByteArray(), result);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  String text() {
    return new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
  }

  /** The string value of an XPath expression ({@code ""} when nothing matches). */
  String string(String expression) {
    try {
      return (String) xpath.evaluate(expression, document, XPathConstants.STRING);
    } catch (XPathExpressionException e) {
      throw new AssertionError(expression, e);
    }
  }

  int count(String expression) {
    return Integer.parseInt(string("count(" + expression + ")").replace(".0", ""));
  }

  /** The text content of every node the expression selects, in document order. */
  List<String> all(String expression) {
    try {
      NodeList nodes = (NodeList) xpath.evaluate(expression, document, XPathConstants.NODESET);
      List<String> values = new ArrayList<>();
      for (int i = 0; i < nodes.getLength(); i++) {
        values.add(nodes.item(i).getTextContent());
      }
      return values;
    } catch (XPathExpressionException e) {
      throw new AssertionError(expression, e);
    }
  }

  /** The names of the child elements of the node the expression selects, in document order. */
  List<String> childNames(String expression) {
    try {
      Node node = (Node) xpath.evaluate(expression, document, XPathConstants.NODE);
      List<String> names = new ArrayList<>();
      NodeList children = node.getChildNodes();
      for (int i = 0; i < children.getLength(); i++) {
        if (children.item(i).getNodeType() == Node.ELEMENT_NODE) {
          names.add(children.item(i).getNodeName());
        }
      }
      return names;
    } catch (XPathExpressionException e) {
      throw new AssertionError(expression, e);
    }
  }
}
