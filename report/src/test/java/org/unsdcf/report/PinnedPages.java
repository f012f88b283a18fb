package org.unsdcf.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.unsdcf.core.model.CooperationFramework;
import org.unsdcf.core.model.Indicator;
import org.unsdcf.core.model.Outcome;
import org.unsdcf.core.model.PriorityArea;
import org.unsdcf.core.rollup.Rollup;
import org.unsdcf.core.rollup.RollupOptions;
import org.unsdcf.core.validation.Finding;
import org.unsdcf.core.validation.RuleCategory;
import org.unsdcf.core.validation.Severity;
import org.unsdcf.core.validation.Strictness;
import org.unsdcf.core.validation.ValidationReport;
import org.unsdcf.testkit.SamplePlans;
import org.unsdcf.testkit.gen.DatasetGenerator;
import org.unsdcf.testkit.gen.DatasetSize;
import org.unsdcf.testkit.gen.PlanGenerator;

/**
 * The pages whose bytes {@link PageBytesTest} pins: the sample plans, hostile text in every view,
 * text outside the Basic Multilingual Plane and broken UTF-16 in the titles the charts shorten,
 * seeded generated plans and the benchmarks' TYPICAL plan. Kept free of JUnit so the digests can be
 * computed with any build of the report on the class path.
 */
final class PinnedPages {
  /** Seeds and sizes of the generated plans, chosen once; sizes reach the generator's largest. */
  private static final long[][] GENERATED = {
    {1L, 1}, {2L, 2}, {3L, 4}, {5L, 8}, {8L, 16}, {13L, 32}, {21L, 64}, {34L, 64}
  };

  /**
   * Characters the encoder, the shortening and UTF-8 each treat apart (names hold no control
   * character or unpaired surrogate: core refuses them; a finding's message may, see below).
   */
  static final String UNICODE =
      "\ud83c\udf0d \u0410\u0439\u0433\u0443\u043b\u044c \u00e9\u00b7\u2013\u2026 \ud835\udc00"
          + " \ufffe\ufdd0\u0085\u2028\u00a0 end \ud83d\ude00\ud83d\ude00\ud83d\ude00"
          + "\ud83d\ude00\ud83d\ude00\ud83d\ude00\ud83d\ude00\ud83d\ude00\ud83d\ude00\ud83d\ude00";

  private PinnedPages() {}

  /** The pages by name, in a fixed order. */
  static Map<String, byte[]> pages() {
    Map<String, byte[]> pages = new LinkedHashMap<>();
    pages.put("kyrgyzstan", Pages.page(SamplePlans.kyrgyzstan(), Pages.AS_OF));
    pages.put("kyrgyzstan-2026", Pages.page(SamplePlans.kyrgyzstan(), Pages.AS_OF.plusYears(2)));
    pages.put("minimal", Pages.page(SamplePlans.minimal(), Pages.AS_OF));
    pages.put("complete", Pages.page(SamplePlans.complete(), Pages.AS_OF));
    pages.put("every-measure", Pages.page(SamplePlans.everyMeasure(), Pages.AS_OF));
    pages.put("every-unit", Pages.page(SamplePlans.everyUnit(), Pages.AS_OF));
    pages.put(
        "every-direction", Pages.page(SamplePlans.everyDirectionAndAccumulation(), Pages.AS_OF));
    pages.put("hostile", Pages.page(Hostile.plan(), Pages.AS_OF));
    pages.put("hostile-findings", withFindings(Hostile.report(SamplePlans.kyrgyzstan().code())));
    pages.put("broken-findings", withFindings(brokenText(SamplePlans.kyrgyzstan().code())));
    pages.put("unicode", Pages.page(unicode(), Pages.AS_OF));
    for (long[] generated : GENERATED) {
      pages.put(
          "generated-" + generated[0] + "-" + generated[1],
          Pages.page(PlanGenerator.plan(generated[0], (int) generated[1]), Pages.AS_OF));
    }
    pages.put(
        "typical",
        Pages.page(
            new DatasetGenerator(DatasetGenerator.DEFAULT_SEED)
                .plan(0, DatasetSize.TYPICAL.scale()),
            DatasetGenerator.AS_OF));
    return pages;
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new AssertionError("every JDK has SHA-256", e);
    }
  }

  private static byte[] withFindings(ValidationReport findings) {
    CooperationFramework plan = SamplePlans.kyrgyzstan();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      HtmlReport.standard()
          .write(
              plan,
              Rollup.compute(plan, RollupOptions.builder().asOf(Pages.AS_OF).build()),
              findings,
              out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** Findings whose texts hold what no plan may: unpaired surrogates and control characters. */
  private static ValidationReport brokenText(String framework) {
    return ValidationReport.of(
        framework,
        Pages.AS_OF,
        Strictness.DRAFT,
        List.of(
            Finding.builder()
                .code("GOV-003")
                .severity(Severity.WARNING)
                .category(RuleCategory.GOVERNANCE)
                .path("/lone/\ud800/\udc00")
                .message(
                    "lone \ud800 and \udc00, NUL \u0000 BEL \u0007 tab\tLF\nDEL \u007f " + UNICODE)
                .subject("ends high \ud83d")
                .build()));
  }

  /** The worked example with {@link #UNICODE} in the titles of the framework and first results. */
  private static CooperationFramework unicode() {
    CooperationFramework plan = SamplePlans.kyrgyzstan();
    PriorityArea area = plan.priorityAreas().get(0);
    Outcome outcome = area.outcomes().get(0);
    Indicator indicator = outcome.indicators().get(0);
    return plan.withTitle(UNICODE)
        .withPriorityAreas(
            List.of(
                area.withTitle("Area " + UNICODE)
                    .withOutcomes(
                        outcome
                            .withTitle(UNICODE + UNICODE)
                            .withIndicators(indicator.withTitle("Indicator " + UNICODE)))));
  }
}
