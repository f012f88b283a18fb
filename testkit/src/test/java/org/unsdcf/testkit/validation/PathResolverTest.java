package org.unsdcf.testkit.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PathResolverTest {
  @Test
  void should_resolve_present_and_absent_last_members_only() {
    var plan = KyrgyzParts.plan();

    assertThat(PathResolver.resolves(plan, "")).isTrue();
    assertThat(PathResolver.resolves(plan, "/jointWorkPlans/0/endorsement/date")).isTrue();
    assertThat(PathResolver.resolves(plan, "/jointWorkPlans/0/entries/0/funding/0/year")).isTrue();
    assertThat(PathResolver.resolves(plan, "/signedOn")).isTrue();
    assertThat(PathResolver.resolves(plan, "/jointWorkPlans/1")).isFalse();
    assertThat(PathResolver.resolves(plan, "/jointWorkPlans/0/supersedes/x")).isFalse();
    assertThat(PathResolver.resolves(plan, "/nothing")).isFalse();
    assertThat(
            PathResolver.resolves(
                plan, "/priorityAreas/0/outcomes/0/indicators/0/measurements/1/disaggregation/sex"))
        .isTrue();
  }
}
