package org.unsdcf.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.unsdcf.json.Json.goldenWith;
import static org.unsdcf.json.Json.utf8;

import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.unsdcf.core.model.CooperationFramework;
import org.unsdcf.core.model.FundingLine;
import org.unsdcf.json.internal.DocumentReader;
import org.unsdcf.json.internal.Limits;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/**
 * The one-pass reader (design.md §5) on clean documents: it reads every limit up to and including
 * its value, gives up one below it, where the diagnosing reader reports the LIMIT_* code; and it
 * reads what the golden document does not hold (fractions, URIs, false, text values) into the plan
 * the diagnosing reader builds.
 */
class OnePassReaderTest {

  /** A document's own measures, as the limits count them. */
  record Measures(int depth, int number, int string, int name, long tokens) {
    static Measures of(byte[] doc) {
      int depth = 0;
      int deepest = 0;
      int number = 0;
      int string = 0;
      int name = 0;
      long tokens = 0;
      try (JsonParser p = new JsonFactory().createParser(ObjectReadContext.empty(), doc)) {
        for (JsonToken t; (t = p.nextToken()) != null; ) {
          tokens++;
          switch (t) {
            case START_OBJECT, START_ARRAY -> deepest = Math.max(deepest, ++depth);
            case END_OBJECT, END_ARRAY -> depth--;
            case PROPERTY_NAME -> name = Math.max(name, p.currentName().length());
            case VALUE_STRING -> string = Math.max(string, p.getString().length());
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT ->
                number = Math.max(number, p.getString().length());
            default -> {}
          }
        }
      }
      return new Measures(deepest, number, string, name, tokens);
    }

    Limits limits() {
      return new Limits(
          Limits.DEFAULT.documentSize(),
          depth,
          number,
          string,
          name,
          tokens,
          Limits.DEFAULT.collection());
    }
  }

  private static Limits with(Limits l, UnaryOperator<Limits> change) {
    return change.apply(l);
  }

  static Stream<Arguments> tightened() {
    return Stream.of(
        Arguments.of(
            "depth",
            (UnaryOperator<Limits>)
                l ->
                    new Limits(
                        l.documentSize(),
                        l.depth() - 1,
                        l.numberLength(),
                        l.stringLength(),
                        l.nameLength(),
                        l.tokens(),
                        l.collection()),
            ReadProblemCode.LIMIT_DEPTH),
        Arguments.of(
            "number length",
            (UnaryOperator<Limits>)
                l ->
                    new Limits(
                        l.documentSize(),
                        l.depth(),
                        l.numberLength() - 1,
                        l.stringLength(),
                        l.nameLength(),
                        l.tokens(),
                        l.collection()),
            ReadProblemCode.LIMIT_NUMBER_LENGTH),
        Arguments.of(
            "string length",
            (UnaryOperator<Limits>)
                l ->
                    new Limits(
                        l.documentSize(),
                        l.depth(),
                        l.numberLength(),
                        l.stringLength() - 1,
                        l.nameLength(),
                        l.tokens(),
                        l.collection()),
            ReadProblemCode.LIMIT_STRING_LENGTH),
        Arguments.of(
            "name length",
            (UnaryOperator<Limits>)
                l ->
                    new Limits(
                        l.documentSize(),
                        l.depth(),
                        l.numberLength(),
                        l.stringLength(),
                        l.nameLength() - 1,
                        l.tokens(),
                        l.collection()),
            ReadProblemCode.LIMIT_NAME_LENGTH),
        Arguments.of(
            "tokens",
            (UnaryOperator<Limits>)
                l ->
                    new Limits(
                        l.documentSize(),
                        l.depth(),
                        l.numberLength(),
                        l.stringLength(),
                        l.nameLength(),
                        l.tokens() - 1,
                        l.collection()),
            ReadProblemCode.LIMIT_TOKENS));
  }

  static Stream<Arguments> documents() {
    byte[] golden = utf8(Json.golden());
    byte[] min = utf8(BadInputTest.MIN);
    // The longest member name a disaggregation key, the longest number an amount with a fraction.
    byte[] longKey =
        utf8(
            Json.golden()
                .replace("\"sex\"", "\"sexesSexesSexesSexes_\"")
                .replace("\"amount\": 120000", "\"amount\": 120000.25"));
    return Stream.of(
        Arguments.of("golden", golden),
        Arguments.of("minimal", min),
        Arguments.of("long key", longKey));
  }

