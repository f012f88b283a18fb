package org.unsdcf.iati;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * The character sink the JDK's StAX writer writes an export to: it encodes UTF-8 into its own
 * buffer, in bulk and without locks.
 *
 * <p>Given an {@code OutputStream}, the JDK's writer encodes through its own UTF-8 writer, which
 * hands the stream one byte per call: half of an export's time. Given a {@code Writer}, it writes
 * strings to it as they are, so this class does the encoding. It encodes exactly as the JDK's
 * {@code UTF8OutputStreamWriter} does, surrogates included (a surrogate is held and combined with
 * the next character, whatever that is), so the bytes do not depend on which of the two is used.
 *
 * <p>Draining to a stream, it writes a full buffer of 64 KiB at a time; collecting, it keeps full
 * buffers in a list and copies them once into the document's bytes. Not thread-safe: one per
 * document.
 */
final class Utf8Sink extends Writer {
  private static final int SIZE = 1 << 16;

  /** The most bytes one character can add: a low surrogate completes a 4-byte sequence. */
  private static final int MAX_BYTES_PER_CHAR = 4;

  /** Where full buffers go; {@code null} when collecting. */
  private final OutputStream out;

  /** The buffers filled so far, when collecting. */
  private final List<byte[]> full = new ArrayList<>();

  /** How many bytes of each of {@link #full} are the document's. */
  private final List<Integer> fullCounts = new ArrayList<>();

  private byte[] buffer = new byte[SIZE];
  private int count;

  /** A surrogate waiting for the next character, else 0 (the JDK's {@code lastUTF16CodePoint}). */
  private int surrogate;

  private Utf8Sink(OutputStream out) {
    this.out = out;
  }

  /** A sink that writes its bytes to a stream, which it flushes but never closes. */
  static Utf8Sink draining(OutputStream out) {
    return new Utf8Sink(out);
  }

  /** A sink that keeps its bytes for {@link #toByteArray()}. */
  static Utf8Sink collecting() {
    return new Utf8Sink(null);
  }

  @Override
  public void write(int c) throws IOException {
    if (SIZE - count < MAX_BYTES_PER_CHAR) {
      next();
    }
    encode(c);
  }

  @Override
  public void write(String text) throws IOException {
    write(text, 0, text.length());
  }

  @Override
  public void write(String text, int offset, int length) throws IOException {
    int n = count;
    if (surrogate == 0 && length <= SIZE - n) {
      // The common case: ASCII that fits, one store per character.
      byte[] bytes = buffer;
      for (int i = 0; i < length; i++) {
        char c = text.charAt(offset + i);
        if (c >= 0x80) {
          count = n;
          encodeEach(text, offset + i, length - i);
          return;
        }
        bytes[n++] = (byte) c;
      }
      count = n;
      return;
    }
    encodeEach(text, offset, length);
  }

  private void encodeEach(String text, int offset, int length) throws IOException {
    int end = offset + length;
    for (int i = offset; i < end; i++) {
      if (SIZE - count < MAX_BYTES_PER_CHAR) {
        next();
      }
      encode(text.charAt(i));
    }
  }

  @Override
  public void write(char[] chars, int offset, int length) throws IOException {
    for (int i = offset; i < offset + length; i++) {
      write(chars[i]);
    }
  }

  /** Encodes one character as the JDK's UTF-8 writer does; the buffer has room for it. */
  private void encode(int c) throws IOException {
    byte[] bytes = buffer;
    if (surrogate != 0) {
      int code = (((surrogate & 0x3ff) << 10) | (c & 0x3ff)) + 0x10000;
      if (code < 0 || code >= 0x200000) {
        throw new IOException("Atttempting to write invalid Unicode code point '" + code + "'");
      }
      bytes[count++] = (byte) (0xF0 | (code >> 18));
      bytes[count++] = (byte) (0x80 | ((code >> 12) & 0x3F));
      bytes[count++] = (byte) (0x80 | ((code >> 6) & 0x3F));
      bytes[count++] = (byte) (0x80 | (code & 0x3F));
      surrogate = 0;
    } else if (c < 0x80) {
      bytes[count++] = (byte) c;
    } else if (c < 0x800) {
      bytes[count++] = (byte) (0xC0 | (c >> 6));
      bytes[count++] = (byte) (0x80 | (c & 0x3F));
    } else if (c <= '\uFFFF') {
      if (c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE) {
        surrogate = c;
      } else {
        bytes[count++] = (byte) (0xE0 | (c >> 12));
        bytes[count++] = (byte) (0x80 | ((c >> 6) & 0x3F));
        bytes[count++] = (byte) (0x80 | (c & 0x3F));
      }
    }
  }

  /** Makes room: drains the buffer to the stream, or keeps it and starts another. */
  private void next() throws IOException {
    if (out != null) {
      drain();
    } else {
      full.add(buffer);
      fullCounts.add(count);
      buffer = new byte[SIZE];
      count = 0;
    }
  }

  private void drain() throws IOException {
    if (count > 0) {
      out.write(buffer, 0, count);
      count = 0;
    }
  }

  /** Writes what is buffered and flushes the stream, if draining; never closes it. */
  @Override
  public void flush() throws IOException {
    if (out != null) {
      drain();
      out.flush();
    }
  }

  @Override
  public void close() throws IOException {
    flush();
  }

  /**
   * Gets the bytes collected.
   *
   * @return a new array
   */
  byte[] toByteArray() {
    int total = count;
    for (int length : fullCounts) {
      total += length;
    }
    byte[] bytes = new byte[total];
    int at = 0;
    for (int i = 0; i < full.size(); i++) {
      System.arraycopy(full.get(i), 0, bytes, at, fullCounts.get(i));
      at += fullCounts.get(i);
    }
    System.arraycopy(buffer, 0, bytes, at, count);
    return bytes;
  }
}
