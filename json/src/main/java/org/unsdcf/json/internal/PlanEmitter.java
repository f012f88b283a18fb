package org.unsdcf.json.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.unsdcf.core.internal.FormMember;
import org.unsdcf.core.internal.FormType;
import org.unsdcf.core.internal.FormValue;
import org.unsdcf.core.internal.PlanForm;
import org.unsdcf.core.model.CooperationFramework;
import org.unsdcf.core.model.DisaggregationDimension;
import org.unsdcf.core.model.Indicator;
import org.unsdcf.core.model.Value;
import org.unsdcf.core.units.IndicatorUnit;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.SerializableString;

/**
 * Writes a plan in the canonical form of design.md §4: members in {@link PlanForm}'s (§3.2) order,
 * {@code formatVersion} first, absent optionals and empty lists and maps omitted, decimals as plain
 * numbers.
 */
public final class PlanEmitter {
  /** Each type's members and their encoded names, in canonical order, looked up once per object. */
  private static final Map<FormType<?, ?>, Shape> SHAPES = new IdentityHashMap<>();

  static {
    for (FormType<?, ?> type : PlanForm.TYPES) {
      List<FormMember> members = type.members();
      SerializableString[] names = new SerializableString[members.size()];
      for (int i = 0; i < names.length; i++) {
        names[i] = MemberNames.encoded(members.get(i).name());
      }
      SHAPES.put(type, new Shape(members.toArray(new FormMember[0]), names));
    }
  }

  private final JsonGenerator g;

  /** The disaggregation dimensions of the indicator being written. */
  private List<DisaggregationDimension> dimensions = List.of();

  /** The characters of one ISO date, reused for every date written. */
  private final char[] dateText = new char[10];

  private PlanEmitter(JsonGenerator g) {
    this.g = g;
  }

  /**
   * Writes a whole plan as one JSON object.
   *
   * @param g the generator
   * @param plan the plan
   */
  public static void write(JsonGenerator g, CooperationFramework plan) {
    new PlanEmitter(g).plan(plan);
  }

  private void plan(CooperationFramework p) {
    object(PlanForm.PLAN, p);
  }

  private void object(FormType<?, ?> type, Object o) {
    g.writeStartObject();
    if (o instanceof Indicator) {
      // A measurement's cells are written in the order its indicator declares the dimensions.
      dimensions = ((Indicator) o).disaggregations();
    }
    Shape shape = SHAPES.get(type);
    FormMember[] members = shape.members();
    SerializableString[] names = shape.names();
    for (int i = 0; i < members.length; i++) {
      FormMember m = members[i];
      Object member = m.get(o);
      switch (m.presence()) {
        case REQUIRED -> {
          g.writeName(names[i]);
          value(m.value(), member);
        }
        case OPTIONAL -> {
          Optional<?> present = (Optional<?>) member;
          if (present.isPresent()) {
            g.writeName(names[i]);
            value(m.value(), present.get());
          }
        }
        case MAP -> cells(names[i], (Map<?, ?>) member);
        default -> list(names[i], m, (List<?>) member);
      }
    }
    g.writeEndObject();
  }

  private void list(SerializableString name, FormMember m, List<?> values) {
    if (values.isEmpty()) {
      return;
    }
    g.writeName(name);
    g.writeStartArray();
    // The model's lists are random access; indexing spares an iterator per list.
    FormValue<?> kind = m.value();
    for (int i = 0, n = values.size(); i < n; i++) {
      value(kind, values.get(i));
    }
    g.writeEndArray();
  }

  private void cells(SerializableString member, Map<?, ?> cells) {
    if (cells.isEmpty()) {
      return;
    }
    g.writeName(member);
    g.writeStartObject();
    // The indicator declares every cell's dimension, each name once (Indicator's invariant).
    for (int i = 0, n = dimensions.size(); i < n; i++) {
      String d = dimensions.get(i).name();
      Object category = cells.get(d);
      if (category != null) {
        name(d);
        g.writeString((String) category);
      }
    }
    g.writeEndObject();
  }

  private void value(FormValue<?> kind, Object v) {
    switch (kind.kind()) {
      case OBJECT -> object(kind.type(), v);
      case ENUM -> g.writeString(((Enum<?>) v).name());
      case DATE -> date((LocalDate) v);
      case YEAR -> g.writeNumber(((Year) v).getValue());
      case INTEGER -> g.writeNumber((Integer) v);
      case DECIMAL, AMOUNT, COUNT, POSITIVE -> number((BigDecimal) v);
      case BOOLEAN -> g.writeBoolean((Boolean) v);
      case UNIT -> g.writeString(((IndicatorUnit) v).symbol());
      case VALUE -> value((Value) v);
      case URI -> g.writeString(v.toString());
      default -> g.writeString((String) v);
    }
  }

  private void value(Value v) {
    if (v instanceof Value.Numeric) {
      number(((Value.Numeric) v).amount());
    } else {
      g.writeString(((Value.Qualitative) v).text());
    }
  }

  /** Writes a member name, from its ready-made encoding if the format defines it. */
  private void name(String name) {
    SerializableString encoded = MemberNames.encoded(name);
    if (encoded != null) {
      g.writeName(encoded);
    } else {
      g.writeName(name);
    }
  }

  private void date(LocalDate date) {
    int year = date.getYear();
    int month = date.getMonthValue();
    int day = date.getDayOfMonth();
    // Years are 1945-2100 (design.md §3.1): always four digits, so ISO yyyy-MM-dd by hand.
    char[] text = dateText;
    text[0] = digit(year / 1000);
    text[1] = digit(year / 100 % 10);
    text[2] = digit(year / 10 % 10);
    text[3] = digit(year % 10);
    text[4] = '-';
    text[5] = digit(month / 10);
    text[6] = digit(month % 10);
    text[7] = '-';
    text[8] = digit(day / 10);
    text[9] = digit(day % 10);
    g.writeString(text, 0, text.length);
  }

  private static char digit(int value) {
    return (char) ('0' + value);
  }

  /** Writes a decimal in plain notation; an integer as a long, without formatting a string. */
  private void number(BigDecimal value) {
    if (value.scale() == 0 && value.precision() <= 18) {
      g.writeNumber(value.longValue());
    } else {
      g.writeNumber(value.toPlainString());
    }
  }

  private record Shape(FormMember[] members, SerializableString[] names) {}
}
