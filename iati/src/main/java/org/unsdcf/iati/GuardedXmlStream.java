package org.unsdcf.iati;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * The bytes of an activity file on their way to the XML parser, watched before the parser sees
 * them: the document size is counted, a DTD or any other {@code <!} declaration is refused, and
 * attribute values and text runs are measured as they stream, so that a hostile document (a 2 GB
 * attribute, a DOCTYPE with entities) fails within a buffer's length of its first bad byte, before
 * the parser builds anything large.
 *
 * <p>The scan is a small lexer over ASCII-compatible bytes (UTF-8, the encoding of IATI files);
 * UTF-16 and UTF-32 documents are refused. Lengths count code points; a character or entity
 * reference counts as one.
 */
final class GuardedXmlStream extends FilterInputStream {

  /** A refusal raised inside the parser's read; the reader unwraps it into its exception. */
  static final class Refusal extends IOException {
    private static final long serialVersionUID = 1L;

    Refusal(String message) {
      // Messages may quote the document's bytes: one line, controls escaped.
      super(ImportTexts.oneLine(message));
    }
  }

  private enum State {
    CONTENT,
    LT,
    BANG,
    COMMENT,
    CDATA,
    PI,
    TAG,
    ATTRIBUTE,
    ATTRIBUTE_REFERENCE,
    CONTENT_REFERENCE
  }

  /** Eight bytes of a buffer read as one little-endian long: byte {@code i} is bits 8i to 8i+7. */
  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

  private static final long ONES = 0x0101_0101_0101_0101L;
  private static final long HIGH_BITS = 0x8080_8080_8080_8080L;
  private static final long LOW_BITS = 0x7F7F_7F7F_7F7F_7F7FL;
  private static final long LESS_THAN = '<' * ONES;
  private static final long AMPERSAND = '&' * ONES;
  private static final long LINE_FEED = '\n' * ONES;
  private static final long DOUBLE_QUOTE = '"' * ONES;
  private static final long SINGLE_QUOTE = '\'' * ONES;
  private static final long GREATER_THAN = '>' * ONES;

  private IOException sourceFailure;
  private final long maxBytes;
  private final long maxAttribute;
  private final long maxTextRun;
  private long count;
  private State state = State.CONTENT;
  private int quote;
  private long length;
  private long textRun;
  private final StringBuilder bang = new StringBuilder(8);
  private int tail;
  private int line = 1;
  private final byte[] head = new byte[4];
  private int headLength;

  GuardedXmlStream(InputStream in, long maxBytes, long maxAttribute, long maxTextRun) {
    super(in);
    this.maxBytes = maxBytes;
    this.maxAttribute = maxAttribute;
    this.maxTextRun = maxTextRun;
  }

  /** The failure of the underlying stream itself, as opposed to a refusal or a parse error. */
  IOException sourceFailure() {
    return sourceFailure;
  }

  @Override
  public int read() throws IOException {
    int b;
    try {
      b = super.read();
    } catch (IOException e) {
      sourceFailure = e;
      throw e;
    }
    if (b >= 0) {
      scan(b);
    }
    return b;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) throws IOException {
    int n;
    try {
      n = super.read(buffer, offset, length);
    } catch (IOException e) {
      sourceFailure = e;
      throw e;
    }
    if (n > 0) {
      if (count + n > maxBytes || headLength < head.length) {
        for (int i = 0; i < n; i++) {
          scan(buffer[offset + i] & 0xFF);
        }
      } else {
        scanWithin(buffer, offset, offset + n);
      }
    }
    return n;
  }

