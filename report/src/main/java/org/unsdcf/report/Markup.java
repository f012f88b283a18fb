package org.unsdcf.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.owasp.encoder.Encode;

/**
 * Builds HTML and inline SVG: every text goes through {@link Encode#forHtml} and every attribute
 * value through {@link Encode#forHtmlAttribute}, so nothing from a plan is ever markup. Names of
 * elements and attributes are the code's own constants; numbers the code computed (coordinates,
 * counts) are written as their digits. The output is well-formed XML as well as HTML5 (each void
 * element self-closed), which the tests use to check it.
 *
 * <p>The page is encoded to UTF-8 as it is built, into one buffer sized once from the plan, and
 * written out in one call: no page-sized {@code String}, no second pass. {@link #raw} encodes as
 * {@link String#getBytes(java.nio.charset.Charset)} does (through it, for anything not ASCII).
 */
final class Markup {
  /**
   * Strings up to this length are copied a character at a time; longer ones (and any that is not
   * ASCII) through {@link String#getBytes(java.nio.charset.Charset)}, whose copy is faster once
   * past its fixed cost.
   */
  private static final int SHORT = 24;

  /**
   * The characters both of the encoder's {@link Encode#forHtml} and {@link Encode#forHtmlAttribute}
   * leave as they are and that are one byte in UTF-8: printable ASCII but {@code & < > " '}, and
   * tab, line feed and carriage return. A text made only of them is copied as it is, in the same
   * pass that checks it; any other text goes through the encoder.
   */
  private static final boolean[] CLEAN = clean();

  private byte[] bytes;
  private int size;

  /** A buffer of {@code capacity} bytes to start with; it grows if the estimate was short. */
  Markup(int capacity) {
    this.bytes = new byte[Math.max(capacity, 256)];
  }

  /** Opens an element; {@code attributes} alternate names and values. */
  Markup open(String element, String... attributes) {
    start(element);
    attributes(attributes);
    return end();
  }

  /** Writes an element without content, self-closed. */
  Markup empty(String element, String... attributes) {
    start(element);
    attributes(attributes);
    return endEmpty();
  }

  /** Starts an opening tag, to be given attributes and then ended. */
  Markup start(String element) {
    ascii('<');
    return raw(element);
  }

  /** An attribute whose value goes through the encoder. */
  Markup attribute(String name, String value) {
    ascii(' ');
    raw(name);
    ascii('=');
    ascii('"');
    if (!clean(value)) {
      raw(Encode.forHtmlAttribute(value));
    }
    ascii('"');
    return this;
  }

  /** An attribute's value alone, through the encoder, for markup written around it in pieces. */
  Markup attributeValue(String value) {
    return clean(value) ? this : raw(Encode.forHtmlAttribute(value));
  }

  /**
   * An attribute whose value the code encoded once with {@link Encode#forHtmlAttribute} (a fixed
   * value kept encoded in a constant).
   */
  Markup encodedAttribute(String name, String encoded) {
    ascii(' ');
    raw(name);
    ascii('=');
    ascii('"');
    raw(encoded);
    ascii('"');
    return this;
  }

  /** An attribute whose value is a coordinate the code computed, as {@link Figures#coordinate}. */
  Markup coordinate(String name, double value) {
    ascii(' ');
    raw(name);
    ascii('=');
    ascii('"');
    coordinate(value);
    ascii('"');
    return this;
  }

  /** Ends an opening tag started with {@link #start}. */
  Markup end() {
    ascii('>');
    return this;
  }

  /** Ends a tag started with {@link #start} as an element without content, self-closed. */
  Markup endEmpty() {
    ensure(2);
    bytes[size++] = '/';
    bytes[size++] = '>';
    return this;
  }

  Markup close(String element) {
    ensure(2);
    bytes[size++] = '<';
    bytes[size++] = '/';
    raw(element);
    ascii('>');
    return this;
  }

  /** Writes an element holding only text. */
  Markup element(String element, String text, String... attributes) {
    return open(element, attributes).text(text).close(element);
  }

