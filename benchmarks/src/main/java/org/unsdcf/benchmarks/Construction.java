package org.unsdcf.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.openjdk.jmh.infra.Blackhole;
import org.unsdcf.core.internal.FormKind;
import org.unsdcf.core.internal.FormMember;
import org.unsdcf.core.internal.FormType;
import org.unsdcf.core.internal.PlanForm;
import org.unsdcf.core.model.Baseline;
import org.unsdcf.core.model.CoChair;
import org.unsdcf.core.model.CooperationFramework;
import org.unsdcf.core.model.Decision;
import org.unsdcf.core.model.DisaggregationDimension;
import org.unsdcf.core.model.Endorsement;
import org.unsdcf.core.model.FundingLine;
import org.unsdcf.core.model.Indicator;
import org.unsdcf.core.model.JointWorkPlan;
import org.unsdcf.core.model.Location;
import org.unsdcf.core.model.MarkerNarrative;
import org.unsdcf.core.model.Measurement;
import org.unsdcf.core.model.Money;
import org.unsdcf.core.model.NumericRange;
import org.unsdcf.core.model.Outcome;
import org.unsdcf.core.model.Output;
import org.unsdcf.core.model.PartnerRef;
import org.unsdcf.core.model.PriorityArea;
import org.unsdcf.core.model.ReportingPeriod;
import org.unsdcf.core.model.ResultsGroup;
import org.unsdcf.core.model.SteeringCommittee;
import org.unsdcf.core.model.SubOutput;
import org.unsdcf.core.model.Tag;
import org.unsdcf.core.model.Target;
import org.unsdcf.core.model.Value;
import org.unsdcf.core.model.YearNarrative;
import org.unsdcf.core.model.YearRange;

/**
 * The construction of a plan's objects through core's public builders and factories alone: each
 * object of the plan built once more, from its own members ({@code X.builder().from(x).build()}),
 * which pays the builder, the list copies and design §3's checks on every value, and nothing a
 * reader adds (no tokenizing, no dispatch over the format's description, no format checks of its
 * own). So it is a floor under any reader that builds core's model.
 */
final class Construction {
  private final List<Supplier<Object>> builds;

  private Construction(List<Supplier<Object>> builds) {
    this.builds = builds;
  }

  /**
   * Prepares the construction of every object of a plan (the walk over the plan is done here, once,
   * not in {@link #run()}).
   *
   * @param plan the plan
   * @return the construction
   */
  static Construction of(CooperationFramework plan) {
    List<Supplier<Object>> builds = new ArrayList<>();
    collect(PlanForm.PLAN, plan, builds);
    return new Construction(List.copyOf(builds));
  }

  /**
   * Builds every object once. Each object goes to the black hole, so nothing is optimised away and
   * nothing else is paid: an object's {@code hashCode()} would walk all it holds (a joint work
   * plan's, every sub-output), which is what this measurement once did by mistake.
   *
   * @param sink where each built object goes
   */
  void run(Blackhole sink) {
    for (Supplier<Object> build : builds) {
      sink.consume(build.get());
    }
  }

  /**
   * Checks that every object builds equal to itself.
   *
   * @param plan the plan
   * @return true if so
   */
  static boolean rebuildsEqual(CooperationFramework plan) {
    List<Object> objects = new ArrayList<>();
    walk(PlanForm.PLAN, plan, objects);
    for (Object o : objects) {
      if (!build(o).get().equals(o)) {
        return false;
      }
    }
    return true;
  }

  private static void collect(FormType<?, ?> type, Object model, List<Supplier<Object>> builds) {
    List<Object> objects = new ArrayList<>();
    walk(type, model, objects);
    for (Object o : objects) {
      builds.add(build(o));
    }
  }

  /** Every object of the model, children first, with every Value of the indicators. */
  private static void walk(FormType<?, ?> type, Object model, List<Object> objects) {
    for (FormMember m : type.members()) {
      Object value = m.get(model);
      if (value instanceof Optional<?> optional) {
        value = optional.orElse(null);
      }
      if (value == null) {
        continue;
      }
      if (m.value().kind() == FormKind.OBJECT) {
        if (value instanceof List<?> list) {
          for (Object element : list) {
            walk(m.value().type(), element, objects);
          }
        } else {
          walk(m.value().type(), value, objects);
        }
      } else if (m.value().kind() == FormKind.VALUE) {
        objects.add(value);
      }
    }
    objects.add(model);
  }

  private static Supplier<Object> build(Object o) {
    if (o instanceof Tag x) {
      return () -> Tag.builder().from(x).build();
    } else if (o instanceof PartnerRef x) {
      return () -> PartnerRef.builder().from(x).build();
    } else if (o instanceof Location x) {
      return () -> Location.builder().from(x).build();
    } else if (o instanceof NumericRange x) {
      return () -> NumericRange.builder().from(x).build();
    } else if (o instanceof DisaggregationDimension x) {
      return () -> DisaggregationDimension.builder().from(x).build();
    } else if (o instanceof Baseline x) {
      return () -> Baseline.builder().from(x).build();
    } else if (o instanceof Target x) {
      return () -> Target.builder().from(x).build();
    } else if (o instanceof Measurement x) {
      return () -> Measurement.builder().from(x).build();
    } else if (o instanceof Indicator x) {
      return () -> Indicator.builder().from(x).build();
    } else if (o instanceof MarkerNarrative x) {
      return () -> MarkerNarrative.builder().from(x).build();
    } else if (o instanceof YearNarrative x) {
      return () -> YearNarrative.builder().from(x).build();
    } else if (o instanceof FundingLine x) {
      return () -> FundingLine.builder().from(x).build();
    } else if (o instanceof SubOutput x) {
      return () -> SubOutput.builder().from(x).build();
    } else if (o instanceof Endorsement x) {
      return () -> Endorsement.builder().from(x).build();
    } else if (o instanceof JointWorkPlan x) {
      return () -> JointWorkPlan.builder().from(x).build();
    } else if (o instanceof CoChair x) {
      // CoChair has a member named "from", so Immutables gives its builder no from(instance).
      return () ->
          CoChair.builder()
              .entity(x.entity())
              .role(x.role())
              .from(x.from())
              .until(x.until())
              .build();
    } else if (o instanceof ResultsGroup x) {
      return () -> ResultsGroup.builder().from(x).build();
    } else if (o instanceof Output x) {
      return () -> Output.builder().from(x).build();
    } else if (o instanceof Outcome x) {
      return () -> Outcome.builder().from(x).build();
    } else if (o instanceof PriorityArea x) {
      return () -> PriorityArea.builder().from(x).build();
    } else if (o instanceof Decision x) {
      return () -> Decision.builder().from(x).build();
    } else if (o instanceof SteeringCommittee x) {
      return () -> SteeringCommittee.builder().from(x).build();
    } else if (o instanceof CooperationFramework x) {
      return () -> CooperationFramework.builder().from(x).build();
    } else if (o instanceof YearRange x) {
      return () -> YearRange.of(x.start(), x.end());
    } else if (o instanceof ReportingPeriod x) {
      return () -> ReportingPeriod.of(x.start(), x.end());
    } else if (o instanceof Money x) {
      return () -> Money.of(x.amount(), x.currency());
    } else if (o instanceof Value.Numeric x) {
      return () -> Value.numeric(x.amount());
    } else if (o instanceof Value.Qualitative x) {
      return () -> Value.qualitative(x.text());
    }
    throw new IllegalArgumentException(
        "unsdcf bug: no construction for " + o.getClass().getName() + ": add it here");
  }
}
