package org.unsdcf.testkit;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import org.unsdcf.json.PlanWriter;
import org.unsdcf.json.ReadProblemCode;

/**
 * The catalogue of the 37 bad-input classes of design.md §5.1 as named documents, each with what
 * {@code PlanReader.standard()} must make of it. Most are {@link SamplePlans#kyrgyzstan()} written
 * PRETTY with one targeted edit, the others small literal documents.
 *
 * <pre>{@code
 * for (BadInput input : BadInputs.all()) {
 *   if (input.expectedCode().isPresent()) {
 *     PlanReadException e = catchThrowableOfType(
 *         PlanReadException.class, () -> myReader.read(input.bytes()));
 *     assertThat(e.problems().get(0).code()).isEqualTo(input.expectedCode().get());
 *   }
 * }
 * }</pre>
 *
 * <p>Rows 31–35 read fine and carry the validator rule (as of {@link #AS_OF}) that reports them;
 * row 37 (hostile but legal text) reads fine and round-trips exactly. Every row has at least one
 * input; some rows have several. The list is in row order and stable across releases except for
 * additions. This class is thread-safe.
 */
public final class BadInputs {
  /** The day rows 31–35 are validated for. */
  public static final LocalDate AS_OF = LocalDate.of(2024, 6, 30);

  /** The number of §5.1 rows: every one has at least one input. */
  public static final int ROWS = 37;

  private static final String AMOUNT = "/jointWorkPlans/0/entries/0/funding/0/required/amount";
  private static final String START = "/jointWorkPlans/0/entries/0/start";
  private static final String ENTRY = "/jointWorkPlans/0/entries/0";
  private static final String ENTRY_OUTPUT = "\"outputCode\": \"OP1.1.1\",";
  private static final String UNIT = "/priorityAreas/0/outcomes/0/indicators/0/unit";
  private static final String MEASUREMENT_VALUE =
      "/priorityAreas/0/outcomes/0/indicators/0/measurements/0/value";

  /** The smallest readable plan, on one line. */
  private static final String MIN =
      q(
          "{'formatVersion':1,'code':'X','title':'T','countries':['KGZ'],"
              + "'period':{'start':2023,'end':2027},'currency':'USD'}");

  private BadInputs() {}

  /**
   * Obtains every input, in row order.
   *
   * @return the catalogue
   */
  public static List<BadInput> all() {
    return Catalogue.ALL;
  }

  /**
   * Obtains the inputs of one §5.1 row.
   *
   * @param row the row, 1 to 37
   * @return its inputs, at least one
   * @throws IllegalArgumentException if the row is not 1 to 37
   */
  public static List<BadInput> ofRow(int row) {
    if (row < 1 || row > ROWS) {
      throw new IllegalArgumentException("row must be 1 to " + ROWS + ", but was " + row);
    }
    return all().stream().filter(b -> b.row() == row).toList();
  }

  /** Built on first use: it writes the sample plan. */
  private static final class Catalogue {
    static final List<BadInput> ALL = build();
  }

