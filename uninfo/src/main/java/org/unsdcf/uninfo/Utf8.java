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

  private Utf8() {}

  /**
   * Gets the offset of the first byte that is not part of well-formed UTF-8 (no overlong forms, no
   * surrogates, nothing above U+10FFFF, no truncated sequence), or -1.
   */
  static int firstInvalid(byte[] b, int from) {
    int i = from;
    int n = b.length;
    while (i < n) {
      // A word of ASCII without NUL needs no byte-by-byte look; any other word falls through.
      while (i + 8 <= n) {
        long w = (long) WORD.get(b, i);
        if ((w & HIGH_BITS) != 0 || ((w - LOW_BITS) & ~w & HIGH_BITS) != 0) {
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
          return i; // NUL: UTF-16 without a BOM, or binary
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
      } else {
        return i;
      }
      if (i + len > n) {
        return i;
      }
      int cp = c & (0xff >> (len + 1));
      for (int k = 1; k < len; k++) {
        int d = b[i + k] & 0xff;
        if ((d & 0xc0) != 0x80) {
          return i;
        }
        cp = (cp << 6) | (d & 0x3f);
      }
      if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) {
        return i;
      }
      i += len;
    }
    return -1;
  }
}
