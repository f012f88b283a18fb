package org.unsdcf.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class RuleCatalogueTest {
  private static final Set<String> PUBLISH_CHECKS =
      Set.of(
          "STA-001", "STA-002", "STA-003", "STA-004", "TAG-001", "TAG-003", "TAG-004", "TAG-005",
          "TAG-006", "TAG-007", "IND-001", "IND-002");

  private static List<String> codes() {
    return RuleCatalogue.rules().stream().map(RuleInfo::code).collect(Collectors.toList());
  }

  @Test
  void should_list_every_code_of_design_6_2_and_13_once() {
    List<String> expected = new ArrayList<>();
    add(expected, "STR", 14);
    add(expected, "GOV", 4);
    add(expected, "DAT", 10);
    expected.add("DAT-012");
    add(expected, "STA", 4);
    add(expected, "JWP", 3);
    add(expected, "TAG", 9);
    add(expected, "SDG", 3);
    add(expected, "ALN", 1);
    expected.add("ALN-004");
    add(expected, "IND", 14);
    add(expected, "DIS", 3);
    add(expected, "FIN", 8);

    assertThat(codes()).containsExactlyElementsOf(expected).doesNotHaveDuplicates();
  }

  private static void add(List<String> codes, String prefix, int count) {
    for (int i = 1; i <= count; i++) {
      codes.add(String.format("%s-%03d", prefix, i));
    }
  }

  @Test
  void should_raise_exactly_the_publish_checks_under_publish() {
    for (RuleInfo rule : RuleCatalogue.rules()) {
      if (PUBLISH_CHECKS.contains(rule.code())) {
        assertThat(rule.draftSeverity()).as(rule.code()).isEqualTo(Severity.WARNING);
        assertThat(rule.publishSeverity()).as(rule.code()).isEqualTo(Severity.ERROR);
      } else {
        assertThat(rule.publishSeverity()).as(rule.code()).isEqualTo(rule.draftSeverity());
      }
    }
  }

  @Test
  void should_categorise_by_prefix() {
    for (RuleInfo rule : RuleCatalogue.rules()) {
      RuleCategory expected;
      switch (rule.code().substring(0, 3)) {
        case "STR":
          expected = RuleCategory.STRUCTURE;
          break;
        case "GOV":
          expected = RuleCategory.GOVERNANCE;
          break;
        case "DAT":
          expected = RuleCategory.DATES;
          break;
        case "STA":
        case "JWP":
          expected = RuleCategory.STATUS;
          break;
        case "TAG":
          expected = RuleCategory.COMPLETENESS;
          break;
        case "SDG":
        case "ALN":
          expected = RuleCategory.ALIGNMENT;
          break;
        case "IND":
          expected = RuleCategory.INDICATORS;
          break;
        case "DIS":
          expected = RuleCategory.DISAGGREGATION;
          break;
        default:
          expected = RuleCategory.FINANCE;
          break;
      }
      assertThat(rule.category()).as(rule.code()).isEqualTo(expected);
    }
  }

  @Test
  void should_name_the_argument_keys_design_11_fixes() {
    assertThat(RuleCatalogue.rule("GOV-003").orElseThrow().argumentKeys()).containsExactly("date");
    assertThat(RuleCatalogue.rule("STR-004").orElseThrow().argumentKeys())
        .containsExactly("firstPath");
    assertThat(RuleCatalogue.rule("STR-011").orElseThrow().argumentKeys()).containsExactly("cycle");
    assertThat(RuleCatalogue.rule("IND-009").orElseThrow().argumentKeys()).containsExactly("year");
    assertThat(RuleCatalogue.rule("FIN-007").orElseThrow().argumentKeys()).containsExactly("year");
    assertThat(RuleCatalogue.rule("DAT-009").orElseThrow().argumentKeys()).containsExactly("other");
    for (RuleInfo rule : RuleCatalogue.rules()) {
      assertThat(rule.argumentKeys()).as(rule.code()).isSorted().doesNotHaveDuplicates();
      assertThat(rule.summary()).as(rule.code()).isNotBlank();
    }
  }

  @Test
  void should_find_rules_by_code() {
    assertThat(RuleCatalogue.rule("IND-004"))
        .map(RuleInfo::category)
        .contains(RuleCategory.INDICATORS);
    assertThat(RuleCatalogue.rule("IND-099")).isEmpty();
  }

  /** docs/rules.md: one table row per rule, "| CODE | CATEGORY | DRAFT | PUBLISH | ...". */
  @Test
  void should_be_documented_in_docs_rules_md() throws IOException {
    Path doc = Path.of(System.getProperty("user.dir")).resolve("../docs/rules.md").normalize();
    Pattern row =
        Pattern.compile("^\\| `?([A-Z]{3}-\\d{3})`? \\| ([A-Z]+) \\| ([A-Z]+) \\| ([A-Z]+) \\|.*");
    Set<String> documented = new TreeSet<>();
    for (String line : Files.readAllLines(doc, StandardCharsets.UTF_8)) {
      Matcher m = row.matcher(line);
      if (m.matches()) {
        RuleInfo rule = RuleCatalogue.rule(m.group(1)).orElse(null);
        assertThat(rule).as("documented rule %s is in the catalogue", m.group(1)).isNotNull();
        assertThat(documented.add(m.group(1))).as("%s documented once", m.group(1)).isTrue();
        assertThat(m.group(2)).as(m.group(1)).isEqualTo(rule.category().name());
        assertThat(m.group(3)).as(m.group(1)).isEqualTo(rule.draftSeverity().name());
        assertThat(m.group(4)).as(m.group(1)).isEqualTo(rule.publishSeverity().name());
      }
    }
    assertThat(documented).containsExactlyElementsOf(new TreeSet<>(codes()));
  }
}
