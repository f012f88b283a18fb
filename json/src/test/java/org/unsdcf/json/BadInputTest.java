package org.unsdcf.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.tuple;
import static org.unsdcf.json.Json.a2q;
import static org.unsdcf.json.Json.goldenWith;
import static org.unsdcf.json.Json.problemsOf;
import static org.unsdcf.json.Json.utf8;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** One test per bad-input class of design.md §5.1, asserting code, path, line and column. */
class BadInputTest {

  /** The smallest readable plan, on one line. */
  static final String MIN =
      a2q(
          "{'formatVersion':1,'code':'X','title':'T','countries':['KGZ'],"
              + "'period':{'start':2023,'end':2027},'currency':'USD'}");

  /** {@link #MIN} with more members before the closing brace. */
  static String min(String members) {
    return MIN.substring(0, MIN.length() - 1) + "," + a2q(members) + "}";
  }

  /** {@link #MIN} with one member's value replaced, e.g. {@code with("title", "5")}. */
  static String with(String member, String value) {
    String key = "\"" + member + "\":";
    int at = MIN.indexOf(key) + key.length();
    int end = at;
    int depth = 0;
    boolean string = false;
    for (; end < MIN.length(); end++) {
      char c = MIN.charAt(end);
      if (string) {
        string = c != '"';
      } else if (c == '"') {
        string = true;
      } else if (c == '{' || c == '[') {
        depth++;
      } else if (c == '}' || c == ']') {
        if (depth == 0) {
          break;
        }
        depth--;
      } else if (c == ',' && depth == 0) {
        break;
      }
    }
    return MIN.substring(0, at) + a2q(value) + MIN.substring(end);
  }

  static int col(String doc, String needle) {
    int at = doc.indexOf(needle);
    assertThat(at).as("needle %s", needle).isNotNegative();
    return doc.codePointCount(0, at) + 1;
  }

  static ReadProblem only(String doc) {
    return only(utf8(doc));
  }

  static ReadProblem only(byte[] doc) {
    PlanReadException e = problemsOf(doc);
    assertThat(e.problems()).as("problems of %s", e.problems()).hasSize(1);
    ALL.add(e);
    return e.problems().get(0);
  }

  /** Every exception seen, for the message hygiene test. */
  static final List<PlanReadException> ALL = new ArrayList<>();

  static void is(ReadProblem p, ReadProblemCode code, String path, int line, int column) {
    assertThat(p.code()).as("%s", p).isEqualTo(code);
    assertThat(p.path()).as("%s", p).isEqualTo(path);
    assertThat(p.line()).as("%s", p).isEqualTo(line);
    assertThat(p.column()).as("%s", p).isEqualTo(column);
  }

  @Test
  void should_read_the_minimal_plan() {
    assertThatCode(() -> PlanReader.standard().read(utf8(MIN))).doesNotThrowAnyException();
  }

  @Nested
  class Syntax {
    @Test
    void row_1_malformed_json() {
      ReadProblem p = only(a2q("{'formatVersion':1,,}"));
      assertThat(p.code()).isEqualTo(ReadProblemCode.JSON_SYNTAX);
      assertThat(p.line()).isEqualTo(1);
    }

    @Test
    void row_1_malformed_json_reports_its_line() {
      ReadProblem p = only(a2q("{\n'formatVersion':1,\n'code' 'X'}"));
      assertThat(p.code()).isEqualTo(ReadProblemCode.JSON_SYNTAX);
      assertThat(p.line()).isEqualTo(3);
    }

    @Test
    void row_23_raw_control_character_in_a_string() {
      ReadProblem p = only(with("title", "'a\u0001b'"));
      assertThat(p.code()).isEqualTo(ReadProblemCode.JSON_SYNTAX);
      assertThat(p.line()).isEqualTo(1);
    }

    @Test
    void row_36_nan_token() {
      assertThat(only(with("formatVersion", "NaN")).code()).isEqualTo(ReadProblemCode.JSON_SYNTAX);
    }

    @Test
    void row_36_pdf() {
      assertThat(only("%PDF-1.4\n%\u00e2\u00e3\n1 0 obj").code())
          .isEqualTo(ReadProblemCode.JSON_SYNTAX);
    }

    @Test
    void row_36_gzip_is_not_utf8() {
      byte[] gzip = {0x1f, (byte) 0x8b, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00};
      is(only(gzip), ReadProblemCode.ENCODING, "", 1, 2);
    }

