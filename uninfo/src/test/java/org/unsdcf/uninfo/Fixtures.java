package org.unsdcf.uninfo;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Activity reports the tests write themselves, in UN INFO's CSV and XLSX forms. */
final class Fixtures {
  private Fixtures() {}

  static final List<String> HEADER = Columns.standard(2017, 2027);

  /** A row that reads cleanly, as UN INFO writes it; tests change cells with {@link #with}. */
  static Map<String, String> row() {
    Map<String, String> r = new LinkedHashMap<>();
    for (String h : HEADER) {
      r.put(h, h.matches("[0-9]{4} (Required|Available|Expenditure)") ? "" : "-");
    }
    r.put("Country", "Kyrgyzstan");
    r.put("Plan name", "United Nations Sustainable Development Cooperation Framework 2023-2027");
    r.put("Strategic priority code", "1");
    r.put("Strategic priority", "Quality social services");
    r.put("Outcome code", "1.1.");
    r.put("Outcome", "People use quality social services");
    r.put("Output code", "1.1.1");
    r.put("Output", "Migrants have access to legal aid");
    r.put("Sub-Output publication status", "Yes");
    r.put("Sub-Output code", "1.1.1.01");
    r.put("Sub-Output", "Online consultations for migrants");
    r.put("ID", "107407");
    r.put("Description", "Legal and psychological consultations");
    r.put("Start date", "2023-08-01");
    r.put("End date", "2023-11-30");
    r.put("Status", "Closed");
    r.put("Agency abbreviations", "IOM");
    r.put("Agencies", "International Organization for Migration");
    r.put("Contributing partners", "USAID");
    r.put("Implementation partners", "Resource Center for the Elderly");
    r.put("SDG Targets", "10.7 Facilitate orderly, safe, regular and responsible migration");
    r.put("SDG Goals", "10 Reduced Inequalities");
    r.put("Geography", "Kyrgyzstan");
    r.put("QCPR function", "Direct Support/Service Delivery");
    r.put("Gender marker", "2 - Gender equality/ women’s empowerment is a significant objective");
    r.put("Human rights marker", "2 - Significant");
    r.put("Focal users", "-");
    r.put("Non Monetary Assistance", "");
    r.put("Total required resources", "120000");
    r.put("Total available resources", "80000");
    r.put("Total expenditure resources", "60000");
    r.put("2023 Required", "120000");
    r.put("2023 Available", "80000");
    r.put("2023 Expenditure", "60000");
    return r;
  }

  static Map<String, String> with(Map<String, String> row, String... columnValuePairs) {
    Map<String, String> r = new LinkedHashMap<>(row);
    for (int i = 0; i < columnValuePairs.length; i += 2) {
      r.put(columnValuePairs[i], columnValuePairs[i + 1]);
    }
    return r;
  }

  /** Writes a CSV as UN INFO does: every field quoted, CRLF, no BOM. */
  @SafeVarargs
  static byte[] csv(Map<String, String>... rows) {
    List<Map<String, String>> list = new ArrayList<>();
    for (Map<String, String> r : rows) {
      list.add(r);
    }
    return csv(HEADER, list);
  }

