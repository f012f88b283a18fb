package org.unsdcf.cli;

import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads {@code --layout pretty|compact}. */
final class LayoutConverter implements ITypeConverter<Layout> {
  @Override
  public Layout convert(String value) {
    switch (value.toLowerCase(Locale.ROOT)) {
      case "pretty":
        return Layout.PRETTY;
      case "compact":
        return Layout.COMPACT;
      default:
        throw new TypeConversionException("'" + value + "' is not pretty or compact");
    }
  }
}