    @Test
    void row_36_random_bytes() {
      SplittableRandom random = new SplittableRandom(36);
      for (int i = 0; i < 200; i++) {
        byte[] bytes = new byte[1 + random.nextInt(64)];
        random.nextBytes(bytes);
        PlanReadException e = problemsOf(bytes);
        assertThat(e.problems().get(0).code())
            .isIn(
                ReadProblemCode.ENCODING,
                ReadProblemCode.JSON_SYNTAX,
                ReadProblemCode.JSON_TRUNCATED,
                ReadProblemCode.JSON_EMPTY,
                ReadProblemCode.TYPE_MISMATCH,
                ReadProblemCode.TRAILING_CONTENT);
        ALL.add(e);
      }
    }

    @Test
    void row_2_truncated() {
      String doc = MIN.substring(0, 28);
      is(only(doc), ReadProblemCode.JSON_TRUNCATED, "/code", 1, 29);
      String between = MIN.substring(0, 30);
      is(only(between), ReadProblemCode.JSON_TRUNCATED, "", 1, 31);
    }

    @Test
    void row_2_truncated_inside_a_utf8_sequence() {
      byte[] whole = utf8(with("title", "'\u00e9t\u00e9'"));
      int cut = new String(whole, StandardCharsets.ISO_8859_1).indexOf('\u00c3') + 1;
      byte[] doc = java.util.Arrays.copyOf(whole, cut);
      ReadProblem p = only(doc);
      assertThat(p.code()).isEqualTo(ReadProblemCode.JSON_TRUNCATED);
      assertThat(p.column()).isEqualTo(cut);
    }

    @Test
    void row_3_empty_or_blank() {
      is(only(""), ReadProblemCode.JSON_EMPTY, "", 1, 1);
      assertThat(only(" \n\t\r\n ").code()).isEqualTo(ReadProblemCode.JSON_EMPTY);
      assertThat(only("\ufeff").code()).isEqualTo(ReadProblemCode.JSON_EMPTY);
    }

    @Test
    void row_4_null_root() {
      is(only(" null"), ReadProblemCode.PLAN_NULL, "", 1, 2);
    }

    @Test
    void row_5_root_not_an_object() {
      is(only("[1]"), ReadProblemCode.TYPE_MISMATCH, "", 1, 1);
      is(only("\"plan\""), ReadProblemCode.TYPE_MISMATCH, "", 1, 1);
    }

    @Test
    void row_6_content_after_the_root() {
      String doc = MIN + "\n  {}";
      is(only(doc), ReadProblemCode.TRAILING_CONTENT, "", 2, 3);
      String junk = MIN + " x";
      is(only(junk), ReadProblemCode.TRAILING_CONTENT, "", 1, MIN.length() + 2);
    }
  }

  @Nested
  class Members {
    @Test
    void row_7_duplicate_member() {
      String doc = min("'title':'U'");
      is(only(doc), ReadProblemCode.DUPLICATE_KEY, "/title", 1, doc.lastIndexOf("\"title\"") + 1);
    }

    @Test
    void row_7_duplicate_members_of_an_object_with_many_members() {
      StringBuilder extra = new StringBuilder();
      for (int i = 0; i < 20; i++) {
        extra.append(",'x").append(i).append("':").append(i);
      }
      String doc = min(extra.substring(1) + ",'x3':0,'title':'U'");
      PlanReadException e = problemsOf(utf8(doc));
      assertThat(e.problems())
          .filteredOn(p -> p.code() == ReadProblemCode.DUPLICATE_KEY)
          .extracting(ReadProblem::path, ReadProblem::column)
          .containsExactly(
              tuple("/x3", doc.lastIndexOf("\"x3\"") + 1),
              tuple("/title", doc.lastIndexOf("\"title\"") + 1));
    }

    @Test
    void row_7_duplicate_disaggregation_key() {
      byte[] doc = goldenWith("\"sex\": \"female\"", "\"sex\": \"female\",\n\"sex\": \"male\"");
      ReadProblem p = only(doc);
      is(
          p,
          ReadProblemCode.DUPLICATE_KEY,
          "/priorityAreas/0/outcomes/0/indicators/0/measurements/1/disaggregation/sex",
          73,
          1);
    }

    @Test
    void row_16_null_member_and_null_element() {
      String doc = min("'signedOn':null");
      is(only(doc), ReadProblemCode.NULL_NOT_ALLOWED, "/signedOn", 1, col(doc, "null"));
      String list = with("countries", "[null]");
      is(only(list), ReadProblemCode.NULL_NOT_ALLOWED, "/countries/0", 1, col(list, "null"));
    }

