package org.unsdcf.json.internal;

import java.util.Arrays;

/**
 * Lines and columns of byte offsets in valid UTF-8: columns count code points; LF, CR and CR LF end
 * a line. Line starts and code-point counts at every 4,096th byte are indexed once, so each lookup
 * is a binary search and a short scan.
 */
public final class ByteLocator implements Locator {
  private static final int STRIDE = 4096;

  private final byte[] bytes;
  private final int length;
  private final int[] lineStarts;
  private final int[] codePointsBefore;

  /**
   * Indexes a document.
   *
   * @param bytes the bytes, valid UTF-8 up to {@code length}
   * @param length how many bytes count
   */
  public ByteLocator(byte[] bytes, int length) {
    this.bytes = bytes;
    this.length = length;
    int[] starts = new int[16];
    int lines = 1;
    int[] counts = new int[length / STRIDE + 2];
    int count = 0;
    for (int i = 0; i < length; i++) {
      if (i % STRIDE == 0) {
        counts[i / STRIDE] = count;
      }
      byte b = bytes[i];
      if ((b & 0xC0) != 0x80) {
        count++;
      }
      boolean lineEnd = b == '\n' || (b == '\r' && (i + 1 >= length || bytes[i + 1] != '\n'));
      if (lineEnd) {
        if (lines == starts.length) {
          starts = Arrays.copyOf(starts, lines * 2);
        }
        starts[lines++] = i + 1;
      }
    }
    if (length % STRIDE == 0) {
      counts[length / STRIDE] = count;
    }
    this.lineStarts = Arrays.copyOf(starts, lines);
    this.codePointsBefore = counts;
  }

  @Override
  public int line(long mark) {
    return lineIndex(clamp(mark)) + 1;
  }

  @Override
  public int column(long mark) {
    int offset = clamp(mark);
    int start = lineStarts[lineIndex(offset)];
    return codePoints(offset) - codePoints(start) + 1;
  }

  private int clamp(long mark) {
    return (int) Math.max(0, Math.min(mark, length));
  }

  private int lineIndex(int offset) {
    int i = Arrays.binarySearch(lineStarts, offset);
    return i >= 0 ? i : -i - 2;
  }

  private int codePoints(int offset) {
    int count = codePointsBefore[offset / STRIDE];
    for (int i = offset / STRIDE * STRIDE; i < offset; i++) {
      if ((bytes[i] & 0xC0) != 0x80) {
        count++;
      }
    }
    return count;
  }
}