  /**
   * Scans bytes known to stay within the size limit, past the document's head: the same states and
   * transitions as {@link #step}, with the common runs (text, attribute values, the inside of a
   * tag) in tight loops and the common transitions between them taken in place.
   */
  private void scanWithin(byte[] buffer, int from, int to) throws Refusal {
    count += to - from;
    int i = from;
    while (i < to) {
      State s = state;
      if (s == State.CONTENT) {
        i = textUntil(buffer, i, to);
        if (i < to) {
          if (buffer[i++] == '<') {
            textRun = 0;
            // The byte after '<' names a tag unless it opens a declaration or instruction.
            if (i < to && buffer[i] != '!' && buffer[i] != '?') {
              if (buffer[i++] == '\n') {
                line++;
              }
              state = State.TAG;
            } else {
              state = State.LT;
            }
          } else {
            text();
            state = State.CONTENT_REFERENCE;
          }
        }
      } else if (s == State.TAG) {
        i = tagUntil(buffer, i, to);
        if (i < to) {
          int b = buffer[i++];
          if (b == '>') {
            textRun = 0;
            state = State.CONTENT;
          } else {
            quote = b;
            length = 0;
            state = State.ATTRIBUTE;
          }
        }
      } else if (s == State.ATTRIBUTE) {
        i = attributeUntil(buffer, i, to);
        if (i < to) {
          if (buffer[i++] == quote) {
            state = State.TAG;
          } else {
            attributeCharacter();
            state = State.ATTRIBUTE_REFERENCE;
          }
        }
      } else {
        step(buffer[i++] & 0xFF);
      }
    }
  }

  /**
   * Counts text up to the next {@code <} or {@code &}, whose index it returns ({@code to} if none).
   * Eight bytes at a time where it can (see {@link #equal}), then byte by byte.
   */
  private int textUntil(byte[] buffer, int from, int to) throws Refusal {
    int i = from;
    int lines = 0;
    long run = textRun;
    boolean stopped = false;
    while (i <= to - Long.BYTES) {
      long w = (long) LONGS.get(buffer, i);
      long stop = equal(w, LESS_THAN) | equal(w, AMPERSAND);
      long breaks = equal(w, LINE_FEED);
      long continuations = w & ~(w << 1) & HIGH_BITS;
      if (stop != 0) {
        int k = Long.numberOfTrailingZeros(stop) >>> 3;
        long below = k == 0 ? 0 : -1L >>> (Long.SIZE - Byte.SIZE * k);
        lines += Long.bitCount(breaks & below);
        run += k - Long.bitCount(continuations & below);
        i += k;
        stopped = true;
        break;
      }
      lines += Long.bitCount(breaks);
      run += Long.BYTES - Long.bitCount(continuations);
      i += Long.BYTES;
    }
    while (!stopped && i < to) {
      int b = buffer[i];
      if (b == '<' || b == '&') {
        break;
      }
      lines += b == '\n' ? 1 : 0;
      run += (b & 0xC0) != 0x80 ? 1 : 0;
      i++;
    }
    if (run > maxTextRun) {
      replayText(buffer, from, i);
    }
    line += lines;
    textRun = run;
    return i;
  }

  /**
   * Counts an attribute value up to its closing quote or an {@code &}, whose index it returns;
   * eight bytes at a time where it can.
   */
  private int attributeUntil(byte[] buffer, int from, int to) throws Refusal {
    int i = from;
    int lines = 0;
    long run = length;
    int end = quote;
    long ends = (end & 0xFF) * ONES;
    boolean stopped = false;
    while (i <= to - Long.BYTES) {
      long w = (long) LONGS.get(buffer, i);
      long stop = equal(w, ends) | equal(w, AMPERSAND);
      long breaks = equal(w, LINE_FEED);
      long continuations = w & ~(w << 1) & HIGH_BITS;
      if (stop != 0) {
        int k = Long.numberOfTrailingZeros(stop) >>> 3;
        long below = k == 0 ? 0 : -1L >>> (Long.SIZE - Byte.SIZE * k);
        lines += Long.bitCount(breaks & below);
        run += k - Long.bitCount(continuations & below);
        i += k;
        stopped = true;
        break;
      }
      lines += Long.bitCount(breaks);
      run += Long.BYTES - Long.bitCount(continuations);
      i += Long.BYTES;
    }
    while (!stopped && i < to) {
      int b = buffer[i];
      if (b == end || b == '&') {
        break;
      }
      lines += b == '\n' ? 1 : 0;
      run += (b & 0xC0) != 0x80 ? 1 : 0;
      i++;
    }
    if (run > maxAttribute) {
      replayAttribute(buffer, from, i);
    }
    line += lines;
    length = run;
    return i;
  }