  Markup text(String text) {
    return clean(text) ? this : raw(Encode.forHtml(text));
  }

  /**
   * Copies a text made only of {@link #CLEAN} characters, which the encoder would return unchanged,
   * and says so; writes nothing and says false for any other.
   */
  private boolean clean(String text) {
    int length = text.length();
    ensure(length);
    byte[] b = bytes;
    int n = size;
    boolean[] clean = CLEAN;
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      if (c >= clean.length || !clean[c]) {
        return false;
      }
      b[n + i] = (byte) c;
    }
    size = n + length;
    return true;
  }

  private static boolean[] clean() {
    boolean[] clean = new boolean[0x7f];
    for (char c = ' '; c < 0x7f; c++) {
      clean[c] = true;
    }
    for (char c : new char[] {'&', '<', '>', '"', '\''}) {
      clean[c] = false;
    }
    clean['\t'] = true;
    clean['\n'] = true;
    clean['\r'] = true;
    return clean;
  }

  /** Writes markup the code itself composed (fixed strings, numbers, encoded text). */
  Markup raw(String markup) {
    int length = markup.length();
    if (length > SHORT) {
      return raw(markup.getBytes(StandardCharsets.UTF_8));
    }
    ensure(length);
    byte[] b = bytes;
    int n = size;
    for (int i = 0; i < length; i++) {
      char c = markup.charAt(i);
      if (c >= 0x80) {
        // Not ASCII: the JDK's encoder, from the start of the string.
        return raw(markup.getBytes(StandardCharsets.UTF_8));
      }
      b[n++] = (byte) c;
    }
    size = n;
    return this;
  }

  /** Writes bytes the code itself composed and encoded once (the stylesheet). */
  Markup raw(byte[] markup) {
    ensure(markup.length);
    System.arraycopy(markup, 0, bytes, size, markup.length);
    size += markup.length;
    return this;
  }

  Markup newline() {
    ascii('\n');
    return this;
  }

  /** Writes the page's bytes. */
  void writeTo(OutputStream out) throws IOException {
    out.write(bytes, 0, size);
  }

  /** The page's bytes so far, a copy. */
  byte[] toByteArray() {
    return Arrays.copyOf(bytes, size);
  }

  /** The digits of {@link Figures#coordinate}, without making a string. */
  Markup coordinate(double value) {
    long tenths = Math.round(value * 10);
    if (tenths < 0) {
      ascii('-');
    }
    long magnitude = Math.abs(tenths);
    digits(magnitude / 10);
    long tenth = magnitude % 10;
    if (tenth != 0) {
      ensure(2);
      bytes[size++] = '.';
      bytes[size++] = (byte) ('0' + tenth);
    }
    return this;
  }

  /** The decimal digits of a count the code computed (a width, a chart's number). */
  Markup number(int value) {
    if (value < 0) {
      ascii('-');
    }
    digits(Math.abs((long) value));
    return this;
  }

  /** The decimal digits of a value of at least 0. */
  private void digits(long value) {
    int count = 1;
    for (long rest = value / 10; rest > 0; rest /= 10) {
      count++;
    }
    ensure(count);
    long rest = value;
    for (int i = size + count - 1; i >= size; i--) {
      bytes[i] = (byte) ('0' + rest % 10);
      rest /= 10;
    }
    size += count;
  }

  private void attributes(String[] attributes) {
    if (attributes.length % 2 != 0) {
      throw new AssertionError("unsdcf bug: attribute without value in " + attributes.length);
    }
    for (int i = 0; i < attributes.length; i += 2) {
      attribute(attributes[i], attributes[i + 1]);
    }
  }

  private void ascii(char c) {
    if (size == bytes.length) {
      ensure(1);
    }
    bytes[size++] = (byte) c;
  }

  /** Makes room for {@code more} bytes, doubling the buffer when it is short. */
  private void ensure(int more) {
    int needed = size + more;
    if (needed > bytes.length) {
      bytes = Arrays.copyOf(bytes, Math.max(needed, 2 * bytes.length));
    }
  }
}
