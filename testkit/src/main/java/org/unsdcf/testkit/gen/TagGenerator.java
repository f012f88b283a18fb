package org.unsdcf.testkit.gen;

import java.util.List;
import java.util.random.RandomGenerator;
import org.unsdcf.core.model.Tag;

/**
 * Generates {@link Tag}s (GCM objectives 1 to 23 and other vocabularies, never an SDG one) and SDG
 * target and indicator codes that exist in the UN list.
 *
 * <p>Not thread-safe; deterministic per seed and size.
 */
public final class TagGenerator implements Generator<Tag> {
  /** Existing SDG targets, numeric and lettered. */
  static final List<String> SDG_TARGETS =
      List.of(
          "1.1", "1.2", "1.3", "1.4", "1.5", "1.a", "1.b", "2.1", "2.2", "2.3", "2.4", "2.a", "3.1",
          "3.2", "3.8", "3.d", "4.1", "4.2", "4.5", "4.a", "5.1", "5.2", "5.5", "5.c", "6.1", "6.2",
          "7.1", "7.2", "8.5", "8.7", "8.8", "8.10", "9.1", "10.2", "10.7", "10.c", "11.5", "12.5",
          "13.1", "13.3", "14.1", "15.1", "15.3", "16.1", "16.3", "16.9", "16.10", "16.b", "17.1",
          "17.3", "17.17", "17.18", "17.19");

  /** Existing SDG indicators. */
  static final List<String> SDG_INDICATORS =
      List.of(
          "1.2.1", "1.3.1", "1.a.1", "2.1.1", "3.1.1", "3.8.1", "4.1.1", "5.2.1", "5.5.1", "5.c.1",
          "6.1.1", "7.1.1", "8.5.2", "8.8.1", "10.7.2", "10.c.1", "11.5.1", "13.1.1", "16.1.1",
          "16.9.1", "16.b.1", "17.17.1", "17.19.2");

  private static final List<String> VOCABULARIES =
      List.of("NSDS", "NDS_KGZ_2026", "X", "QCPR_2020");

  private final Kit kit;

  /**
   * Obtains a generator.
   *
   * @param random the source of randomness, e.g. {@code new SplittableRandom(seed)}
   * @param size how large values get, at least 1
   * @throws IllegalArgumentException if size is below 1
   */
  public TagGenerator(RandomGenerator random, int size) {
    this(new Kit(random, size));
  }

  TagGenerator(Kit kit) {
    this.kit = kit;
  }

  @Override
  public Tag next() {
    Draw draw = kit.draw;
    if (draw.coin()) {
      return Tag.of(Tag.GCM_OBJECTIVE, Integer.toString(draw.between(1, 23)));
    }
    return Tag.of(draw.pick(VOCABULARIES), kit.text.code());
  }

  /**
   * Generates an existing SDG target code.
   *
   * @return e.g. {@code 10.7}
   */
  public String sdgTarget() {
    return kit.draw.pick(SDG_TARGETS);
  }

  /**
   * Generates an existing SDG indicator code.
   *
   * @return e.g. {@code 5.2.1}
   */
  public String sdgIndicator() {
    return kit.draw.pick(SDG_INDICATORS);
  }
}
