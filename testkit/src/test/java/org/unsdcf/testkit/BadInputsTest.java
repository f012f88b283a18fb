package org.unsdcf.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.unsdcf.core.model.CooperationFramework;
import org.unsdcf.core.validation.Finding;
import org.unsdcf.core.validation.ValidationOptions;
import org.unsdcf.core.validation.Validator;
import org.unsdcf.json.PlanReadException;
import org.unsdcf.json.PlanReader;
import org.unsdcf.json.PlanWriter;
import org.unsdcf.json.ReadProblem;

/** Every input of the §5.1 catalogue does to the standard reader what it says it does. */
class BadInputsTest {
  static List<BadInput> inputs() {
    return BadInputs.all();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("inputs")
  void reading_gives_the_expected_problem_or_plan(BadInput input) {
    if (input.expectedCode().isPresent()) {
      PlanReadException e =
          catchThrowableOfType(
              PlanReadException.class, () -> PlanReader.standard().read(input.bytes()));
      assertThat(e).as("%s must not read", input).isNotNull();
      ReadProblem first = e.problems().get(0);
      assertThat(first.code()).as("%s: %s", input, first).isEqualTo(input.expectedCode().get());
      input
          .expectedPath()
          .ifPresent(path -> assertThat(first.path()).as("%s: %s", input, first).isEqualTo(path));
      return;
    }
    CooperationFramework plan = PlanReader.standard().read(input.bytes());
    if (input.expectedRule().isPresent()) {
      List<String> codes =
          Validator.standard()
              .validate(plan, ValidationOptions.of(BadInputs.AS_OF))
              .findings()
              .stream()
              .map(Finding::code)
              .toList();
      assertThat(codes).as("%s", input).contains(input.expectedRule().get());
    } else {
      assertThat(PlanWriter.pretty().write(plan)).as("%s", input).isEqualTo(input.bytes());
    }
  }

  @Test
  void every_row_has_an_input_and_names_are_unique() {
    assertThat(IntStream.rangeClosed(1, BadInputs.ROWS).filter(r -> BadInputs.ofRow(r).isEmpty()))
        .isEmpty();
    assertThat(BadInputs.all().stream().map(BadInput::name)).doesNotHaveDuplicates();
    assertThat(BadInputs.all().stream().mapToInt(BadInput::row)).isSorted();
    assertThatIllegalArgumentException().isThrownBy(() -> BadInputs.ofRow(38));
    assertThatIllegalArgumentException().isThrownBy(() -> BadInputs.ofRow(0));
  }

  @Test
  void rows_31_to_37_read_fine_and_31_to_35_name_a_rule() {
    for (BadInput input : BadInputs.all()) {
      assertThat(input.readsFine())
          .as("%s", input)
          .isEqualTo(input.row() >= 31 && input.row() <= 37 && input.row() != 36);
      assertThat(input.expectedRule().isPresent())
          .as("%s", input)
          .isEqualTo(input.row() >= 31 && input.row() <= 35);
    }
  }

  @Test
  void bytes_are_a_fresh_copy() {
    BadInput input = BadInputs.ofRow(7).get(0);
    byte[] bytes = input.bytes();
    bytes[0] = 'x';
    assertThat(input.bytes()[0]).isEqualTo((byte) '{');
    assertThat(input.toString()).isEqualTo("7: duplicate member");
  }
}
