package se.vendorscreening.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Import;
import org.springframework.core.io.ClassPathResource;
import se.vendorscreening.screening.AppliedOverride;
import se.vendorscreening.screening.OverrideRecorded;
import se.vendorscreening.shared.Decision;
import tools.jackson.databind.json.JsonMapper;

@SpringBootTest
@Import(AuditCommandsTestConfiguration.class)
@ExtendWith(OutputCaptureExtension.class)
class NoPersonalNumberInLogsTests {

  private static final Pattern NUMBER_LIKE = Pattern.compile("[0-9]{6,8}[-+]?[0-9]{4}");

  @Autowired Cli cli;
  @Autowired ApplicationEventPublisher events;
  @Autowired FakeScreeningResults screeningResults;
  @Autowired FakeEvidenceRetention evidence;

  @TempDir Path reports;

  @Test
  void aRunOverrideUnmaskedShowVerifyAndPurgeLogNoFullPersonalNumber(CapturedOutput output)
      throws Exception {
    // given a run with sole traders, recorded with its folder
    String runId = RunFixtures.uniqueRunId("screen");
    var run = RunFixtures.aRun(runId, "anna.handlaggare", Instant.now());
    screeningResults.add(run, RunFixtures.threeParties());
    events.publishEvent(RunFixtures.aRunFolder(reports.resolve(runId), run));
    evidence.storeAnswerRetrievedAt(Instant.parse("2020-01-01T00:00:00Z"));
    StringWriter shown = new StringWriter();

    // when an officer overrides, an auditor unmasks, verifies and lists, and data protection purges
    events.publishEvent(
        new OverrideRecorded(
            RunFixtures.SOLE_TRADER,
            "800102-****",
            new AppliedOverride(
                "CREDIT_RISK",
                Decision.CLEAR,
                "Bankgaranti uppvisad",
                "upphandlare.eva",
                Instant.now(),
                LocalDate.of(2027, 1, 31))));
    PrintWriter out = new PrintWriter(shown, true);
    assertThat(cli.execute(out, out, "show", runId, "--unmask", "--actor", "revisor.logg"))
        .isZero();
    assertThat(cli.execute(out, out, "verify", runId)).isZero();
    assertThat(cli.execute(out, out, "audit", "--party", RunFixtures.SOLE_TRADER)).isZero();
    assertThat(cli.execute(out, out, "purge", "--actor", "dataskydd.logg")).isZero();

    // then the log tells what happened, without one full personal number
    String log = output.getOut() + output.getErr();
    assertThat(log).contains("Audit record", "override of CREDIT_RISK", "revisor.logg");
    assertThat(shown.toString()).contains("800102-2386");
    assertThat(fullPersonalNumbersIn(log)).isEmpty();
  }

  @Test
  void aFullPersonalNumberThatSlipsIntoALogLineIsMasked(CapturedOutput output) {
    LoggerFactory.getLogger("se.vendorscreening.careless")
        .info("Checked subject 198001022386 and 19920429-2396 for company 556123-4567");

    assertThat(output.getErr())
        .contains("Checked subject 800102-**** and 920429-**** for company 556123-4567")
        .doesNotContain("198001022386", "2396 ");
  }

  private static Set<String> fullPersonalNumbersIn(String log) throws Exception {
    Set<String> testNumbers = new HashSet<>();
    JsonMapper json = JsonMapper.builder().build();
    for (String list : List.of("testpersonnummer.json", "testsamordningsnummer.json")) {
      try (var in = new ClassPathResource("skatteverket-test-ids/" + list).getInputStream()) {
        for (String twelve : json.readValue(in, String[].class)) {
          testNumbers.add(twelve);
          testNumbers.add(twelve.substring(2));
        }
      }
    }
    Set<String> found = new HashSet<>();
    Matcher matcher = NUMBER_LIKE.matcher(log);
    while (matcher.find()) {
      String digits = matcher.group().replaceAll("[-+]", "");
      if (testNumbers.contains(digits)) {
        found.add(matcher.group());
      }
    }
    return found;
  }
}