  /**
   * Passes over the inside of a tag up to a quote or its {@code >}, whose index it returns; eight
   * bytes at a time where it can.
   */
  private int tagUntil(byte[] buffer, int from, int to) {
    int i = from;
    int lines = 0;
    while (i <= to - Long.BYTES) {
      long w = (long) LONGS.get(buffer, i);
      long stop = equal(w, DOUBLE_QUOTE) | equal(w, SINGLE_QUOTE) | equal(w, GREATER_THAN);
      long breaks = equal(w, LINE_FEED);
      if (stop != 0) {
        int k = Long.numberOfTrailingZeros(stop) >>> 3;
        long below = k == 0 ? 0 : -1L >>> (Long.SIZE - Byte.SIZE * k);
        line += lines + Long.bitCount(breaks & below);
        return i + k;
      }
      lines += Long.bitCount(breaks);
      i += Long.BYTES;
    }
    while (i < to) {
      int b = buffer[i];
      if (b == '"' || b == '\'' || b == '>') {
        break;
      }
      lines += b == '\n' ? 1 : 0;
      i++;
    }
    line += lines;
    return i;
  }

  /**
   * The bytes of {@code word} equal to the byte repeated in {@code pattern}: the high bit of each
   * such byte set, every other bit clear. Exact for every byte (no borrow runs from one byte into
   * the next), so the masks can be counted as well as searched.
   */
  private static long equal(long word, long pattern) {
    long x = word ^ pattern;
    long t = (x & LOW_BITS) + LOW_BITS;
    return ~(t | x | LOW_BITS);
  }

  /**
   * Goes again, byte by byte, over a run of text that passed the limit somewhere, so that the
   * refusal names the line where it did (the tight loop counts only at the run's end).
   */
  private void replayText(byte[] buffer, int from, int to) throws Refusal {
    for (int i = from; i < to; i++) {
      int b = buffer[i] & 0xFF;
      if (b == '\n') {
        line++;
      }
      if ((b & 0xC0) != 0x80) {
        text();
      }
    }
    throw new AssertionError("unsdcf bug: a text run over the limit was not refused");
  }

  /** {@link #replayText} for a run of an attribute value. */
  private void replayAttribute(byte[] buffer, int from, int to) throws Refusal {
    for (int i = from; i < to; i++) {
      int b = buffer[i] & 0xFF;
      if (b == '\n') {
        line++;
      }
      if ((b & 0xC0) != 0x80) {
        attributeCharacter();
      }
    }
    throw new AssertionError("unsdcf bug: an attribute run over the limit was not refused");
  }

  @Override
  public long skip(long n) throws IOException {
    byte[] sink = new byte[(int) Math.min(n, 8192)];
    int read = read(sink, 0, sink.length);
    return Math.max(read, 0);
  }

  @Override
  public boolean markSupported() {
    return false;
  }

  @Override
  public synchronized void mark(int readlimit) {
    // The scan cannot rewind, so marking is not offered (markSupported() is false).
  }

  @Override
  public synchronized void reset() throws IOException {
    throw new IOException("mark/reset not supported");
  }

  private void scan(int b) throws Refusal {
    count++;
    if (count > maxBytes) {
      throw new Refusal("the document is larger than the limit of " + maxBytes + " bytes");
    }
    if (headLength < head.length) {
      head[headLength++] = (byte) b;
      checkEncoding();
    }
    step(b);
  }

