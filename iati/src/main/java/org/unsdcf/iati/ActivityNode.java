package org.unsdcf.iati;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One element of an activity, read whole so that the mapping can look around: its name, IATI
 * attributes (no namespace, plus {@code xml:lang}), the names of foreign attributes, its text, its
 * children, and where it is (XPath with positions, line and column).
 *
 * <p>The XPath is built only when asked for (in practice: when a problem is recorded), from the
 * parent's XPath, the name and the position among same-named siblings; most elements never need it.
 * Lists and text buffers are allocated on first use, since most elements are leaves.
 */
final class ActivityNode {
  static final String XML_LANG = "xml:lang";

  final String name;
  final boolean foreign;
  final int line;
  final int column;
  private final ActivityNode parent;
  private final int position;
  private String xpath;
  List<String[]> attributes = List.of();
  List<String> foreignAttributes = List.of();
  List<ActivityNode> children = List.of();
  private String text = "";
  private StringBuilder longText;
  private boolean textCut;

  /**
   * A root element, whose XPath is {@code /name}.
   *
   * @param name the element's name
   * @param line its line
   * @param column its column
   */
  ActivityNode(String name, int line, int column) {
    this(name, false, null, 0, line, column);
  }

  /**
   * An element inside {@code parent}: its XPath is the parent's plus {@code /name[position]}.
   *
   * @param position 1-based, among the parent's children of the same name
   */
  ActivityNode(
      String name, boolean foreign, ActivityNode parent, int position, int line, int column) {
    this.name = name;
    this.foreign = foreign;
    this.parent = parent;
    this.position = position;
    this.line = line;
    this.column = column;
  }

  /** The element's XPath with positions, e.g. {@code /iati-activities/iati-activity[3]}. */
  String xpath() {
    String x = xpath;
    if (x == null) {
      x = parent == null ? "/" + name : parent.xpath() + "/" + name + "[" + position + "]";
      xpath = x;
    }
    return x;
  }

  /** The 1-based position among same-named siblings (0 for a root). */
  int position() {
    return position;
  }

  void addAttribute(String attributeName, String value) {
    if (attributes.isEmpty()) {
      attributes = new ArrayList<>(4);
    }
    attributes.add(new String[] {attributeName, value});
  }

  void addForeignAttribute(String attributeName) {
    if (foreignAttributes.isEmpty()) {
      foreignAttributes = new ArrayList<>(2);
    }
    foreignAttributes.add(attributeName);
  }

  void addChild(ActivityNode child) {
    if (children.isEmpty()) {
      children = new ArrayList<>(4);
    }
    children.add(child);
  }

  void appendText(char[] chars, int start, int length, int limit) {
    int had = longText == null ? text.length() : longText.length();
    int room = limit - had;
    if (room <= 0) {
      textCut |= length > 0;
      return;
    }
    if (length > room) {
      textCut = true;
    }
    int take = Math.min(length, room);
    if (longText != null) {
      longText.append(chars, start, take);
    } else if (had == 0) {
      text = new String(chars, start, take);
    } else {
      longText = new StringBuilder(had + take + 16).append(text).append(chars, start, take);
      text = null;
    }
  }

  String text() {
    if (longText != null) {
      text = longText.toString();
      longText = null;
    }
    return text;
  }

  boolean textCut() {
    return textCut;
  }

  Optional<String> attribute(String attributeName) {
    for (String[] a : attributes) {
      if (a[0].equals(attributeName)) {
        return Optional.of(a[1]);
      }
    }
    return Optional.empty();
  }

  List<ActivityNode> children(String childName) {
    List<ActivityNode> found = new ArrayList<>(2);
    for (ActivityNode c : children) {
      if (!c.foreign && c.name.equals(childName)) {
        found.add(c);
      }
    }
    return found;
  }

  Optional<ActivityNode> child(String childName) {
    for (ActivityNode c : children) {
      if (!c.foreign && c.name.equals(childName)) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }

  String attributeXpath(String attributeName) {
    return xpath() + "/@" + attributeName;
  }
}
