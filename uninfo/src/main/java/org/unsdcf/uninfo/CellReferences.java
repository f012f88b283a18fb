package org.unsdcf.uninfo;

import java.io.ByteArrayInputStream;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Checks a worksheet's cell references before fastexcel reads it: each cell's {@code r} must name a
 * column from A to XFD (the last of an XLSX's 16,384). fastexcel makes a row a list as long as its
 * furthest cell's column and reads any character before the row number as a column letter, so a
 * single cell {@code r="ZZZZZZZ1"} had it allocate gigabytes. The references are read by the JDK's
 * StAX parser (no DTD, no external access), so character references and namespace prefixes cannot
 * hide one; a part that parser cannot read is refused, as fastexcel would refuse it.
 */
final class CellReferences {
  /** Column XFD, the last an XLSX may have. */
  static final int MAX_COLUMN = 16_384;

  private static final int QUOTED = 40;

  private CellReferences() {}

  /**
   * Checks every {@code c} element's {@code r} attribute, in any namespace.
   *
   * @throws UnInfoReadException if a reference names no column from A to XFD, or the part is not
   *     well-formed
   */
  static void check(String part, byte[] xml) {
    try {
      XMLStreamReader r = factory().createXMLStreamReader(new ByteArrayInputStream(xml));
      try {
        while (r.hasNext()) {
          if (r.next() == XMLStreamConstants.START_ELEMENT && r.getLocalName().equals("c")) {
            for (int i = 0; i < r.getAttributeCount(); i++) {
              if (r.getAttributeLocalName(i).equals("r") && !namesAColumn(r.getAttributeValue(i))) {
                throw Problems.unreadable(
                    UnInfoProblemCode.XML_INVALID,
                    "part '"
                        + part
                        + "' has a cell reference '"
                        + quoted(r.getAttributeValue(i))
                        + "' that names no column from A to XFD");
              }
            }
          }
        }
      } finally {
        r.close();
      }
    } catch (XMLStreamException e) {
      throw Problems.unreadable(
          UnInfoProblemCode.XML_INVALID,
          0,
          "",
          "the XLSX's parts cannot be read: " + SafeZip.oneLine(e.getMessage()),
          e);
    }
  }

  /**
   * Checks if a reference's column, read as fastexcel reads it (a leading {@code $} skipped, then
   * every character up to a digit or {@code $}), is one to three ASCII letters no further than XFD.
   */
  static boolean namesAColumn(String ref) {
    int i = !ref.isEmpty() && ref.charAt(0) == '$' ? 1 : 0;
    int column = 0;
    int letters = 0;
    for (; i < ref.length(); i++) {
      char ch = ref.charAt(i);
      if (ch == '$' || (ch >= '0' && ch <= '9')) {
        break;
      }
      char upper = (char) (ch & ~0x20);
      if (upper < 'A' || upper > 'Z' || ++letters > 3) {
        return false;
      }
      column = column * 26 + (upper - 'A' + 1);
    }
    return letters > 0 && column <= MAX_COLUMN;
  }

  private static String quoted(String ref) {
    String s = ref.length() > QUOTED ? ref.substring(0, QUOTED) + "…" : ref;
    return UnInfoProblem.escape(s);
  }

  private static XMLInputFactory factory() {
    XMLInputFactory f = XMLInputFactory.newDefaultFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    f.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
    return f;
  }
}