  private static List<BadInput> build() {
    String golden = new String(PlanWriter.pretty().write(SamplePlans.kyrgyzstan()), UTF8);
    List<BadInput> all = new ArrayList<>();
    Adder add = new Adder(all, golden);

    add.fails(1, "malformed JSON", MIN.replace(q(",'code'"), q(",,'code'")), "JSON_SYNTAX", null);
    add.fails(2, "truncated", golden.substring(0, golden.length() / 2), "JSON_TRUNCATED", null);
    add.fails(3, "empty", "", "JSON_EMPTY", "");
    add.fails(3, "blank", " \n\t\r\n ", "JSON_EMPTY", "");
    add.fails(4, "null root", "null", "PLAN_NULL", "");
    add.fails(5, "root an array", "[1]", "TYPE_MISMATCH", "");
    add.fails(5, "root a string", "\"plan\"", "TYPE_MISMATCH", "");
    add.fails(6, "content after the root", golden + "{}\n", "TRAILING_CONTENT", "");
    add.edit(
        7,
        "duplicate member",
        "\"currency\": \"USD\",\n  \"steering",
        "\"currency\": \"USD\",\n  \"currency\": \"USD\",\n  \"steering",
        "DUPLICATE_KEY",
        "/currency");
    add.entry(
        7,
        "marker narrative repeating a marker",
        "'markerNarratives': [{'marker': 'GENDER_EQUALITY', 'text': 'a'},"
            + " {'marker': 'GENDER_EQUALITY', 'text': 'b'}]",
        "INVARIANT",
        "/markerNarratives/1");
    add.entry(
        7,
        "progress narrative repeating a year",
        "'progressNarratives': [{'year': 2023, 'text': 'a'}, {'year': 2023, 'text': 'b'}]",
        "INVARIANT",
        "/progressNarratives/1");
    add.fails(
        8,
        "nesting deeper than 64",
        min("'x':" + "[".repeat(64) + "]".repeat(64)),
        "LIMIT_DEPTH",
        "/x" + "/0".repeat(63));
    add.fails(
        9,
        "number literal longer than 64",
        min("'x':" + "1".repeat(65)),
        "LIMIT_NUMBER_LENGTH",
        "/x");
    add.amount(10, "huge exponent", "1e1000000000", "NUMBER_PRECISION");
    add.amount(10, "tiny exponent", "1e-1000000000", "NUMBER_PRECISION");
    add.amount(11, "beyond double", "1e400", "NUMBER_PRECISION");
    add.amount(11, "35 digits", "1" + "0".repeat(34), "NUMBER_PRECISION");
    add.fails(12, "number for a string", with("title", "5"), "TYPE_MISMATCH", "/title");
    add.fails(12, "array for an object", with("period", "[2023,2027]"), "TYPE_MISMATCH", "/period");
    add.amount(13, "negative money", "-1", "NUMBER_RANGE");
    add.amount(13, "money of 10^15", "1000000000000000", "NUMBER_RANGE");
    add.fails(
        13,
        "year before 1945",
        with("period", "{'start':1900,'end':2027}"),
        "NUMBER_RANGE",
        "/period/start");
    add.entry(
        13,
        "progress narrative year before 1945",
        "'progressNarratives': [{'year': 1900, 'text': 'a'}]",
        "NUMBER_RANGE",
        "/progressNarratives/0/year");
    add.fails(
        13,
        "integer overflow",
        with("period", "{'start':99999999999999999999,'end':2027}"),
        "NUMBER_RANGE",
        "/period/start");
    add.amount(14, "string for money", "\"12500\"", "TYPE_MISMATCH");
    add.edit(
        14,
        "NaN string for a value",
        "\"value\": 500",
        "\"value\": \"NaN\"",
        "TYPE_MISMATCH",
        MEASUREMENT_VALUE);
    add.fails(
        15,
        "string for a year",
        with("period", "{'start':'2024','end':2027}"),
        "TYPE_MISMATCH",
        "/period/start");
    add.fails(16, "null member", min("'signedOn':null"), "NULL_NOT_ALLOWED", "/signedOn");
    add.fails(16, "null element", with("countries", "[null]"), "NULL_NOT_ALLOWED", "/countries/0");
    add.fails(17, "missing member", MIN.replace(q("'title':'T',"), ""), "REQUIRED", "/title");
    add.fails(17, "empty required list", with("countries", "[]"), "REQUIRED", "/countries");
    add.fails(
        18,
        "unknown member @class",
        min("'@class':'java.lang.Runtime'"),
        "UNKNOWN_FIELD",
        "/@class");
    add.fails(
        19,
        "fraction for an integer",
        with("period", "{'start':2024.7,'end':2027}"),
        "TYPE_MISMATCH",
        "/period/start");
    add.bytes(20, "overlong UTF-8", () -> titleBytes(0xC0, 0xAF), "ENCODING", "");
    add.bytes(21, "UTF-8 surrogate", () -> titleBytes(0xED, 0xA0, 0x80), "ENCODING", "");
    add.bytes(22, "above U+10FFFF", () -> titleBytes(0xF4, 0x90, 0x80, 0x80), "ENCODING", "");
    add.bytes(22, "UTF-16", () -> MIN.getBytes(StandardCharsets.UTF_16), "ENCODING", "");
    add.bytes(22, "UTF-32", () -> MIN.getBytes(Charset.forName("UTF-32")), "ENCODING", "");
    add.fails(23, "raw control character", with("title", "'a\u0001b'"), "JSON_SYNTAX", null);
    add.fails(24, "escaped NUL", with("title", "'a\\u0000b'"), "TEXT_CONTROL_CHAR", "/title");
    add.fails(24, "escaped TAB in a name", with("title", "'a\\tb'"), "TEXT_CONTROL_CHAR", "/title");
    add.fails(24, "lone surrogate", with("title", "'a\\ud800b'"), "TEXT_SURROGATE", "/title");
    add.edit(
        25,
        "percent-encoded overlong URI",
        "\"endorsement\": {\n        \"date\": \"2023-03-24\"",
        "\"endorsement\": {\n        \"date\": \"2023-03-24\",\n"
            + "        \"reference\": \"https://un.org/..%c0%af..\"",
        "URI_INVALID",
        "/jointWorkPlans/0/endorsement/reference");
    add.fails(
        26,
        "name over its limit",
        with("title", "'" + "\ud83d\ude00".repeat(1001) + "'"),
        "TEXT_TOO_LONG",
        "/title");
    String name = "n".repeat(257);
    add.fails(
        27,
        "member name longer than 256",
        min("'" + name + "':1"),
        "LIMIT_NAME_LENGTH",
        "/" + name);
    add.fails(
        28,
        "string longer than 1,000,000",
        with("title", "'" + "a".repeat(1_000_001) + "'"),
        "LIMIT_STRING_LENGTH",
        "/title");
    add.bytes(
        28, "document larger than 64 MiB", BadInputs::hugeDocument, "LIMIT_DOCUMENT_SIZE", "");
    add.fails(
        28,
        "countries over their cap",
        with("countries", "[" + "'KGZ',".repeat(300) + "'KAZ']"),
        "LIMIT_COLLECTION",
        "/countries");
    add.start(29, "date not in the format", "\"2024-2-3\"", "DATE_FORMAT");
    add.start(29, "date with a huge year", "\"+1000000000-01-01\"", "DATE_FORMAT");
    add.start(29, "date not in the calendar", "\"2023-02-30\"", "DATE_INVALID");
    add.start(29, "date before 1945", "\"1900-01-01\"", "DATE_RANGE");
    add.start(29, "date as an array", "[2024,2,30]", "TYPE_MISMATCH");
    add.entry(
        29,
        "progress narrative years descending",
        "'progressNarratives': [{'year': 2024, 'text': 'a'}, {'year': 2023, 'text': 'b'}]",
        "INVARIANT",
        "/progressNarratives/1");
    for (String unit : new String[] {"furlong", "", " ", "m^2147483647"}) {
      add.edit(
          30,
          "unit '" + unit + "'",
          "\"unit\": \"1\"",
          "\"unit\": \"" + unit + "\"",
          "UNKNOWN_UNIT",
          UNIT);
    }
    add.edit(
        30,
        "unit of 20,000 chars",
        "\"unit\": \"1\"",
        "\"unit\": \"" + "m*".repeat(10_000) + "\"",
        "UNKNOWN_UNIT",
        UNIT);
    add.rule(
        31,
        "duplicate indicator code",
        "\"code\": \"OP1.1.1-I1\"",
        "\"code\": \"OC1.1-I1\"",
        "STR-004");
    add.rule(
        32,
        "dangling output code",
        "\"outputCode\": \"OP1.1.1\"",
        "\"outputCode\": \"OP9.9.9\"",
        "STR-005");
    add.rule(
        32,
        "dangling scope",
        "\"scope\": [\n        \"SP1\"",
        "\"scope\": [\n        \"SP9\"",
        "STR-006");
    add.rule(
        32,
        "dangling results group",
        "\"resultsGroup\": \"RG1\"",
        "\"resultsGroup\": \"RG9\"",
        "STR-012");
    add.rule(
        32,
        "dangling decision subject",
        "\"subjects\": [\n          \"JWP-RG1-2023-2024\"",
        "\"subjects\": [\n          \"JWP-RG9-2023-2024\"",
        "GOV-004");
    add.rule(
        32,
        "dangling additional output",
        ENTRY_OUTPUT,
        ENTRY_OUTPUT + " \"additionalOutputs\": [\"OP9.9.9\"],",
        "STR-013");
    add.rule(
        32,
        "agency not in the UN entity catalogue",
        "\"leadEntity\": \"IOM\",\n          \"agencies\": [\n            \"IOM\"",
        "\"leadEntity\": \"IOM\",\n          \"agencies\": [\n            \"IOM\", \"UN-WOMAN\"",
        "ALN-004");
    add.rule(
        32,
        "dangling supersedes",
        "\"version\": 1,",
        "\"version\": 1,\n      \"supersedes\": \"JWP-RG1-2021-2022\",",
        "STR-010");
    add.rule(
        33,
        "supersedes cycle",
        "\"version\": 1,",
        "\"version\": 1,\n      \"supersedes\": \"JWP-RG1-2023-2024\",",
        "STR-011");
    add.rule(
        33,
        "additional output naming the own output",
        ENTRY_OUTPUT,
        ENTRY_OUTPUT + " \"additionalOutputs\": [\"OP1.1.1\"],",
        "STR-014");
    add.rule(34, "value outside its range", "\"value\": 62,", "\"value\": 162,", "IND-005");
    add.rule(
        34,
        "funding year outside the JWP",
        "\"year\": 2023,\n              \"agency\"",
        "\"year\": 2026,\n              \"agency\"",
        "DAT-003");
    add.rule(
        34,
        "progress narrative after the entry's end",
        ENTRY_OUTPUT,
        ENTRY_OUTPUT + " \"progressNarratives\": [{\"year\": 2024, \"text\": \"Late\"}],",
        "DAT-012");
    add.rule(
        34, "expenditure above available", "\"amount\": 60000", "\"amount\": 90000", "FIN-002");
    add.rule(
        35,
        "foreign currency",
        "\"amount\": 80000,\n                \"currency\": \"USD\"",
        "\"amount\": 80000,\n                \"currency\": \"EUR\"",
        "FIN-006");
    add.fails(36, "NaN token", with("formatVersion", "NaN"), "JSON_SYNTAX", null);
    add.fails(36, "PDF", "%PDF-1.4\n%\u00e2\u00e3\n1 0 obj", "JSON_SYNTAX", null);
    add.bytes(
        36, "gzip", () -> new byte[] {0x1f, (byte) 0x8b, 0x08, 0, 0, 0, 0, 0}, "ENCODING", "");
    add.bytes(36, "random bytes", BadInputs::randomBytes, "ENCODING", "");
    add.fine(
        37,
        "hostile text",
        golden.replace(
            "\"title\": \"Quality social services\"",
            "\"title\": \"a\u2028b \ud83d\ude00 \u05e9\u05dc\u05d5\u05dd \u202e</script> \\\"q\\\"\""));
    return List.copyOf(all);
  }

