package org.unsdcf.core.model;

import static org.unsdcf.core.model.Fixtures.assertViolation;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every {@code {set}} member of design.md §3.2 rejects an equal element at the later one (design.md
 * §11), reported as {@code <field>/<index>}.
 */
class SetRulesTest {
  static final Tag GCM = Tag.of(Tag.GCM_OBJECTIVE, "2");
  static final Tag NDS = Tag.of("NDS", "3.1");
  static final PartnerRef EU = PartnerRef.of("European Union");
  static final PartnerRef USAID = PartnerRef.of("USAID");
  static final Location OSH = Location.of(LocationLevel.SUBNATIONAL, "Osh");
  static final Location NARYN = Location.of(LocationLevel.SUBNATIONAL, "Naryn");

  /** A set member, two distinct elements, and how to build the owner from a list. */
  record SetSlot(String type, String field, Object a, Object b, Function<List<?>, ?> build) {
    @Override
    public String toString() {
      return type + "." + field;
    }
  }

  @SuppressWarnings("unchecked")
  static <T> List<T> cast(List<?> list) {
    return (List<T>) list;
  }

  static Stream<Arguments> sets() {
    return Stream.of(
            new SetSlot(
                "CooperationFramework",
                "countries",
                "KGZ",
                "KAZ",
                l -> Fixtures.framework().countries(cast(l)).build()),
            new SetSlot(
                "Decision",
                "subjects",
                "JWP1",
                "JWP2",
                l ->
                    Decision.builder()
                        .date(LocalDate.of(2023, 3, 1))
                        .kind(DecisionKind.ENDORSE_JWP)
                        .subjects(cast(l))
                        .build()),
            new SetSlot(
                "PriorityArea",
                "tags",
                GCM,
                NDS,
                l -> PriorityArea.builder().code("SP1").title("P").tags(cast(l)).build()),
            new SetSlot(
                "Outcome",
                "sdgTargets",
                "3.8",
                "1.3",
                l -> Outcome.builder().code("OC1").title("O").sdgTargets(cast(l)).build()),
            new SetSlot(
                "Outcome",
                "tags",
                GCM,
                NDS,
                l -> Outcome.builder().code("OC1").title("O").tags(cast(l)).build()),
            new SetSlot(
                "Output",
                "contributingEntities",
                "WHO",
                "UNICEF",
                l -> Output.builder().code("OU1").title("O").contributingEntities(cast(l)).build()),
            new SetSlot(
                "Output",
                "sdgTargets",
                "3.8",
                "1.3",
                l -> Output.builder().code("OU1").title("O").sdgTargets(cast(l)).build()),
            new SetSlot(
                "Output",
                "tags",
                GCM,
                NDS,
                l -> Output.builder().code("OU1").title("O").tags(cast(l)).build()),
            new SetSlot(
                "ResultsGroup",
                "scope",
                "SP1",
                "OC2",
                l -> ResultsGroup.builder().code("RG1").title("R").scope(cast(l)).build()),
            new SetSlot(
                "ResultsGroup",
                "members",
                "UNDP",
                "WHO",
                l -> ResultsGroup.builder().code("RG1").title("R").members(cast(l)).build()),
            new SetSlot(
                "ResultsGroup",
                "governmentMembers",
                "Ministry of Health",
                "Ministry of Education",
                l ->
                    ResultsGroup.builder()
                        .code("RG1")
                        .title("R")
                        .governmentMembers(cast(l))
                        .build()),
            new SetSlot(
                "SubOutput",
                "agencies",
                "UNDP",
                "WHO",
                l -> Fixtures.subOutput().agencies(cast(l)).build()),
            new SetSlot(
                "SubOutput",
                "implementingPartners",
                EU,
                USAID,
                l -> Fixtures.subOutput().implementingPartners(cast(l)).build()),
            new SetSlot(
                "SubOutput",
                "contributingPartners",
                EU,
                USAID,
                l -> Fixtures.subOutput().contributingPartners(cast(l)).build()),
            new SetSlot(
                "SubOutput",
                "sdgTargets",
                "5.2",
                "16.b",
                l -> Fixtures.subOutput().sdgTargets(cast(l)).build()),
            new SetSlot(
                "SubOutput",
                "additionalOutputs",
                "OU1.2",
                "OU2.1",
                l -> Fixtures.subOutput().additionalOutputs(cast(l)).build()),
            new SetSlot(
                "SubOutput", "tags", GCM, NDS, l -> Fixtures.subOutput().tags(cast(l)).build()),
            new SetSlot(
                "SubOutput",
                "qcprFunctions",
                "Policy advice",
                "Capacity development",
                l -> Fixtures.subOutput().qcprFunctions(cast(l)).build()),
            new SetSlot(
                "SubOutput",
                "geographicScope",
                OSH,
                NARYN,
                l -> Fixtures.subOutput().geographicScope(cast(l)).build()),
            new SetSlot(
                "SubOutput",
                "targetGroups",
                "Youth",
                "Women",
                l -> Fixtures.subOutput().targetGroups(cast(l)).build()),
            new SetSlot(
                "DisaggregationDimension",
                "categories",
                "female",
                "male",
                l ->
                    DisaggregationDimension.builder()
                        .name("sex")
                        .exhaustive(true)
                        .categories(cast(l))
                        .build()),
            new SetSlot(
                "Indicator",
                "tags",
                GCM,
                NDS,
                l -> Fixtures.countIndicator().tags(cast(l)).build()),
            new SetSlot(
                "Indicator",
                "responsibleEntities",
                "UNICEF",
                "WHO",
                l -> Fixtures.countIndicator().responsibleEntities(cast(l)).build()))
        .map(Arguments::of);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("sets")
  void should_reject_an_equal_element_at_the_later_one(SetSlot slot) {
    assertViolation(
        () -> slot.build().apply(List.of(slot.a(), slot.b(), slot.a())),
        slot.type(),
        slot.field() + "/2",
        slot.a().toString(),
        "must not repeat an element of the set");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("sets")
  void should_report_only_the_first_repeat(SetSlot slot) {
    assertViolation(
        () -> slot.build().apply(List.of(slot.a(), slot.b(), slot.b(), slot.a())),
        slot.type(),
        slot.field() + "/2",
        slot.b().toString(),
        "must not repeat an element of the set");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("sets")
  void should_accept_distinct_elements(SetSlot slot) {
    org.assertj.core.api.Assertions.assertThatCode(
            () -> slot.build().apply(List.of(slot.a(), slot.b())))
        .doesNotThrowAnyException();
  }
}
