package org.unsdcf.report;

import java.io.IOException;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.unsdcf.core.validation.Finding;
import org.unsdcf.core.validation.RuleCatalogue;
import org.unsdcf.core.validation.RuleInfo;
import org.unsdcf.core.validation.Severity;
import org.unsdcf.core.validation.ValidationReport;
import org.unsdcf.json.JsonLocation;
import org.unsdcf.json.JsonLocator;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;

/**
 * Writes a validation report as a SARIF 2.1.0 log (design.md §17, §20), the format code-scanning
 * tools and CI systems read, so that a plan's findings show at their lines.
 *
 * <p>Rules:
 *
 * <ul>
 *   <li>One run; its tool's driver is {@code unsdcf} with every rule of the {@link RuleCatalogue}
 *       ({@code id} = code, its summary, its category, its default level at the report's
 *       strictness).
 *   <li>One {@code result} per finding, in the report's order: {@code ruleId} = code, {@code level}
 *       {@code error}, {@code warning} or {@code note} (INFO), the message, a physical location in
 *       {@code artifactUri} whose {@code region} is the line and column the {@link JsonLocator}
 *       gives for the finding's path (left out when it gives none), and a logical location whose
 *       {@code fullyQualifiedName} is the path; subject and arguments as properties.
 *   <li>{@code columnKind} is {@code unicodeCodePoints}, as design.md §5.2 counts columns.
 *   <li>Pretty-printed UTF-8 JSON with LF line ends; the same report gives the same bytes.
 * </ul>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Sarif {
  static final String SCHEMA =
      "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

  private static final JsonFactory FACTORY = new JsonFactory();
  private static final DefaultPrettyPrinter PRETTY =
      new DefaultPrettyPrinter(
              Separators.createDefaultInstance()
                  .withObjectNameValueSpacing(Separators.Spacing.AFTER))
          .withObjectIndenter(new DefaultIndenter("  ", "\n"))
          .withArrayIndenter(new DefaultIndenter("  ", "\n"));

  private Sarif() {}

  /**
   * Writes the SARIF log of a validation report.
   *
   * @param report the validation report
   * @param artifactUri the URI (usually relative) of the plan file the report is of, as SARIF
   *     viewers resolve it
   * @param locator the locator over that file's bytes
   * @param out where the log goes; not closed
   * @throws NullPointerException if an argument is null
   * @throws IOException if {@code out} fails
   */
  public static void write(
      ValidationReport report, String artifactUri, JsonLocator locator, OutputStream out)
      throws IOException {
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(artifactUri, "artifactUri");
    Objects.requireNonNull(locator, "locator");
    Objects.requireNonNull(out, "out");
    ObjectWriteContext context =
        new ObjectWriteContext.Base() {
          @Override
          public PrettyPrinter getPrettyPrinter() {
            return PRETTY.createInstance();
          }

          @Override
          public boolean hasPrettyPrinter() {
            return true;
          }
        };
    try (JsonGenerator g = FACTORY.createGenerator(context, new Unclosed(out))) {
      g.writeStartObject();
      g.writeStringProperty("$schema", SCHEMA);
      g.writeStringProperty("version", "2.1.0");
      g.writeArrayPropertyStart("runs");
      g.writeStartObject();
      Map<String, Integer> ruleIndex = tool(g, report);
      g.writeArrayPropertyStart("artifacts");
      g.writeStartObject();
      g.writeObjectPropertyStart("location");
      g.writeStringProperty("uri", artifactUri);
      g.writeEndObject();
      g.writeStringProperty("mimeType", "application/json");
      g.writeEndObject();
      g.writeEndArray();
      g.writeStringProperty("columnKind", "unicodeCodePoints");
      g.writeObjectPropertyStart("properties");
      g.writeStringProperty("framework", report.framework());
      g.writeStringProperty("asOf", report.asOf().toString());
      g.writeStringProperty("strictness", report.strictness().name());
      g.writeBooleanProperty("valid", report.valid());
      g.writeEndObject();
      g.writeArrayPropertyStart("results");
      for (Finding finding : report.findings()) {
        result(g, finding, ruleIndex, artifactUri, locator);
      }
      g.writeEndArray();
      g.writeEndObject();
      g.writeEndArray();
      g.writeEndObject();
    } catch (JacksonException e) {
      if (e.getCause() instanceof IOException) {
        throw (IOException) e.getCause();
      }
      throw e;
    }
    out.write('\n');
  }

  private static Map<String, Integer> tool(JsonGenerator g, ValidationReport report) {
    Map<String, Integer> index = new HashMap<>();
    g.writeObjectPropertyStart("tool");
    g.writeObjectPropertyStart("driver");
    g.writeStringProperty("name", "unsdcf");
    g.writeStringProperty(
        "fullName", "unsdcf validator of UN Sustainable Development Cooperation Frameworks");
    g.writeArrayPropertyStart("rules");
    List<RuleInfo> rules = RuleCatalogue.rules();
    for (int i = 0; i < rules.size(); i++) {
      RuleInfo rule = rules.get(i);
      index.put(rule.code(), i);
      g.writeStartObject();
      g.writeStringProperty("id", rule.code());
      g.writeObjectPropertyStart("shortDescription");
      g.writeStringProperty("text", rule.summary());
      g.writeEndObject();
      g.writeObjectPropertyStart("defaultConfiguration");
      g.writeStringProperty("level", level(rule.severity(report.strictness())));
      g.writeEndObject();
      g.writeObjectPropertyStart("properties");
      g.writeStringProperty("category", rule.category().name());
      g.writeEndObject();
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
    g.writeEndObject();
    return index;
  }

  private static void result(
      JsonGenerator g,
      Finding finding,
      Map<String, Integer> ruleIndex,
      String artifactUri,
      JsonLocator locator) {
    g.writeStartObject();
    g.writeStringProperty("ruleId", finding.code());
    Integer index = ruleIndex.get(finding.code());
    if (index != null) {
      g.writeNumberProperty("ruleIndex", index);
    }
    g.writeStringProperty("level", level(finding.severity()));
    g.writeObjectPropertyStart("message");
    g.writeStringProperty("text", finding.message());
    g.writeEndObject();
    g.writeArrayPropertyStart("locations");
    g.writeStartObject();
    g.writeObjectPropertyStart("physicalLocation");
    g.writeObjectPropertyStart("artifactLocation");
    g.writeStringProperty("uri", artifactUri);
    g.writeNumberProperty("index", 0);
    g.writeEndObject();
    Optional<JsonLocation> at = locator.locate(finding.path());
    if (at.isPresent()) {
      g.writeObjectPropertyStart("region");
      g.writeNumberProperty("startLine", at.get().line());
      g.writeNumberProperty("startColumn", at.get().column());
      g.writeEndObject();
    }
    g.writeEndObject();
    g.writeArrayPropertyStart("logicalLocations");
    g.writeStartObject();
    g.writeStringProperty("fullyQualifiedName", finding.path());
    g.writeStringProperty("kind", "member");
    g.writeEndObject();
    g.writeEndArray();
    g.writeEndObject();
    g.writeEndArray();
    g.writeObjectPropertyStart("properties");
    g.writeStringProperty("category", finding.category().name());
    g.writeStringProperty("subject", finding.subject());
    g.writeObjectPropertyStart("arguments");
    for (Map.Entry<String, String> argument : finding.arguments().entrySet()) {
      g.writeStringProperty(argument.getKey(), argument.getValue());
    }
    g.writeEndObject();
    g.writeEndObject();
    g.writeEndObject();
  }

  static String level(Severity severity) {
    return severity == Severity.INFO ? "note" : severity.name().toLowerCase(Locale.ROOT);
  }

  /** Keeps the generator from closing the caller's stream. */
  private static final class Unclosed extends java.io.FilterOutputStream {
    Unclosed(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }
}