  static Stream<Arguments> limitsAndDocuments() {
    return documents()
        .flatMap(
            d ->
                tightened()
                    .map(
                        t ->
                            Arguments.of(
                                d.get()[0], d.get()[1], t.get()[0], t.get()[1], t.get()[2])));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("documents")
  void should_read_a_document_whose_limits_are_exactly_its_own_measures(String name, byte[] doc) {
    Limits exact = Measures.of(doc).limits();
    DocumentReader reader = new DocumentReader(exact);

    CooperationFramework onePass = reader.readOnePass(doc, doc.length);

    assertThat(onePass).isNotNull().isEqualTo(reader.readDiagnosing(doc, doc.length));
  }

  @ParameterizedTest(name = "[{index}] {0}, {2} one below")
  @MethodSource("limitsAndDocuments")
  void should_give_up_one_below_a_measure_and_report_that_limit(
      String name, byte[] doc, String limit, UnaryOperator<Limits> tighten, ReadProblemCode code) {
    Measures measures = Measures.of(doc);
    DocumentReader reader = new DocumentReader(with(measures.limits(), tighten));

    assertThat(reader.readOnePass(doc, doc.length)).isNull();
    PlanReadException e =
        catchThrowableOfType(PlanReadException.class, () -> reader.read(doc, doc.length));
    assertThat(e.problems()).extracting(ReadProblem::code).containsExactly(code);
  }

  @Test
  void should_measure_the_minimal_plan_as_its_comment_in_bad_input_test_says() {
    assertThat(Measures.of(utf8(BadInputTest.MIN))).isEqualTo(new Measures(2, 4, 3, 13, 21));
  }

  private static CooperationFramework bothReaders(byte[] doc) {
    DocumentReader reader = new DocumentReader(Limits.DEFAULT);
    CooperationFramework onePass = reader.readOnePass(doc, doc.length);
    assertThat(onePass).as("one-pass read").isNotNull();
    assertThat(onePass).isEqualTo(reader.readDiagnosing(doc, doc.length));
    return onePass;
  }

  @Test
  void should_read_fractional_amounts_and_values_exactly() {
    byte[] doc =
        Json.golden()
            .replace("\"amount\": 120000", "\"amount\": 120000.5")
            .replace("\"value\": 62", "\"value\": 62.125")
            .getBytes(StandardCharsets.UTF_8);

    CooperationFramework plan = bothReaders(doc);

    assertThat(plan.jointWorkPlans().get(0).entries().get(0).funding().get(0).required().amount())
        .isEqualTo(new BigDecimal("120000.5"));
  }

  @Test
  void should_read_a_zero_amount_and_one_of_scale_4() {
    byte[] doc =
        Json.golden()
            .replace("\"amount\": 120000", "\"amount\": 0")
            .replace("\"amount\": 80000", "\"amount\": 80000.1234")
            .getBytes(StandardCharsets.UTF_8);

    CooperationFramework plan = bothReaders(doc);

    FundingLine line = plan.jointWorkPlans().get(0).entries().get(0).funding().get(0);
    assertThat(line.required().amount()).isEqualByComparingTo("0");
    assertThat(line.available().amount()).isEqualTo(new BigDecimal("80000.1234"));
  }

  @Test
  void should_read_a_uri() {
    byte[] doc =
        goldenWith(
            "\"date\": \"2023-03-24\"\n      }",
            "\"date\": \"2023-03-24\", \"reference\": \"https://un.org/a\"\n      }");

    CooperationFramework plan = bothReaders(doc);

    assertThat(plan.jointWorkPlans().get(0).endorsement().orElseThrow().reference())
        .contains(URI.create("https://un.org/a"));
  }

  @Test
  void should_read_text_values_of_a_qualitative_indicator() {
    CooperationFramework qualitative = Plans.qualitative();
    byte[] doc = PlanWriter.compact().write(qualitative);

    assertThat(bothReaders(doc)).isEqualTo(qualitative);
  }

  @Test
  void should_read_false() {
    byte[] doc = goldenWith("\"exhaustive\": true", "\"exhaustive\": false");

    CooperationFramework plan = bothReaders(doc);

    assertThat(
            plan.priorityAreas()
                .get(0)
                .outcomes()
                .get(0)
                .indicators()
                .get(0)
                .disaggregations()
                .get(0)
                .exhaustive())
        .isFalse();
  }
}
