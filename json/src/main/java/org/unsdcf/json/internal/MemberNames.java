package org.unsdcf.json.internal;

import java.util.HashMap;
import java.util.Map;
import tools.jackson.core.SerializableString;
import tools.jackson.core.io.SerializedString;

/**
 * The format's member names, encoded once: the writer emits each as ready-made bytes instead of
 * escaping the same few dozen names again for every object of every plan.
 */
final class MemberNames {
  private static final Map<String, SerializableString> ENCODED = new HashMap<>();

  static {
    for (String name :
        new String[] {
          "accumulation",
          "additionalOutputs",
          "agencies",
          "agency",
          "amount",
          "assessedStatus",
          "available",
          "baseline",
          "body",
          "categories",
          "coChairs",
          "code",
          "comment",
          "contributingEntities",
          "contributingPartner",
          "contributingPartners",
          "countries",
          "currency",
          "dataSource",
          "date",
          "decisions",
          "denominator",
          "description",
          "direction",
          "disaggregation",
          "disaggregations",
          "displayCode",
          "end",
          "endorsement",
          "entity",
          "entries",
          "exhaustive",
          "expenditure",
          "formatVersion",
          "frequency",
          "from",
          "funding",
          "genderEqualityMarker",
          "geographicScope",
          "governmentCoChair",
          "governmentMembers",
          "humanRightsMarker",
          "iatiOrgId",
          "implementingPartners",
          "indicators",
          "jointProgramme",
          "jointWorkPlans",
          "kind",
          "leadEntity",
          "level",
          "marker",
          "markerNarratives",
          "max",
          "meansOfVerification",
          "measure",
          "measurements",
          "members",
          "min",
          "name",
          "naturalRange",
          "numerator",
          "outcomes",
          "outputCode",
          "outputs",
          "period",
          "priorityAreas",
          "progressNarratives",
          "qcprFunctions",
          "reference",
          "required",
          "responsibleEntities",
          "resultsGroup",
          "resultsGroups",
          "role",
          "scope",
          "sdgIndicator",
          "sdgTargets",
          "signedOn",
          "source",
          "start",
          "statement",
          "status",
          "steeringCommittee",
          "subjects",
          "summary",
          "supersedes",
          "sustainingPeaceMarker",
          "tags",
          "targetGroups",
          "targets",
          "text",
          "title",
          "unCoChair",
          "unit",
          "until",
          "value",
          "version",
          "vocabulary",
          "year"
        }) {
      ENCODED.put(name, new SerializedString(name));
    }
  }

  private MemberNames() {}

  /**
   * Gets a member name encoded.
   *
   * @param name the name
   * @return its encoding, or null for a name the format does not define (a disaggregation key)
   */
  static SerializableString encoded(String name) {
    return ENCODED.get(name);
  }
}
