package org.unsdcf.testkit;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;

/**
 * Seeded near misses of a valid document: one edit each (a value replaced or tweaked, a member
 * removed, repeated or added, a list emptied, a byte changed), so that most results are still JSON
 * and many break exactly one rule of the format.
 */
final class DocumentMutations {
  private static final JsonFactory JSON = new JsonFactory();

  /** One token of a document, with its text (a name, a string or a number literal). */
  private record Event(JsonToken token, String text) {}

  private static final List<List<Event>> VALUES =
      List.of(
          List.of(new Event(JsonToken.VALUE_NULL, null)),
          List.of(new Event(JsonToken.VALUE_TRUE, null)),
          List.of(new Event(JsonToken.VALUE_STRING, "")),
          List.of(new Event(JsonToken.VALUE_STRING, " ")),
          List.of(new Event(JsonToken.VALUE_STRING, "2024-02-30")),
          List.of(new Event(JsonToken.VALUE_STRING, "2024-06-30")),
          List.of(new Event(JsonToken.VALUE_STRING, "1945-01-01")),
          List.of(new Event(JsonToken.VALUE_STRING, "USD")),
          List.of(new Event(JsonToken.VALUE_STRING, "5.2")),
          List.of(new Event(JsonToken.VALUE_STRING, "QUALITATIVE")),
          List.of(new Event(JsonToken.VALUE_STRING, "https://example.org/a")),
          List.of(new Event(JsonToken.VALUE_NUMBER_INT, "0")),
          List.of(new Event(JsonToken.VALUE_NUMBER_INT, "-1")),
          List.of(new Event(JsonToken.VALUE_NUMBER_INT, "2024")),
          List.of(new Event(JsonToken.VALUE_NUMBER_INT, "123456789012345678901234567890")),
          List.of(new Event(JsonToken.VALUE_NUMBER_FLOAT, "0.5")),
          List.of(new Event(JsonToken.VALUE_NUMBER_FLOAT, "1e400")),
          List.of(new Event(JsonToken.VALUE_NUMBER_FLOAT, "12.34567")),
          List.of(new Event(JsonToken.START_ARRAY, null), new Event(JsonToken.END_ARRAY, null)),
          List.of(new Event(JsonToken.START_OBJECT, null), new Event(JsonToken.END_OBJECT, null)));

  private DocumentMutations() {}

  /**
   * Makes one edit.
   *
   * @param json a document
   * @param random the source of choices
   * @return the edited document
   */
  static byte[] mutate(byte[] json, SplittableRandom random) {
    if (random.nextInt(10) == 0) {
      return bytes(json, random);
    }
    List<Event> events = events(json);
    int at = valueStart(events, random);
    int end = end(events, at);
    boolean member = at > 0 && events.get(at - 1).token() == JsonToken.PROPERTY_NAME;
    switch (random.nextInt(7)) {
      case 0 -> replace(events, at, end, VALUES.get(random.nextInt(VALUES.size())));
      case 1 -> replace(events, member ? at - 1 : at, end, List.of());
      case 2 -> {
        int from = member ? at - 1 : at;
        events.addAll(end + 1, new ArrayList<>(events.subList(from, end + 1)));
      }
      case 3 -> {
        int open = random.nextInt(events.size());
        if (events.get(open).token() == JsonToken.START_OBJECT) {
          events.add(open + 1, new Event(JsonToken.PROPERTY_NAME, "extra"));
          events.add(open + 2, new Event(JsonToken.VALUE_NUMBER_INT, "1"));
        } else if (events.get(at).token() == JsonToken.START_ARRAY) {
          replace(events, at, end, VALUES.get(VALUES.size() - 2));
        }
      }
      default -> tweak(events, at, random);
    }
    return write(events);
  }

