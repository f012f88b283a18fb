package org.unsdcf.testkit;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import org.unsdcf.core.model.Value;

/**
 * Walks a plan through the public accessors of the model types (reflection, test only) and counts
 * what it meets: instances per type, optional members present and absent, list sizes, enum
 * constants, decimals, dates and classes of hostile text.
 */
final class ModelWalker {
  static final String MODEL = "org.unsdcf.core.model";

  /** Instances per public model type, in walk order. */
  final Map<Class<?>, List<Object>> instances = new LinkedHashMap<>();

  /** "Type.member" → {present, absent}. */
  final Map<String, int[]> optionals = new TreeMap<>();

  /** "Type.member" → {empty, non-empty, largest}. */
  final Map<String, int[]> collections = new TreeMap<>();

  /** Enum constants met, by enum class name. */
  final Map<String, TreeSet<String>> constants = new TreeMap<>();

  /** Booleans and ints met, by "Type.member". */
  final Map<String, TreeSet<String>> scalars = new TreeMap<>();

  /** Classes of text met (see {@link #textClasses}). */
  final TreeSet<String> text = new TreeSet<>();

  int maxPrecision;
  int maxScale;
  boolean negative;
  boolean zero;
  BigDecimal largest = BigDecimal.ZERO;
  LocalDate earliest = LocalDate.MAX;
  LocalDate latest = LocalDate.MIN;

  private final int instanceCap;

  ModelWalker(int instanceCap) {
    this.instanceCap = instanceCap;
  }

  void walk(Object value) {
    if (value instanceof Enum) {
      Enum<?> e = (Enum<?>) value;
      constants
          .computeIfAbsent(e.getDeclaringClass().getSimpleName(), k -> new TreeSet<>())
          .add(e.name());
    } else if (value instanceof String) {
      text.addAll(textClasses((String) value));
    } else if (value instanceof BigDecimal) {
      decimal((BigDecimal) value);
    } else if (value instanceof LocalDate) {
      LocalDate d = (LocalDate) value;
      earliest = d.isBefore(earliest) ? d : earliest;
      latest = d.isAfter(latest) ? d : latest;
    } else if (value instanceof Value.Numeric) {
      instance(Value.Numeric.class, value);
      decimal(((Value.Numeric) value).amount());
    } else if (value instanceof Value.Qualitative) {
      instance(Value.Qualitative.class, value);
      walk(((Value.Qualitative) value).text());
    } else if (value != null && value.getClass().getPackageName().equals(MODEL)) {
      Class<?> type = modelType(value.getClass());
      instance(type, value);
      for (Method m : accessors(type)) {
        member(type.getSimpleName() + "." + m.getName(), invoke(m, value));
      }
    }
  }

  private void member(String key, Object v) {
    if (v instanceof Optional) {
      Optional<?> o = (Optional<?>) v;
      optionals.computeIfAbsent(key, k -> new int[2])[o.isPresent() ? 0 : 1]++;
      o.ifPresent(this::walk);
    } else if (v instanceof List) {
      List<?> list = (List<?>) v;
      size(key, list.size());
      list.forEach(this::walk);
    } else if (v instanceof Map) {
      Map<?, ?> map = (Map<?, ?>) v;
      size(key, map.size());
      map.forEach(
          (k, x) -> {
            walk(k);
            walk(x);
          });
    } else {
      if (v instanceof Boolean || v instanceof Integer) {
        scalars.computeIfAbsent(key, k -> new TreeSet<>()).add(v.toString());
      }
      walk(v);
    }
  }

  private void size(String key, int size) {
    int[] c = collections.computeIfAbsent(key, k -> new int[3]);
    c[size == 0 ? 0 : 1]++;
    c[2] = Math.max(c[2], size);
  }

  private void instance(Class<?> type, Object value) {
    List<Object> list = instances.computeIfAbsent(type, k -> new ArrayList<>());
    if (list.size() < instanceCap) {
      list.add(value);
    }
  }

  private void decimal(BigDecimal x) {
    maxPrecision = Math.max(maxPrecision, x.precision());
    maxScale = Math.max(maxScale, x.scale());
    negative |= x.signum() < 0;
    zero |= x.signum() == 0;
    largest = largest.max(x.abs());
  }

  /** The public abstract model class of a generated implementation. */
  static Class<?> modelType(Class<?> c) {
    return Modifier.isPublic(c.getModifiers()) ? c : c.getSuperclass();
  }

  /** The public abstract no-argument accessors of a model type, sorted by name. */
  static List<Method> accessors(Class<?> type) {
    List<Method> methods = new ArrayList<>();
    for (Method m : type.getDeclaredMethods()) {
      int mod = m.getModifiers();
      if (Modifier.isPublic(mod) && Modifier.isAbstract(mod) && m.getParameterCount() == 0) {
        methods.add(m);
      }
    }
    methods.sort(Comparator.comparing(Method::getName));
    return methods;
  }

  static Object invoke(Method m, Object target) {
    try {
      return m.invoke(target);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new AssertionError("cannot read " + m, e);
    }
  }

  static List<String> textClasses(String s) {
    List<String> classes = new ArrayList<>();
    s.codePoints()
        .forEach(
            c -> {
              Character.UnicodeBlock block = Character.UnicodeBlock.of(c);
              if (block == Character.UnicodeBlock.CYRILLIC) {
                classes.add("cyrillic");
              } else if (block == Character.UnicodeBlock.ARABIC) {
                classes.add("arabic");
              } else if (block == Character.UnicodeBlock.HEBREW) {
                classes.add("hebrew");
              }
              if (c == 'ң' || c == 'ө' || c == 'ү') {
                classes.add("kyrgyz");
              }
              if (c > 0xFFFF) {
                classes.add("surrogate pair");
              }
              if (Character.getType(c) == Character.OTHER_SYMBOL && c > 0xFFFF) {
                classes.add("emoji");
              }
              if (c == 0x2028) {
                classes.add("U+2028");
              }
              if (c == '\t') {
                classes.add("TAB");
              }
              if (c == '\n') {
                classes.add("LF");
              }
            });
    if (s.contains("</script>")) {
      classes.add("</script>");
    }
    if (s.codePointCount(0, s.length()) == 1_000) {
      classes.add("1000 code points");
    }
    return classes;
  }

  /** All classes {@link #textClasses} can report. */
  static List<String> allTextClasses() {
    return Arrays.asList(
        "cyrillic",
        "arabic",
        "hebrew",
        "kyrgyz",
        "surrogate pair",
        "emoji",
        "U+2028",
        "TAB",
        "LF",
        "</script>",
        "1000 code points");
  }
}
