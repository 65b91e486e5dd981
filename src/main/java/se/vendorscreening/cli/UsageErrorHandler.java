package se.vendorscreening.cli;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Tells a bad command line in the user's language (picocli's own messages are English): one line
 * saying what is wrong, one saying where the help is; exit status 64.
 */
class UsageErrorHandler implements IParameterExceptionHandler {

  @Override
  public int handleParseException(ParameterException exception, String[] args) {
    CommandLine failed = exception.getCommandLine();
    ResourceBundle texts =
        ResourceBundle.getBundle("messages.cli", Locale.getDefault(), getClass().getClassLoader());
    failed.getErr().println(failed.getColorScheme().errorText(message(exception, texts)));
    failed
        .getErr()
        .println(
            MessageFormat.format(
                texts.getString("usage.error.help"), failed.getCommandSpec().qualifiedName()));
    failed.getErr().flush();
    return ExitStatus.USAGE;
  }

  static String message(ParameterException exception, ResourceBundle texts) {
    if (exception instanceof UnmatchedArgumentException unmatched) {
      return unmatched(unmatched, texts);
    }
    if (exception instanceof MissingParameterException missing) {
      return missing(missing, texts);
    }
    if (exception.getArgSpec() != null && exception.getValue() != null) {
      return format(
          texts,
          "usage.error.invalid-value",
          name(exception.getArgSpec()),
          exception.getValue(),
          expected(exception.getArgSpec(), texts));
    }
    // Raised by a command itself, already in the user's language.
    return exception.getMessage();
  }

  private static String unmatched(UnmatchedArgumentException exception, ResourceBundle texts) {
    List<String> arguments = exception.getUnmatched();
    String first = arguments.isEmpty() ? "" : arguments.get(0);
    String message =
        format(
            texts,
            exception.isUnknownOption() ? "usage.error.unknown-option" : "usage.error.unknown",
            first);
    List<String> suggestions = exception.getSuggestions();
    return suggestions.isEmpty()
        ? message
        : message + " " + format(texts, "usage.error.did-you-mean", String.join(", ", suggestions));
  }

  private static String missing(MissingParameterException exception, ResourceBundle texts) {
    List<ArgSpec> missing = exception.getMissing();
    boolean valueOfAnOption =
        missing.size() == 1 && missing.get(0).isOption() && !missing.get(0).required();
    if (valueOfAnOption) {
      return format(
          texts, "usage.error.missing-value", name(missing.get(0)), missing.get(0).paramLabel());
    }
    return format(
        texts,
        "usage.error.missing",
        missing.stream()
            .map(arg -> arg.isOption() ? name(arg) + "=" + arg.paramLabel() : arg.paramLabel())
            .collect(Collectors.joining("', '")));
  }

  private static String name(ArgSpec arg) {
    return arg instanceof OptionSpec option ? option.longestName() : arg.paramLabel();
  }

  private static String expected(ArgSpec arg, ResourceBundle texts) {
    if (arg.type().isEnum()) {
      Object[] constants = arg.type().getEnumConstants();
      return format(
          texts,
          "usage.error.expected.one-of",
          Arrays.stream(constants).map(String::valueOf).collect(Collectors.joining(", ")));
    }
    String key = "usage.error.expected." + arg.type().getSimpleName();
    if (arg.isOption() && "--lang".equals(((OptionSpec) arg).longestName())) {
      key = "usage.error.expected.language";
    }
    return texts.containsKey(key) ? texts.getString(key) : texts.getString("usage.error.expected");
  }

  private static String format(ResourceBundle texts, String key, Object... arguments) {
    return MessageFormat.format(texts.getString(key), arguments);
  }
}
