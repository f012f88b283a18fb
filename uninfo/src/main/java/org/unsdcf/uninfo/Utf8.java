package org.unsdcf.uninfo;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/** Strict UTF-8 checks of a CSV's bytes, with the offset of the first bad byte. */
final class Utf8 {
  /** Reads eight bytes at once: real exports are mostly ASCII, checked a word at a time. */
  private static final VarHandle WORD =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

  private static final long HIGH_BITS = 0x8080808080808080L;
  private static final long LOW_BITS = 0x0101010101010101L;
  private static final long SPACES = 0x2020202020202020L;
  private static final long DELETES = 0x7f7f7f7f7f7f7f7fL;

  private Utf8() {}

  /**
   * What one pass over the bytes found.
   *
   * @param firstInvalid the offset of the first byte that is not well-formed UTF-8, or -1
   * @param plain whether the bytes hold no control character but TAB, LF and CR, no DEL and no
   *     character above U+FFFF: then no text decoded from them holds one, or a surrogate
   */
  record Scan(int firstInvalid, boolean plain) {}

  /**
   * Gets the offset of the first byte that is not part of well-formed UTF-8 (no overlong forms, no
   * surrogates, nothing above U+10FFFF, no truncated sequence), or -1.
   */
  static int firstInvalid(byte[] b, int from) {
    return scan(b, from).firstInvalid();
  }

  /** Checks the bytes from {@code from} as {@link #firstInvalid} does, and if they are plain. */
  static Scan scan(byte[] b, int from) {
    int i = from;
    int n = b.length;
    boolean plain = true;
    while (i < n) {
      // A word of printable ASCII needs no byte-by-byte look; any other word falls through.
      while (i + 8 <= n) {
        long w = (long) WORD.get(b, i);
        long del = w ^ DELETES;
        if ((w & HIGH_BITS) != 0
            || ((w - SPACES) & ~w & HIGH_BITS) != 0
            || ((del - LOW_BITS) & ~del & HIGH_BITS) != 0) {
          break;
        }
        i += 8;
      }
      if (i >= n) {
        break;
      }
      int c = b[i] & 0xff;
      if (c < 0x80) {
        if (c == 0) {
          return new Scan(i, false); // NUL: UTF-16 without a BOM, or binary
        }
        if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7f) {
          plain = false;
        }
        i++;
        continue;
      }
      int len;
      int min;
      if (c >= 0xc2 && c <= 0xdf) {
        len = 2;
        min = 0x80;
      } else if (c >= 0xe0 && c <= 0xef) {
        len = 3;
        min = 0x800;
      } else if (c >= 0xf0 && c <= 0xf4) {
        len = 4;
        min = 0x10000;
        plain = false;
      } else {
        return new Scan(i, false);
      }
      if (i + len > n) {
        return new Scan(i, false);
      }
      int cp = c & (0xff >> (len + 1));
      for (int k = 1; k < len; k++) {
        int d = b[i + k] & 0xff;
        if ((d & 0xc0) != 0x80) {
          return new Scan(i, false);
        }
        cp = (cp << 6) | (d & 0x3f);
      }
      if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) {
        return new Scan(i, false);
      }
      i += len;
    }
    return new Scan(-1, plain);
  }
}
