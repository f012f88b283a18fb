package org.unsdcf.report;

import java.nio.charset.StandardCharsets;

/**
 * Inline SVG through {@link Markup}: every chart opens with a {@code <title>} and a {@code <desc>}
 * that assistive technology reads (referenced by {@code aria-labelledby}); geometry comes only from
 * numbers the code computed, text only through the encoder.
 *
 * <p>The fixed markup between the values (names, quotes, the tags around a tooltip) is encoded
 * once, into the constants below, and copied whole: a page has thousands of marks.
 */
final class Svg {
  private static final byte[] OPEN =
      ascii("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" width=\"");
  private static final byte[] HEIGHT = ascii("\" height=\"");
  private static final byte[] VIEW_BOX = ascii("\" viewBox=\"0 0 ");
  private static final byte[] LABELLED_BY = ascii("\" role=\"img\" aria-labelledby=\"");
  private static final byte[] TITLE_ID = ascii("-title ");
  private static final byte[] DESC_ID_TITLE = ascii("-desc\"><title id=\"");
  private static final byte[] TITLE_ID_END = ascii("-title\">");
  private static final byte[] TITLE_DESC = ascii("</title><desc id=\"");
  private static final byte[] DESC_ID_END = ascii("-desc\">");
  private static final byte[] DESC_END = ascii("</desc>");
  private static final byte[] CLOSE = ascii("</svg>\n");
  private static final byte[] RECT = ascii("<rect class=\"");
  private static final byte[] X = ascii("\" x=\"");
  private static final byte[] Y = ascii("\" y=\"");
  private static final byte[] WIDTH = ascii("\" width=\"");
  private static final byte[] BOX_HEIGHT = ascii("\" height=\"");
  private static final byte[] FILL = ascii("\" fill=\"");
  private static final byte[] END_EMPTY = ascii("\"/>");
  private static final byte[] TIP = ascii("\"><title>");
  private static final byte[] RECT_TIP_END = ascii("</title></rect>");
  private static final byte[] LINE = ascii("<line x1=\"");
  private static final byte[] Y1 = ascii("\" y1=\"");
  private static final byte[] X2 = ascii("\" x2=\"");
  private static final byte[] Y2 = ascii("\" y2=\"");
  private static final byte[] STROKE = ascii("\" stroke=\"");
  private static final byte[] LINE_END = ascii("\" stroke-width=\"1\"/>");
  private static final byte[] CIRCLE = ascii("<circle class=\"mark\" cx=\"");
  private static final byte[] CY = ascii("\" cy=\"");
  private static final byte[] R = ascii("\" r=\"");
  private static final byte[] CIRCLE_TIP = ascii("\" stroke-width=\"2\"><title>");
  private static final byte[] CIRCLE_TIP_END = ascii("</title></circle>");
  private static final byte[] POLYLINE = ascii("<polyline class=\"mark\" points=\"");
  private static final byte[] NO_FILL_STROKE = ascii("\" fill=\"none\" stroke=\"");
  private static final byte[] POLYLINE_END = ascii("\" stroke-width=\"1.5\"/>");
  private static final byte[] TEXT = ascii("<text x=\"");
  private static final byte[] ANCHOR = ascii("\" text-anchor=\"");
  private static final byte[] CLASS = ascii("\" class=\"");
  private static final byte[] TEXT_START = ascii("\">");
  private static final byte[] TEXT_END = ascii("</text>");
  private static final byte[] GROUP = ascii("<g><title>");
  private static final byte[] GROUP_TITLE_END = ascii("</title>");
  private static final byte[] GROUP_END = ascii("</g>");

  private final Markup markup;

  private Svg(Markup markup) {
    this.markup = markup;
  }

  /** Opens a chart; {@code id} is unique in the page and made by the code, never from the plan. */
  static Svg open(Markup markup, String id, int width, int height, String title, String desc) {
    markup
        .raw(OPEN)
        .number(width)
        .raw(HEIGHT)
        .number(height)
        .raw(VIEW_BOX)
        .number(width)
        .raw(" ")
        .number(height)
        .raw(LABELLED_BY)
        .attributeValue(id)
        .raw(TITLE_ID)
        .attributeValue(id)
        .raw(DESC_ID_TITLE)
        .attributeValue(id)
        .raw(TITLE_ID_END)
        .text(title)
        .raw(TITLE_DESC)
        .attributeValue(id)
        .raw(DESC_ID_END)
        .text(desc)
        .raw(DESC_END);
    return new Svg(markup);
  }

  void close() {
    markup.raw(CLOSE);
  }

  Svg rect(double x, double y, double width, double height, String fill, String cssClass) {
    box(cssClass, x, y, width, height, fill).raw(END_EMPTY);
    return this;
  }

  /** A rectangle with a tooltip. */
  Svg rect(
      double x, double y, double width, double height, String fill, String cssClass, String tip) {
    box(cssClass, x, y, width, height, fill).raw(TIP).text(tip).raw(RECT_TIP_END);
    return this;
  }

  /** A rectangle's opening tag up to its fill's closing quote, which is left to the caller. */
  private Markup box(
      String cssClass, double x, double y, double width, double height, String fill) {
    return markup
        .raw(RECT)
        .attributeValue(cssClass)
        .raw(X)
        .coordinate(x)
        .raw(Y)
        .coordinate(y)
        .raw(WIDTH)
        .coordinate(Math.max(width, 0))
        .raw(BOX_HEIGHT)
        .coordinate(Math.max(height, 0))
        .raw(FILL)
        .attributeValue(fill);
  }

  Svg line(double x1, double y1, double x2, double y2, String stroke) {
    markup
        .raw(LINE)
        .coordinate(x1)
        .raw(Y1)
        .coordinate(y1)
        .raw(X2)
        .coordinate(x2)
        .raw(Y2)
        .coordinate(y2)
        .raw(STROKE)
        .attributeValue(stroke)
        .raw(LINE_END);
    return this;
  }

  Svg circle(double cx, double cy, double r, String fill, String stroke, String tip) {
    markup
        .raw(CIRCLE)
        .coordinate(cx)
        .raw(CY)
        .coordinate(cy)
        .raw(R)
        .coordinate(r)
        .raw(FILL)
        .attributeValue(fill)
        .raw(STROKE)
        .attributeValue(stroke)
        .raw(CIRCLE_TIP)
        .text(tip)
        .raw(CIRCLE_TIP_END);
    return this;
  }

  Svg polyline(String points, String stroke) {
    markup
        .raw(POLYLINE)
        .attributeValue(points)
        .raw(NO_FILL_STROKE)
        .attributeValue(stroke)
        .raw(POLYLINE_END);
    return this;
  }

  /** Text at a point; {@code anchor} is start, middle or end. */
  Svg text(double x, double y, String text, String anchor, String fill, String cssClass) {
    markup
        .raw(TEXT)
        .coordinate(x)
        .raw(Y)
        .coordinate(y)
        .raw(ANCHOR)
        .attributeValue(anchor)
        .raw(FILL)
        .attributeValue(fill)
        .raw(CLASS)
        .attributeValue(cssClass)
        .raw(TEXT_START)
        .text(text)
        .raw(TEXT_END);
    return this;
  }

  Svg openGroup(String tip) {
    markup.raw(GROUP).text(tip).raw(GROUP_TITLE_END);
    return this;
  }

  Svg closeGroup() {
    markup.raw(GROUP_END);
    return this;
  }

  private static byte[] ascii(String markup) {
    return markup.getBytes(StandardCharsets.US_ASCII);
  }
}
