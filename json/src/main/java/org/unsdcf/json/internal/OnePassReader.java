package org.unsdcf.json.internal;

import static org.unsdcf.json.internal.OnePassCursor.giveUp;

import java.math.BigDecimal;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.unsdcf.core.internal.FormMember;
import org.unsdcf.core.internal.FormType;
import org.unsdcf.core.internal.FormValue;
import org.unsdcf.core.internal.Lexical;
import org.unsdcf.core.internal.PlanForm;
import org.unsdcf.core.model.CooperationFramework;
import org.unsdcf.core.model.Indicator;
import org.unsdcf.core.model.Measure;
import org.unsdcf.core.model.Measurement;
import org.unsdcf.core.model.Money;
import org.unsdcf.core.model.Tag;
import org.unsdcf.core.model.Target;
import org.unsdcf.core.model.Value;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * The reader of clean documents: one pass over the tokens straight into core's builders, keeping no
 * tree, no positions and no paths. At the first thing that is not exactly as design.md §5 requires
 * it gives up, and {@link DocumentReader} reads the document again with {@link TreeBuilder} and
 * {@link FormParser}, which find every problem and where it is. Both interpret {@link PlanForm}:
 * here each type's members are bound once to handlers indexed by the name matcher's index, so a
 * member is read without turning its name back into a string. It checks the same rules (core's
 * {@link Lexical}), so both readers accept the same documents and build equal plans; tests hold
 * them to that. A clean read, the common case, so pays for no diagnostics, and a bad document costs
 * one extra partial pass.
 */
final class OnePassReader {
  /** Reads one member's value into its type's builder. */
  @FunctionalInterface
  private interface Handler {
    void read(OnePassReader reader, Object builder);
  }

  /** Reads one value (of a list: one element). */
  @FunctionalInterface
  private interface ValueReader {
    Object read(OnePassReader reader);
  }

  /** One type of the form bound to its handlers. */
  private static final class Table {
    final FormType<?, ?> type;
    final OnePassCursor.Names names;
    final Handler[] handlers;
    final long required;

    Table(FormType<?, ?> type) {
      this.type = type;
      List<FormMember> members = type.members();
      this.names = OnePassCursor.Names.of(members.stream().map(FormMember::name).toList());
      this.handlers = new Handler[members.size()];
      long mask = 0;
      for (int i = 0; i < handlers.length; i++) {
        FormMember m = members.get(i);
        handlers[i] = handler(m);
        mask |= m.presence().isRequired() ? 1L << i : 0;
      }
      this.required = mask;
    }
  }

  private static final Map<FormType<?, ?>, Table> TABLES = new IdentityHashMap<>();
  private static final Table PLAN = table(PlanForm.PLAN);

  private final OnePassCursor c;

  private OnePassReader(OnePassCursor cursor) {
    this.c = cursor;
  }

  /**
   * Reads a whole document that is one clean plan.
   *
   * @param parser a parser before the document's first token
   * @param limits the limits
   * @return the plan, or null if anything is irregular (the document may still be readable: the
   *     diagnosing reader decides)
   */
  static CooperationFramework read(JsonParser parser, Limits limits) {
    OnePassCursor cursor = new OnePassCursor(parser, limits);
    try {
      Object plan = new OnePassReader(cursor).object(PLAN);
      return cursor.endsCleanly() ? (CooperationFramework) plan : null;
    } catch (RuntimeException irregular) {
      // GiveUp, Jackson's syntax and limit exceptions, a failed invariant: all are the
      // diagnosing reader's to report, with their positions.
      return null;
    }
  }

  private static Table table(FormType<?, ?> type) {
    Table t = TABLES.get(type);
    if (t == null) {
      t = new Table(type);
      TABLES.put(type, t);
    }
    return t;
  }

  private static Handler handler(FormMember m) {
    ValueReader value = reader(m.value());
    int cap = m.cap();
    return switch (m.presence()) {
      case REQUIRED, OPTIONAL -> (r, b) -> m.set(b, value.read(r));
      case LIST, SET -> (r, b) -> m.set(b, r.c.list(cap, () -> value.read(r)));
      case NON_EMPTY_SET -> (r, b) -> m.set(b, r.c.nonEmpty(cap, () -> value.read(r)));
      case MAP -> (r, b) -> m.set(b, r.cells());
    };
  }