    @Test
    void row_17_missing_member_at_the_objects_brace() {
      String doc = MIN.replace(a2q("'title':'T',"), "");
      is(only(doc), ReadProblemCode.REQUIRED, "/title", 1, 1);
      String period = with("period", "{'start':2023}");
      is(only(period), ReadProblemCode.REQUIRED, "/period/end", 1, col(period, "{\"start\""));
    }

    @Test
    void row_17_empty_required_list_at_its_bracket() {
      String doc = with("countries", "[]");
      is(only(doc), ReadProblemCode.REQUIRED, "/countries", 1, col(doc, "[]"));
    }

    @Test
    void row_18_unknown_member() {
      String doc = min("'@class':'java.lang.Runtime'");
      is(only(doc), ReadProblemCode.UNKNOWN_FIELD, "/@class", 1, col(doc, "\"@class\""));
      String slash = min("'a/b~c':1");
      is(only(slash), ReadProblemCode.UNKNOWN_FIELD, "/a~1b~0c", 1, col(slash, "\"a/b"));
    }

    @Test
    void missing_format_version_is_required() {
      String doc = MIN.replace(a2q("'formatVersion':1,"), "");
      is(only(doc), ReadProblemCode.REQUIRED, "/formatVersion", 1, 1);
    }

    @Test
    void other_format_versions_stop_reading() {
      String doc = a2q("{'title':5,'formatVersion':2,'x':1}");
      is(only(doc), ReadProblemCode.UNSUPPORTED_VERSION, "/formatVersion", 1, col(doc, "2"));
      String huge = with("formatVersion", "99999999999999999999999");
      assertThat(only(huge).code()).isEqualTo(ReadProblemCode.UNSUPPORTED_VERSION);
      assertThat(only(with("formatVersion", "'1'")).code())
          .isEqualTo(ReadProblemCode.TYPE_MISMATCH);
      assertThat(only(with("formatVersion", "1.0")).code())
          .isEqualTo(ReadProblemCode.TYPE_MISMATCH);
    }
  }

  @Nested
  class Types {
    @Test
    void row_12_wrong_json_type() {
      String doc = with("title", "5");
      is(only(doc), ReadProblemCode.TYPE_MISMATCH, "/title", 1, col(doc, "5,"));
      String obj = with("period", "[2023,2027]");
      is(only(obj), ReadProblemCode.TYPE_MISMATCH, "/period", 1, col(obj, "[2023"));
    }

    @Test
    void row_14_strings_for_numbers() {
      byte[] amount = goldenWith("\"amount\": 120000", "\"amount\": \"12500\"");
      is(
          only(amount),
          ReadProblemCode.TYPE_MISMATCH,
          "/jointWorkPlans/0/entries/0/funding/0/required/amount",
          258,
          27);
      String year = with("period", "{'start':'2024','end':2027}");
      is(only(year), ReadProblemCode.TYPE_MISMATCH, "/period/start", 1, col(year, "\"2024\""));
      byte[] nan = goldenWith("\"value\": 500", "\"value\": \"NaN\"");
      is(
          only(nan),
          ReadProblemCode.TYPE_MISMATCH,
          "/priorityAreas/0/outcomes/0/indicators/0/measurements/0/value",
          64,
          28);
    }

    @Test
    void row_15_19_fraction_for_an_integer() {
      String doc = with("period", "{'start':2024.7,'end':2027}");
      is(only(doc), ReadProblemCode.TYPE_MISMATCH, "/period/start", 1, col(doc, "2024.7"));
      String exp = with("period", "{'start':2.024e3,'end':2027}");
      assertThat(only(exp).code()).isEqualTo(ReadProblemCode.TYPE_MISMATCH);
    }

    @Test
    void qualitative_value_for_a_numeric_measure() {
      byte[] doc = goldenWith("\"value\": 2000", "\"value\": \"many\"");
      is(
          only(doc),
          ReadProblemCode.TYPE_MISMATCH,
          "/priorityAreas/0/outcomes/0/indicators/0/targets/0/value",
          55,
          28);
    }

    @Test
    void unknown_enum_constant() {
      byte[] doc = goldenWith("\"kind\": \"FINAL\"", "\"kind\": \"final\"");
      is(
          only(doc),
          ReadProblemCode.UNKNOWN_ENUM,
          "/priorityAreas/0/outcomes/0/indicators/0/targets/0/kind",
          54,
          27);
    }

