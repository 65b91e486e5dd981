package se.vendorscreening.cli;

import java.io.PrintWriter;
import java.util.ResourceBundle;
import picocli.CommandLine;
import picocli.CommandLine.IFactory;
import picocli.CommandLine.Model.UsageMessageSpec;

/**
 * Builds the command line the same way before the application starts (help and usage errors) and
 * inside it (the run): texts in the user's language, usage errors as exit status 64.
 */
final class CommandLines {

  private CommandLines() {}

  static CommandLine create(IFactory factory, PrintWriter out, PrintWriter err) {
    CommandLine commandLine = new CommandLine(new VendorScreeningCommand(), factory);
    commandLine.setOut(out);
    commandLine.setErr(err);
    commandLine.setParameterExceptionHandler(new UsageErrorHandler());
    shareHeadings(commandLine);
    return commandLine;
  }

  /** The subcommands' bundles hold only their own texts; the headings are the top command's. */
  private static void shareHeadings(CommandLine commandLine) {
    ResourceBundle texts = commandLine.getCommandSpec().resourceBundle();
    for (CommandLine subcommand : commandLine.getSubcommands().values()) {
      UsageMessageSpec usage = subcommand.getCommandSpec().usageMessage();
      usage.synopsisHeading(texts.getString("usage.synopsisHeading"));
      usage.optionListHeading(texts.getString("usage.optionListHeading"));
      usage.parameterListHeading(texts.getString("usage.parameterListHeading"));
      usage.commandListHeading(texts.getString("usage.commandListHeading"));
    }
  }
}
