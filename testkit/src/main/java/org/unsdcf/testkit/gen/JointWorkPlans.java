package org.unsdcf.testkit.gen;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.unsdcf.core.model.Decision;
import org.unsdcf.core.model.DecisionKind;
import org.unsdcf.core.model.Endorsement;
import org.unsdcf.core.model.JointWorkPlan;
import org.unsdcf.core.model.JwpStatus;
import org.unsdcf.core.model.Location;
import org.unsdcf.core.model.LocationLevel;
import org.unsdcf.core.model.Marker;
import org.unsdcf.core.model.PartnerRef;
import org.unsdcf.core.model.SubOutput;
import org.unsdcf.core.model.YearRange;

/**
 * The JWPs of a generated plan: periods inside the framework's, {@code supersedes} naming an
 * earlier JWP not yet superseded (so no cycle, and the version goes up), endorsements after the
 * signing, and entries of current JWPs completed with what UN INFO requires.
 */
final class JointWorkPlans {
  /** The JWPs, their codes, and one ENDORSE_JWP decision per endorsement. */
  record Result(List<JointWorkPlan> plans, List<String> codes, List<Decision> endorsements) {}

  private final Kit kit;
  private final SubOutputGenerator entries;

  JointWorkPlans(Kit kit, SubOutputGenerator entries) {
    this.kit = kit;
    this.entries = entries;
  }

  Result generate(
      YearRange framework,
      LocalDate signedOn,
      List<String> groupCodes,
      List<String> outputCodes,
      String currency) {
    Draw draw = kit.draw;
    int n = draw.count(0);
    List<JointWorkPlan> plans = new ArrayList<>(n);
    List<String> codes = new ArrayList<>(n);
    boolean[] superseded = new boolean[n];
    for (int i = 0; i < n; i++) {
      String code = kit.code("JWP");
      YearRange period = draw.within(framework);
      JwpStatus status = draw.pick(JwpStatus.class);
      Optional<String> supersedes = Optional.empty();
      int version = draw.chance(0.05) ? JointWorkPlan.MAX_VERSION : draw.between(1, 3);
      if (i > 0 && draw.chance(0.4)) {
        int j = draw.between(0, i - 1);
        if (!superseded[j] && plans.get(j).version() < JointWorkPlan.MAX_VERSION) {
          superseded[j] = true;
          supersedes = Optional.of(codes.get(j));
          version = plans.get(j).version() + 1;
        }
      }
      JointWorkPlan.Builder b =
          JointWorkPlan.builder()
              .code(code)
              .title(kit.text.name())
              .period(period)
              .status(status)
              .version(version)
              .supersedes(supersedes)
              .resultsGroup(
                  groupCodes.isEmpty() ? Optional.empty() : draw.maybe(() -> draw.pick(groupCodes)))
              .endorsement(
                  status.isEndorsed()
                      ? Optional.of(endorsement(period, signedOn))
                      : Optional.empty());
      if (!outputCodes.isEmpty()) {
        b.entries(draw.list(0, () -> entries.next(outputCodes, period, framework, currency)));
      }
      plans.add(b.build());
      codes.add(code);
    }
    List<Decision> endorsements = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      JointWorkPlan plan = plans.get(i);
      if (!superseded[i]) {
        List<SubOutput> completed = new ArrayList<>(plan.entries().size());
        plan.entries().forEach(e -> completed.add(complete(e)));
        plans.set(i, plan.withEntries(completed));
      }
      plan.endorsement()
          .ifPresent(
              e ->
                  endorsements.add(
                      Decision.builder()
                          .date(e.date())
                          .kind(DecisionKind.ENDORSE_JWP)
                          .addSubjects(plan.code())
                          .build()));
    }
    return new Result(List.copyOf(plans), List.copyOf(codes), List.copyOf(endorsements));
  }

  private Endorsement endorsement(YearRange period, LocalDate signedOn) {
    Draw draw = kit.draw;
    LocalDate lo = PlanGenerator.max(signedOn, period.firstDay().minusMonths(3));
    LocalDate hi = period.firstDay().plusMonths(3);
    if (hi.isAfter(Draw.MAX_DATE)) {
      hi = Draw.MAX_DATE;
    }
    return Endorsement.builder()
        .date(draw.date(PlanGenerator.max(lo, Draw.MIN_DATE), hi))
        .body(draw.maybe(kit.text::name))
        .reference(draw.maybe(kit.text::uri))
        .build();
  }

  /** The entry with what TAG-001 and TAG-003 to TAG-008 ask of a current JWP's sub-output. */
  private SubOutput complete(SubOutput entry) {
    Draw draw = kit.draw;
    SubOutput e = entry;
    if (e.sdgTargets().isEmpty()) {
      e = e.withSdgTargets(kit.tags.sdgTarget());
    }
    if (e.contributingPartners().isEmpty()) {
      e = e.withContributingPartners(PartnerRef.of("Core/Regular Resources"));
    }
    if (e.implementingPartners().isEmpty()) {
      e = e.withImplementingPartners(PartnerRef.of("Resource Center for the Elderly"));
    }
    if (e.genderEqualityMarker().isEmpty()) {
      e = e.withGenderEqualityMarker(draw.pick(Marker.class));
    }
    if (e.humanRightsMarker().isEmpty()) {
      e = e.withHumanRightsMarker(draw.pick(Marker.class));
    }
    if (e.qcprFunctions().isEmpty()) {
      e = e.withQcprFunctions("Direct support");
    }
    if (e.geographicScope().isEmpty()) {
      e = e.withGeographicScope(Location.of(LocationLevel.NATIONAL, "Kyrgyz Republic"));
    }
    return e;
  }
}
