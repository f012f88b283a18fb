package org.unsdcf.report;

import static org.unsdcf.report.Figures.coordinate;

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
    markup.empty(
        "rect",
        "class",
        cssClass,
        "x",
        coordinate(x),
        "y",
        coordinate(y),
        "width",
        coordinate(Math.max(width, 0)),
        "height",
        coordinate(Math.max(height, 0)),
        "fill",
        fill);
    return this;
  }

  /** A rectangle with a tooltip. */
  Svg rect(
      double x, double y, double width, double height, String fill, String cssClass, String tip) {
    markup.open(
        "rect",
        "class",
        cssClass,
        "x",
        coordinate(x),
        "y",
        coordinate(y),
        "width",
        coordinate(Math.max(width, 0)),
        "height",
        coordinate(Math.max(height, 0)),
        "fill",
        fill);
    markup.element("title", tip).close("rect");
    return this;
  }

  Svg line(double x1, double y1, double x2, double y2, String stroke) {
    markup.empty(
        "line",
        "x1",
        coordinate(x1),
        "y1",
        coordinate(y1),
        "x2",
        coordinate(x2),
        "y2",
        coordinate(y2),
        "stroke",
        stroke,
        "stroke-width",
        "1");
    return this;
  }

  Svg circle(double cx, double cy, double r, String fill, String stroke, String tip) {
    markup.open(
        "circle",
        "class",
        "mark",
        "cx",
        coordinate(cx),
        "cy",
        coordinate(cy),
        "r",
        coordinate(r),
        "fill",
        fill,
        "stroke",
        stroke,
        "stroke-width",
        "2");
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
    markup.element(
        "text",
        text,
        "x",
        coordinate(x),
        "y",
        coordinate(y),
        "text-anchor",
        anchor,
        "fill",
        fill,
        "class",
        cssClass);
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
