package org.unsdcf.testkit.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.unsdcf.core.model.CooperationFramework;
import org.unsdcf.core.validation.Finding;
import org.unsdcf.core.validation.ValidationOptions;
import org.unsdcf.core.validation.Validator;

/** ALN-004's messages: what the catalogue would have called an uncatalogued value. */
class UnknownUnEntityTest {
  private static List<Finding> aln004(CooperationFramework plan) {
    return Validator.standard()
        .validate(plan, ValidationOptions.builder().asOf(KyrgyzParts.AS_OF).build())
        .findings()
        .stream()
        .filter(f -> f.code().equals("ALN-004"))
        .collect(Collectors.toList());
  }

  @ParameterizedTest
  @CsvSource({
    "UN-WOMEN, UN-Women",
    "undp, UNDP",
    "UNHCR, ",
  })
  void should_suggest_the_catalogued_code_of_a_miscased_entity_and_accept_a_catalogued_one(
      String entity, String suggestion) {
    List<Finding> findings =
        aln004(
            KyrgyzParts.withOutput(
                KyrgyzParts.output().withContributingEntities("IOM", "UN-Women", entity)));

    if (suggestion == null) {
      assertThat(findings).isEmpty();
    } else {
      assertThat(findings).hasSize(1);
      assertThat(findings.get(0).message())
          .isEqualTo(
              "contributing entity '"
                  + entity
                  + "' of output 'OP1.1.1' is not a code of the UN entity catalogue (did you mean '"
                  + suggestion
                  + "'?)");
    }
  }

  @Test
  void should_suggest_the_code_of_an_abbreviation_or_name_and_nothing_for_a_stranger() {
    List<Finding> findings =
        aln004(
            KyrgyzParts.withGroup(
                KyrgyzParts.group()
                    .withCoChairs(
                        KyrgyzParts.unCoChair("United Nations Children's Fund"),
                        KyrgyzParts.unCoChair("Unknown Agency"))));

    assertThat(findings)
        .extracting(Finding::path, Finding::subject, Finding::message)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "/resultsGroups/0/coChairs/0/entity",
                "RG1",
                "UN co-chair 'United Nations Children's Fund' of results group 'RG1' is not a code"
                    + " of the UN entity catalogue (did you mean 'UNICEF'?)"),
            org.assertj.core.groups.Tuple.tuple(
                "/resultsGroups/0/coChairs/1/entity",
                "RG1",
                "UN co-chair 'Unknown Agency' of results group 'RG1' is not a code of the UN entity"
                    + " catalogue"));
  }

  @Test
  void should_not_check_government_co_chairs() {
    assertThat(
            aln004(
                KyrgyzParts.withGroup(
                    KyrgyzParts.group()
                        .withCoChairs(
                            KyrgyzParts.unCoChair("IOM"),
                            KyrgyzParts.unCoChair("UNICEF"),
                            KyrgyzParts.unCoChair("Ministry of Labour")
                                .withRole(org.unsdcf.core.model.ChairRole.GOVERNMENT_CO_CHAIR)))))
        .isEmpty();
  }
}