  static byte[] csv(List<String> header, List<Map<String, String>> rows) {
    StringBuilder b = new StringBuilder();
    line(b, header);
    for (Map<String, String> r : rows) {
      List<String> cells = new ArrayList<>();
      for (String h : header) {
        cells.add(r.getOrDefault(h, "-"));
      }
      b.append("\r\n");
      line(b, cells);
    }
    return b.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static void line(StringBuilder b, List<String> cells) {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        b.append(',');
      }
      b.append('"').append(cells.get(i).replace("\"", "\"\"")).append('"');
    }
  }

  static UnInfoImport readCsv(byte[] bytes) {
    try {
      return ActivityReportReader.standard()
          .read(new ByteArrayInputStream(bytes), ActivityReportFormat.CSV);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static UnInfoImport readXlsx(byte[] bytes) {
    try {
      return ActivityReportReader.standard()
          .read(new ByteArrayInputStream(bytes), ActivityReportFormat.XLSX);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // ---- XLSX ----

  static final String CONTENT_TYPES =
      "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
          + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
          + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
          + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
          + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
          + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
          + "</Types>";
  static final String ROOT_RELS =
      "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
          + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
          + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>"
          + "</Relationships>";
  static final String WORKBOOK =
      "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
          + "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
          + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
          + "<sheets><sheet name=\"export\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>";
  static final String WORKBOOK_RELS =
      "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
          + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
          + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
          + "</Relationships>";

  static final String SHARED_STRINGS_OVERRIDE =
      "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>";
  static final String SHARED_STRINGS_RELATIONSHIP =
      "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" Target=\"sharedStrings.xml\"/>";

  /**
   * Writes an XLSX around a first sheet given as bytes, taken as they are (they need not be XML, or
   * UTF-8), with a shared-strings part whose item {@code i} is {@code sharedStrings.get(i)}.
   */
  static byte[] xlsxAround(byte[] sheet, List<String> sharedStrings) {
    StringBuilder sst =
        new StringBuilder(
            "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" count=\""
                + sharedStrings.size()
                + "\" uniqueCount=\""
                + sharedStrings.size()
                + "\">");
    for (String s : sharedStrings) {
      sst.append("<si><t xml:space=\"preserve\">").append(escape(s)).append("</t></si>");
    }
    Map<String, byte[]> parts = new LinkedHashMap<>();
    parts.put(
        "[Content_Types].xml",
        utf8(CONTENT_TYPES.replace("</Types>", SHARED_STRINGS_OVERRIDE + "</Types>")));
    parts.put("_rels/.rels", utf8(ROOT_RELS));
    parts.put("xl/workbook.xml", utf8(WORKBOOK));
    parts.put(
        "xl/_rels/workbook.xml.rels",
        utf8(
            WORKBOOK_RELS.replace(
                "</Relationships>", SHARED_STRINGS_RELATIONSHIP + "</Relationships>")));
    parts.put("xl/worksheets/sheet1.xml", sheet);
    parts.put("xl/sharedStrings.xml", utf8(sst.append("</sst>").toString()));
    return zipBytes(parts);
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  /**
   * Writes an XLSX whose cells are inline strings, except values given as {@code #n:<number>} (a
   * number cell), {@code #d:<serial>} (a date serial) and {@code #e:<formula>|<error>} (a formula
   * whose cached value is an error).
   */
  @SafeVarargs
  static byte[] xlsx(Map<String, String>... rows) {
    List<List<String>> all = new ArrayList<>();
    all.add(HEADER);
    for (Map<String, String> r : rows) {
      List<String> cells = new ArrayList<>();
      for (String h : HEADER) {
        cells.add(r.getOrDefault(h, "-").replace(", ", "; "));
      }
      all.add(cells);
    }
    return zip(
        Map.of(
            "[Content_Types].xml", CONTENT_TYPES,
            "_rels/.rels", ROOT_RELS,
            "xl/workbook.xml", WORKBOOK,
            "xl/_rels/workbook.xml.rels", WORKBOOK_RELS,
            "xl/worksheets/sheet1.xml", sheet(all)));
  }

  static String sheet(List<List<String>> rows) {
    StringBuilder b =
        new StringBuilder(
            "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
    for (int r = 0; r < rows.size(); r++) {
      b.append("<row r=\"").append(r + 1).append("\">");
      List<String> cells = rows.get(r);
      for (int c = 0; c < cells.size(); c++) {
        String ref = column(c) + (r + 1);
        String v = cells.get(c);
        if (v.isEmpty()) {
          continue;
        }
        if (v.startsWith("#n:") || v.startsWith("#d:")) {
          b.append("<c r=\"")
              .append(ref)
              .append("\"><v>")
              .append(v.substring(3))
              .append("</v></c>");
        } else if (v.startsWith("#e:")) {
          String[] fe = v.substring(3).split("\\|");
          b.append("<c r=\"")
              .append(ref)
              .append("\" t=\"e\"><f>")
              .append(escape(fe[0]))
              .append("</f><v>")
              .append(fe[1])
              .append("</v></c>");
        } else {
          b.append("<c r=\"")
              .append(ref)
              .append("\" t=\"inlineStr\"><is><t xml:space=\"preserve\">")
              .append(escape(v))
              .append("</t></is></c>");
        }
      }
      b.append("</row>");
    }
    return b.append("</sheetData></worksheet>").toString();
  }

  static String column(int c) {
    String s = "";
    int n = c + 1;
    while (n > 0) {
      int m = (n - 1) % 26;
      s = (char) ('A' + m) + s;
      n = (n - 1) / 26;
    }
    return s;
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  static byte[] zip(Map<String, String> parts) {
    Map<String, byte[]> bytes = new LinkedHashMap<>();
    for (String name :
        List.of(
            "[Content_Types].xml",
            "_rels/.rels",
            "xl/workbook.xml",
            "xl/_rels/workbook.xml.rels",
            "xl/worksheets/sheet1.xml",
            "xl/sharedStrings.xml")) {
      if (parts.containsKey(name)) {
        bytes.put(name, parts.get(name).getBytes(StandardCharsets.UTF_8));
      }
    }
    parts.forEach((k, v) -> bytes.putIfAbsent(k, v.getBytes(StandardCharsets.UTF_8)));
    return zipBytes(bytes);
  }

  static byte[] zipBytes(Map<String, byte[]> parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream z = new ZipOutputStream(out)) {
      for (Map.Entry<String, byte[]> e : parts.entrySet()) {
        z.putNextEntry(new ZipEntry(e.getKey()));
        z.write(e.getValue());
        z.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
