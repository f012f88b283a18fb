package org.unsdcf.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Opens the FILE argument: a path, or {@code -} for standard input. */
final class PlanInput {
  /** The reader's largest document, 64 MiB. */
  static final int MAX_DOCUMENT = 64 * 1024 * 1024;

  private PlanInput() {}

  /** Thrown when FILE cannot be opened or read; the message is the reason alone. */
  static final class CannotRead extends Exception {
    CannotRead(String reason, Throwable cause) {
      super(reason, cause);
    }
  }

  /**
   * Opens FILE for reading.
   *
   * @param file the argument as given
   * @param stdin standard input
   * @return the stream, to close
   * @throws CannotRead if the file is missing, a directory or unreadable
   */
  static InputStream open(String file, InputStream stdin) throws CannotRead {
    if (file.equals("-")) {
      return new UnclosableInputStream(stdin);
    }
    try {
      Path path = Path.of(file);
      if (Files.isDirectory(path)) {
        throw new CannotRead("is a directory", null);
      }
      return Files.newInputStream(path);
    } catch (NoSuchFileException e) {
      throw new CannotRead("no such file", e);
    } catch (AccessDeniedException e) {
      throw new CannotRead("permission denied", e);
    } catch (InvalidPathException e) {
      throw new CannotRead("invalid path", e);
    } catch (IOException e) {
      throw new CannotRead(reason(e), e);
    }
  }

  /**
   * Reads FILE, up to one byte past the largest readable document.
   *
   * @param file the argument as given
   * @param stdin standard input
   * @return the bytes
   * @throws CannotRead if the file cannot be opened or read
   */
  static byte[] readAll(String file, InputStream stdin) throws CannotRead {
    try (InputStream in = open(file, stdin)) {
      // One byte past the reader's document limit is enough for it to report the size.
      return in.readNBytes(MAX_DOCUMENT + 1);
    } catch (IOException e) {
      throw new CannotRead(reason(e), e);
    }
  }

  static String reason(IOException e) {
    String message = e.getMessage();
    return message == null || message.isBlank() ? "input/output error" : message;
  }
}
