/**
 * Test support for plans: {@link org.unsdcf.testkit.SamplePlans}, an Object Mother of named plans
 * (the Kyrgyz example of design.md §4.2 among them), and {@link
 * org.unsdcf.testkit.UnsdcfAssertions}, the entry point of AssertJ assertions on plans, indicators
 * and reports: validation reports ({@link org.unsdcf.testkit.ReportAssert}) and roll-up reports
 * (indicator progress, tree nodes, progress and budget aggregates). {@link
 * org.unsdcf.testkit.BadInputs} catalogues the 37 bad-input classes of design.md §5.1 as documents
 * with the problem code (or validator rule) each must give, for testing readers and services that
 * accept plans.
 *
 * <pre>{@code
 * import static org.unsdcf.testkit.UnsdcfAssertions.assertThat;
 *
 * assertThat(SamplePlans.kyrgyzstan()).hasPriorityArea("SP1").hasJointWorkPlan("JWP-RG1-2023-2024");
 * assertThat(report).isValid().hasFinding("GOV-003").at("/jointWorkPlans/0/endorsement/date");
 * }</pre>
 */
package org.unsdcf.testkit;
