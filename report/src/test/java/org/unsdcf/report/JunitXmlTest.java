package org.unsdcf.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.unsdcf.core.model.CooperationFramework;
import org.unsdcf.core.validation.Finding;
import org.unsdcf.core.validation.RuleCatalogue;
import org.unsdcf.core.validation.Severity;
import org.unsdcf.core.validation.ValidationOptions;
import org.unsdcf.core.validation.ValidationReport;
import org.unsdcf.core.validation.Validator;
import org.unsdcf.testkit.SamplePlans;
import org.unsdcf.testkit.gen.PlanGenerator;
import org.unsdcf.testkit.gen.Seeds;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * JunitXml's output read as CI report parsers (Jenkins' JUnit plugin, GitLab, the Ant/Surefire
 * shape) read it: a {@code testsuites} root, {@code testsuite} counts that match its {@code
 * testcase}s, {@code failure} children, {@code system-out}.
 */
class JunitXmlTest {
  private static final long BASE_SEED = 1_900L;

  static Stream<Arguments> cases() {
    return Seeds.ramp(BASE_SEED, 16, 16);
  }

  static byte[] xml(ValidationReport report, Set<String> disabled) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    JunitXml.write(report, disabled, out);
    return out.toByteArray();
  }

  static Document parse(byte[] xml) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
  }

  static List<Element> all(Element parent, String name) {
    NodeList nodes = parent.getElementsByTagName(name);
    List<Element> list = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      list.add((Element) nodes.item(i));
    }
    return list;
  }

  static Element testcase(Document d, String code) {
    return all(d.getDocumentElement(), "testcase").stream()
        .filter(t -> t.getAttribute("name").equals(code))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void should_fail_the_rules_with_errors_and_keep_warnings_as_output() throws Exception {
    // STR-009 (ERROR) and, for what referred to the area, STR-005 and STR-006.
    CooperationFramework plan = SamplePlans.kyrgyzstan().withPriorityAreas(List.of());
    ValidationReport report =
        Validator.standard().validate(plan, ValidationOptions.builder().asOf(Pages.AS_OF).build());
    Document d = parse(xml(report, Set.of()));

    Element root = d.getDocumentElement();
    assertThat(root.getTagName()).isEqualTo("testsuites");
    Element suite = all(root, "testsuite").get(0);
    assertThat(suite.getAttribute("name")).isEqualTo("KGZ-2023-2027");
    assertThat(suite.getAttribute("tests"))
        .isEqualTo(Integer.toString(RuleCatalogue.rules().size()));
    assertThat(suite.getAttribute("failures")).isEqualTo("3");
    Element str009 = testcase(d, "STR-009");
    assertThat(str009.getAttribute("classname")).isEqualTo("STRUCTURE");
    Element failure = all(str009, "failure").get(0);
    assertThat(failure.getAttribute("message")).isEqualTo("1 ERROR finding of STR-009");
    assertThat(failure.getTextContent()).startsWith("ERROR /priorityAreas [KGZ-2023-2027] ");
    assertThat(all(testcase(d, "STR-001"), "failure")).isEmpty();
  }

  @Test
  void should_write_warnings_to_system_out_without_failing() throws Exception {
    byte[] document = Sarifs.slippedEndorsement();
    Document d = parse(xml(Sarifs.validate(document), Set.of()));

    Element gov003 = testcase(d, "GOV-003");
    assertThat(all(gov003, "failure")).isEmpty();
    assertThat(all(gov003, "system-out").get(0).getTextContent())
        .startsWith("WARNING /jointWorkPlans/0/endorsement/date [JWP-RG1-2023-2024] ");
    assertThat(all(d.getDocumentElement(), "testsuite").get(0).getAttribute("failures"))
        .isEqualTo("0");
  }

  @Test
  void should_leave_out_the_rules_the_run_did_not_check() throws Exception {
    ValidationReport report =
        Validator.standard()
            .validate(
                SamplePlans.kyrgyzstan(),
                ValidationOptions.builder()
                    .asOf(Pages.AS_OF)
                    .disabledRules(Set.of("STR-002", "STR-003"))
                    .build());
    Document d = parse(xml(report, Set.of("STR-002", "STR-003")));

    List<String> names = new ArrayList<>();
    all(d.getDocumentElement(), "testcase").forEach(t -> names.add(t.getAttribute("name")));
    assertThat(names).doesNotContain("STR-002", "STR-003").contains("STR-001");
    assertThat(names).hasSize(RuleCatalogue.rules().size() - 2);
  }

  @ParameterizedTest(name = "seed={0} size={1}")
  @MethodSource("cases")
  void should_count_as_report_parsers_do(long seed, int size) throws Exception {
    CooperationFramework plan = PlanGenerator.plan(seed, size);
    ValidationReport report =
        Validator.standard().validate(plan, ValidationOptions.builder().asOf(Pages.AS_OF).build());
    byte[] xml = xml(report, Set.of());
    Document d = parse(xml);

    Element suite = all(d.getDocumentElement(), "testsuite").get(0);
    List<Element> cases = all(suite, "testcase");
    List<Element> failures = all(suite, "failure");
    assertThat(suite.getAttribute("tests")).isEqualTo(Integer.toString(cases.size()));
    assertThat(suite.getAttribute("failures")).isEqualTo(Integer.toString(failures.size()));
    assertThat(d.getDocumentElement().getAttribute("failures"))
        .isEqualTo(suite.getAttribute("failures"));
    long errorCodes =
        report.findings().stream()
            .filter(f -> f.severity() == Severity.ERROR)
            .map(Finding::code)
            .distinct()
            .count();
    assertThat(failures).hasSize((int) errorCodes);
    for (Element c : cases) {
      assertThat(c.getAttribute("classname")).isNotEmpty();
      assertThat(c.getAttribute("name")).isNotEmpty();
      assertThat(all(c, "failure").size()).isLessThanOrEqualTo(1);
    }
    int lines = 0;
    for (Element f : failures) {
      lines += f.getTextContent().split("\n").length;
    }
    for (Element out : all(suite, "system-out")) {
      lines += out.getTextContent().split("\n").length;
    }
    assertThat(lines).as("every finding listed once").isEqualTo(report.findings().size());
    assertThat(xml(report, Set.of())).as("deterministic").isEqualTo(xml);
  }

  @Test
  void should_carry_hostile_text_exactly_and_replace_what_xml_cannot_carry() throws Exception {
    Document d = parse(xml(Hostile.report("KGZ-2023-2027"), Set.of()));

    assertThat(all(testcase(d, "GOV-003"), "system-out").get(0).getTextContent())
        .isEqualTo(
            "WARNING /path/"
                + Hostile.TEXT
                + " [Subject "
                + Hostile.TEXT
                + "] Message "
                + Hostile.TEXT
                + "\n");
    assertThat(all(testcase(d, "STR-009"), "failure").get(0).getTextContent())
        .contains("=HYPERLINK(\"x\") " + Hostile.TEXT);
    assertThat(JunitXml.clean("a\u0000b\uFFFEc\uD800d\uD83D\uDE00e\tf"))
        .isEqualTo("a\uFFFDb\uFFFDc\uFFFDd\uD83D\uDE00e\tf");
  }
}
