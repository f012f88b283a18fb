package org.unsdcf.testkit.gen;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.unsdcf.core.model.Tag;
import org.unsdcf.core.sdg.GcmCatalogue;
import org.unsdcf.core.sdg.SdgCatalogue;

class TagGeneratorTest {
  @Test
  void every_sdg_code_the_generators_use_is_in_the_bundled_catalogue() {
    SdgCatalogue sdg = SdgCatalogue.bundled();
    assertThat(TagGenerator.SDG_TARGETS).allMatch(t -> sdg.target(t).isPresent());
    assertThat(TagGenerator.SDG_INDICATORS).allMatch(i -> sdg.indicator(i).isPresent());
  }

  @Test
  void gcm_tags_name_objectives_of_the_bundled_catalogue_and_no_tag_is_sdg() {
    TagGenerator tags = new TagGenerator(new SplittableRandom(23), 8);
    GcmCatalogue gcm = GcmCatalogue.bundled();
    for (Tag tag : tags.next(500)) {
      assertThat(tag.vocabulary()).isNotIn(Tag.SDG_TARGET, Tag.SDG_INDICATOR);
      if (tag.vocabulary().equals(Tag.GCM_OBJECTIVE)) {
        assertThat(gcm.objective(Integer.parseInt(tag.code()))).isPresent();
      }
    }
  }
}
