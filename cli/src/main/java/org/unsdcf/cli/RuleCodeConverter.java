package org.unsdcf.cli;

import org.unsdcf.core.validation.RuleCatalogue;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads one code of {@code --disable CODE[,CODE…]}: a rule of the catalogue, exactly. */
final class RuleCodeConverter implements ITypeConverter<String> {
  @Override
  public String convert(String value) {
    if (RuleCatalogue.rule(value).isEmpty()) {
      throw new TypeConversionException(
          "'" + value + "' is not the code of a rule (see docs/rules.md)");
    }
    return value;
  }
}
