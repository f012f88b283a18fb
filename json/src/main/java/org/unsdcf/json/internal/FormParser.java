package org.unsdcf.json.internal;

import java.math.BigDecimal;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.unsdcf.core.internal.FormMember;
import org.unsdcf.core.internal.FormType;
import org.unsdcf.core.internal.FormValue;
import org.unsdcf.core.internal.Lexical;
import org.unsdcf.core.internal.PlanForm;
import org.unsdcf.core.model.CooperationFramework;
import org.unsdcf.core.model.InvariantViolationException;
import org.unsdcf.core.model.Measure;
import org.unsdcf.core.model.Money;
import org.unsdcf.core.model.Tag;
import org.unsdcf.core.model.Value;
import org.unsdcf.core.units.IndicatorUnit;
import org.unsdcf.core.units.UnitCatalogue;
import org.unsdcf.json.ReadProblemCode;

/**
 * The diagnosing reader of a plan's tree, interpreting {@link PlanForm}: for each object it reports
 * unknown and repeated members, reads every member in canonical order and checks every value, and
 * builds the model object through core's builder only if its whole subtree read cleanly. A failed
 * build is reported as INVARIANT where design.md §11 places it.
 */
final class FormParser {
  private static final Map<FormType<?, ?>, Set<String>> NAMES = new IdentityHashMap<>();

  static {
    for (FormType<?, ?> type : PlanForm.TYPES) {
      NAMES.put(type, type.members().stream().map(FormMember::name).collect(Collectors.toSet()));
    }
  }

  private final Ctx ctx;
  private final Scalars s;

  FormParser(Ctx ctx) {
    this.ctx = ctx;
    this.s = new Scalars(ctx);
  }

  CooperationFramework plan(Node n, String path) {
    return (CooperationFramework) object(PlanForm.PLAN, n, path);
  }

  private Object object(FormType<?, ?> type, Node n, String path) {
    Members o = Members.open(ctx, s, n, path, NAMES.get(type));
    if (o == null) {
      return null;
    }
    int before = ctx.count();
    List<FormMember> members = type.members();
    Object[] values = new Object[members.size()];
    for (int i = 0; i < values.length; i++) {
      FormMember m = members.get(i);
      Members.ValueReader<Object> reader = (v, p) -> value(m, m.value(), v, p);
      values[i] =
          switch (m.presence()) {
            case REQUIRED -> o.req(m.name(), reader);
            case OPTIONAL -> o.opt(m.name(), reader).orElse(null);
            case LIST, SET -> o.list(m.name(), reader);
            case NON_EMPTY_SET -> o.nonEmpty(m.name(), reader);
            case MAP -> o.opt(m.name(), this::cells).orElse(null);
          };
    }
    if (type == PlanForm.INDICATOR && o.get("measure") != null) {
      valueKinds(o, (Measure) values[indexOf(type, "measure")]);
    } else if (type == PlanForm.TAG) {
      vocabulary(o, path, (String) values[0], (String) values[1]);
    }
    if (ctx.count() != before) {
      return null;
    }
    return build(
        o,
        () -> {
          Object builder = type.newBuilder();
          for (int i = 0; i < values.length; i++) {
            if (values[i] != null) {
              members.get(i).set(builder, values[i]);
            }
          }
          return type.build(builder);
        });
  }

  private static int indexOf(FormType<?, ?> type, String name) {
    List<FormMember> members = type.members();
    for (int i = 0; i < members.size(); i++) {
      if (members.get(i).name().equals(name)) {
        return i;
      }
    }
    throw new AssertionError("unsdcf bug: no member " + name + " in " + type.name());
  }

  private <T> T build(Members o, Supplier<T> builder) {
    try {
      return builder.get();
    } catch (InvariantViolationException e) {
      Invariants.report(ctx, o.node, o.path, e);
      return null;
    }
  }

  private Object value(FormMember m, FormValue<?> v, Node n, String path) {
    return switch (v.kind()) {
      case CODE -> s.code(n, path);
      case NAME -> s.name(n, path);
      case TEXT -> s.text(n, path);
      case PATTERN -> s.pattern(n, path, v.rule(), v.label());
      case DATE -> s.date(n, path);
      case YEAR -> s.year(n, path);
      case INTEGER -> s.integer(n, path, v.min(), v.max(), v.label());
      case DECIMAL -> s.decimal(n, path);
      case AMOUNT -> amount(n, path);
      case COUNT -> bounded(n, path, s.decimal(n, path), 0, m.name());
      case POSITIVE -> bounded(n, path, s.decimal(n, path), 1, m.name());
      case BOOLEAN -> s.bool(n, path);
      case URI -> s.uri(n, path);
      case UNIT -> unit(n, path);
      case VALUE -> value(n, path);
      case ENUM -> s.enumeration(n, path, v.enumType());
      case OBJECT -> object(v.type(), n, path);
    };
  }

