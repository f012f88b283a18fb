/**
 * Two real Cooperation Frameworks built in code with unsdcf: the Kyrgyz Republic 2023-2027 ({@link
 * org.unsdcf.examples.KyrgyzstanFramework}) and Kazakhstan 2021-2025 ({@link
 * org.unsdcf.examples.KazakhstanFramework}), with a readable summary of each ({@link
 * org.unsdcf.examples.PlanSummary}) and, rolled up at a date, tables of their progress per priority
 * area and outcome ({@link org.unsdcf.examples.ProgressTable}) and budget per year and agency
 * ({@link org.unsdcf.examples.BudgetTable}). Public facts are sourced in each class's
 * documentation; everything else (money, most indicator values, sub-outputs) is illustrative and
 * says so. Not published; run {@link org.unsdcf.examples.Main}.
 */
package org.unsdcf.examples;
