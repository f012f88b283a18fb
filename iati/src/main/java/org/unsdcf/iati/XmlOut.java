package org.unsdcf.iati;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * The JDK's StAX writer with the layout of an export: two-space indentation, one element a line,
 * text kept inline, and every text made safe for XML 1.0.
 *
 * <p>StAX escapes {@code <}, {@code >}, {@code &} and quotes itself. What it leaves alone is fixed
 * here: a CR would come back as LF from any parser (XML's line-end normalisation), so it is written
 * as {@code &#13;}; U+FFFE and U+FFFF are not XML characters at all, so they are written as U+FFFD
 * and reported as a lossy value. Not thread-safe: one per document.
 */
final class XmlOut {
  private static final int MAX_INDENT = 32;
  private static final String[] INDENTS = new String[MAX_INDENT + 1];

  static {
    StringBuilder indent = new StringBuilder("\n");
    for (int i = 0; i <= MAX_INDENT; i++) {
      INDENTS[i] = indent.toString();
      indent.append("  ");
    }
  }

  private final BufferedSink sink;
  private final XMLStreamWriter xml;
  private final List<IatiLossyValue> lossy = new ArrayList<>();

  /** Whether the element open at each depth has child elements, so its end tag goes on a line. */
  private final boolean[] hasChildren = new boolean[MAX_INDENT + 2];

  private int depth;

  /**
   * The element started last, not yet written: it becomes an empty element if it ends before any
   * content ({@code <baseline year="2022" value="0"/>}, not {@code <baseline …></baseline>}).
   */
  private String pending;

  private final List<String> pendingAttributes = new ArrayList<>();

  /** The pending element's {@code xml:lang}, written before its other attributes. */
  private String pendingLanguage;

  XmlOut(OutputStream out) throws XMLStreamException {
    // The JDK's own implementation, whatever is on the path: the bytes must not depend on it.
    this.sink = new BufferedSink(out);
    this.xml = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(sink, "UTF-8");
    xml.writeStartDocument("UTF-8", "1.0");
  }

  List<IatiLossyValue> lossyValues() {
    return lossy;
  }

  void start(String name) throws XMLStreamException {
    flushPending();
    newLine();
    pending = name;
    hasChildren[depth] = true;
    depth++;
    hasChildren[depth] = false;
  }

  /** Writes an element with attributes only, given as name-value pairs. */
  void empty(String name, String... attributes) throws XMLStreamException {
    flushPending();
    newLine();
    xml.writeEmptyElement(name);
    hasChildren[depth] = true;
    for (int i = 0; i < attributes.length; i += 2) {
      xml.writeAttribute(attributes[i], attributes[i + 1]);
    }
  }

  /** Adds an attribute to the element just started. */
  void attribute(String name, String value) {
    pendingAttributes.add(name);
    pendingAttributes.add(value);
  }

  /** Adds {@code xml:lang} to the element just started. */
  void xmlLang(String language) {
    pendingLanguage = language;
  }

  void end() throws XMLStreamException {
    depth--;
    if (pending != null) {
      xml.writeEmptyElement(pending);
      writePendingAttributes();
      pending = null;
      return;
    }
    if (hasChildren[depth + 1]) {
      newLine();
    }
    xml.writeEndElement();
  }

  private void flushPending() throws XMLStreamException {
    if (pending != null) {
      xml.writeStartElement(pending);
      writePendingAttributes();
      pending = null;
    }
  }

  private void writePendingAttributes() throws XMLStreamException {
    if (pendingLanguage != null) {
      xml.writeAttribute("xml", XMLConstants.XML_NS_URI, "lang", pendingLanguage);
      pendingLanguage = null;
    }
    for (int i = 0; i < pendingAttributes.size(); i += 2) {
      xml.writeAttribute(pendingAttributes.get(i), pendingAttributes.get(i + 1));
    }
    pendingAttributes.clear();
  }

  /**
   * Writes {@code <name><narrative>text</narrative></name>}.
   *
   * @param pointer where the text is in the plan's JSON form, for a lossy value
   */
  void narrativeIn(String name, String text, String pointer) throws XMLStreamException {
    start(name);
    narrative(text, pointer);
    end();
  }

  void narrative(String text, String pointer) throws XMLStreamException {
    start("narrative");
    text(text, pointer);
    end();
  }

  void text(String text, String pointer) throws XMLStreamException {
    flushPending();
    int from = 0;
    boolean replaced = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\r' || c == '\uFFFE' || c == '\uFFFF') {
        if (i > from) {
          xml.writeCharacters(text.substring(from, i));
        }
        if (c == '\r') {
          xml.writeEntityRef("#13");
        } else {
          xml.writeCharacters("\uFFFD");
          replaced = true;
        }
        from = i + 1;
      }
    }
    if (from < text.length()) {
      xml.writeCharacters(from == 0 ? text : text.substring(from));
    }
    if (replaced) {
      lossy.add(
          new IatiLossyValue(
              pointer, "U+FFFE and U+FFFF are not XML characters: written as U+FFFD"));
    }
  }

  void lossy(String pointer, String reason) {
    lossy.add(new IatiLossyValue(pointer, reason));
  }

  void finish() throws XMLStreamException {
    flushPending();
    xml.writeEndDocument();
    xml.flush();
    xml.close();
    try {
      sink.write('\n');
      sink.flush();
    } catch (IOException e) {
      throw new XMLStreamException(e);
    }
  }

  private void newLine() throws XMLStreamException {
    xml.writeCharacters(INDENTS[Math.min(depth, MAX_INDENT)]);
  }
}