  /** Value kind against the measure: TYPE_MISMATCH at each value of the wrong kind. */
  private void valueKinds(Members o, Measure measure) {
    if (measure == null) {
      return;
    }
    String base = o.path;
    valueKind(o.get("baseline"), base + "/baseline", measure);
    for (String list : new String[] {"targets", "measurements"}) {
      Node n = o.get(list);
      if (n instanceof Node.Arr) {
        List<Node> items = ((Node.Arr) n).items;
        for (int i = 0; i < items.size(); i++) {
          valueKind(items.get(i), base + "/" + list + "/" + i, measure);
        }
      }
    }
  }

  private void valueKind(Node holder, String path, Measure measure) {
    if (!(holder instanceof Node.Obj)) {
      return;
    }
    Node value = ((Node.Obj) holder).get("value");
    boolean qualitative = measure == Measure.QUALITATIVE;
    if (qualitative && value instanceof Node.Num) {
      s.mismatch(value, path + "/value", "text for a QUALITATIVE indicator");
    } else if (!qualitative && value instanceof Node.Str) {
      s.mismatch(value, path + "/value", "a number for a " + measure + " indicator");
    }
  }

  /** A tag of a known vocabulary has a code of that vocabulary's form. */
  private void vocabulary(Members o, String path, String vocabulary, String code) {
    if (vocabulary == null || code == null) {
      return;
    }
    Node codeNode = o.get("code");
    String codePath = path + "/code";
    switch (vocabulary) {
      case Tag.SDG_TARGET -> s.pattern(codeNode, codePath, Lexical::isSdgTarget, "SDG target");
      case Tag.SDG_INDICATOR ->
          s.pattern(codeNode, codePath, Lexical::isSdgIndicator, "SDG indicator");
      case Tag.GCM_OBJECTIVE ->
          s.pattern(codeNode, codePath, Lexical::isGcmObjective, "GCM objective");
      default -> {}
    }
  }

  private IndicatorUnit unit(Node n, String path) {
    String symbol = s.string(n, path);
    if (symbol == null) {
      return null;
    }
    Optional<IndicatorUnit> unit = UnitCatalogue.lookup(symbol);
    if (unit.isEmpty()) {
      ctx.report(
          ReadProblemCode.UNKNOWN_UNIT,
          path,
          n.mark,
          "unit " + Scalars.quote(symbol) + " is not in the unit catalogue");
      return null;
    }
    return unit.get();
  }

  private BigDecimal amount(Node n, String path) {
    BigDecimal a = bounded(n, path, s.decimal(n, path), 0, "amount");
    if (a != null && a.scale() > Money.MAX_SCALE) {
      ctx.report(
          ReadProblemCode.NUMBER_PRECISION,
          path,
          n.mark,
          "amount "
              + Scalars.quote(((Node.Num) n).literal)
              + " has more than "
              + Money.MAX_SCALE
              + " decimal places");
      return null;
    }
    return a;
  }

  /** Not negative ({@code positive} 0: a numerator, an amount) or above 0 (a denominator). */
  private BigDecimal bounded(Node v, String p, BigDecimal d, int positive, String what) {
    if (d == null) {
      return null;
    }
    if (d.signum() < positive) {
      ctx.report(
          ReadProblemCode.NUMBER_RANGE,
          p,
          v.mark,
          what
              + " "
              + Scalars.quote(((Node.Num) v).literal)
              + (positive == 0 ? " must not be negative" : " must be above 0"));
      return null;
    }
    return d;
  }

  private Value value(Node n, String path) {
    try {
      if (n instanceof Node.Str) {
        String text = s.name(n, path);
        return text == null ? null : Value.qualitative(text);
      }
      if (n instanceof Node.Num) {
        BigDecimal amount = s.decimal(n, path);
        return amount == null ? null : Value.numeric(amount);
      }
    } catch (InvariantViolationException e) {
      // The checks above mirror core's; should they ever disagree, the value is still located.
      ctx.report(
          ReadProblemCode.INVARIANT, path, n.mark, e.reason() + ", but was '" + e.value() + "'");
      return null;
    }
    if (n instanceof Node.Null) {
      ctx.report(ReadProblemCode.NULL_NOT_ALLOWED, path, n.mark, "null is not allowed");
      return null;
    }
    s.mismatch(n, path, "a number or a string");
    return null;
  }

  /** A measurement's disaggregation: Code keys and Code categories. */
  private Map<String, String> cells(Node n, String path) {
    Members o = Members.open(ctx, s, n, path, null);
    if (o == null) {
      return null;
    }
    int before = ctx.count();
    Map<String, String> cells = new LinkedHashMap<>();
    for (Map.Entry<String, Node> e : o.entries()) {
      String keyPath = Paths.member(path, e.getKey());
      if (!Lexical.isCode(e.getKey())) {
        long nameMark =
            o.node.members.stream()
                .filter(m -> m.value == e.getValue())
                .findFirst()
                .map(m -> m.nameMark)
                .orElse(n.mark);
        ctx.report(
            ReadProblemCode.PATTERN,
            keyPath,
            nameMark,
            "code "
                + Scalars.quote(e.getKey())
                + " must be 1 to 64 letters, digits or . _ : / - starting with a letter or digit");
      }
      String category = s.code(e.getValue(), keyPath);
      cells.put(e.getKey(), category);
    }
    return ctx.count() != before ? null : cells;
  }
}