  private static final Charset UTF8 = StandardCharsets.UTF_8;

  /** Collects inputs. */
  private static final class Adder {
    private final List<BadInput> all;
    private final String golden;

    Adder(List<BadInput> all, String golden) {
      this.all = all;
      this.golden = golden;
    }

    void fails(int row, String name, String doc, String code, String path) {
      byte[] bytes = doc.getBytes(UTF8);
      bytes(row, name, () -> bytes.clone(), code, path);
    }

    void bytes(int row, String name, Supplier<byte[]> bytes, String code, String path) {
      all.add(
          new BadInput(
              name,
              row,
              bytes,
              Optional.of(code(code)),
              Optional.ofNullable(path),
              Optional.empty()));
    }

    void edit(int row, String name, String from, String to, String code, String path) {
      fails(row, name, goldenWith(from, to), code, path);
    }

    void amount(int row, String name, String literal, String code) {
      edit(row, name, "\"amount\": 120000", "\"amount\": " + literal, code, AMOUNT);
    }

    void start(int row, String name, String value, String code) {
      edit(
          row,
          name,
          "\"start\": \"2023-08-01\",\n          \"end\"",
          "\"start\": " + value + ",\n          \"end\"",
          code,
          START);
    }

    /** The sample's sub-output with members inserted after its outputCode. */
    void entry(int row, String name, String members, String code, String path) {
      edit(row, name, ENTRY_OUTPUT, ENTRY_OUTPUT + " " + q(members) + ",", code, ENTRY + path);
    }