    @Test
    void boolean_wanted() {
      byte[] doc = goldenWith("\"exhaustive\": true", "\"exhaustive\": \"true\"");
      assertThat(only(doc).code()).isEqualTo(ReadProblemCode.TYPE_MISMATCH);
    }
  }

  @Nested
  class Limits {
    static String nested(int depth) {
      return "[".repeat(depth) + "]".repeat(depth);
    }

    @Test
    void row_8_nesting_deeper_than_64() {
      String ok = min("'x':" + nested(63));
      is(only(ok), ReadProblemCode.UNKNOWN_FIELD, "/x", 1, col(ok, "\"x\""));
      String deep = min("'x':" + nested(64));
      ReadProblem p = only(deep);
      assertThat(p.code()).isEqualTo(ReadProblemCode.LIMIT_DEPTH);
      assertThat(p.column()).isEqualTo(col(deep, "[[") + 63);
      assertThat(p.path()).isEqualTo("/x" + "/0".repeat(63));
    }

    @Test
    void row_9_number_literal_longer_than_64() {
      String ok = min("'x':" + "1".repeat(64));
      assertThat(only(ok).code()).isEqualTo(ReadProblemCode.UNKNOWN_FIELD);
      String doc = min("'x':" + "1".repeat(65));
      is(only(doc), ReadProblemCode.LIMIT_NUMBER_LENGTH, "/x", 1, col(doc, "111"));
    }

    @Test
    void row_27_member_name_longer_than_256() {
      String ok = min("'" + "n".repeat(256) + "':1");
      assertThat(only(ok).code()).isEqualTo(ReadProblemCode.UNKNOWN_FIELD);
      String name = "n".repeat(257);
      String doc = min("'" + name + "':1");
      is(only(doc), ReadProblemCode.LIMIT_NAME_LENGTH, "/" + name, 1, col(doc, "\"nnn"));
    }

    @Test
    void row_28_string_longer_than_a_million() {
      String doc = with("title", "'" + "a".repeat(1_000_001) + "'");
      is(only(doc), ReadProblemCode.LIMIT_STRING_LENGTH, "/title", 1, col(doc, "\"aaa"));
      String ok = with("title", "'" + "a".repeat(1_000_000) + "'");
      assertThat(only(ok).code()).isEqualTo(ReadProblemCode.TEXT_TOO_LONG);
    }

    @Test
    void row_28_document_larger_than_64_mib() throws Exception {
      byte[] big = new byte[64 * 1024 * 1024 + 1];
      java.util.Arrays.fill(big, (byte) ' ');
      is(only(big), ReadProblemCode.LIMIT_DOCUMENT_SIZE, "", 1, 1);
      PlanReadException e =
          org.assertj.core.api.Assertions.catchThrowableOfType(
              PlanReadException.class,
              () -> PlanReader.standard().read(new ByteArrayInputStream(big)));
      assertThat(e.problems().get(0).code()).isEqualTo(ReadProblemCode.LIMIT_DOCUMENT_SIZE);
      PlanReader small = PlanReader.builder().maxDocumentSize(MIN.length() - 1).build();
      assertThat(
              org.assertj.core.api.Assertions.catchThrowableOfType(
                      PlanReadException.class, () -> small.read(utf8(MIN)))
                  .problems()
                  .get(0)
                  .code())
          .isEqualTo(ReadProblemCode.LIMIT_DOCUMENT_SIZE);
      assertThatCode(
              () -> PlanReader.builder().maxDocumentSize(MIN.length()).build().read(utf8(MIN)))
          .doesNotThrowAnyException();
    }

    @Test
    void row_28_too_many_tokens() {
      // MIN has 21 tokens.
      PlanReader reader = PlanReader.builder().maxTokens(21).build();
      assertThatCode(() -> reader.read(utf8(MIN))).doesNotThrowAnyException();
      PlanReader tight = PlanReader.builder().maxTokens(20).build();
      PlanReadException e =
          org.assertj.core.api.Assertions.catchThrowableOfType(
              PlanReadException.class, () -> tight.read(utf8(MIN)));
      is(e.problems().get(0), ReadProblemCode.LIMIT_TOKENS, "", 1, MIN.length());
    }

