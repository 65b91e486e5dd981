package se.vendorscreening.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import picocli.CommandLine;
import picocli.CommandLine.IFactory;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.UsageMessageSpec;

/**
 * Builds the command line the same way before the application starts (help and usage errors) and
 * inside it (the run): texts in the user's language, usage errors as exit status 64.
 */
final class CommandLines {

  private CommandLines() {}

  static CommandLine create(IFactory factory, PrintWriter out, PrintWriter err) {
    CommandLine commandLine = new CommandLine(new VendorScreeningCommand(), factory);
    ResourceBundle texts = commandLine.getCommandSpec().resourceBundle();
    for (CommandLine subcommand : commandLine.getSubcommands().values()) {
      shareHeadings(subcommand, texts);
    }
    return withStreams(commandLine, out, err);
  }

  /**
   * The same command line from a model built before (by {@link #create}), with the command {@code
   * name} made again by the factory (the one the line runs, with its collaborators); the other
   * commands keep their instances, which only serve the model. The commands keep their order.
   */
  static CommandLine withCommand(
      CommandLine model, String name, IFactory factory, PrintWriter out, PrintWriter err) {
    CommandSpec top = model.getCommandSpec();
    List<Map.Entry<String, CommandLine>> subcommands =
        new ArrayList<>(model.getSubcommands().entrySet());
    int at = 0;
    while (!subcommands.get(at).getKey().equals(name)) {
      at++;
    }
    for (Map.Entry<String, CommandLine> subcommand : subcommands.subList(at, subcommands.size())) {
      top.removeSubcommand(subcommand.getKey());
    }
    CommandLine command =
        new CommandLine(
            subcommands.get(at).getValue().getCommandSpec().userObject().getClass(), factory);
    shareHeadings(command, top.resourceBundle());
    top.addSubcommand(name, command);
    for (Map.Entry<String, CommandLine> subcommand :
        subcommands.subList(at + 1, subcommands.size())) {
      top.addSubcommand(subcommand.getKey(), subcommand.getValue());
    }
    return withStreams(model, out, err);
  }

  private static CommandLine withStreams(
      CommandLine commandLine, PrintWriter out, PrintWriter err) {
    commandLine.setOut(out);
    commandLine.setErr(err);
    commandLine.setParameterExceptionHandler(new UsageErrorHandler());
    return commandLine;
  }

  /** The subcommands' bundles hold only their own texts; the headings are the top command's. */
  private static void shareHeadings(CommandLine subcommand, ResourceBundle texts) {
    UsageMessageSpec usage = subcommand.getCommandSpec().usageMessage();
    usage.synopsisHeading(texts.getString("usage.synopsisHeading"));
    usage.optionListHeading(texts.getString("usage.optionListHeading"));
    usage.parameterListHeading(texts.getString("usage.parameterListHeading"));
    usage.commandListHeading(texts.getString("usage.commandListHeading"));
  }
}
