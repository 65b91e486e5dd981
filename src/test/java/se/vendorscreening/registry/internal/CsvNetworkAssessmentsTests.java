package se.vendorscreening.registry.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.vendorscreening.registry.NetworkAssessment;
import se.vendorscreening.registry.RegistryChecks;
import se.vendorscreening.registry.RejectedRegistryRow;
import se.vendorscreening.registry.Subject;
import se.vendorscreening.registry.SubjectKind;
import se.vendorscreening.shared.IdentityNumber;

class CsvNetworkAssessmentsTests {

  static final String HEADER =
      "network_id,subject_id,subject_name,criteria_met,assessed_date,source\n";

  @TempDir Path dir;

  @Test
  void readsEveryColumnOfAnAssessment() throws IOException {
    // given
    Path file =
        write(
            HEADER
                + "NW-2026-03,790519-2394,Dragan Lindström,\"1,2,3,4,6,9\",2026-09-30,Lokal samverkan\n"
                + "NW-2026-09,,Dragan Lindstrom,1 2 4,,\n");

    // when
    var answer =
        CsvNetworkAssessments.load(file, CsvConvictionRegistryTests.CLOCK)
            .assessmentsOf(
                new Subject(
                    SubjectKind.PERSON,
                    IdentityNumber.parse("197905192394"),
                    "Dragan Lindström",
                    null,
                    "SE"));

    // then
    assertThat(answer.records())
        .containsExactly(
            new NetworkAssessment(
                "NW-2026-03",
                IdentityNumber.parse("790519-2394"),
                "Dragan Lindström",
                Set.of(1, 2, 3, 4, 6, 9),
                LocalDate.of(2026, 9, 30),
                "Lokal samverkan"),
            new NetworkAssessment(
                "NW-2026-09", null, "Dragan Lindstrom", Set.of(1, 2, 4), null, null));
    assertThat(answer.evidence().check()).isEqualTo(RegistryChecks.NETWORK_ASSESSMENTS);
    assertThat(answer.evidence().source()).isEqualTo("organised-crime-assessments.csv lines 2, 3");
  }

  @Test
  void reportsCriteriaOutsideOneToElevenAndMissingNetwork() throws IOException {
    // given
    Path file =
        write(
            HEADER
                + "NW-1,790519-2394,Dragan Lindström,\"1,2,12\",,\n"
                + "NW-1,790519-2394,Dragan Lindström,\"1,two\",,\n"
                + ",790519-2394,Dragan Lindström,1,,\n"
                + "NW-1,790519-2394,Dragan Lindström,,,\n");

    // when
    CsvNetworkAssessments assessments =
        CsvNetworkAssessments.load(file, CsvConvictionRegistryTests.CLOCK);

    // then
    assertThat(assessments.rejectedRows())
        .extracting(
            RejectedRegistryRow::line, RejectedRegistryRow::column, RejectedRegistryRow::reason)
        .containsExactly(
            tuple(2L, "criteria_met", "12 is outside 1–11"),
            tuple(3L, "criteria_met", "not a list of numbers"),
            tuple(4L, "network_id", "missing value"),
            tuple(5L, "criteria_met", "missing value"));
  }

  private Path write(String content) throws IOException {
    Path file = dir.resolve("organised-crime-assessments.csv");
    Files.writeString(file, content);
    return file;
  }
}