    @Test
    void row_28_list_over_its_cap() {
      String countries = "'KGZ',".repeat(300);
      String ok = with("countries", "[" + countries.substring(0, countries.length() - 1) + "]");
      assertThat(only(ok).code()).isEqualTo(ReadProblemCode.INVARIANT);
      String doc = with("countries", "[" + countries + "'KAZ']");
      is(only(doc), ReadProblemCode.LIMIT_COLLECTION, "/countries", 1, col(doc, "[\"KGZ\""));
      PlanReader reader = PlanReader.builder().maxCollectionSize(1).build();
      PlanReadException e =
          org.assertj.core.api.Assertions.catchThrowableOfType(
              PlanReadException.class, () -> reader.read(utf8(with("countries", "['KGZ','KAZ']"))));
      assertThat(e.problems().get(0).code()).isEqualTo(ReadProblemCode.LIMIT_COLLECTION);
    }

    @Test
    void builder_refuses_limits_above_the_defaults() {
      org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
          .isThrownBy(() -> PlanReader.builder().maxDepth(65));
      org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
          .isThrownBy(() -> PlanReader.builder().maxDocumentSize(64L * 1024 * 1024 + 1));
      org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
          .isThrownBy(() -> PlanReader.builder().maxNumberLength(0));
      org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
          .isThrownBy(() -> PlanReader.builder().maxStringLength(1_000_001));
      org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
          .isThrownBy(() -> PlanReader.builder().maxNameLength(257));
      org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
          .isThrownBy(() -> PlanReader.builder().maxTokens(10_000_001));
      org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
          .isThrownBy(() -> PlanReader.builder().maxCollectionSize(50_001));
    }

    @Test
    void tighter_depth_number_string_and_name_limits_apply() {
      assertThat(codeOf(PlanReader.builder().maxDepth(2).build(), with("period", "[[1]]")))
          .isEqualTo(ReadProblemCode.LIMIT_DEPTH);
      assertThat(codeOf(PlanReader.builder().maxDepth(2).build(), with("period", "[1]")))
          .isEqualTo(ReadProblemCode.TYPE_MISMATCH);
      assertThat(codeOf(PlanReader.builder().maxNumberLength(3).build(), MIN))
          .isEqualTo(ReadProblemCode.LIMIT_NUMBER_LENGTH);
      assertThat(codeOf(PlanReader.builder().maxNameLength(8).build(), MIN))
          .isEqualTo(ReadProblemCode.LIMIT_NAME_LENGTH);
      assertThat(codeOf(PlanReader.builder().maxStringLength(2).build(), MIN))
          .isEqualTo(ReadProblemCode.LIMIT_STRING_LENGTH);
    }

    private ReadProblemCode codeOf(PlanReader reader, String doc) {
      return org.assertj.core.api.Assertions.catchThrowableOfType(
              PlanReadException.class, () -> reader.read(utf8(doc)))
          .problems()
          .get(0)
          .code();
    }
  }

  @Nested
  class Numbers {
    private final String path = "/jointWorkPlans/0/entries/0/funding/0/required/amount";

    private ReadProblem amount(String literal) {
      return only(goldenWith("\"amount\": 120000", "\"amount\": " + literal));
    }

    @Test
    void rows_10_11_precision_before_any_arithmetic() {
      for (String literal :
          new String[] {
            "1e1000000000",
            "1e-1000000000",
            "1e400",
            "1" + "0".repeat(34),
            "0.000000000000000000001",
            "1E+99999999999"
          }) {
        is(amount(literal), ReadProblemCode.NUMBER_PRECISION, path, 258, 27);
      }
    }

    @Test
    void row_13_range() {
      is(amount("-1"), ReadProblemCode.NUMBER_RANGE, path, 258, 27);
      is(amount("1e15"), ReadProblemCode.NUMBER_RANGE, path, 258, 27);
      is(amount("1000000000000000"), ReadProblemCode.NUMBER_RANGE, path, 258, 27);
      String year = with("period", "{'start':1900,'end':2027}");
      is(only(year), ReadProblemCode.NUMBER_RANGE, "/period/start", 1, col(year, "1900"));
      String overflow = with("period", "{'start':99999999999999999999,'end':2027}");
      assertThat(only(overflow).code()).isEqualTo(ReadProblemCode.NUMBER_RANGE);
      byte[] version = goldenWith("\"version\": 1", "\"version\": 1000");
      is(only(version), ReadProblemCode.NUMBER_RANGE, "/jointWorkPlans/0/version", 198, 18);
      byte[] denominator = goldenWith("\"denominator\": 500", "\"denominator\": 0");
      assertThat(only(denominator).code()).isEqualTo(ReadProblemCode.NUMBER_RANGE);
      byte[] numerator = goldenWith("\"numerator\": 310", "\"numerator\": -1");
      assertThat(only(numerator).code()).isEqualTo(ReadProblemCode.NUMBER_RANGE);
    }

