package org.unsdcf.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads {@code --as-of} as exactly {@code YYYY-MM-DD}. */
final class DateConverter implements ITypeConverter<LocalDate> {
  private static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

  @Override
  public LocalDate convert(String value) {
    if (DATE.matcher(value).matches()) {
      try {
        return LocalDate.parse(value);
      } catch (DateTimeParseException e) {
        // reported below
      }
    }
    throw new TypeConversionException("'" + value + "' is not a date YYYY-MM-DD");
  }
}
