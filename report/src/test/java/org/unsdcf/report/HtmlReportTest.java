package org.unsdcf.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.unsdcf.core.model.CooperationFramework;
import org.unsdcf.core.model.PriorityArea;
import org.unsdcf.core.rollup.Rollup;
import org.unsdcf.core.rollup.RollupOptions;
import org.unsdcf.core.validation.ValidationOptions;
import org.unsdcf.core.validation.Validator;
import org.unsdcf.testkit.SamplePlans;
import org.unsdcf.testkit.gen.PlanGenerator;
import org.unsdcf.testkit.gen.Seeds;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

class HtmlReportTest {
  private static final long BASE_SEED = 17_017L;

  /** HTML and SVG elements the page may use: none of them loads or runs anything. */
  private static final Set<String> ALLOWED =
      Set.of(
          "html",
          "head",
          "meta",
          "title",
          "style",
          "body",
          "header",
          "footer",
          "section",
          "h1",
          "h2",
          "h3",
          "p",
          "span",
          "dl",
          "dt",
          "dd",
          "table",
          "tr",
          "th",
          "td",
          "svg",
          "desc",
          "g",
          "rect",
          "line",
          "circle",
          "polyline",
          "text");

  static Stream<Arguments> cases() {
    return Seeds.ramp(BASE_SEED, 24, 16);
  }

  static Stream<CooperationFramework> samples() {
    return Stream.of(
        SamplePlans.kyrgyzstan(),
        SamplePlans.minimal(),
        SamplePlans.complete(),
        SamplePlans.everyMeasure(),
        SamplePlans.everyUnit(),
        SamplePlans.everyDirectionAndAccumulation());
  }

  @Test
  void should_write_the_same_bytes_for_the_same_plan_and_date() {
    byte[] first = Pages.page(SamplePlans.kyrgyzstan(), Pages.AS_OF);
    byte[] second = Pages.page(SamplePlans.kyrgyzstan(), Pages.AS_OF);

    assertThat(second).isEqualTo(first);
    assertThat(Pages.page(SamplePlans.kyrgyzstan(), Pages.AS_OF.plusDays(1))).isNotEqualTo(first);
  }

  @Test
  void should_show_each_view_of_the_worked_example() {
    CooperationFramework plan = SamplePlans.kyrgyzstan();
    Document page = Pages.parse(Pages.page(plan, Pages.AS_OF));

    assertThat(Pages.elements(page, "section"))
        .extracting(e -> e.getAttribute("id"))
        .containsExactly("facts", "progress", "indicators", "budget", "findings");
    List<Element> charts = Pages.elements(page, "svg");
    // Progress; one per indicator with numeric values (2); budget by year and by agency.
    assertThat(charts).hasSize(5);
    assertThat(charts.get(0).getElementsByTagNameNS("*", "g").getLength())
        .as("rows: the framework, its area, its outcome")
        .isEqualTo(3);
    String text = page.getDocumentElement().getTextContent();
    assertThat(text)
        .contains("25% On track")
        .contains("OC1.1-I1")
        .contains("Achieved")
        .contains("120,000")
        .contains("IOM")
        .contains("USAID")
        .contains("Valid as of 2024-06-30");
  }

  @Test
  void should_list_findings_by_severity() {
    CooperationFramework plan =
        // STR-009, and STR-005 and STR-006 for what referred to the area: three ERRORs.
        SamplePlans.kyrgyzstan().withPriorityAreas(List.of());
    String text = Pages.parse(Pages.page(plan, Pages.AS_OF)).getDocumentElement().getTextContent();

    assertThat(text)
        .contains("Invalid as of 2024-06-30")
        .contains("Errors (3)")
        .contains("STR-009")
        .contains("STR-005")
        .contains("STR-006");
    assertThat(text.indexOf("Errors (")).isLessThan(text.indexOf("Warnings ("));
    assertThat(text.indexOf("Warnings (")).isLessThan(text.indexOf("Information ("));
  }

