package org.unsdcf.cli;

import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads {@code --format text|json}. */
final class FormatConverter implements ITypeConverter<OutputFormat> {
  @Override
  public OutputFormat convert(String value) {
    switch (value.toLowerCase(Locale.ROOT)) {
      case "text":
        return OutputFormat.TEXT;
      case "json":
        return OutputFormat.JSON;
      default:
        throw new TypeConversionException("'" + value + "' is not text or json");
    }
  }
}
