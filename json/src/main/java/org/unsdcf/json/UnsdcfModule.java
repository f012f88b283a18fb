package org.unsdcf.json;

import org.unsdcf.core.model.CooperationFramework;
import org.unsdcf.core.rollup.RollupReport;
import org.unsdcf.core.validation.ValidationReport;
import org.unsdcf.json.internal.DocumentReader;
import org.unsdcf.json.internal.PlanEmitter;
import org.unsdcf.json.internal.ReportEmitter;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.Version;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.module.SimpleDeserializers;
import tools.jackson.databind.module.SimpleSerializers;

/**
 * A Jackson 3 module that reads and writes {@link CooperationFramework} inside integrators' own
 * documents, in exactly the §4 form ({@code formatVersion} included) and with the same per-type
 * code as {@link PlanReader} and {@link PlanWriter}; it also writes {@link ValidationReport} and
 * {@link RollupReport} exactly as {@link ReportWriter} does (design.md §6.1, §8). Reports are
 * written only: reading one back is not supported.
 *
 * <pre>{@code
 * JsonMapper mapper = JsonMapper.builder().addModule(new UnsdcfModule()).build();
 * Envelope envelope = mapper.readValue(json, Envelope.class); // with a CooperationFramework field
 * }</pre>
 *
 * <p>A plan that is not readable surfaces as a {@link StreamReadException} whose cause is the
 * {@link PlanReadException}; its pointers are absolute in the host document and its lines and
 * columns are the host parser's. Encoding, byte order mark, size and limits are the host parser's
 * business. JSON {@code null} reads as Java {@code null}. The module is also a {@link
 * java.util.ServiceLoader} provider of {@link JacksonModule}. This class is immutable and
 * thread-safe.
 */
public final class UnsdcfModule extends JacksonModule {
  private static final Version VERSION =
      new Version(0, 1, 0, "SNAPSHOT", "org.unsdcf", "unsdcf-json");

  /** Creates the module. */
  public UnsdcfModule() {}

  @Override
  public String getModuleName() {
    return "unsdcf";
  }

  @Override
  public Version version() {
    return VERSION;
  }

  @Override
  public void setupModule(SetupContext context) {
    SimpleSerializers serializers = new SimpleSerializers();
    serializers.addSerializer(CooperationFramework.class, new PlanSerializer());
    serializers.addSerializer(ValidationReport.class, new ValidationReportSerializer());
    serializers.addSerializer(RollupReport.class, new RollupReportSerializer());
    context.addSerializers(serializers);
    SimpleDeserializers deserializers = new SimpleDeserializers();
    deserializers.addDeserializer(CooperationFramework.class, new PlanDeserializer());
    context.addDeserializers(deserializers);
  }

  /** Writes a plan through the host's generator. */
  static final class PlanSerializer extends ValueSerializer<CooperationFramework> {
    @Override
    public void serialize(
        CooperationFramework plan, JsonGenerator generator, SerializationContext context) {
      PlanEmitter.write(generator, plan);
    }

    @Override
    public Class<?> handledType() {
      return CooperationFramework.class;
    }
  }

  /** Writes a validation report through the host's generator. */
  static final class ValidationReportSerializer extends ValueSerializer<ValidationReport> {
    @Override
    public void serialize(
        ValidationReport report, JsonGenerator generator, SerializationContext context) {
      ReportEmitter.validation(generator, report);
    }

    @Override
    public Class<?> handledType() {
      return ValidationReport.class;
    }
  }

  /** Writes a roll-up report through the host's generator. */
  static final class RollupReportSerializer extends ValueSerializer<RollupReport> {
    @Override
    public void serialize(
        RollupReport report, JsonGenerator generator, SerializationContext context) {
      ReportEmitter.rollup(generator, report);
    }

    @Override
    public Class<?> handledType() {
      return RollupReport.class;
    }
  }

  /** Reads a plan from the host's parser. */
  static final class PlanDeserializer extends ValueDeserializer<CooperationFramework> {
    @Override
    public CooperationFramework deserialize(JsonParser parser, DeserializationContext context) {
      JsonToken token = parser.currentToken();
      if (token == JsonToken.PROPERTY_NAME
          || token == JsonToken.END_OBJECT
          || token == JsonToken.END_ARRAY) {
        return (CooperationFramework)
            context.handleUnexpectedToken(CooperationFramework.class, parser);
      }
      String path = parser.streamReadContext().pathAsPointer().toString();
      try {
        return DocumentReader.readHosted(parser, path);
      } catch (PlanReadException e) {
        throw new StreamReadException(parser, e.getMessage(), e);
      }
    }

    @Override
    public Class<?> handledType() {
      return CooperationFramework.class;
    }
  }
}
