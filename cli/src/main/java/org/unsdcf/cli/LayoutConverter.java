package org.unsdcf.cli;

import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads {@code --layout pretty|compact}. */
final class LayoutConverter implements ITypeConverter<Boolean> {
  @Override
  public Boolean convert(String value) {
    switch (value.toLowerCase(Locale.ROOT)) {
      case "pretty":
        return Boolean.TRUE;
      case "compact":
        return Boolean.FALSE;
      default:
        throw new TypeConversionException("'" + value + "' is not pretty or compact");
    }
  }
}
