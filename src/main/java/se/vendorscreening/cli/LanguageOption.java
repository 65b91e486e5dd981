package se.vendorscreening.cli;

import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Accepts {@code sv} or {@code en} for {@code --lang} while the command line is parsed. */
class LanguageOption implements ITypeConverter<String> {

  @Override
  public String convert(String value) {
    String language = value.strip().toLowerCase(Locale.ROOT);
    if (!language.equals("sv") && !language.equals("en")) {
      throw new TypeConversionException(value);
    }
    return language;
  }
}