  @ParameterizedTest(name = "seed={0} size={1}")
  @MethodSource("cases")
  void should_write_a_well_formed_page_without_anything_that_loads_or_runs(long seed, int size) {
    CooperationFramework plan = PlanGenerator.plan(seed, size);
    byte[] page = Pages.page(plan, Pages.AS_OF);

    assertThat(Pages.page(plan, Pages.AS_OF)).as("byte-stable").isEqualTo(page);
    assertSafe(Pages.parse(page));
    assertChartsLabelled(Pages.parse(page));
  }

  @ParameterizedTest(name = "seed={0} size={1}")
  @MethodSource("cases")
  void should_show_every_title_as_text(long seed, int size) {
    CooperationFramework plan = PlanGenerator.plan(seed, size);
    String text = Pages.parse(Pages.page(plan, Pages.AS_OF)).getDocumentElement().getTextContent();

    assertThat(text).contains(plan.title());
    for (PriorityArea area : plan.priorityAreas()) {
      assertThat(text).contains(area.title());
      area.outcomes().forEach(o -> assertThat(text).contains(o.title()));
    }
  }

  @Test
  void should_show_hostile_text_as_text_everywhere() {
    CooperationFramework plan = Hostile.plan();
    byte[] bytes = Pages.page(plan, Pages.AS_OF);
    Document page = Pages.parse(bytes);

    assertSafe(page);
    String text = page.getDocumentElement().getTextContent();
    assertThat(text).contains("Framework " + Hostile.TEXT);
    assertThat(text).contains("Area " + Hostile.TEXT);
    assertThat(text).contains("Outcome " + Hostile.TEXT);
    assertThat(text).contains("Indicator " + Hostile.TEXT);
    assertThat(text).contains("Partner " + Hostile.TEXT);
    assertThat(Pages.text(bytes)).doesNotContain("<script").doesNotContain("<img");
  }

  @Test
  void should_show_hostile_finding_messages_subjects_and_paths_as_text() throws Exception {
    CooperationFramework plan = SamplePlans.kyrgyzstan();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    HtmlReport.standard()
        .write(
            plan,
            Rollup.compute(plan, RollupOptions.builder().asOf(Pages.AS_OF).build()),
            Hostile.report(plan.code()),
            out);
    Document page = Pages.parse(out.toByteArray());

    assertSafe(page);
    String text = page.getDocumentElement().getTextContent();
    assertThat(text)
        .contains("Message " + Hostile.TEXT)
        .contains("Subject " + Hostile.TEXT)
        .contains("/path/" + Hostile.TEXT);
  }

