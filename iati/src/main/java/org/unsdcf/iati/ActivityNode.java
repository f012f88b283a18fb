package org.unsdcf.iati;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One element of an activity, read whole so that the mapping can look around: its name, IATI
 * attributes (no namespace, plus {@code xml:lang}), the names of foreign attributes, its text, its
 * children, and where it is (XPath with positions, line and column).
 */
final class ActivityNode {
  static final String XML_LANG = "xml:lang";

  final String name;
  final boolean foreign;
  final String xpath;
  final int line;
  final int column;
  final List<String[]> attributes = new ArrayList<>(4);
  final List<String> foreignAttributes = new ArrayList<>(0);
  final List<ActivityNode> children = new ArrayList<>(4);
  private final StringBuilder text = new StringBuilder(0);
  private boolean textCut;

  ActivityNode(String name, boolean foreign, String xpath, int line, int column) {
    this.name = name;
    this.foreign = foreign;
    this.xpath = xpath;
    this.line = line;
    this.column = column;
  }

  void appendText(char[] chars, int start, int length, int limit) {
    int room = limit - text.length();
    if (room <= 0) {
      textCut |= length > 0;
      return;
    }
    if (length > room) {
      textCut = true;
    }
    text.append(chars, start, Math.min(length, room));
  }

  String text() {
    return text.toString();
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
    return xpath + "/@" + attributeName;
  }
}
