package org.unsdcf.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.unsdcf.core.model.InvariantViolationException;
import org.unsdcf.core.model.Value;
import org.unsdcf.testkit.gen.PlanGenerator;
import org.unsdcf.testkit.gen.Seeds;

/**
 * Laws of core's value types over generated plans: a builder copy ({@code X.builder().from(x)})
 * equals the original with the same hash code, and a {@code with...} copy with one member replaced
 * equals the original exactly when the new value equals the old one.
 *
 * <p>These properties live in the testkit because core's tests cannot use the generators: core →
 * testkit would make a reactor cycle. The {@code with...} and builder methods are declared on
 * package-private generated supertypes, so they are reached through method handles on the public
 * type, as compiled code reaches them, not through {@code Method.invoke}.
 */
class CoreValueLawsTest {
  private static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();

  static Stream<Arguments> cases() {
    return Seeds.ramp(1_945_2100L, 40, 16);
  }

  @ParameterizedTest(name = "seed={0} size={1}")
  @MethodSource("cases")
  void a_builder_copy_equals_the_original_with_the_same_hash_code(long seed, int size)
      throws Throwable {
    ModelWalker walker = new ModelWalker(30);
    walker.walk(PlanGenerator.plan(seed, size));
    int copies = 0;
    for (Map.Entry<Class<?>, List<Object>> e : walker.instances.entrySet()) {
      Optional<MethodHandle> copy = builderCopy(e.getKey());
      for (Object x : e.getValue()) {
        Object y = copy.isPresent() ? copy.get().invoke(x) : x;
        assertThat(y).as(e.getKey().getSimpleName()).isEqualTo(x).hasSameHashCodeAs(x);
        copies += copy.isPresent() ? 1 : 0;
      }
    }
    assertThat(copies).isPositive();
  }

  @ParameterizedTest(name = "seed={0} size={1}")
  @MethodSource("cases")
  void a_with_copy_is_equal_exactly_when_the_new_member_equals_the_old(long seed, int size)
      throws Throwable {
    ModelWalker walker = new ModelWalker(30);
    walker.walk(PlanGenerator.plan(seed, size));
    walker.walk(PlanGenerator.plan(seed + 1, size));
    int changed = 0;
    for (Map.Entry<Class<?>, List<Object>> e : walker.instances.entrySet()) {
      Class<?> type = e.getKey();
      List<Object> xs = e.getValue();
      for (Method accessor : ModelWalker.accessors(type)) {
        Optional<MethodHandle> with = with(type, accessor);
        if (with.isEmpty()) {
          continue;
        }
        for (int i = 0; i < xs.size(); i++) {
          Object x = xs.get(i);
          Object same = ModelWalker.invoke(accessor, x);
          Object copy = with.get().invoke(x, same);
          assertThat(copy).as(type.getSimpleName()).isEqualTo(x).hasSameHashCodeAs(x);
          Object other = ModelWalker.invoke(accessor, xs.get((i + 1) % xs.size()));
          Object replaced;
          try {
            replaced = with.get().invoke(x, other);
          } catch (InvariantViolationException crossMemberInvariant) {
            continue;
          }
          String what = type.getSimpleName() + "." + accessor.getName();
          assertThat(ModelWalker.invoke(accessor, replaced)).as(what).isEqualTo(other);
          assertThat(replaced.equals(x)).as(what).isEqualTo(Objects.equals(other, same));
          changed += Objects.equals(other, same) ? 0 : 1;
        }
      }
    }
    assertThat(changed).isPositive();
  }

  @org.junit.jupiter.api.Test
  void the_laws_reach_every_model_type() throws IllegalAccessException {
    List<String> withoutBuilderCopy = new java.util.ArrayList<>();
    List<String> withoutWith = new java.util.ArrayList<>();
    for (Class<?> type : GeneratedPlanCoverageTest.MODEL_TYPES) {
      if (builderCopy(type).isEmpty()) {
        withoutBuilderCopy.add(type.getSimpleName());
      }
      for (Method accessor : ModelWalker.accessors(type)) {
        if (with(type, accessor).isEmpty()) {
          withoutWith.add(type.getSimpleName() + "." + accessor.getName());
        }
      }
    }
    assertThat(withoutBuilderCopy)
        .containsExactlyInAnyOrder(
            "CoChair", "Money", "YearRange", "ReportingPeriod", "Numeric", "Qualitative");
    assertThat(withoutWith).isEmpty();
  }

  /** {@code x -> X.builder().from(x).build()}, if the type has such a builder. */
  private static Optional<MethodHandle> builderCopy(Class<?> type) throws IllegalAccessException {
    if (type.getEnclosingClass() == Value.class) {
      return Optional.empty();
    }
    try {
      Class<?> builder = type.getMethod("builder").getReturnType();
      MethodHandle create = LOOKUP.findStatic(type, "builder", MethodType.methodType(builder));
      MethodHandle from = LOOKUP.findVirtual(builder, "from", MethodType.methodType(builder, type));
      MethodHandle build = LOOKUP.findVirtual(builder, "build", MethodType.methodType(type));
      // x -> build(from(builder(), x))
      MethodHandle filled = MethodHandles.collectArguments(from, 0, create);
      return Optional.of(MethodHandles.filterReturnValue(filled, build));
    } catch (NoSuchMethodException noBuilderOrNoFrom) {
      return Optional.empty(); // YearRange and Money use of(...); CoChair's "from" is a member
    }
  }

  /** {@code x.withMember(value)} taking the accessor's own type, if the type has it. */
  private static Optional<MethodHandle> with(Class<?> type, Method accessor)
      throws IllegalAccessException {
    String name =
        "with"
            + Character.toUpperCase(accessor.getName().charAt(0))
            + accessor.getName().substring(1);
    Class<?> param = accessor.getReturnType();
    if (param == List.class) {
      param = Iterable.class;
    }
    try {
      MethodHandle h = LOOKUP.findVirtual(type, name, MethodType.methodType(type, param));
      return Optional.of(h.asType(MethodType.methodType(Object.class, Object.class, Object.class)));
    } catch (NoSuchMethodException noWith) {
      return Optional.empty();
    }
  }
}
