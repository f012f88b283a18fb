package org.unsdcf.uninfo;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Reads an XLSX's ZIP container defensively before any XML parser sees it.
 *
 * <p>Every entry is inflated here, counting bytes as they come (the sizes a ZIP header claims are
 * never trusted): a part over {@link Limits#MAX_PART_BYTES}, all parts over {@link
 * Limits#MAX_TOTAL_INFLATED}, or a part inflating more than {@link Limits#MAX_RATIO} times its
 * compressed bytes is a zip bomb. Duplicate entry names are refused (a reader trusting the central
 * directory could see another part than this scan did). Every XML part must be UTF-8 and declare no
 * DTD and no entity, and every cell of a worksheet name a column from A to XFD ({@link
 * CellReferences}). The checked parts are then packed afresh, so the workbook reader sees exactly
 * the bytes checked here.
 */
final class SafeZip {
  private static final byte[][] UNSAFE = {ascii("<!DOCTYPE"), ascii("<!ENTITY")};
  private static final byte[] SHARED_STRING = ascii("si");
  private static final byte[] CELL = ascii("c");
  private static final byte[] LESS_THAN = ascii("<");

  private SafeZip() {}

  /** Counts the compressed bytes the inflater has consumed. */
  private static final class Counting extends FilterInputStream {
    long count;

    Counting(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        count++;
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      if (n > 0) {
        count += n;
      }
      return n;
    }
  }

  /**
   * Inflates and checks every part.
   *
   * @return the parts by entry name, in file order
   * @throws UnInfoReadException if the container is broken or hostile
   */
  static Map<String, byte[]> scan(byte[] file, Limits limits) {
    Map<String, byte[]> parts = new LinkedHashMap<>();
    Counting counting = new Counting(new ByteArrayInputStream(file));
    long total = 0;
    long cells = 0;
    try (ZipInputStream zip = new ZipInputStream(counting)) {
      ZipEntry e;
      byte[] buf = new byte[16 * 1024];
      while ((e = zip.getNextEntry()) != null) {
        String name = e.getName();
        if (parts.size() >= Limits.MAX_ENTRIES) {
          throw Problems.unreadable(
              UnInfoProblemCode.ZIP_BOMB, "more than " + Limits.MAX_ENTRIES + " ZIP entries");
        }
        if (parts.containsKey(name)) {
          throw Problems.unreadable(
              UnInfoProblemCode.ZIP_INVALID, "the ZIP holds two entries named '" + name + "'");
        }
        long startCompressed = counting.count;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long inflated = 0;
        int n;
        while ((n = zip.read(buf)) > 0) {
          inflated += n;
          total += n;
          long compressed = counting.count - startCompressed;
          if (inflated > Limits.MAX_PART_BYTES || total > Limits.MAX_TOTAL_INFLATED) {
            throw Problems.unreadable(
                UnInfoProblemCode.ZIP_BOMB,
                "part '"
                    + name
                    + "' inflates beyond "
                    + (inflated > Limits.MAX_PART_BYTES
                        ? Limits.MAX_PART_BYTES + " bytes"
                        : Limits.MAX_TOTAL_INFLATED + " bytes for all parts"));
          }
          if (inflated > Limits.RATIO_FLOOR
              && inflated > (compressed + buf.length) * Limits.MAX_RATIO) {
            throw Problems.unreadable(
                UnInfoProblemCode.ZIP_BOMB,
                "part '"
                    + name
                    + "' inflates more than "
                    + Limits.MAX_RATIO
                    + " times its compressed size (a zip bomb)");
          }
          out.write(buf, 0, n);
        }
        byte[] bytes = out.toByteArray();
        if (isXml(name)) {
          checkXml(name, bytes);
          if (name.equals("xl/sharedStrings.xml")) {
            long strings = countElements(bytes, SHARED_STRING);
            if (strings > limits.maxCells()) {
              throw Problems.unreadable(
                  UnInfoProblemCode.LIMIT_CELLS,
                  "more than " + limits.maxCells() + " shared strings: the limit is passed");
            }
          } else if (name.startsWith("xl/worksheets/")) {
            cells += countElements(bytes, CELL);
            if (cells > limits.maxCells()) {
              throw Problems.unreadable(
                  UnInfoProblemCode.LIMIT_CELLS,
                  "more than " + limits.maxCells() + " cells: the limit is passed");
            }
            CellReferences.check(name, bytes);
          }
        }
        parts.put(name, bytes);
      }
    } catch (ZipException | EOFException ex) {
      throw Problems.unreadable(
          UnInfoProblemCode.ZIP_INVALID,
          0,
          "",
          "the XLSX is not a readable ZIP: " + oneLine(ex.getMessage()),
          ex);
    } catch (IllegalArgumentException ex) {
      // ZipInputStream's way of saying an entry name is not valid in its charset.
      throw Problems.unreadable(
          UnInfoProblemCode.ZIP_INVALID,
          0,
          "",
          "the XLSX is not a readable ZIP: " + oneLine(ex.getMessage()),
          ex);
    } catch (IOException ex) {
      throw Problems.unreadable(
          UnInfoProblemCode.ZIP_INVALID, 0, "", "the XLSX could not be inflated", ex);
    }
    if (parts.isEmpty()) {
      throw Problems.unreadable(UnInfoProblemCode.ZIP_INVALID, "the XLSX's ZIP holds no entry");
    }
    return parts;
  }

  /** Packs checked parts into a fresh ZIP for the workbook reader. */
  static byte[] pack(Map<String, byte[]> parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.setLevel(Deflater.BEST_SPEED);
      for (Map.Entry<String, byte[]> p : parts.entrySet()) {
        zip.putNextEntry(new ZipEntry(p.getKey()));
        zip.write(p.getValue());
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new AssertionError("unsdcf bug: writing to memory failed", e);
    }
    return out.toByteArray();
  }

  private static boolean isXml(String name) {
    return name.endsWith(".xml") || name.endsWith(".rels") || name.endsWith(".vml");
  }

  private static void checkXml(String name, byte[] b) {
    if (b.length >= 2
        && ((b[0] == 0 && b[1] == '<')
            || (b[0] == '<' && b[1] == 0)
            || (b[0] & 0xff) == 0xfe
            || (b[0] & 0xff) == 0xff)) {
      throw Problems.unreadable(
          UnInfoProblemCode.XML_UNSAFE, "part '" + name + "' is not UTF-8 XML (UTF-16 or UTF-32)");
    }
    for (byte[] pattern : UNSAFE) {
      if (indexOf(b, pattern) >= 0) {
        throw Problems.unreadable(
            UnInfoProblemCode.XML_UNSAFE,
            "part '"
                + name
                + "' declares a DTD or an entity, which an XLSX never needs (XXE is never resolved)");
      }
    }
  }

  /**
   * Counts the start tags whose local name is {@code local}, with or without a namespace prefix
   * ({@code <c>}, {@code <c r="A1"/>}, {@code <x:c>}, a line break after the name). It may count
   * more than there are (a tag inside a comment or CDATA counts), never fewer, so a limit checked
   * on it is never passed unseen.
   */
  static long countElements(byte[] b, byte[] local) {
    long n = 0;
    int i = 0;
    while ((i = indexOf(b, LESS_THAN, i)) >= 0) {
      int start = i + 1;
      int end = start;
      int localStart = start;
      while (end < b.length && !endsName(b[end])) {
        if (b[end] == ':') {
          localStart = end + 1;
        }
        end++;
      }
      if (end - localStart == local.length
          && Arrays.equals(b, localStart, end, local, 0, local.length)) {
        n++;
      }
      i = end;
    }
    return n;
  }

  private static boolean endsName(byte c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '>' || c == '/' || c == '<';
  }

  private static int indexOf(byte[] b, byte[] p) {
    return indexOf(b, p, 0);
  }

  private static int indexOf(byte[] b, byte[] p, int from) {
    byte first = p[0];
    int last = b.length - p.length;
    outer:
    for (int i = from; i <= last; i++) {
      if (b[i] != first) {
        continue;
      }
      for (int k = 1; k < p.length; k++) {
        if (b[i + k] != p[k]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  private static byte[] ascii(String s) {
    return s.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
  }

  static String oneLine(String s) {
    if (s == null) {
      return "malformed";
    }
    return UnInfoProblem.escape(s);
  }
}