    @Test
    void money_scale_above_4_is_precision() {
      is(amount("0.12345"), ReadProblemCode.NUMBER_PRECISION, path, 258, 27);
      assertThatCode(
              () ->
                  PlanReader.standard()
                      .read(goldenWith("\"amount\": 120000", "\"amount\": 120000.12340000")))
          .doesNotThrowAnyException();
    }
  }

  @Nested
  class Encoding {
    private byte[] titleBytes(int... bad) {
      byte[] doc = utf8(with("title", "'ab'"));
      int at = new String(doc, StandardCharsets.ISO_8859_1).indexOf("ab") + 1;
      byte[] out = new byte[doc.length + bad.length];
      System.arraycopy(doc, 0, out, 0, at);
      for (int i = 0; i < bad.length; i++) {
        out[at + i] = (byte) bad[i];
      }
      System.arraycopy(doc, at, out, at + bad.length, doc.length - at);
      return out;
    }

    @Test
    void rows_20_21_22_invalid_and_overlong_utf8() {
      String doc = with("title", "'ab'");
      int column = col(doc, "ab") + 1;
      for (int[] bad : new int[][] {{0xC0, 0xAF}, {0xED, 0xA0, 0x80}, {0xF4, 0x90, 0x80, 0x80}}) {
        ReadProblem p = only(titleBytes(bad));
        is(p, ReadProblemCode.ENCODING, "", 1, column);
        assertThat(p.message()).contains("offset " + (column - 1));
      }
    }

    @Test
    void row_22_utf16_and_utf32() {
      assertThat(only(MIN.getBytes(StandardCharsets.UTF_16)).code())
          .isEqualTo(ReadProblemCode.ENCODING);
      assertThat(only(MIN.getBytes(StandardCharsets.UTF_16LE)).code())
          .isEqualTo(ReadProblemCode.ENCODING);
      assertThat(only(MIN.getBytes(java.nio.charset.Charset.forName("UTF-32"))).code())
          .isEqualTo(ReadProblemCode.ENCODING);
    }

    @Test
    void one_bom_is_accepted_and_not_counted() {
      assertThatCode(() -> PlanReader.standard().read(utf8("\ufeff" + MIN)))
          .doesNotThrowAnyException();
      String doc = "\ufeff" + with("title", "5");
      is(only(doc), ReadProblemCode.TYPE_MISMATCH, "/title", 1, col(doc, "5,") - 1);
      assertThat(only("\ufeff\ufeff" + MIN).code()).isEqualTo(ReadProblemCode.JSON_SYNTAX);
    }
  }

  @Nested
  class Text {
    @Test
    void row_24_escaped_controls_and_lone_surrogates() {
      String nul = with("title", "'a\\u0000b'");
      is(only(nul), ReadProblemCode.TEXT_CONTROL_CHAR, "/title", 1, col(nul, "\"a\\"));
      String tab = with("title", "'a\\tb'");
      assertThat(only(tab).code()).isEqualTo(ReadProblemCode.TEXT_CONTROL_CHAR);
      String surrogate = with("title", "'a\\ud800b'");
      is(only(surrogate), ReadProblemCode.TEXT_SURROGATE, "/title", 1, col(surrogate, "\"a\\"));
      assertThatCode(
              () ->
                  PlanReader.standard()
                      .read(
                          goldenWith(
                              "\"code\": \"SP1\",",
                              "\"code\": \"SP1\",\n\"description\": \"a\\tb\\nc\\r\",")))
          .doesNotThrowAnyException();
    }

    @Test
    void row_25_percent_text_is_kept_verbatim_and_bad_uris_rejected() {
      String title = "..%c0%af..";
      assertThat(PlanReader.standard().read(utf8(with("title", "'" + title + "'"))).title())
          .isEqualTo(title);
      byte[] doc =
          goldenWith(
              "\"endorsement\": {\n        \"date\": \"2023-03-24\"",
              "\"endorsement\": {\n        \"date\": \"2023-03-24\",\n\"reference\": \"https://un.org/..%c0%af..\"");
      ReadProblem p = only(doc);
      is(p, ReadProblemCode.URI_INVALID, "/jointWorkPlans/0/endorsement/reference", 202, 14);
      for (String uri :
          new String[] {"ftp://un.org/", "/relative", "https://user@un.org/", "https://", "a b"}) {
        assertThat(
                only(goldenWith(
                        "\"date\": \"2023-03-24\"\n      }",
                        "\"date\": \"2023-03-24\", \"reference\": \"" + uri + "\"\n      }"))
                    .code())
            .isEqualTo(ReadProblemCode.URI_INVALID);
      }
    }

