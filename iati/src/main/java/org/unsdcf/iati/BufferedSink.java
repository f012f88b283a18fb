package org.unsdcf.iati;

import java.io.IOException;
import java.io.OutputStream;

/**
 * An unsynchronised output buffer: the JDK's StAX writer hands UTF-8 to its stream one byte at a
 * time, which a {@code ByteArrayOutputStream} or {@code BufferedOutputStream} pays a lock for on
 * every byte. Not thread-safe: one per document.
 */
final class BufferedSink extends OutputStream {
  private static final int SIZE = 1 << 16;

  private final OutputStream out;
  private final byte[] buffer = new byte[SIZE];
  private int count;

  BufferedSink(OutputStream out) {
    this.out = out;
  }

  @Override
  public void write(int b) throws IOException {
    if (count == SIZE) {
      drain();
    }
    buffer[count++] = (byte) b;
  }

  @Override
  public void write(byte[] bytes, int offset, int length) throws IOException {
    if (length >= SIZE) {
      drain();
      out.write(bytes, offset, length);
      return;
    }
    if (length > SIZE - count) {
      drain();
    }
    System.arraycopy(bytes, offset, buffer, count, length);
    count += length;
  }

  /** Writes what is buffered and flushes the stream; never closes it. */
  @Override
  public void flush() throws IOException {
    drain();
    out.flush();
  }

  @Override
  public void close() throws IOException {
    flush();
  }

  private void drain() throws IOException {
    if (count > 0) {
      out.write(buffer, 0, count);
      count = 0;
    }
  }
}
