package org.unsdcf.testkit;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.unsdcf.json.PlanSchema;

/** The bundled plan schema, compiled once by the networknt validator (JSON Schema 2020-12). */
final class Schemas {
  private static final Schema PLAN =
      SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
          .getSchema(PlanSchema.text(), InputFormat.JSON);

  private Schemas() {}

  /** The schema's complaints about a document; empty when it validates. */
  static List<Error> planErrors(byte[] json) {
    return PLAN.validate(new String(json, StandardCharsets.UTF_8), InputFormat.JSON);
  }
}
