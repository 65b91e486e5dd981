package se.vendorscreening.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CommandLineTriageTests {

  private final Locale before = Locale.getDefault();
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @AfterEach
  void restoreLocale() {
    Locale.setDefault(before);
  }

  private CommandLineTriage.Triage triage(Locale locale, String... args) {
    Locale.setDefault(locale);
    return CommandLineTriage.of(args, new PrintWriter(out, true), new PrintWriter(err, true));
  }

  @Test
  void answersHelpInSwedishByDefault() {
    var triage = triage(CommandLanguage.SWEDISH, "--help");

    assertThat(triage.answeredWith()).isEqualTo(ExitStatus.OK);
    assertThat(out.toString())
        .contains("Användning: vendor-screening", "Kommandon:", "screen", "verify", "purge")
        .doesNotContain("Usage:", "Commands:");
  }

  @Test
  void answersASubcommandsHelpWithItsOptionsInEnglishWhenAsked() {
    var triage = triage(Locale.ENGLISH, "screen", "--help");

    assertThat(triage.answeredWith()).isEqualTo(ExitStatus.OK);
    assertThat(out.toString())
        .contains("Usage: vendor-screening screen", "--vendors=FILE", "Options:")
        .doesNotContain("Användning");
  }

  @Test
  void answersTheVersion() {
    var triage = triage(CommandLanguage.SWEDISH, "--version");

    assertThat(triage.answeredWith()).isEqualTo(ExitStatus.OK);
    assertThat(out.toString()).startsWith("vendor-screening ");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          --no-such-option                     | Okänt alternativ: '--no-such-option'.
          scren                                | Okänt kommando eller argument: 'scren'. Menade du: screen
          screen --vendors v.csv --as-of 2026-13-01 | Ogiltigt värde för alternativet '--as-of': '2026-13-01' är inte ett datum ÅÅÅÅ-MM-DD.
          screen --vendors v.csv --lang de     | Ogiltigt värde för alternativet '--lang': 'de' är inte sv eller en.
          screen --as-of 2026-01-01            | Obligatoriskt alternativ eller argument saknas: '--vendors=FILE'.
          screen --vendors v.csv --as-of       | Värde saknas för alternativet '--as-of' (DATE).
          generate --vendors many --out d      | Ogiltigt värde för alternativet '--vendors': 'many' är inte ett heltal.
          show                                 | Obligatoriskt alternativ eller argument saknas: 'RUN_ID'.
          """)
  void tellsABadCommandLineInSwedishWithExitStatus64(String commandLine, String message) {
    var triage = triage(CommandLanguage.SWEDISH, commandLine.split(" "));

    assertThat(triage.answeredWith()).isEqualTo(ExitStatus.USAGE);
    assertThat(err.toString()).startsWith(message).contains("Se 'vendor-screening");
    assertThat(out.toString()).isEmpty();
  }

  @Test
  void tellsABadCommandLineInEnglishWhenAsked() {
    var triage = triage(Locale.ENGLISH, "recheck", "--as-of", "tomorrow");

    assertThat(triage.answeredWith()).isEqualTo(ExitStatus.USAGE);
    assertThat(err.toString())
        .startsWith("Invalid value for option '--as-of': 'tomorrow' is not a date YYYY-MM-DD.")
        .contains("See 'vendor-screening recheck --help'.");
  }

  @Test
  void leavesAWellFormedCommandToTheApplicationAndSaysWhetherItRunsUntilStopped() {
    var screen = triage(CommandLanguage.SWEDISH, "--lang", "en", "screen", "--vendors", "v.csv");
    var serve = triage(CommandLanguage.SWEDISH, "serve");
    var worker = triage(CommandLanguage.SWEDISH, "worker");

    assertThat(screen.answered()).isFalse();
    assertThat(screen.command()).isEqualTo("screen");
    assertThat(screen.longRunning()).isFalse();
    assertThat(serve.longRunning()).isTrue();
    assertThat(worker.longRunning()).isTrue();
    assertThat(out.toString() + err.toString()).isEmpty();
  }

  @Test
  void printsTheUsageForNoArgumentsAsABadCommandLine() {
    var triage = triage(CommandLanguage.SWEDISH);

    assertThat(triage.answeredWith()).isEqualTo(ExitStatus.USAGE);
    assertThat(out.toString()).contains("Användning: vendor-screening");
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      value = {
        "screen --vendors v.xlsx | screen",
        "--lang en screen --vendors v.xlsx | screen",
        "--lang=en runs | runs",
        "-h | -",
        "--lang en | -",
        "@arguments.txt | @arguments.txt"
      })
  void namesTheCommandAsPicocliReadsIt(String line, String command) {
    assertThat(CommandLineTriage.commandName(line.split(" "))).isEqualTo(command);
  }

  @Test
  void knowsTheSubcommandsByName() {
    assertThat(CommandLineTriage.isSubcommand("screen")).isTrue();
    assertThat(CommandLineTriage.isSubcommand("user")).isTrue();
    assertThat(CommandLineTriage.isSubcommand("@arguments.txt")).isFalse();
    assertThat(CommandLineTriage.isSubcommand("add")).isFalse();
  }
}
