package org.unsdcf.cli;

import java.util.Locale;
import org.unsdcf.core.validation.Strictness;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads {@code --strictness draft|publish}. */
final class StrictnessConverter implements ITypeConverter<Strictness> {
  @Override
  public Strictness convert(String value) {
    switch (value.toLowerCase(Locale.ROOT)) {
      case "draft":
        return Strictness.DRAFT;
      case "publish":
        return Strictness.PUBLISH;
      default:
        throw new TypeConversionException("'" + value + "' is not draft or publish");
    }
  }
}
