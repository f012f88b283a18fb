package org.unsdcf.cli;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A progress bar on standard error for reads that take more than a second, shown only when standard
 * error is a terminal (a {@link System#console()} exists and the run writes to the real {@code
 * System.err}); it counts the bytes read so far against the file's size.
 */
final class Progress implements AutoCloseable {
  private static final long DELAY_MS = 1_000;
  private static final long TICK_MS = 200;
  private static final int WIDTH = 30;

  private final InputStream input;
  private final Thread thread;
  private final Streams streams;
  private volatile boolean shown;

  private Progress(InputStream input, Thread thread, Streams streams) {
    this.input = input;
    this.thread = thread;
    this.streams = streams;
  }

  static Progress start(Streams streams, InputStream in, long size) {
    AtomicLong count = new AtomicLong();
    InputStream counting =
        new FilterInputStream(in) {
          @Override
          public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
              count.incrementAndGet();
            }
            return b;
          }

          @Override
          public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
              count.addAndGet(n);
            }
            return n;
          }
        };
    boolean terminal = System.console() != null && streams.err == System.err;
    if (!terminal) {
      return new Progress(counting, null, streams);
    }
    Progress[] self = new Progress[1];
    Thread t =
        new Thread(
            () -> {
              try {
                Thread.sleep(DELAY_MS);
                while (!Thread.currentThread().isInterrupted()) {
                  self[0].draw(count.get(), size);
                  Thread.sleep(TICK_MS);
                }
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            },
            "unsdcf-progress");
    t.setDaemon(true);
    self[0] = new Progress(counting, t, streams);
    t.start();
    return self[0];
  }

  InputStream input() {
    return input;
  }

  private void draw(long done, long size) {
    shown = true;
    if (size > 0) {
      long percent = Math.min(100, done * 100 / size);
      int filled = (int) (percent * WIDTH / 100);
      streams.err.print(
          String.format(
              Locale.ROOT,
              "\r[%s%s] %3d%% %,d bytes",
              "#".repeat(filled),
              " ".repeat(WIDTH - filled),
              percent,
              done));
    } else {
      streams.err.print(String.format(Locale.ROOT, "\r%,d bytes read", done));
    }
    streams.err.flush();
  }

  @Override
  public void close() {
    if (thread == null) {
      return;
    }
    thread.interrupt();
    try {
      thread.join(TICK_MS * 5);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    if (shown) {
      streams.err.print("\r" + " ".repeat(WIDTH + 40) + "\r");
      streams.err.flush();
    }
  }
}
