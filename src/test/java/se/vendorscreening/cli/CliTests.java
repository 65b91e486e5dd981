package se.vendorscreening.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.util.ClassUtils;
import picocli.CommandLine.Command;

@SpringBootTest
class CliTests {

  @Autowired Cli cli;
  @Autowired List<Subcommand> subcommands;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @Test
  void unknownOptionIsABadCommandLine() {
    int status = cli.execute(new PrintWriter(out), new PrintWriter(err), "--no-such-option");

    assertThat(status).isEqualTo(ExitStatus.USAGE);
    assertThat(err.toString()).contains("--no-such-option");
  }

  @Test
  void everySubcommandBeanIsOnTheCommandLineThatAnswersBeforeTheApplicationStarts() {
    Command top = VendorScreeningCommand.class.getAnnotation(Command.class);

    assertThat(top.subcommands())
        .containsExactlyInAnyOrderElementsOf(
            subcommands.stream().<Class<?>>map(ClassUtils::getUserClass).toList());
  }

  @Test
  void tellsAnUnknownOptionOfARealRunInSwedish() {
    Locale before = Locale.getDefault();
    Locale.setDefault(CommandLanguage.SWEDISH);
    try {
      int status = cli.execute(new PrintWriter(out), new PrintWriter(err), "runs", "--all");

      assertThat(status).isEqualTo(ExitStatus.USAGE);
      assertThat(err.toString()).startsWith("Okänt alternativ: '--all'.");
    } finally {
      Locale.setDefault(before);
    }
  }

  @Test
  void noArgumentsPrintsTheUsageAndIsABadCommandLine() {
    int status = cli.execute(new PrintWriter(out), new PrintWriter(err));

    assertThat(status).isEqualTo(ExitStatus.USAGE);
    assertThat(out.toString()).contains("vendor-screening");
  }
}
