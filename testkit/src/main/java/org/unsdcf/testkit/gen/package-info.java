/**
 * Seeded generators of structurally valid plans and their parts, and the {@link
 * org.unsdcf.testkit.gen.Seeds} cases that drive JUnit 5 property tests.
 *
 * <p>Every generator takes a {@link java.util.random.RandomGenerator} and a size; the same seed and
 * size give equal values (no clock, no hash-ordered iteration), so any property-testing engine can
 * drive them and a failing case replays from its seed. Generated values cover every enumeration
 * constant and unit, optional members present and absent, empty and large lists, hostile Unicode
 * text, and numbers and dates at their bounds. Generators are not thread-safe: use one per thread.
 *
 * <p>{@link org.unsdcf.testkit.gen.SingleFaults} is the single-fault catalogue: for every rule
 * code, a mutation that puts exactly that fault into a plan and gives the path of the expected
 * finding as a {@link org.unsdcf.testkit.gen.Fault}.
 */
package org.unsdcf.testkit.gen;
