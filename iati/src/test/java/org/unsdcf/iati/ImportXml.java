package org.unsdcf.iati;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.unsdcf.core.model.SubOutput;

/** Small IATI activity documents the tests write themselves (never copies of real files). */
final class ImportXml {
  private ImportXml() {}

  /** An activity that maps without a remark, with {@code extra} elements appended inside it. */
  static String activity(String identifier, String extra) {
    return """
          <iati-activity default-currency="USD">
            <iati-identifier>%s</iati-identifier>
            <reporting-org ref="XM-DAC-41114" type="40"><narrative>UNDP</narrative></reporting-org>
            <title><narrative>Clean water for schools</narrative></title>
            <participating-org role="3"><narrative>UNDP</narrative></participating-org>
            <activity-status code="2"/>
            <activity-date iso-date="2024-01-01" type="1"/>
            <activity-date iso-date="2025-12-31" type="3"/>
            <recipient-country code="KG"/>
        %s
          </iati-activity>
        """
        .formatted(identifier, extra);
  }

  static String document(String... activities) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<iati-activities version=\"2.03\">\n"
        + String.join("", activities)
        + "</iati-activities>\n";
  }

  /** The one entry of a read, asserting there is exactly one. */
  static SubOutput only(IatiImport read) {
    assertThat(read.entries()).hasSize(1);
    return read.entries().get(0);
  }

  /** Each problem as "CODE xpath: message" in the read's order, the xpath below {@code below}. */
  static List<String> problems(IatiImport read, String below) {
    return read.problems().stream()
        .map(
            p ->
                p.code()
                    + " "
                    + (p.xpath().startsWith(below)
                        ? p.xpath().substring(below.length())
                        : p.xpath())
                    + ": "
                    + p.message())
        .toList();
  }

  static IatiImport read(String document) {
    return IatiReader.standard().read(document.getBytes(UTF_8));
  }

  static IatiImport read(IatiReader reader, String document) {
    try {
      return reader.read(new java.io.ByteArrayInputStream(document.getBytes(UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String budget(int type, int year, String amount, String currency) {
    return ("<budget type=\"%d\" status=\"1\"><period-start iso-date=\"%d-01-01\"/>"
            + "<period-end iso-date=\"%d-12-31\"/>"
            + "<value currency=\"%s\" value-date=\"%d-01-01\">%s</value></budget>\n")
        .formatted(type, year, year, currency, year, amount);
  }

  static String transaction(int type, String date, String amount, String currency) {
    return ("<transaction><transaction-type code=\"%d\"/><transaction-date iso-date=\"%s\"/>"
            + "<value currency=\"%s\" value-date=\"%s\">%s</value></transaction>\n")
        .formatted(type, date, currency, date, amount);
  }
}
