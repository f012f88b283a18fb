package org.unsdcf.iati;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * The JDK's StAX writer with the layout of an export: two-space indentation, one element a line,
 * text kept inline, and every text made safe for XML 1.0.
 *
 * <p>StAX escapes attribute values itself. Text is escaped here in one pass: {@code <}, {@code >}
 * and {@code &} as entities; a CR, which would come back as LF from any parser (XML's line-end
 * normalisation), as {@code &#13;}; U+FFFE and U+FFFF, which are not XML characters at all, as
 * U+FFFD, reported as a lossy value. Not thread-safe: one per document.
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

  /** The JDK StAX writer's switch for escaping text (not attributes). */
  private static final String ESCAPE_CHARACTERS = "escapeCharacters";

  private final StringBuilder escaped = new StringBuilder(256);
  private final Utf8Sink sink;
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

  /** The pending element's attributes as name-value pairs; an element has at most a few. */
  private String[] pendingAttributes = new String[16];

  private int pendingAttributeCount;

  /** The pending element's {@code xml:lang}, written before its other attributes. */
  private String pendingLanguage;

  XmlOut(Utf8Sink sink) throws XMLStreamException {
    // The JDK's own implementation, whatever is on the path: the bytes must not depend on it.
    this.sink = sink;
    XMLOutputFactory factory = XMLOutputFactory.newDefaultFactory();
    // Text is escaped here (one pass that also keeps CR and replaces U+FFFE/U+FFFF); the JDK's
    // per-character escaping of text would double the export's time. Attributes stay escaped by
    // StAX.
    factory.setProperty(ESCAPE_CHARACTERS, Boolean.FALSE);
    this.xml = factory.createXMLStreamWriter(sink);
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
    if (pendingAttributeCount == pendingAttributes.length) {
      pendingAttributes = Arrays.copyOf(pendingAttributes, 2 * pendingAttributes.length);
    }
    pendingAttributes[pendingAttributeCount++] = name;
    pendingAttributes[pendingAttributeCount++] = value;
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
    for (int i = 0; i < pendingAttributeCount; i += 2) {
      xml.writeAttribute(pendingAttributes[i], pendingAttributes[i + 1]);
    }
    pendingAttributeCount = 0;
  }

  /**
   * Writes {@code <name><narrative>text</narrative></name>}.
   *
   * @param pointer where the text is in the plan's JSON form, for a lossy value
   */
  void narrativeIn(String name, String text, Pointer pointer) throws XMLStreamException {
    start(name);
    narrative(text, pointer);
    end();
  }

  void narrative(String text, Pointer pointer) throws XMLStreamException {
    start("narrative");
    text(text, pointer);
    end();
  }

  void text(String text, Pointer pointer) throws XMLStreamException {
    flushPending();
    int i = 0;
    while (i < text.length() && plain(text.charAt(i))) {
      i++;
    }
    if (i == text.length()) {
      xml.writeCharacters(text);
      return;
    }
    boolean replaced = false;
    escaped.setLength(0);
    escaped.append(text, 0, i);
    for (; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '<':
          escaped.append("&lt;");
          break;
        case '>':
          escaped.append("&gt;");
          break;
        case '&':
          escaped.append("&amp;");
          break;
        case '\r':
          escaped.append("&#13;");
          break;
        case '\uFFFE':
        case '\uFFFF':
          escaped.append('\uFFFD');
          replaced = true;
          break;
        default:
          escaped.append(c);
      }
    }
    xml.writeCharacters(escaped.toString());
    if (replaced) {
      lossy.add(
          new IatiLossyValue(
              pointer.toString(), "U+FFFE and U+FFFF are not XML characters: written as U+FFFD"));
    }
  }

  private static boolean plain(char c) {
    return c != '<' && c != '>' && c != '&' && c != '\r' && c != '\uFFFE' && c != '\uFFFF';
  }

  void lossy(Pointer pointer, String reason) {
    lossy.add(new IatiLossyValue(pointer.toString(), reason));
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
