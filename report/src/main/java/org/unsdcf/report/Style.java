package org.unsdcf.report;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.unsdcf.core.model.ProgressStatus;

/** The page's one inline stylesheet, screen and print, built from the {@link Palette}. */
final class Style {
  static final String CSS = css();

  /** {@link #CSS} in UTF-8, encoded once. */
  static final byte[] CSS_UTF8 = CSS.getBytes(StandardCharsets.UTF_8);

  private static final String[] STATUS_CELL_CLASSES = statusCellClasses();

  private Style() {}

  static String statusClass(ProgressStatus status) {
    return "s-" + status.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** The classes of a table cell showing a status ({@code status s-on-track}). */
  static String statusCellClass(ProgressStatus status) {
    return STATUS_CELL_CLASSES[status.ordinal()];
  }

  private static String[] statusCellClasses() {
    ProgressStatus[] all = ProgressStatus.values();
    String[] classes = new String[all.length];
    for (ProgressStatus status : all) {
      classes[status.ordinal()] = "status " + statusClass(status);
    }
    return classes;
  }

  private static String css() {
    StringBuilder css = new StringBuilder();
    css.append("\n:root{color-scheme:light}\n")
        .append("body{margin:0 auto;max-width:1200px;padding:16px 24px;font:14px/1.45 system-ui,")
        .append("-apple-system,\"Segoe UI\",Roboto,\"Noto Sans\",Arial,sans-serif;color:")
        .append(Palette.TEXT)
        .append(";background:")
        .append(Palette.BACKGROUND)
        .append("}\n")
        .append("h1{font-size:24px;margin:8px 0 0}h2{font-size:19px;margin:28px 0 8px;")
        .append("border-bottom:1px solid ")
        .append(Palette.RULE)
        .append(";padding-bottom:4px}h3{font-size:16px;margin:18px 0 6px}\n")
        .append(".muted{color:")
        .append(Palette.MUTED)
        .append("}\n")
        .append("dl.facts{display:grid;grid-template-columns:max-content auto;gap:2px 16px}")
        .append("dt{font-weight:600}dd{margin:0}\n")
        .append("table{border-collapse:collapse;margin:8px 0 16px;width:100%}")
        .append("th,td{border:1px solid ")
        .append(Palette.RULE)
        .append(";padding:3px 6px;text-align:left;vertical-align:middle}")
        .append("th{background:")
        .append(Palette.HEADER_BACKGROUND)
        .append("}\n")
        .append("td.num{text-align:right;white-space:nowrap}td.path{font-family:ui-monospace,")
        .append("SFMono-Regular,Menlo,Consolas,monospace;font-size:12px;word-break:break-all}\n")
        .append("td.status{font-weight:600;white-space:nowrap}.reason{font-weight:400}\n")
        .append("svg.chart{display:block;max-width:100%;height:auto}")
        .append("svg text{font-size:12px;font-family:inherit}svg text.strong{font-weight:600}\n")
        .append("td.chart-cell{width:244px}\n")
        .append(".key{font-size:16px}.key.baseline{color:")
        .append(Palette.BASELINE)
        .append("}.key.target{color:")
        .append(Palette.TARGET)
        .append("}.key.actual{color:")
        .append(Palette.ACTUAL)
        .append("}\n")
        .append(".verdict{font-weight:600}.verdict.valid{color:")
        .append(Palette.status(ProgressStatus.ACHIEVED))
        .append("}.verdict.invalid{color:")
        .append(Palette.ERROR)
        .append("}\n")
        .append("h3.error{color:")
        .append(Palette.ERROR)
        .append("}h3.warning{color:")
        .append(Palette.WARNING)
        .append("}h3.info{color:")
        .append(Palette.INFO)
        .append("}\n");
    for (ProgressStatus status : ProgressStatus.values()) {
      css.append('.')
          .append(statusClass(status))
          .append("{color:")
          .append(Palette.status(status))
          .append("}\n");
    }
    css.append("footer{margin-top:32px;color:")
        .append(Palette.MUTED)
        .append(";font-size:12px}\n")
        .append("@media print{body{max-width:none;padding:0;font-size:10pt}")
        .append("h2{break-after:avoid}tr,svg{break-inside:avoid}")
        .append("section{break-inside:auto}table{font-size:9pt}}\n");
    return css.toString();
  }
}