    void rule(int row, String name, String from, String to, String rule) {
      byte[] bytes = goldenWith(from, to).getBytes(UTF8);
      all.add(
          new BadInput(
              name,
              row,
              () -> bytes.clone(),
              Optional.empty(),
              Optional.empty(),
              Optional.of(rule)));
    }

    void fine(int row, String name, String doc) {
      if (doc.equals(golden)) {
        throw new IllegalStateException("edit not applied: " + name);
      }
      byte[] bytes = doc.getBytes(UTF8);
      all.add(
          new BadInput(
              name,
              row,
              () -> bytes.clone(),
              Optional.empty(),
              Optional.empty(),
              Optional.empty()));
    }

    private String goldenWith(String from, String to) {
      int at = golden.indexOf(from);
      if (at < 0) {
        throw new IllegalStateException("not in the sample document: " + from);
      }
      return golden.substring(0, at) + to + golden.substring(at + from.length());
    }
  }

  private static ReadProblemCode code(String name) {
    return ReadProblemCode.valueOf(name);
  }

  /** JSON with single quotes turned into double quotes. */
  private static String q(String json) {
    return json.replace('\'', '"');
  }

  /** {@link #MIN} with more members before the closing brace. */
  private static String min(String members) {
    return MIN.substring(0, MIN.length() - 1) + "," + q(members) + "}";
  }

