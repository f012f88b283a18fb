package org.unsdcf.report;

/**
 * Inline SVG through {@link Markup}: every chart opens with a {@code <title>} and a {@code <desc>}
 * that assistive technology reads (referenced by {@code aria-labelledby}); geometry comes only from
 * numbers the code computed, text only through the encoder.
 */
final class Svg {
  private final Markup markup;

  private Svg(Markup markup) {
    this.markup = markup;
  }

  /** Opens a chart; {@code id} is unique in the page and made by the code, never from the plan. */
  static Svg open(Markup markup, String id, int width, int height, String title, String desc) {
    markup.open(
        "svg",
        "xmlns",
        "http://www.w3.org/2000/svg",
        "class",
        "chart",
        "width",
        Integer.toString(width),
        "height",
        Integer.toString(height),
        "viewBox",
        "0 0 " + width + " " + height,
        "role",
        "img",
        "aria-labelledby",
        id + "-title " + id + "-desc");
    markup.element("title", title, "id", id + "-title");
    markup.element("desc", desc, "id", id + "-desc");
    return new Svg(markup);
  }

  void close() {
    markup.close("svg").newline();
  }

  Svg rect(double x, double y, double width, double height, String fill, String cssClass) {
    box("rect", cssClass, x, y, width, height, fill).endEmpty();
    return this;
  }

  /** A rectangle with a tooltip. */
  Svg rect(
      double x, double y, double width, double height, String fill, String cssClass, String tip) {
    box("rect", cssClass, x, y, width, height, fill).end();
    markup.element("title", tip).close("rect");
    return this;
  }

  private Markup box(
      String element,
      String cssClass,
      double x,
      double y,
      double width,
      double height,
      String fill) {
    return markup
        .start(element)
        .attribute("class", cssClass)
        .coordinate("x", x)
        .coordinate("y", y)
        .coordinate("width", Math.max(width, 0))
        .coordinate("height", Math.max(height, 0))
        .attribute("fill", fill);
  }

  Svg line(double x1, double y1, double x2, double y2, String stroke) {
    markup
        .start("line")
        .coordinate("x1", x1)
        .coordinate("y1", y1)
        .coordinate("x2", x2)
        .coordinate("y2", y2)
        .attribute("stroke", stroke)
        .attribute("stroke-width", "1")
        .endEmpty();
    return this;
  }

  Svg circle(double cx, double cy, double r, String fill, String stroke, String tip) {
    markup
        .start("circle")
        .attribute("class", "mark")
        .coordinate("cx", cx)
        .coordinate("cy", cy)
        .coordinate("r", r)
        .attribute("fill", fill)
        .attribute("stroke", stroke)
        .attribute("stroke-width", "2")
        .end();
    markup.element("title", tip).close("circle");
    return this;
  }

  Svg polyline(String points, String stroke) {
    markup.empty(
        "polyline",
        "class",
        "mark",
        "points",
        points,
        "fill",
        "none",
        "stroke",
        stroke,
        "stroke-width",
        "1.5");
    return this;
  }

  /** Text at a point; {@code anchor} is start, middle or end. */
  Svg text(double x, double y, String text, String anchor, String fill, String cssClass) {
    markup
        .start("text")
        .coordinate("x", x)
        .coordinate("y", y)
        .attribute("text-anchor", anchor)
        .attribute("fill", fill)
        .attribute("class", cssClass)
        .end()
        .text(text)
        .close("text");
    return this;
  }

  Svg openGroup(String tip) {
    markup.open("g");
    markup.element("title", tip);
    return this;
  }

  Svg closeGroup() {
    markup.close("g");
    return this;
  }
}
