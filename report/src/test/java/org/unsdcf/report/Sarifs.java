package org.unsdcf.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.unsdcf.core.model.CooperationFramework;
import org.unsdcf.core.validation.ValidationOptions;
import org.unsdcf.core.validation.ValidationReport;
import org.unsdcf.core.validation.Validator;
import org.unsdcf.json.JsonLocator;
import org.unsdcf.json.PlanReader;
import org.unsdcf.json.PlanWriter;
import org.unsdcf.testkit.SamplePlans;

/** Test fixtures: plan documents with findings, and their SARIF logs. */
final class Sarifs {
  static final String URI = "plans/kgz.json";

  private Sarifs() {}

  /**
   * The worked example written PRETTY with its JWP endorsed on 2022-03-24 (design §8): GOV-003 at
   * {@code /jointWorkPlans/0/endorsement/date}.
   */
  static byte[] slippedEndorsement() {
    String pretty =
        new String(PlanWriter.pretty().write(SamplePlans.kyrgyzstan()), StandardCharsets.UTF_8);
    int endorsement = pretty.indexOf("\"endorsement\": {");
    int date = pretty.indexOf("\"2023-03-24\"", endorsement);
    return (pretty.substring(0, date) + "\"2022-03-24\"" + pretty.substring(date + 12))
        .getBytes(StandardCharsets.UTF_8);
  }

  static ValidationReport validate(byte[] document) {
    CooperationFramework plan = PlanReader.standard().read(document);
    return Validator.standard()
        .validate(plan, ValidationOptions.builder().asOf(Pages.AS_OF).build());
  }

  static byte[] sarif(ValidationReport report, byte[] document) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      Sarif.write(report, URI, JsonLocator.of(document), out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
