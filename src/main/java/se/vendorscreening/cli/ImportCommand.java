package se.vendorscreening.cli;

import static picocli.CommandLine.Option.NULL_VALUE;

import java.nio.file.Path;
import java.text.MessageFormat;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.concurrent.Callable;
import java.util.concurrent.ThreadLocalRandom;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import se.vendorscreening.intake.ContractRegister;
import se.vendorscreening.intake.ImportProgressListener;
import se.vendorscreening.intake.ImportSummary;
import se.vendorscreening.intake.RejectedRow;
import se.vendorscreening.intake.VendorListImport;

/**
 * {@code import}: adds or updates a vendor list's parties and contracts in the contract register;
 * prints the rejected rows. Exit 0 when every row was accepted, 2 when some were rejected, 1 when a
 * file cannot be read.
 */
@Component
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    resourceBundle = "messages.cli-import",
    usageHelpAutoWidth = true)
class ImportCommand implements Callable<Integer>, Subcommand {

  // The bean is a singleton reused by every command line: each optional option has an explicit
  // default so that picocli resets it before parsing instead of keeping the previous run's value.

  private static final DateTimeFormatter ID_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

  private final VendorListImport vendorListImport;
  private final ContractRegister register;
  private final Clock clock;

  @Spec CommandSpec spec;

  @Option(names = "--vendors", required = true, paramLabel = "FILE")
  Path vendors;

  @Option(names = "--representatives", paramLabel = "FILE", defaultValue = NULL_VALUE)
  Path representatives;

  @Option(names = "--import-id", paramLabel = "ID", defaultValue = NULL_VALUE)
  String importId;

  @Option(
      names = "--lang",
      paramLabel = "sv|en",
      defaultValue = NULL_VALUE,
      converter = LanguageOption.class)
  String language;

  ImportCommand(VendorListImport vendorListImport, ContractRegister register, Clock clock) {
    this.clock = clock;
    this.vendorListImport = vendorListImport;
    this.register = register;
  }

  @Override
  public Integer call() {
    Locale locale = CommandLanguage.ofOption(language, Locale.getDefault());
    Locale previous = LocaleContextHolder.getLocale();
    LocaleContextHolder.setLocale(locale);
    try {
      return importLists(
          ResourceBundle.getBundle(
              "messages.cli-import",
              locale,
              ResourceBundle.Control.getNoFallbackControl(
                  ResourceBundle.Control.FORMAT_PROPERTIES)));
    } finally {
      LocaleContextHolder.setLocale(previous);
    }
  }

  private int importLists(ResourceBundle texts) {
    String id = importId != null ? importId : newImportId();
    ImportSummary summary;
    // a file that cannot be read ends in the command line's handler: its message, exit status 1
    try (TerminalProgress progress = TerminalProgress.open(texts)) {
      summary = vendorListImport.importVendorList(vendors, representatives, id, progress);
    }
    var out = spec.commandLine().getOut();
    out.println(
        format(
            texts,
            "import.done",
            summary.partiesImported(),
            summary.representativesImported(),
            summary.rowsRejected(),
            id,
            summary.fieldsIgnored()));
    List<RejectedRow> rejected = register.rejectedRows(id);
    if (rejected.isEmpty()) {
      return ExitStatus.OK;
    }
    out.println(texts.getString("import.rejectedHeading"));
    for (RejectedRow row : rejected) {
      out.println(
          format(
              texts,
              "import.rejectedRow",
              row.file(),
              String.valueOf(row.line()),
              row.column(),
              row.value(),
              row.reason()));
    }
    return ExitStatus.COMPLETED_WITH_PROBLEMS;
  }

  private String newImportId() {
    return "import-"
        + LocalDateTime.now(clock).format(ID_TIME)
        + "-"
        + Integer.toHexString(ThreadLocalRandom.current().nextInt(0x1000, 0x10000));
  }

  private static String format(ResourceBundle texts, String key, Object... arguments) {
    return new MessageFormat(texts.getString(key), texts.getLocale()).format(arguments);
  }

  /** A progress bar on a terminal (rows, rate, time left); nothing otherwise (the job logs). */
  private static final class TerminalProgress implements ImportProgressListener, AutoCloseable {

    private final String taskName;
    private final String unit;
    private ProgressBar bar;

    private TerminalProgress(String taskName, String unit) {
      this.taskName = taskName;
      this.unit = unit;
    }

    static TerminalProgress open(ResourceBundle texts) {
      return new TerminalProgress(
          texts.getString("import.progress"), texts.getString("import.rows"));
    }

    @Override
    public void rowsDone(long rowsDone, long rowsTotal) {
      if (System.console() == null) {
        return;
      }
      if (bar == null) {
        bar =
            new ProgressBarBuilder()
                .setTaskName(taskName)
                .setInitialMax(rowsTotal)
                .setStyle(ProgressBarStyle.ASCII)
                .setUnit(" " + unit, 1)
                .showSpeed()
                .build();
      }
      bar.stepTo(rowsDone);
    }

    @Override
    public void close() {
      if (bar != null) {
        bar.close();
      }
    }
  }
}
