package org.unsdcf.cli;

import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads {@code validate --format text|json|csv|sarif|junit}. */
final class FormatConverter implements ITypeConverter<OutputFormat> {
  @Override
  public OutputFormat convert(String value) {
    switch (value.toLowerCase(Locale.ROOT)) {
      case "text":
        return OutputFormat.TEXT;
      case "json":
        return OutputFormat.JSON;
      case "csv":
        return OutputFormat.CSV;
      case "sarif":
        return OutputFormat.SARIF;
      case "junit":
        return OutputFormat.JUNIT;
      default:
        throw new TypeConversionException("'" + value + "' is not text, json, csv, sarif or junit");
    }
  }
}