  private static void tweak(List<Event> events, int at, SplittableRandom random) {
    Event e = events.get(at);
    String text = e.text();
    if (e.token() == JsonToken.VALUE_STRING) {
      String[] choices = {
        text + "x",
        text.toUpperCase(java.util.Locale.ROOT),
        text.toLowerCase(java.util.Locale.ROOT),
        text + "\u0001",
        text + "\n",
        text.isEmpty() ? "" : text.substring(1),
        text + "/" + text,
        "a".repeat(1_001),
        text + ".",
        text.replace('-', '/')
      };
      events.set(at, new Event(e.token(), choices[random.nextInt(choices.length)]));
    } else if (e.token() == JsonToken.VALUE_NUMBER_INT
        || e.token() == JsonToken.VALUE_NUMBER_FLOAT) {
      BigDecimal n = new BigDecimal(text);
      String[] choices = {
        n.add(BigDecimal.ONE).toPlainString(),
        n.negate().toPlainString(),
        n.movePointRight(3).toPlainString(),
        n.movePointLeft(5).toPlainString(),
        text + ".0",
        text + "e2",
        n.add(new BigDecimal("0.5")).toPlainString()
      };
      String chosen = choices[random.nextInt(choices.length)];
      boolean integer = chosen.indexOf('.') < 0 && chosen.indexOf('e') < 0;
      events.set(
          at,
          new Event(integer ? JsonToken.VALUE_NUMBER_INT : JsonToken.VALUE_NUMBER_FLOAT, chosen));
    } else {
      replace(events, at, end(events, at), List.of(new Event(JsonToken.VALUE_NULL, null)));
    }
  }

  private static byte[] bytes(byte[] json, SplittableRandom random) {
    byte[] copy = json.clone();
    int at = random.nextInt(copy.length);
    byte[] choices = {'"', ',', '}', ']', ':', ' ', '0', 'x', (byte) 0xC3, 0};
    copy[at] = choices[random.nextInt(choices.length)];
    return copy;
  }

  private static void replace(List<Event> events, int from, int to, List<Event> with) {
    events.subList(from, to + 1).clear();
    events.addAll(from, with);
  }

  /** A random value that is not the root. */
  private static int valueStart(List<Event> events, SplittableRandom random) {
    while (true) {
      int i = 1 + random.nextInt(events.size() - 1);
      JsonToken t = events.get(i).token();
      if (t != JsonToken.PROPERTY_NAME && t != JsonToken.END_OBJECT && t != JsonToken.END_ARRAY) {
        return i;
      }
    }
  }

  /** Where the value starting at {@code at} ends. */
  private static int end(List<Event> events, int at) {
    int depth = 0;
    for (int i = at; ; i++) {
      JsonToken t = events.get(i).token();
      if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
        depth++;
      } else if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
        depth--;
      }
      if (depth == 0) {
        return i;
      }
    }
  }

  private static List<Event> events(byte[] json) {
    List<Event> events = new ArrayList<>();
    try (JsonParser p = JSON.createParser(ObjectReadContext.empty(), json)) {
      for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
        boolean textual =
            t == JsonToken.PROPERTY_NAME
                || t == JsonToken.VALUE_STRING
                || t == JsonToken.VALUE_NUMBER_INT
                || t == JsonToken.VALUE_NUMBER_FLOAT;
        events.add(new Event(t, textual ? p.getString() : null));
      }
    }
    return events;
  }

  private static byte[] write(List<Event> events) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JsonGenerator g = JSON.createGenerator(ObjectWriteContext.empty(), out)) {
      for (Event e : events) {
        switch (e.token()) {
          case START_OBJECT -> g.writeStartObject();
          case END_OBJECT -> g.writeEndObject();
          case START_ARRAY -> g.writeStartArray();
          case END_ARRAY -> g.writeEndArray();
          case PROPERTY_NAME -> g.writeName(e.text());
          case VALUE_STRING -> g.writeString(e.text());
          case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> g.writeNumber(e.text());
          case VALUE_TRUE -> g.writeBoolean(true);
          case VALUE_FALSE -> g.writeBoolean(false);
          case VALUE_NULL -> g.writeNull();
          default -> throw new IllegalStateException("unexpected token " + e.token());
        }
      }
    }
    return out.toByteArray();
  }
}