  /** {@link #MIN} with one member's value replaced; the member's old value has no comma. */
  private static String with(String member, String value) {
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
      } else if ((c == '}' || c == ']') && depth-- == 0) {
        break;
      } else if (c == ',' && depth == 0) {
        break;
      }
    }
    return MIN.substring(0, at) + q(value) + MIN.substring(end);
  }

  /** {@link #MIN} with bad bytes inside its title. */
  private static byte[] titleBytes(int... bad) {
    byte[] doc = with("title", "'ab'").getBytes(UTF8);
    int at = new String(doc, StandardCharsets.ISO_8859_1).indexOf("ab") + 1;
    byte[] out = new byte[doc.length + bad.length];
    System.arraycopy(doc, 0, out, 0, at);
    for (int i = 0; i < bad.length; i++) {
      out[at + i] = (byte) bad[i];
    }
    System.arraycopy(doc, at, out, at + bad.length, doc.length - at);
    return out;
  }

  private static byte[] hugeDocument() {
    byte[] big = new byte[64 * 1024 * 1024 + 1];
    Arrays.fill(big, (byte) ' ');
    return big;
  }

  /** Random bytes that are not UTF-8 from their first byte on (0xFF never is). */
  private static byte[] randomBytes() {
    byte[] bytes = new byte[64];
    new SplittableRandom(36).nextBytes(bytes);
    bytes[0] = (byte) 0xFF;
    return bytes;
  }
}