  private static ValueReader reader(FormValue<?> v) {
    return switch (v.kind()) {
      case CODE, NAME, TEXT -> r -> r.c.string();
      case PATTERN -> pattern(v.rule());
      case DATE -> r -> r.c.date();
      case YEAR -> r -> r.c.year();
      case INTEGER -> integer(v.min(), v.max());
      case DECIMAL -> r -> r.c.decimal();
      case AMOUNT -> r -> amount(r.c.decimal());
      case COUNT -> r -> atLeast(r.c.decimal(), 0);
      case POSITIVE -> r -> atLeast(r.c.decimal(), 1);
      case BOOLEAN -> r -> r.c.bool();
      case URI -> r -> r.c.uri();
      case UNIT -> r -> r.c.unit();
      case VALUE -> OnePassReader::value;
      case ENUM -> constants(v.enumType().getEnumConstants());
      case OBJECT -> objectOf(table(v.type()));
    };
  }

  private static ValueReader pattern(Predicate<String> rule) {
    return r -> r.c.matching(rule);
  }

  private static ValueReader integer(int min, int max) {
    return r -> r.c.integer(min, max);
  }

  private static ValueReader constants(Enum<?>[] constants) {
    return r -> r.c.constant(constants);
  }

  private static ValueReader objectOf(Table table) {
    return r -> r.object(table);
  }

  private Object object(Table t) {
    c.startObject();
    Object builder = t.type.newBuilder();
    long seen = 0;
    for (int i; (i = c.member(t.names)) >= 0; ) {
      long bit = 1L << i;
      if ((seen & bit) != 0) {
        throw giveUp();
      }
      seen |= bit;
      t.handlers[i].read(this, builder);
    }
    if ((seen & t.required) != t.required) {
      throw giveUp();
    }
    Object built = t.type.build(builder);
    if (built instanceof Indicator) {
      valueKinds((Indicator) built);
    } else if (built instanceof Tag) {
      vocabulary((Tag) built);
    }
    return built;
  }

  /** Text values for QUALITATIVE indicators, numbers for every other measure. */
  private static void valueKinds(Indicator indicator) {
    boolean qualitative = indicator.measure() == Measure.QUALITATIVE;
    indicator.baseline().ifPresent(b -> kind(b.value(), qualitative));
    for (Target t : indicator.targets()) {
      kind(t.value(), qualitative);
    }
    for (Measurement x : indicator.measurements()) {
      kind(x.value(), qualitative);
    }
  }

  private static void kind(Value value, boolean qualitative) {
    if (value.isNumeric() == qualitative) {
      throw giveUp();
    }
  }

  /** A tag of a known vocabulary has a code of that vocabulary's form. */
  private static void vocabulary(Tag tag) {
    String code = tag.code();
    boolean known =
        switch (tag.vocabulary()) {
          case Tag.SDG_TARGET -> Lexical.isSdgTarget(code);
          case Tag.SDG_INDICATOR -> Lexical.isSdgIndicator(code);
          case Tag.GCM_OBJECTIVE -> Lexical.isGcmObjective(code);
          default -> true;
        };
    if (!known) {
      throw giveUp();
    }
  }

  private Value value() {
    JsonToken token = c.peek();
    if (token == JsonToken.VALUE_STRING) {
      return Value.qualitative(c.string());
    }
    return Value.numeric(c.decimal());
  }

  private static BigDecimal amount(BigDecimal amount) {
    if (amount.signum() < 0 || amount.scale() > Money.MAX_SCALE) {
      throw giveUp();
    }
    return amount;
  }

  /** A numerator ({@code signum} 0: not negative) or denominator ({@code signum} 1: above 0). */
  private static BigDecimal atLeast(BigDecimal value, int signum) {
    if (value.signum() < signum) {
      throw giveUp();
    }
    return value;
  }

  /** A measurement's disaggregation: Code keys, each once. */
  private Map<String, String> cells() {
    c.startObject();
    Map<String, String> cells = new LinkedHashMap<>();
    for (String m; (m = c.member()) != null; ) {
      if (!Lexical.isCode(m) || cells.put(m, c.string()) != null) {
        throw giveUp();
      }
    }
    return cells;
  }
}
