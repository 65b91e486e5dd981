package se.vendorscreening.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The top-level command; it groups the subcommands. They are listed here, not found among the
 * beans, so that picocli can answer {@code --help}, {@code --version} and usage errors before the
 * application starts ({@code CliTests} checks that every {@link Subcommand} bean is listed).
 */
@Command(
    name = "vendor-screening",
    resourceBundle = "messages.cli",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    usageHelpAutoWidth = true,
    subcommands = {
      ScreenCommand.class,
      ImportCommand.class,
      RecheckCommand.class,
      ServeCommand.class,
      RestartCommand.class,
      WorkerCommand.class,
      RunsCommand.class,
      ShowCommand.class,
      OverrideCommand.class,
      AuditCommand.class,
      VerifyCommand.class,
      GenerateCommand.class,
      PurgeCommand.class,
      UserCommand.class
    })
class VendorScreeningCommand {

  /** Only read from the parse result: the language of the texts and, for a run, its reports. */
  @Option(
      names = "--lang",
      paramLabel = "sv|en",
      descriptionKey = "lang",
      converter = LanguageOption.class)
  String lang;
}
