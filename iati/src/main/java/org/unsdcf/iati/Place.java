package org.unsdcf.iati;

/**
 * Where an element of an activity file is, kept after the element's node is gone: its XPath with
 * positions (made into text only when asked for), line and column. The assembler keeps one for each
 * activity and money value it reports on at the end of the file, so the activity's node tree can be
 * dropped (and its nodes reused) as soon as the activity is mapped. Its XPath is made once, on
 * first use.
 */
final class Place {
  private final Place parent;
  private final String name;
  private final int position;
  final int line;
  final int column;
  private String xpath;

  Place(Place parent, String name, int position, int line, int column) {
    this.parent = parent;
    this.name = name;
    this.position = position;
    this.line = line;
    this.column = column;
  }

  /** The XPath with positions, as {@link ActivityNode#xpath()} gives it. */
  String xpath() {
    String x = xpath;
    if (x == null) {
      x = parent == null ? "/" + name : parent.xpath() + "/" + name + "[" + position + "]";
      xpath = x;
    }
    return x;
  }
}
