package org.unsdcf.iati;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Streams an {@code iati-activities} document through the JDK's hardened StAX parser and hands each
 * top-level element, read whole, to a sink: one activity in memory at a time. The sink may not keep
 * a node past its call (it keeps a {@link Place} instead): the nodes are reused for the next
 * top-level element.
 *
 * <p>Hardening (OWASP's XXE prevention for StAX, plus our own guard): no DTD support, no external
 * entities, no external DTD or schema access, the JDK's {@code jdk.xml.*} limits tightened on this
 * factory only (never JVM-wide), a DTD event refused, the document size, attribute values and text
 * runs measured on the bytes by {@link GuardedXmlStream}, and depth and attribute counts checked
 * per element.
 */
final class ActivityStreamReader {
  static final String ROOT = "iati-activities";
  private static final int MAX_TEXT_RUN = 1_000_000;
  private static final int MAX_ATTRIBUTES = 100;

  interface Sink {
    void root(ActivityNode root);

    void child(ActivityNode node);
  }

  private final IatiReader.Limits limits;
  private final XMLInputFactory factory;

  ActivityStreamReader(IatiReader.Limits limits) {
    this.limits = limits;
    this.factory = XMLInputFactory.newDefaultFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLInputFactory.IS_COALESCING, false);
    factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
    // 0 would mean "no limit" to the JDK, so 1 is the tightest setting. The two size limits also
    // count the predefined references (&amp;) of the document itself, so they are bounded by the
    // document size rather than set to 1.
    String documentSize = String.valueOf(Math.min(limits.maxDocumentBytes(), Integer.MAX_VALUE));
    factory.setProperty("jdk.xml.entityExpansionLimit", "1");
    factory.setProperty("jdk.xml.maxParameterEntitySizeLimit", "1");
    factory.setProperty("jdk.xml.maxGeneralEntitySizeLimit", documentSize);
    factory.setProperty("jdk.xml.totalEntitySizeLimit", documentSize);
    factory.setProperty("jdk.xml.entityReplacementLimit", "1");
    factory.setProperty("jdk.xml.elementAttributeLimit", String.valueOf(MAX_ATTRIBUTES));
    factory.setProperty("jdk.xml.maxElementDepth", String.valueOf(limits.maxDepth()));
    factory.setProperty("jdk.xml.maxXMLNameLimit", "1000");
  }

  void read(InputStream in, Sink sink) throws IOException {
    GuardedXmlStream guarded =
        new GuardedXmlStream(
            in, limits.maxDocumentBytes(), limits.maxAttributeLength(), MAX_TEXT_RUN);
    XMLStreamReader r = null;
    try {
      r = factory.createXMLStreamReader(guarded);
      scan(r, sink);
    } catch (XMLStreamException e) {
      throw translate(e, guarded);
    } finally {
      if (r != null) {
        try {
          r.close();
        } catch (XMLStreamException e) {
          // Closing a reader that already failed tells nothing new.
        }
      }
    }
  }

  private RuntimeException translate(XMLStreamException e, GuardedXmlStream guarded)
      throws IOException {
    if (guarded.sourceFailure() != null) {
      throw guarded.sourceFailure();
    }
    for (Throwable t = e; t != null; t = next(t)) {
      if (t instanceof GuardedXmlStream.Refusal refusal) {
        return new IatiReadException(refusal.getMessage(), refusal);
      }
      if (t instanceof java.io.CharConversionException) {
        return new IatiReadException(
            "the document is not well-formed UTF-8: "
                + ImportTexts.oneLine(String.valueOf(t.getMessage())),
            e);
      }
    }
    Location at = e.getLocation();
    String message = e.getMessage() == null ? "" : e.getMessage();
    int cut = message.indexOf("Message: ");
    if (cut >= 0) {
      message = message.substring(cut + "Message: ".length());
    }
    String where =
        at == null ? "" : " at line " + at.getLineNumber() + ", column " + at.getColumnNumber();
    return new IatiReadException(
        "not well-formed XML" + where + ": " + ImportTexts.oneLine(message.strip()), e);
  }

  private static Throwable next(Throwable t) {
    if (t instanceof XMLStreamException x
        && x.getNestedException() != null
        && x.getNestedException() != t) {
      return x.getNestedException();
    }
    return t.getCause() == t ? null : t.getCause();
  }

  private void scan(XMLStreamReader r, Sink sink) throws XMLStreamException {
    // The open elements, root first: stack[0 .. open - 1].
    ActivityNode[] stack = new ActivityNode[limits.maxDepth() + 1];
    int open = 0;
    // Sibling counts per open element, reused from element to element (no map per element).
    SiblingCounts[] counts = new SiblingCounts[limits.maxDepth() + 1];
    // The nodes of the top-level element being read, reused for the next one once the sink is done.
    ActivityNode[] pool = new ActivityNode[256];
    int used = 0;
    boolean rootSeen = false;
    int activities = 0;
    while (r.hasNext()) {
      int event = r.next();
      switch (event) {
        case XMLStreamConstants.DTD ->
            throw refuse(r, "a DTD (<!DOCTYPE>) is not allowed in an IATI file");
        case XMLStreamConstants.ENTITY_REFERENCE, XMLStreamConstants.ENTITY_DECLARATION ->
            throw refuse(r, "an entity is not allowed in an IATI file");
        case XMLStreamConstants.START_ELEMENT -> {
          int depth = open;
          if (depth + 1 > limits.maxDepth()) {
            throw refuse(r, "elements are nested deeper than the limit of " + limits.maxDepth());
          }
          String name = r.getLocalName();
          String ns = r.getNamespaceURI();
          boolean foreign = ns != null && !ns.isEmpty();
          String qualified = foreign ? prefixed(r.getPrefix(), name) : name;
          Location at = r.getLocation();
          int line = Math.max(1, at.getLineNumber());
          int column = Math.max(1, at.getColumnNumber());
          ActivityNode node;
          if (depth == 0) {
            if (rootSeen || foreign || !name.equals(ROOT)) {
              throw refuse(
                  r,
                  "not an IATI activity file: the root element is <"
                      + qualified
                      + ">, not <"
                      + ROOT
                      + ">");
            }
            rootSeen = true;
            node = new ActivityNode(ROOT, line, column);
          } else {
            int n = counts[depth].next(qualified);
            if (depth == 1 && qualified.equals("iati-activity")) {
              activities++;
              if (activities > limits.maxActivities()) {
                throw refuse(
                    r,
                    "the file holds more activities than the limit of " + limits.maxActivities());
              }
            }
            if (used == pool.length) {
              pool = Arrays.copyOf(pool, used * 2);
            }
            node = pool[used];
            if (node == null) {
              node = new ActivityNode(qualified, foreign, stack[depth - 1], n, line, column);
              pool[used] = node;
            } else {
              node.reuse(qualified, foreign, stack[depth - 1], n, line, column);
            }
            used++;
          }
          attributes(r, node);
          if (depth == 0) {
            sink.root(node);
          } else if (depth > 1) {
            stack[depth - 1].addChild(node);
          }
          stack[open++] = node;
          SiblingCounts c = counts[depth + 1];
          if (c == null) {
            counts[depth + 1] = new SiblingCounts();
          } else {
            c.clear();
          }
        }
        case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
          if (open > 1) {
            stack[open - 1].appendText(
                r.getTextCharacters(), r.getTextStart(), r.getTextLength(), MAX_TEXT_RUN);
          }
        }
        case XMLStreamConstants.END_ELEMENT -> {
          ActivityNode done = stack[--open];
          stack[open] = null;
          if (open == 1) {
            sink.child(done);
            used = 0;
          }
        }
        default -> {
          // Comments, processing instructions, document start and end carry no IATI data.
        }
      }
    }
    if (!rootSeen) {
      throw new IatiReadException("not an IATI activity file: no root element");
    }
  }

  /**
   * How many children of each name one open element has had so far. A few names are searched in
   * place; past that, a map keeps a child with thousands of distinct names linear.
   */
  private static final class SiblingCounts {
    private static final int SMALL = 16;
    private final String[] names = new String[SMALL];
    private final int[] seen = new int[SMALL];
    private int size;
    private Map<String, Integer> many;

    void clear() {
      for (int i = 0; i < size; i++) {
        names[i] = null;
      }
      size = 0;
      many = null;
    }

    /** Counts one more child named {@code name} and returns its 1-based position. */
    int next(String name) {
      if (many != null) {
        return many.merge(name, 1, Integer::sum);
      }
      for (int i = 0; i < size; i++) {
        if (names[i].equals(name)) {
          return ++seen[i];
        }
      }
      if (size < SMALL) {
        names[size] = name;
        seen[size] = 1;
        size++;
        return 1;
      }
      many = new HashMap<>(64);
      for (int i = 0; i < size; i++) {
        many.put(names[i], seen[i]);
      }
      many.put(name, 1);
      return 1;
    }
  }

  private void attributes(XMLStreamReader r, ActivityNode node) throws XMLStreamException {
    int n = r.getAttributeCount();
    if (n > MAX_ATTRIBUTES) {
      throw refuse(r, "an element has more attributes than the limit of " + MAX_ATTRIBUTES);
    }
    for (int i = 0; i < n; i++) {
      String value = r.getAttributeValue(i);
      if (value.length() > limits.maxAttributeLength()) {
        throw refuse(
            r,
            "an attribute value is longer than the limit of "
                + limits.maxAttributeLength()
                + " characters");
      }
      String ns = r.getAttributeNamespace(i);
      String local = r.getAttributeLocalName(i);
      if (ns == null || ns.isEmpty()) {
        node.addAttribute(local, value);
      } else if (XMLConstants.XML_NS_URI.equals(ns)) {
        node.addAttribute("xml:" + local, value);
      } else {
        node.addForeignAttribute(prefixed(r.getAttributePrefix(i), local));
      }
    }
  }

  private static String prefixed(String prefix, String local) {
    return prefix == null || prefix.isEmpty() ? "{}" + local : prefix + ":" + local;
  }

  private static IatiReadException refuse(XMLStreamReader r, String message) {
    Location at = r.getLocation();
    return new IatiReadException(
        "line " + at.getLineNumber() + ", column " + at.getColumnNumber() + ": " + message);
  }
}
