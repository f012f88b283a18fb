package org.unsdcf.json.internal;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * The strict UTF-8 check of design.md §5: no overlong forms, surrogates or code points above
 * U+10FFFF.
 */
public final class Utf8 {
  /** Reads eight bytes at once, to skip runs of ASCII (most of any plan) quickly. */
  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

  private static final long HIGH_BITS = 0x8080808080808080L;

  private Utf8() {}

  /**
   * Finds the first byte that is not strict UTF-8.
   *
   * @param b the bytes
   * @param from the first offset to check
   * @param to one past the last offset
   * @return the offset of the first bad byte; {@code -2 - start} if the input ends inside a
   *     sequence that began at {@code start}; {@code -1} if all is well
   */
  public static long check(byte[] b, int from, int to) {
    int i = from;
    while (i < to) {
      if (i + 8 <= to && ((long) LONGS.get(b, i) & HIGH_BITS) == 0) {
        i += 8;
        continue;
      }
      int c = b[i] & 0xFF;
      if (c < 0x80) {
        i++;
        continue;
      }
      int need;
      int lo = 0x80;
      int hi = 0xBF;
      if (c >= 0xC2 && c <= 0xDF) {
        need = 1;
      } else if (c == 0xE0) {
        need = 2;
        lo = 0xA0;
      } else if (c >= 0xE1 && c <= 0xEC || c == 0xEE || c == 0xEF) {
        need = 2;
      } else if (c == 0xED) {
        need = 2;
        hi = 0x9F;
      } else if (c == 0xF0) {
        need = 3;
        lo = 0x90;
      } else if (c >= 0xF1 && c <= 0xF3) {
        need = 3;
      } else if (c == 0xF4) {
        need = 3;
        hi = 0x8F;
      } else {
        return i;
      }
      for (int k = 1; k <= need; k++) {
        if (i + k >= to) {
          return -2L - i;
        }
        int d = b[i + k] & 0xFF;
        int min = k == 1 ? lo : 0x80;
        int max = k == 1 ? hi : 0xBF;
        if (d < min || d > max) {
          return i;
        }
      }
      i += need + 1;
    }
    return -1;
  }
}
