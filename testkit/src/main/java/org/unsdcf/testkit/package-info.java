/**
 * Test support for plans: {@link org.unsdcf.testkit.SamplePlans}, an Object Mother of named plans
 * (the Kyrgyz example of design.md §4.2 among them), and {@link
 * org.unsdcf.testkit.UnsdcfAssertions}, the entry point of AssertJ assertions on plans and
 * indicators.
 *
 * <pre>{@code
 * import static org.unsdcf.testkit.UnsdcfAssertions.assertThat;
 *
 * assertThat(SamplePlans.kyrgyzstan()).hasPriorityArea("SP1").hasJointWorkPlan("JWP-RG1-2023-2024");
 * }</pre>
 */
package org.unsdcf.testkit;