    @Test
    void row_26_over_field_limit_and_blank() {
      String doc = with("title", "'" + "\ud83d\ude00".repeat(1001) + "'");
      is(only(doc), ReadProblemCode.TEXT_TOO_LONG, "/title", 1, col(doc, "\"\ud83d"));
      assertThatCode(
              () ->
                  PlanReader.standard()
                      .read(utf8(with("title", "'" + "\ud83d\ude00".repeat(1000) + "'"))))
          .doesNotThrowAnyException();
      String blank = with("title", "' \\t '");
      is(only(blank), ReadProblemCode.TEXT_BLANK, "/title", 1, col(blank, "\" "));
    }

    @Test
    void patterns() {
      String code = with("code", "'a b'");
      is(only(code), ReadProblemCode.PATTERN, "/code", 1, col(code, "\"a b"));
      assertThat(only(with("code", "'" + "c".repeat(65) + "'")).code())
          .isEqualTo(ReadProblemCode.PATTERN);
      assertThat(only(with("countries", "['kgz']")).code()).isEqualTo(ReadProblemCode.PATTERN);
      assertThat(only(with("currency", "'US$'")).code()).isEqualTo(ReadProblemCode.PATTERN);
      assertThat(only(goldenWith("\"10.7\"\n          ]", "\"18.1\"\n          ]")).code())
          .isEqualTo(ReadProblemCode.PATTERN);
      assertThat(only(goldenWith("\"code\": \"3\"", "\"code\": \"0\"")).code())
          .isEqualTo(ReadProblemCode.PATTERN);
      assertThat(only(goldenWith("\"GCM_OBJECTIVE\"", "\"gcm\"")).code())
          .isEqualTo(ReadProblemCode.PATTERN);
    }
  }

  @Nested
  class Dates {
    private final String path = "/jointWorkPlans/0/entries/0/start";

    private ReadProblem start(String value) {
      return only(
          goldenWith(
              "\"start\": \"2023-08-01\",\n          \"end\"",
              "\"start\": " + value + ",\n          \"end\""));
    }

    @Test
    void row_29_format_calendar_range_type_in_that_order() {
      is(start("\"2024-2-3\""), ReadProblemCode.DATE_FORMAT, path, 248, 20);
      is(start("\"+1000000000-01-01\""), ReadProblemCode.DATE_FORMAT, path, 248, 20);
      is(start("\"2023-02-30\""), ReadProblemCode.DATE_INVALID, path, 248, 20);
      is(start("\"2023-13-01\""), ReadProblemCode.DATE_INVALID, path, 248, 20);
      is(start("\"1900-01-01\""), ReadProblemCode.DATE_RANGE, path, 248, 20);
      is(start("\"1900-02-30\""), ReadProblemCode.DATE_INVALID, path, 248, 20);
      is(start("[2024,2,30]"), ReadProblemCode.TYPE_MISMATCH, path, 248, 20);
    }
  }

  @Nested
  class Units {
    @Test
    void row_30_unknown_units_by_catalogue_lookup_only() {
      for (String unit :
          new String[] {
            "furlong", "", " ", "m^2147483647", "m^99999999999", "m*".repeat(10_000), "one"
          }) {
        ReadProblem p = only(goldenWith("\"unit\": \"1\"", "\"unit\": \"" + unit + "\""));
        is(
            p,
            ReadProblemCode.UNKNOWN_UNIT,
            "/priorityAreas/0/outcomes/0/indicators/0/unit",
            44,
            23);
      }
    }
  }

  @Nested
  class Invariants {
    @Test
    void reversed_period_at_its_brace() {
      String doc = with("period", "{'start':2027,'end':2023}");
      ReadProblem p = only(doc);
      is(p, ReadProblemCode.INVARIANT, "/period", 1, col(doc, "{\"start\""));
      assertThat(p.message()).isEqualTo("must not be before start 2027, but was '2023'");
    }

    @Test
    void set_duplicate_at_the_element() {
      String doc = with("countries", "['KGZ','KAZ','KGZ']");
      is(only(doc), ReadProblemCode.INVARIANT, "/countries/2", 1, col(doc, "\"KGZ\"]"));
    }