  @Test
  void should_reject_reports_of_another_plan() {
    CooperationFramework plan = SamplePlans.kyrgyzstan();
    CooperationFramework other = SamplePlans.minimal();

    assertThatThrownBy(
            () ->
                HtmlReport.standard()
                    .write(
                        plan,
                        Rollup.compute(other, RollupOptions.builder().asOf(Pages.AS_OF).build()),
                        Validator.standard()
                            .validate(plan, ValidationOptions.builder().asOf(Pages.AS_OF).build()),
                        new ByteArrayOutputStream()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("rollup");
  }

  @Test
  void should_pass_wcag_aa_contrast_with_every_colour_the_page_uses() {
    Set<String> texts = new HashSet<>();
    Set<String> marks = new HashSet<>();
    samples()
        .forEach(
            plan -> {
              byte[] bytes = Pages.page(plan, Pages.AS_OF);
              Matcher css =
                  Pattern.compile("(?<![-a-z])color:(#[0-9a-f]{6})").matcher(Pages.text(bytes));
              while (css.find()) {
                texts.add(css.group(1));
              }
              for (Element e : Pages.elements(Pages.parse(bytes))) {
                if (e.getLocalName().equals("text")) {
                  texts.add(e.getAttribute("fill"));
                } else if (e.getAttribute("class").equals("mark")) {
                  marks.add(
                      e.hasAttribute("fill")
                              && !e.getAttribute("fill").equals("none")
                              && !e.getAttribute("fill").equals(Palette.BACKGROUND)
                          ? e.getAttribute("fill")
                          : e.getAttribute("stroke"));
                }
              }
            });

    assertThat(texts).hasSizeGreaterThan(5);
    assertThat(marks).hasSizeGreaterThan(4);
    for (String colour : texts) {
      assertThat(Palette.contrast(colour, Palette.BACKGROUND))
          .as("text %s on the page", colour)
          .isGreaterThanOrEqualTo(4.5);
      assertThat(Palette.contrast(colour, Palette.HEADER_BACKGROUND))
          .as("text %s in a table header", colour)
          .isGreaterThanOrEqualTo(4.5);
    }
    for (String colour : marks) {
      assertThat(Palette.contrast(colour, Palette.BACKGROUND))
          .as("mark %s on the page", colour)
          .isGreaterThanOrEqualTo(3.0);
      assertThat(Palette.contrast(colour, Palette.TRACK))
          .as("mark %s on a bar's track", colour)
          .isGreaterThanOrEqualTo(3.0);
    }
  }

  @Test
  void should_compute_contrast_as_wcag_defines_it() {
    assertThat(Palette.contrast("#000000", "#ffffff")).isEqualTo(21.0);
    assertThat(Palette.contrast("#777777", "#ffffff")).isBetween(4.47, 4.49);
    assertThat(Palette.contrast("#ffffff", "#ffffff")).isEqualTo(1.0);
  }

  static void assertSafe(Document page) {
    for (Element e : Pages.elements(page)) {
      assertThat(ALLOWED).as("element <%s>", e.getLocalName()).contains(e.getLocalName());
      for (int i = 0; i < e.getAttributes().getLength(); i++) {
        Node a = e.getAttributes().item(i);
        String name = a.getNodeName().toLowerCase(Locale.ROOT);
        assertThat(name)
            .as("attribute %s of <%s>", name, e.getLocalName())
            .doesNotStartWith("on")
            .isNotIn("src", "href", "xlink:href", "srcset", "action", "background", "poster");
        if (!name.equals("xmlns") && !name.equals("content")) {
          assertThat(a.getNodeValue()).as("attribute %s", name).doesNotContain("http:", "https:");
        }
      }
    }
    for (Element style : Pages.elements(page, "style")) {
      assertThat(style.getTextContent()).doesNotContain("url(", "@import");
    }
  }

  static void assertChartsLabelled(Document page) {
    Set<String> ids = new HashSet<>();
    for (Element e : Pages.elements(page)) {
      if (e.hasAttribute("id")) {
        assertThat(ids.add(e.getAttribute("id"))).as("unique id %s", e.getAttribute("id")).isTrue();
      }
    }
    for (Element svg : Pages.elements(page, "svg")) {
      List<Element> children = children(svg);
      assertThat(children).hasSizeGreaterThan(2);
      assertThat(children.get(0).getLocalName()).isEqualTo("title");
      assertThat(children.get(1).getLocalName()).isEqualTo("desc");
      assertThat(children.get(0).getTextContent()).isNotBlank();
      assertThat(children.get(1).getTextContent()).isNotBlank();
      assertThat(svg.getAttribute("aria-labelledby"))
          .isEqualTo(children.get(0).getAttribute("id") + " " + children.get(1).getAttribute("id"));
      assertThat(svg.getNamespaceURI()).isEqualTo("http://www.w3.org/2000/svg");
    }
  }

  private static List<Element> children(Element parent) {
    List<Element> children = new java.util.ArrayList<>();
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element) {
        children.add((Element) n);
      }
    }
    return children;
  }

  @Test
  void should_draw_an_indicator_chart_from_its_own_values() {
    CooperationFramework plan = SamplePlans.kyrgyzstan();
    Document page = Pages.parse(Pages.page(plan, Pages.AS_OF));
    Element chart = Pages.elements(page, "svg").get(1);

    assertThat(chart.getTextContent())
        .contains("Baseline, targets and actuals of OC1.1-I1")
        .contains("baseline 0 (2022)")
        .contains("final target 2000 (2027)")
        .contains("actual 500 (2023-11-30)");
    assertThat(chart.getElementsByTagNameNS("*", "circle").getLength()).isEqualTo(2);
    assertThat(chart.getElementsByTagNameNS("*", "rect").getLength()).isEqualTo(1);
    // A seeded generator makes a plan whose charts all have several points: the dots are joined.
    CooperationFramework generated = PlanGenerator.plan(new SplittableRandom(3).nextLong(), 16);
    assertThat(Pages.text(Pages.page(generated, Pages.AS_OF))).contains("<polyline");
  }
}
