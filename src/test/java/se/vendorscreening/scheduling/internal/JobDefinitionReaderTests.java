package se.vendorscreening.scheduling.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Period;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JobDefinitionReaderTests {

  private final JobDefinitionReader reader = new JobDefinitionReader();

  @TempDir Path jobsDir;

  @Test
  void readsTheShippedJobsFolder() {
    List<JobDefinition> jobs = reader.read(Path.of("jobs"));

    assertThat(jobs)
        .extracting(JobDefinition::name)
        .containsExactly("inbox-screen", "nightly-purge", "nightly-recheck");
    JobDefinition inbox = jobs.get(0);
    assertThat(inbox.kind()).isEqualTo(JobKind.SCREEN);
    assertThat(inbox.inbox()).isEqualTo(Path.of("jobs", "inbox").toAbsolutePath());
    assertThat(inbox.poll()).isEqualTo(Duration.ofSeconds(30));
    JobDefinition purge = jobs.get(1);
    assertThat(purge.cron()).isEqualTo("0 30 3 * * ?");
    assertThat(purge.olderThan()).isEqualTo(Period.ofDays(90));
    JobDefinition recheck = jobs.get(2);
    assertThat(recheck.kind()).isEqualTo(JobKind.RECHECK);
    assertThat(recheck.cron()).isEqualTo("0 0 2 * * ?");
    assertThat(recheck.zone()).isEqualTo(ZoneId.of("Europe/Stockholm"));
    assertThat(recheck.language()).isEqualTo(Locale.forLanguageTag("sv-SE"));
    assertThat(Path.of("jobs", "inbox", ".gitkeep")).exists();
  }

  @Test
  void resolvesAnInboxAgainstTheJobsFolderAndReadsTheLanguage() throws Exception {
    write("drop.yml", "name: drop", "job: screen", "inbox: ../drop-here", "poll: PT2M", "lang: en");

    JobDefinition job = reader.read(jobsDir).get(0);

    assertThat(job.inbox()).isEqualTo(jobsDir.getParent().resolve("drop-here"));
    assertThat(job.poll()).isEqualTo(Duration.ofMinutes(2));
    assertThat(job.language()).isEqualTo(Locale.ENGLISH);
    assertThat(job.cron()).isNull();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          name missing            | job: recheck;cron: 0 0 2 * * ?;zone: UTC                     | key 'name': missing
          unknown job             | name: a;job: backup;cron: 0 0 2 * * ?;zone: UTC              | key 'job': 'backup' is not one of screen, recheck, purge
          cron not Quartz         | name: a;job: recheck;cron: 0 2 * * *;zone: UTC               | key 'cron': '0 2 * * *' is not a Quartz cron expression
          cron missing            | name: a;job: purge;zone: UTC                                 | key 'cron': missing
          zone unknown            | name: a;job: recheck;cron: 0 0 2 * * ?;zone: Europe/Sthlm    | key 'zone': 'Europe/Sthlm' is not a time zone
          zone missing            | name: a;job: recheck;cron: 0 0 2 * * ?                       | key 'zone': missing
          screen without inbox    | name: a;job: screen;poll: PT30S                              | key 'inbox': missing
          screen with cron        | name: a;job: screen;inbox: in;poll: PT30S;cron: 0 0 2 * * ?  | key 'cron': a screen job is started by files in its inbox
          poll not ISO-8601       | name: a;job: screen;inbox: in;poll: 30s                      | key 'poll': '30s' is not an ISO-8601 duration
          poll too short          | name: a;job: screen;inbox: in;poll: PT0.01S                  | key 'poll': 'PT0.01S' is too short
          recheck with an inbox   | name: a;job: recheck;cron: 0 0 2 * * ?;zone: UTC;inbox: in   | key 'inbox': only a screen job has an inbox
          unknown key             | name: a;job: recheck;cron: 0 0 2 * * ?;zone: UTC;time: 2     | key 'time': unknown key
          bad language            | name: a;job: recheck;cron: 0 0 2 * * ?;zone: UTC;lang: de    | key 'lang': 'de' is not sv or en
          name with a space       | name: night job;job: recheck;cron: 0 0 2 * * ?;zone: UTC     | key 'name': 'night job' may only contain
          retention not a period  | name: a;job: purge;cron: 0 0 2 * * ?;zone: UTC;older-than: 90 | key 'older-than': '90' is not an ISO-8601 period
          retention on a recheck  | name: a;job: recheck;cron: 0 0 2 * * ?;zone: UTC;older-than: P1D | key 'older-than': only a purge job
          not a mapping           | just a sentence                                              | expected keys such as 'name' and 'job'
          not YAML                | name: [unclosed                                              | not valid YAML
          """)
  void rejectsAnInvalidDefinitionNamingTheFileTheKeyAndWhy(String title, String lines, String why)
      throws Exception {
    Path file = write("job.yml", lines.split(";"));

    assertThatThrownBy(() -> reader.read(jobsDir))
        .isInstanceOf(InvalidJobDefinitionException.class)
        .hasMessageContaining(file + ": " + why);
  }

  @Test
  void reportsEveryProblemOfEveryFileAtOnce() throws Exception {
    write("a.yml", "name: a", "job: recheck", "cron: nonsense", "zone: Mars/Olympus");
    write("b.yml", "name: b", "job: screen");

    assertThatThrownBy(() -> reader.read(jobsDir))
        .isInstanceOfSatisfying(
            InvalidJobDefinitionException.class,
            e ->
                assertThat(e.problems())
                    .containsExactly(
                        jobsDir.resolve("a.yml")
                            + ": key 'cron': 'nonsense' is not a Quartz cron expression: "
                            + cronError("nonsense"),
                        jobsDir.resolve("a.yml")
                            + ": key 'zone': 'Mars/Olympus' is not a time zone such as Europe/Stockholm",
                        jobsDir.resolve("b.yml")
                            + ": key 'inbox': missing: a screen job needs an inbox folder",
                        jobsDir.resolve("b.yml") + ": key 'poll': missing"));
  }

  @Test
  void rejectsTwoFilesWithTheSameName() throws Exception {
    write("first.yml", "name: nightly", "job: recheck", "cron: 0 0 2 * * ?", "zone: UTC");
    write("second.yml", "name: nightly", "job: purge", "cron: 0 0 3 * * ?", "zone: UTC");

    assertThatThrownBy(() -> reader.read(jobsDir))
        .hasMessageContaining(
            jobsDir.resolve("second.yml")
                + ": key 'name': 'nightly' is already used by "
                + jobsDir.resolve("first.yml"));
  }

  @Test
  void ignoresFilesThatAreNotYamlAndHiddenFiles() throws Exception {
    write("nightly.yaml", "name: nightly", "job: recheck", "cron: 0 0 2 * * ?", "zone: UTC");
    write("README.md", "name: not a job");
    write(".draft.yml", "name: draft");

    assertThat(reader.read(jobsDir)).extracting(JobDefinition::name).containsExactly("nightly");
  }

  @Test
  void rejectsAMissingJobsFolder() {
    assertThatThrownBy(() -> reader.read(jobsDir.resolve("nowhere")))
        .hasMessageContaining("nowhere: the jobs folder does not exist (set SCREENING_JOBS_DIR)");
  }

  private Path write(String name, String... lines) throws Exception {
    return Files.writeString(jobsDir.resolve(name), String.join("\n", lines) + "\n");
  }

  private static String cronError(String cron) {
    try {
      org.quartz.CronExpression.validateExpression(cron);
      return "";
    } catch (java.text.ParseException e) {
      return e.getMessage();
    }
  }
}