  /** Moves the lexer over one byte (already counted). */
  private void step(int b) throws Refusal {
    if (b == '\n') {
      line++;
    }
    boolean codePoint = (b & 0xC0) != 0x80;
    switch (state) {
      case CONTENT -> content(b, codePoint);
      case CONTENT_REFERENCE -> {
        if (b == ';' || b == '<') {
          state = State.CONTENT;
          if (b == '<') {
            textRun = 0;
            state = State.LT;
          }
        }
      }
      case LT -> lessThan(b);
      case BANG -> declaration(b);
      case COMMENT -> until(b, "-->");
      case CDATA -> cdata(b, codePoint);
      case PI -> until(b, "?>");
      case TAG -> tag(b);
      case ATTRIBUTE -> attribute(b, codePoint);
      case ATTRIBUTE_REFERENCE -> {
        if (b == ';') {
          state = State.ATTRIBUTE;
        } else if (b == quote) {
          state = State.TAG;
        }
      }
      default -> throw new AssertionError("unsdcf bug: state " + state);
    }
  }

  private void checkEncoding() throws Refusal {
    if (headLength == 2) {
      int b0 = head[0] & 0xFF;
      int b1 = head[1] & 0xFF;
      if ((b0 == 0xFE && b1 == 0xFF) || (b0 == 0xFF && b1 == 0xFE) || b0 == 0 || b1 == 0) {
        throw new Refusal("the document is not UTF-8 (UTF-16 or UTF-32 bytes at its start)");
      }
    }
  }

  private void content(int b, boolean codePoint) throws Refusal {
    if (b == '<') {
      textRun = 0;
      state = State.LT;
      return;
    }
    if (codePoint) {
      text();
    }
    if (b == '&') {
      state = State.CONTENT_REFERENCE;
    }
  }

  private void text() throws Refusal {
    textRun++;
    if (textRun > maxTextRun) {
      throw new Refusal(
          "a text near line "
              + line
              + " is longer than the limit of "
              + maxTextRun
              + " characters");
    }
  }

  private void lessThan(int b) {
    switch (b) {
      case '!' -> {
        bang.setLength(0);
        state = State.BANG;
      }
      case '?' -> {
        tail = 0;
        state = State.PI;
      }
      default -> state = State.TAG;
    }
  }

  private void declaration(int b) throws Refusal {
    bang.append((char) b);
    String seen = bang.toString();
    if (seen.equals("--")) {
      tail = 0;
      state = State.COMMENT;
    } else if (seen.equals("[CDATA[")) {
      tail = 0;
      state = State.CDATA;
    } else if (!"--".startsWith(seen) && !"[CDATA[".startsWith(seen)) {
      throw new Refusal(
          "line "
              + line
              + ": a DTD or declaration ('<!"
              + (seen.startsWith("D") ? "DOCTYPE" : seen)
              + "') is not allowed in an IATI file");
    }
  }

  private void until(int b, String end) {
    if (b == end.charAt(tail)) {
      tail++;
      if (tail == end.length()) {
        state = State.CONTENT;
      }
    } else if (tail == 2 && b == '-') {
      // "---": the last two dashes may still begin "-->" (only that end has a repeated start).
    } else {
      tail = b == end.charAt(0) ? 1 : 0;
    }
  }

  private void cdata(int b, boolean codePoint) throws Refusal {
    if (codePoint) {
      text();
    }
    if (b == ']') {
      tail = Math.min(tail + 1, 2);
    } else if (b == '>' && tail == 2) {
      state = State.CONTENT;
    } else {
      tail = 0;
    }
  }

  private void tag(int b) {
    if (b == '"' || b == '\'') {
      quote = b;
      length = 0;
      state = State.ATTRIBUTE;
    } else if (b == '>') {
      textRun = 0;
      state = State.CONTENT;
    }
  }

  private void attribute(int b, boolean codePoint) throws Refusal {
    if (b == quote) {
      state = State.TAG;
      return;
    }
    if (codePoint) {
      attributeCharacter();
    }
    if (b == '&') {
      state = State.ATTRIBUTE_REFERENCE;
    }
  }

  private void attributeCharacter() throws Refusal {
    length++;
    if (length > maxAttribute) {
      throw new Refusal(
          "an attribute value near line "
              + line
              + " is longer than the limit of "
              + maxAttribute
              + " characters");
    }
  }
}
