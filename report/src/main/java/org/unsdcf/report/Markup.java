package org.unsdcf.report;

import org.owasp.encoder.Encode;

/**
 * Builds HTML and inline SVG: every text goes through {@link Encode#forHtml} and every attribute
 * value through {@link Encode#forHtmlAttribute}, so nothing from a plan is ever markup. Names of
 * elements and attributes are the code's own constants. The output is well-formed XML as well as
 * HTML5 (each void element self-closed), which the tests use to check it.
 */
final class Markup {
  private final StringBuilder out;

  Markup(StringBuilder out) {
    this.out = out;
  }

  /** Opens an element; {@code attributes} alternate names and values. */
  Markup open(String element, String... attributes) {
    out.append('<').append(element);
    attributes(attributes);
    out.append('>');
    return this;
  }

  /** Writes an element without content, self-closed. */
  Markup empty(String element, String... attributes) {
    out.append('<').append(element);
    attributes(attributes);
    out.append("/>");
    return this;
  }

  Markup close(String element) {
    out.append("</").append(element).append('>');
    return this;
  }

  /** Writes an element holding only text. */
  Markup element(String element, String text, String... attributes) {
    return open(element, attributes).text(text).close(element);
  }

  Markup text(String text) {
    out.append(Encode.forHtml(text));
    return this;
  }

  /** Writes markup the code itself composed (fixed strings, numbers, other Markup). */
  Markup raw(String markup) {
    out.append(markup);
    return this;
  }

  Markup newline() {
    out.append('\n');
    return this;
  }

  private void attributes(String[] attributes) {
    if (attributes.length % 2 != 0) {
      throw new AssertionError("unsdcf bug: attribute without value in " + attributes.length);
    }
    for (int i = 0; i < attributes.length; i += 2) {
      out.append(' ')
          .append(attributes[i])
          .append("=\"")
          .append(Encode.forHtmlAttribute(attributes[i + 1]))
          .append('"');
    }
  }
}
