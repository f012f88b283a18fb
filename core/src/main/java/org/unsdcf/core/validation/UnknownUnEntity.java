package org.unsdcf.core.validation;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.unsdcf.core.entities.UnEntity;
import org.unsdcf.core.entities.UnEntityCatalogue;
import org.unsdcf.core.model.ChairRole;
import org.unsdcf.core.model.CoChair;
import org.unsdcf.core.model.CooperationFramework;

/**
 * ALN-004: an agency of a sub-output, a contributing entity of an output or a UN co-chair of a
 * results group is not the code of an entity of the UN entity catalogue. The lead entity is one of
 * the agencies (an invariant), so it is reported there, once.
 */
final class UnknownUnEntity extends BaseRule {
  UnknownUnEntity() {
    super(
        RuleInfo.of(
            "ALN-004", Severity.INFO, "UN entity not in the UN entity catalogue", "entity"));
  }

  @Override
  public void check(CooperationFramework plan, RuleContext context, FindingSink reporter) {
    UnEntityCatalogue un = context.entities();
    for (RuleContext.OutputSite site : context.outputs()) {
      List<String> entities = site.output().contributingEntities();
      for (int i = 0; i < entities.size(); i++) {
        check(
            un,
            entities.get(i),
            site.path() + "/contributingEntities/" + i,
            site.output().code(),
            "contributing entity",
            "output",
            reporter);
      }
    }
    for (RuleContext.GroupSite site : context.groups()) {
      List<CoChair> chairs = site.group().coChairs();
      for (int c = 0; c < chairs.size(); c++) {
        if (chairs.get(c).role() == ChairRole.UN_CO_CHAIR) {
          check(
              un,
              chairs.get(c).entity(),
              site.path() + "/coChairs/" + c + "/entity",
              site.group().code(),
              "UN co-chair",
              "results group",
              reporter);
        }
      }
    }
    for (RuleContext.SubOutputSite site : context.subOutputs()) {
      List<String> agencies = site.subOutput().agencies();
      for (int i = 0; i < agencies.size(); i++) {
        check(
            un,
            agencies.get(i),
            site.path() + "/agencies/" + i,
            site.subOutput().code(),
            "agency",
            "sub-output",
            reporter);
      }
    }
  }

  /** The catalogued code a value probably means: its abbreviation or name, or its code's case. */
  private static Optional<String> suggestion(UnEntityCatalogue un, String entity) {
    Optional<String> byLabel = un.byAbbreviation(entity).map(UnEntity::code);
    if (byLabel.isPresent()) {
      return byLabel;
    }
    return un.all().stream()
        .map(UnEntity::code)
        .filter(code -> code.equalsIgnoreCase(entity))
        .findFirst();
  }

  private static void check(
      UnEntityCatalogue un,
      String entity,
      String path,
      String subject,
      String role,
      String owner,
      FindingSink reporter) {
    if (un.byCode(entity).isPresent()) {
      return;
    }
    String hint = suggestion(un, entity).map(code -> " (did you mean '" + code + "'?)").orElse("");
    reporter.report(
        path,
        subject,
        role
            + " '"
            + entity
            + "' of "
            + owner
            + " '"
            + subject
            + "' is not a code of the UN entity catalogue"
            + hint,
        Map.of("entity", entity));
  }
}