    @Test
    void sdg_vocabulary_in_tags_at_the_element() {
      byte[] doc =
          goldenWith(
              "\"vocabulary\": \"GCM_OBJECTIVE\",\n                  \"code\": \"3\"",
              "\"vocabulary\": \"SDG_TARGET\",\n                  \"code\": \"3.1\"");
      is(
          only(doc),
          ReadProblemCode.INVARIANT,
          "/priorityAreas/0/outcomes/0/outputs/0/tags/0",
          115,
          17);
    }

    @Test
    void lead_entity_outside_agencies_at_the_sub_output() {
      byte[] doc = goldenWith("\"leadEntity\": \"IOM\"", "\"leadEntity\": \"UNICEF\"");
      is(only(doc), ReadProblemCode.INVARIANT, "/jointWorkPlans/0/entries/0", 204, 9);
    }

    @Test
    void own_unit_on_a_value_at_the_innermost_object() {
      byte[] doc =
          goldenWith("\"value\": 500", "\"value\": 500, \"numerator\": 1, \"denominator\": 2");
      ReadProblem p = only(doc);
      is(
          p,
          ReadProblemCode.INVARIANT,
          "/priorityAreas/0/outcomes/0/indicators/0/measurements/0",
          59,
          17);
      assertThat(p.message())
          .isEqualTo("is allowed only for an indicator whose unit is a ratio, but was '1'");
    }

    @Test
    void ancestors_of_a_failed_object_are_not_checked() {
      // The endorsement is missing for an ENDORSED plan (an invariant of the JWP) and its period
      // is reversed: only the innermost failure is reported.
      byte[] doc =
          goldenWith(
              "\"start\": 2023,\n        \"end\": 2024", "\"start\": 2024,\n        \"end\": 2023");
      is(only(doc), ReadProblemCode.INVARIANT, "/jointWorkPlans/0/period", 193, 17);
    }
  }

  @Nested
  class Collecting {
    @Test
    void problems_are_sorted_by_position_then_code_and_capped_at_100() {
      StringBuilder members = new StringBuilder();
      for (int i = 0; i < 150; i++) {
        members.append(i == 0 ? "" : ",").append("'u").append(i).append("':1");
      }
      PlanReadException e = problemsOf(min(members.toString()));
      assertThat(e.problems()).hasSize(100);
      assertThat(e.problems()).allMatch(p -> p.code() == ReadProblemCode.UNKNOWN_FIELD);
      assertThat(e.problems().get(0).path()).isEqualTo("/u0");
      assertThat(e.problems())
          .isSortedAccordingTo(
              java.util.Comparator.comparingInt(ReadProblem::line)
                  .thenComparingInt(ReadProblem::column));
    }

    @Test
    void several_problems_are_all_reported() {
      String doc =
          a2q("{'formatVersion':1,'code':'a b','title':' ','countries':['kgz'],'currency':5}");
      PlanReadException e = problemsOf(doc);
      assertThat(e.problems())
          .extracting(ReadProblem::code)
          .containsExactly(
              ReadProblemCode.REQUIRED,
              ReadProblemCode.PATTERN,
              ReadProblemCode.TEXT_BLANK,
              ReadProblemCode.PATTERN,
              ReadProblemCode.TYPE_MISMATCH);
      assertThat(e.problems().get(0).path()).isEqualTo("/period");
    }
  }

  @Nested
  class ReadFine {
    @Test
    void rows_31_to_35_are_the_validators_business() {
      byte[] duplicateCodes = goldenWith("\"code\": \"OC1.1-I1\"", "\"code\": \"OP1.1.1-I1\"");
      byte[] dangling = goldenWith("\"outputCode\": \"OP1.1.1\"", "\"outputCode\": \"NOPE\"");
      byte[] cycle =
          goldenWith("\"version\": 1,", "\"version\": 1,\n\"supersedes\": \"JWP-RG1-2023-2024\",");
      byte[] range = goldenWith("\"value\": 62", "\"value\": 620");
      byte[] currencies =
          goldenWith(
              "\"amount\": 80000,\n                \"currency\": \"USD\"",
              "\"amount\": 80000,\n                \"currency\": \"EUR\"");
      for (byte[] doc : List.of(duplicateCodes, dangling, cycle, range, currencies)) {
        assertThatCode(() -> PlanReader.standard().read(doc)).doesNotThrowAnyException();
      }
    }
  }
}
