package se.vendorscreening.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class CliTests {

  @Autowired Cli cli;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @Test
  void unknownOptionIsABadCommandLine() {
    int status = cli.execute(new PrintWriter(out), new PrintWriter(err), "--no-such-option");

    assertThat(status).isEqualTo(ExitStatus.USAGE);
    assertThat(err.toString()).contains("--no-such-option");
  }

  @Test
  void noArgumentsPrintsTheUsageAndIsABadCommandLine() {
    int status = cli.execute(new PrintWriter(out), new PrintWriter(err));

    assertThat(status).isEqualTo(ExitStatus.USAGE);
    assertThat(out.toString()).contains("vendor-screening");
  }
}
