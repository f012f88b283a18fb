package org.unsdcf.cli;

import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads {@code rollup --format text|json|csv}. */
final class RollupFormatConverter implements ITypeConverter<OutputFormat> {
  @Override
  public OutputFormat convert(String value) {
    switch (value.toLowerCase(Locale.ROOT)) {
      case "text":
        return OutputFormat.TEXT;
      case "json":
        return OutputFormat.JSON;
      case "csv":
        return OutputFormat.CSV;
      default:
        throw new TypeConversionException("'" + value + "' is not text, json or csv");
    }
  }
}
