package org.unsdcf.json;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.assertj.core.api.ThrowableAssert;

/** Test helpers: documents from text, single-quoted JSON, the golden document, reading. */
final class Json {
  private Json() {}

  /** JSON with single quotes turned into double quotes. */
  static String a2q(String json) {
    return json.replace('\'', '"');
  }

  static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  /** The 1-based line of the first occurrence of {@code text} in {@code doc}. */
  static int lineOf(String doc, String text) {
    String before = doc.substring(0, doc.indexOf(text));
    return (int) before.chars().filter(c -> c == '\n').count() + 1;
  }

  /** The 1-based column of the first occurrence of {@code text} in {@code doc}. */
  static int columnOf(String doc, String text) {
    int at = doc.indexOf(text);
    return at - doc.lastIndexOf('\n', at - 1);
  }

  static String golden() {
    try {
      return new String(PlanWriterTest.golden(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The golden document with its first occurrence of {@code from} replaced. */
  static byte[] goldenWith(String from, String to) {
    String golden = golden();
    int at = golden.indexOf(from);
    if (at < 0) {
      throw new IllegalArgumentException("not in the golden document: " + from);
    }
    return utf8(golden.substring(0, at) + to + golden.substring(at + from.length()));
  }

  static PlanReadException problemsOf(byte[] json) {
    ThrowableAssert.ThrowingCallable read = () -> PlanReader.standard().read(json);
    try {
      read.call();
    } catch (PlanReadException e) {
      return e;
    } catch (Throwable t) {
      throw new AssertionError("expected PlanReadException, got " + t, t);
    }
    throw new AssertionError("expected PlanReadException, but the document was read");
  }

  static PlanReadException problemsOf(String json) {
    return problemsOf(utf8(json));
  }
}
