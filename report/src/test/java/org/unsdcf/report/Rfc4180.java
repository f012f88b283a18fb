package org.unsdcf.report;

import java.util.ArrayList;
import java.util.List;

/** A strict RFC 4180 reader for the tests: CR LF records, quoted fields, doubled quotes. */
final class Rfc4180 {
  private Rfc4180() {}

  static List<List<String>> parse(String text) {
    List<List<String>> records = new ArrayList<>();
    List<String> record = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    int i = 0;
    boolean quoted = false;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          field.append('"');
          i += 2;
        } else if (c == '"') {
          quoted = false;
          i++;
        } else {
          field.append(c);
          i++;
        }
      } else if (c == '"') {
        if (field.length() != 0) {
          throw new AssertionError("quote inside an unquoted field at " + i);
        }
        quoted = true;
        i++;
      } else if (c == ',') {
        record.add(field.toString());
        field.setLength(0);
        i++;
      } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
        record.add(field.toString());
        field.setLength(0);
        records.add(record);
        record = new ArrayList<>();
        i += 2;
      } else if (c == '\r' || c == '\n') {
        throw new AssertionError("bare line break in an unquoted field at " + i);
      } else {
        field.append(c);
        i++;
      }
    }
    if (quoted || field.length() != 0 || !record.isEmpty()) {
      throw new AssertionError("the last record does not end with CR LF");
    }
    return records;
  }
}
