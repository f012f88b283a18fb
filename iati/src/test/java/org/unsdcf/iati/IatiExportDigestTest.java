package org.unsdcf.iati;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.unsdcf.testkit.SamplePlans;

/**
 * Pins the SHA-256 of the export of every sample plan, so that speed work on the writer can prove
 * the bytes produced are unchanged. A change of these digests is a change of the output: it needs
 * its own commit and its own reason.
 */
class IatiExportDigestTest {

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void exportOfEverySamplePlanIsByteIdenticalToThePinnedDigest() {
    Map<String, String> actual = new TreeMap<>();
    actual.put("kyrgyzstan", sha256(Exported.of(SamplePlans.kyrgyzstan()).bytes));
    actual.put("minimal", sha256(Exported.of(SamplePlans.minimal()).bytes));
    actual.put("complete", sha256(Exported.of(SamplePlans.complete()).bytes));
    actual.put("everyMeasure", sha256(Exported.of(SamplePlans.everyMeasure()).bytes));
    actual.put("everyUnit", sha256(Exported.of(SamplePlans.everyUnit()).bytes));
    actual.put(
        "everyDirectionAndAccumulation",
        sha256(Exported.of(SamplePlans.everyDirectionAndAccumulation()).bytes));

    assertThat(actual)
        .isEqualTo(
            Map.of(
                "complete", "a1262a0888ec575247d232bf8f20cb056dad5159c9e26f29a2e2b6a9d7afa445",
                "everyDirectionAndAccumulation",
                    "dffa06f681a88aa38e4765f3e8334eebfb937ef7ea4a1bef1221370dbd52ec9f",
                "everyMeasure", "f3f59efa8831986e637e77322085e4ff7c78a9eebdfa2ad058f86315588e63a2",
                "everyUnit", "bfe8dd95d0a247943643a16425ffeb38a335233cb6e516ceecf3e0e47458afcc",
                "kyrgyzstan", "d9f363f01951c18db9465ecd673a599d5f2730bfa461624f75fde937a12bb0b8",
                "minimal", "879ebe17722fcfe35626f01ab43d57a442a725f7c3e2fbaafc154bdcde9b053f"));
  }
}
