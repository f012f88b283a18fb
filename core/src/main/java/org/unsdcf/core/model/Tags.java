package org.unsdcf.core.model;

import java.util.List;
import org.unsdcf.core.internal.Checks;

/** The invariant shared by every {@code tags} list: a set, without the SDG vocabularies. */
final class Tags {
  private Tags() {}

  static void check(String type, List<Tag> tags) {
    Checks.set(type, "tags", tags);
    for (int i = 0; i < tags.size(); i++) {
      Tag tag = tags.get(i);
      Checks.requireArgument(
          !tag.vocabulary().equals(Tag.SDG_TARGET) && !tag.vocabulary().equals(Tag.SDG_INDICATOR),
          type,
          "tags/" + i,
          tag.vocabulary(),
          "must not use an SDG vocabulary: SDG targets and indicators have their own fields");
    }
  }

  static List<Tag> alignment(List<String> sdgTargets, List<Tag> tags) {
    Tag[] all = new Tag[sdgTargets.size() + tags.size()];
    for (int i = 0; i < sdgTargets.size(); i++) {
      all[i] = Tag.of(Tag.SDG_TARGET, sdgTargets.get(i));
    }
    for (int i = 0; i < tags.size(); i++) {
      all[sdgTargets.size() + i] = tags.get(i);
    }
    return List.of(all);
  }

  static void sdgTargets(String type, List<String> targets) {
    Checks.patternSet(
        type, "sdgTargets", targets, Checks.SDG_TARGET, "an SDG target code such as 5.2");
  }
}
