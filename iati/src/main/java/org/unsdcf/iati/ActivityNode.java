package org.unsdcf.iati;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * One element of an activity, read whole so that the mapping can look around: its name, IATI
 * attributes (no namespace, plus {@code xml:lang}), the names of foreign attributes, its text, its
 * children, and where it is (XPath with positions, line and column).
 *
 * <p>The XPath is built only when asked for (in practice: when a problem is recorded), from the
 * parent's XPath, the name and the position among same-named siblings; most elements never need it.
 * Attributes and children sit in plain arrays allocated on first use, since most elements are
 * leaves. Text arrives in runs (the white space between child elements is a run of its own); the
 * runs are joined only when {@link #text()} is asked for, and the common indentation runs (a line
 * break and up to 64 spaces) are shared strings rather than copies.
 */
final class ActivityNode {
  static final String XML_LANG = "xml:lang";
  private static final String[] NONE = new String[0];
  private static final ActivityNode[] NO_CHILDREN = new ActivityNode[0];
  private static final String[] INDENTS = indents(64);

  String name;
  boolean foreign;
  int line;
  int column;
  private ActivityNode parent;
  private int position;
  private String xpath;
  private Place place;

  /** Names at even, values at odd indexes. */
  private String[] attributes = NONE;

  private int attributeSlots;
  List<String> foreignAttributes = List.of();
  private ActivityNode[] children = NO_CHILDREN;
  private int childCount;
  private String text = "";
  private String[] moreText;
  private int moreTextCount;
  private int textLength;
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

  /**
   * Makes this node a new, empty element, keeping only its arrays' room: the stream reader reuses
   * the nodes of one activity for the next, since nothing keeps a node once its activity is mapped
   * (what must outlive it is kept as a {@link Place}).
   */
  void reuse(
      String name, boolean foreign, ActivityNode parent, int position, int line, int column) {
    this.name = name;
    this.foreign = foreign;
    this.parent = parent;
    this.position = position;
    this.line = line;
    this.column = column;
    xpath = null;
    place = null;
    attributeSlots = 0;
    if (!foreignAttributes.isEmpty()) {
      foreignAttributes = List.of();
    }
    childCount = 0;
    text = "";
    moreTextCount = 0;
    textLength = 0;
    textCut = false;
  }

  /** Where this element is, kept apart from the node so that it outlives the node's reuse. */
  Place place() {
    Place p = place;
    if (p == null) {
      p = new Place(parent == null ? null : parent.place(), name, position, line, column);
      place = p;
    }
    return p;
  }

  private static String[] indents(int most) {
    String[] all = new String[most + 1];
    for (int spaces = 0; spaces <= most; spaces++) {
      all[spaces] = "\n" + " ".repeat(spaces);
    }
    return all;
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
    if (attributeSlots == attributes.length) {
      attributes = Arrays.copyOf(attributes, Math.max(4, attributeSlots * 2));
    }
    attributes[attributeSlots++] = attributeName;
    attributes[attributeSlots++] = value;
  }

  /** The number of IATI attributes (foreign ones are only named, in {@link #foreignAttributes}). */
  int attributeCount() {
    return attributeSlots / 2;
  }

  /** The name of the {@code i}th IATI attribute, in document order. */
  String attributeName(int i) {
    return attributes[2 * i];
  }

  /** The value of the {@code i}th IATI attribute, in document order. */
  String attributeValue(int i) {
    return attributes[2 * i + 1];
  }

  void addForeignAttribute(String attributeName) {
    if (foreignAttributes.isEmpty()) {
      foreignAttributes = new ArrayList<>(2);
    }
    foreignAttributes.add(attributeName);
  }

  void addChild(ActivityNode child) {
    if (childCount == children.length) {
      children = Arrays.copyOf(children, Math.max(4, childCount * 2));
    }
    children[childCount++] = child;
  }

  /** The number of child elements, foreign ones included. */
  int childCount() {
    return childCount;
  }

  /** The {@code i}th child element, in document order, foreign ones included. */
  ActivityNode child(int i) {
    return children[i];
  }

  void appendText(char[] chars, int start, int length, int limit) {
    int room = limit - textLength;
    if (room <= 0) {
      textCut |= length > 0;
      return;
    }
    if (length > room) {
      textCut = true;
    }
    int take = Math.min(length, room);
    if (take == 0) {
      return;
    }
    String run = run(chars, start, take);
    if (textLength == 0) {
      text = run;
    } else {
      if (moreText == null) {
        moreText = new String[4];
      } else if (moreTextCount == moreText.length) {
        moreText = Arrays.copyOf(moreText, moreTextCount * 2);
      }
      moreText[moreTextCount++] = run;
    }
    textLength += take;
  }

  /** The run as a string: a shared one for a line break and up to 64 spaces, else a copy. */
  private static String run(char[] chars, int start, int length) {
    if (chars[start] == '\n' && length <= INDENTS.length) {
      int end = start + length;
      int i = start + 1;
      while (i < end && chars[i] == ' ') {
        i++;
      }
      if (i == end) {
        return INDENTS[length - 1];
      }
    }
    return new String(chars, start, length);
  }

  String text() {
    if (moreTextCount > 0) {
      StringBuilder all = new StringBuilder(textLength).append(text);
      for (int i = 0; i < moreTextCount; i++) {
        all.append(moreText[i]);
      }
      text = all.toString();
      moreTextCount = 0;
    }
    return text;
  }

  /** Whether {@link #text()} is blank, without joining the runs. */
  boolean textIsBlank() {
    if (!text.isBlank()) {
      return false;
    }
    for (int i = 0; i < moreTextCount; i++) {
      if (!moreText[i].isBlank()) {
        return false;
      }
    }
    return true;
  }

  boolean textCut() {
    return textCut;
  }

  Optional<String> attribute(String attributeName) {
    int hash = attributeName.hashCode();
    for (int i = 0; i < attributeSlots; i += 2) {
      String a = attributes[i];
      if (a.hashCode() == hash && a.equals(attributeName)) {
        return Optional.of(attributes[i + 1]);
      }
    }
    return Optional.empty();
  }

  List<ActivityNode> children(String childName) {
    List<ActivityNode> found = null;
    int hash = childName.hashCode();
    for (int i = 0; i < childCount; i++) {
      ActivityNode c = children[i];
      if (!c.foreign && c.name.hashCode() == hash && c.name.equals(childName)) {
        if (found == null) {
          found = new ArrayList<>(2);
        }
        found.add(c);
      }
    }
    return found == null ? List.of() : found;
  }

  Optional<ActivityNode> child(String childName) {
    int hash = childName.hashCode();
    for (int i = 0; i < childCount; i++) {
      ActivityNode c = children[i];
      if (!c.foreign && c.name.hashCode() == hash && c.name.equals(childName)) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }

  String attributeXpath(String attributeName) {
    return xpath() + "/@" + attributeName;
  }
}
