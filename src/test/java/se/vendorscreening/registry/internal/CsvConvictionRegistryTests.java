package se.vendorscreening.registry.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.vendorscreening.registry.ConvictionRecord;
import se.vendorscreening.registry.RegistryAnswer;
import se.vendorscreening.registry.RegistryChecks;
import se.vendorscreening.registry.RejectedRegistryRow;
import se.vendorscreening.registry.Subject;
import se.vendorscreening.registry.SubjectKind;
import se.vendorscreening.shared.IdentityNumber;

class CsvConvictionRegistryTests {

  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-28T02:00:00Z"), ZoneOffset.UTC);
  static final String HEADER =
      "subject_id,subject_name,birth_date,offence_category,offence_description,judgment_date,"
          + "final_date,court,case_number\n";

  @TempDir Path dir;

  @Test
  void readsEveryColumnOfAConviction() throws IOException {
    // given
    Path file =
        write(
            HEADER
                + "910509-2382,Lars Ström,,bribery,Bestickning,2023-02-10,2023-04-15,"
                + "Södertörns tingsrätt,B 4412-22\n");

    // when
    CsvConvictionRegistry registry = CsvConvictionRegistry.load(file, CLOCK);
    RegistryAnswer<ConvictionRecord> answer =
        registry.convictionsOf(person("199105092382", "Lars Ström"));

    // then
    assertThat(answer.records())
        .containsExactly(
            new ConvictionRecord(
                IdentityNumber.parse("199105092382"),
                "Lars Ström",
                null,
                "BRIBERY",
                "Bestickning",
                LocalDate.of(2023, 2, 10),
                LocalDate.of(2023, 4, 15),
                "Södertörns tingsrätt",
                "B 4412-22"));
    assertThat(answer.evidence().check()).isEqualTo(RegistryChecks.CONVICTIONS);
    assertThat(answer.evidence().source()).isEqualTo("convictions.csv line 2");
    assertThat(answer.evidence().retrievedAt()).isEqualTo(CLOCK.instant());
    assertThat(answer.evidence().sha256())
        .isEqualTo(FileFingerprint.sha256Of(Files.readAllBytes(file)));
    assertThat(answer.evidence().evidenceId()).isNull();
    assertThat(registry.rejectedRows()).isEmpty();
  }

  @ParameterizedTest(name = "record written {0} is found by {1}")
  @CsvSource({
    "910509-2382, 199105092382",
    "9105092382, 910509-2382",
    "19910509-2382, 9105092382",
    "199105092382, 19910509-2382",
    "610177-2389, 196101772389",
    "200101+1564, 192001011564",
    "192001011564, 200101+1564",
    "556938-2160, 16556938-2160",
    "16556938-2160, 5569382160",
    "165569382160, 556938-2160"
  })
  void findsARecordWhateverFormTheNumberIsWrittenIn(String written, String asked)
      throws IOException {
    // given
    Path file = write(HEADER + written + ",Someone,,FRAUD,,2020-01-01,2020-02-01,,\n");

    // when
    RegistryAnswer<ConvictionRecord> answer =
        CsvConvictionRegistry.load(file, CLOCK)
            .convictionsOf(person(asked, "Someone Else Entirely"));

    // then
    assertThat(answer.records()).hasSize(1);
    assertThat(answer.records().get(0).subjectId()).isEqualTo(IdentityNumber.parse(asked));
  }

  @Test
  void doesNotReturnAnotherNumbersRecordEvenWithTheSameName() throws IOException {
    // given
    Path file = write(HEADER + "910509-2382,Lars Ström,,FRAUD,,2020-01-01,2020-02-01,,\n");

    // when
    RegistryAnswer<ConvictionRecord> answer =
        CsvConvictionRegistry.load(file, CLOCK).convictionsOf(person("910726-2389", "Lars Ström"));

    // then
    assertThat(answer.records()).isEmpty();
    assertThat(answer.evidence().source()).isEqualTo("convictions.csv (no record)");
  }

  /**
   * An answer without records (made once for the extract) carries the same evidence as one with
   * records but for its source, whoever asks.
   */
  @Test
  void anAnswerWithoutRecordsHasTheExtractsEvidence() throws IOException {
    Path file = write(HEADER + "910509-2382,Lars Ström,,FRAUD,,2020-01-01,2020-02-01,,\n");
    CsvConvictionRegistry registry = CsvConvictionRegistry.load(file, CLOCK);

    RegistryAnswer<ConvictionRecord> found =
        registry.convictionsOf(person("910509-2382", "Lars Ström"));
    RegistryAnswer<ConvictionRecord> none = registry.convictionsOf(person("910726-2389", "Eva Ek"));
    RegistryAnswer<ConvictionRecord> noneAgain =
        registry.convictionsOf(person("121212-1212", "Per Persson"));

    assertThat(found.evidence().source()).isEqualTo("convictions.csv line 2");
    assertThat(none.records()).isEmpty();
    assertThat(none.evidence())
        .isEqualTo(
            new se.vendorscreening.registry.Evidence(
                found.evidence().check(),
                "convictions.csv (no record)",
                CLOCK.instant(),
                found.evidence().sha256(),
                null,
                found.evidence().dataDate(),
                found.evidence().dataDateBasis()))
        .isEqualTo(noneAgain.evidence());
  }

  @Test
  void returnsNumberlessRecordsWhoseNameOrBirthDateSharesACandidateKey() throws IOException {
    // given
    Path file =
        write(
            HEADER
                + ",Klaus Weber,1971-05-14,FRAUD,,2022-03-09,2022-06-01,Landgericht Hamburg,\n"
                + ",Sabine Krüger,1971-05-14,FRAUD,,2022-03-09,2022-06-01,,\n"
                + ",Snättringe Fönsterputs,,FRAUD,,2024-06-12,2024-08-30,,\n"
                + "910509-2382,Klaus Weber,,FRAUD,,2020-01-01,2020-02-01,,\n"
                + ",Klaus Wbeer,1980-01-01,FRAUD,,2022-03-09,2022-06-01,,\n"
                + ",Peter Schulz,1980-01-01,FRAUD,,2022-03-09,2022-06-01,,\n");
    CsvConvictionRegistry registry = CsvConvictionRegistry.load(file, CLOCK);

    // when
    RegistryAnswer<ConvictionRecord> klaus =
        registry.convictionsOf(
            new Subject(SubjectKind.PERSON, null, "WEBER, Klaus", LocalDate.of(1971, 5, 14), "DE"));
    RegistryAnswer<ConvictionRecord> company =
        registry.convictionsOf(
            new Subject(
                SubjectKind.COMPANY,
                IdentityNumber.parse("553708-7115"),
                "Snättringe Fönsterputs AB",
                null,
                "SE"));

    // then: the same birth date, and a transposed name (sorted letters), are candidates too;
    // the matcher decides which of them is the subject
    assertThat(klaus.records())
        .extracting(ConvictionRecord::subjectName)
        .containsExactly("Klaus Weber", "Sabine Krüger", "Klaus Wbeer");
    assertThat(klaus.records().get(0).subjectId()).isNull();
    assertThat(klaus.records().get(0).birthDate()).isEqualTo(LocalDate.of(1971, 5, 14));
    assertThat(klaus.evidence().source()).isEqualTo("convictions.csv lines 2, 3, 6");
    assertThat(company.records())
        .extracting(ConvictionRecord::subjectName)
        .containsExactly("Snättringe Fönsterputs");
  }

  @Test
  void keepsEveryRecordOfTheSameSubjectInFileOrder() throws IOException {
    // given
    Path file =
        write(
            HEADER
                + "910509-2382,Lars Ström,,FRAUD,,2020-01-01,,,A\n"
                + "556938-2160,Fullersta Ventilation AB,,BRIBERY,,2019-05-06,2019-06-20,,B\n"
                + "9105092382,Lars Ström,,BRIBERY,,2023-02-10,2023-04-15,,C\n");

    // when
    RegistryAnswer<ConvictionRecord> answer =
        CsvConvictionRegistry.load(file, CLOCK).convictionsOf(person("910509-2382", "Lars Ström"));

    // then
    assertThat(answer.records()).extracting(ConvictionRecord::caseNumber).containsExactly("A", "C");
    assertThat(answer.records().get(0).finalDate()).isNull();
    assertThat(answer.evidence().source()).isEqualTo("convictions.csv lines 2, 4");
  }

  @Test
  void reportsBadRowsWithFileLineColumnValueAndReasonAndLoadsTheRest() throws IOException {
    // given
    Path file =
        write(
            HEADER
                + "910509-2383,Bad Check Digit,,FRAUD,,2020-01-01,2020-02-01,,\n"
                + "910509-2382,Lars Ström,,FRAUD,,2020-13-01,2020-02-01,,\n"
                + "910509-2382,Lars Ström,,FRAUD,,2020-03-01,2020-02-01,,\n"
                + "910509-2382,,,FRAUD,,2020-03-01,,,\n"
                + "910509-2382,Lars Ström,,,,2020-03-01,,,\n"
                + "910509-2382,Lars Ström,,FRAUD,,2020-03-01,2020-04-01,,OK\n");

    // when
    CsvConvictionRegistry registry = CsvConvictionRegistry.load(file, CLOCK);

    // then
    assertThat(registry.rejectedRows())
        .containsExactly(
            new RejectedRegistryRow(
                RegistryChecks.CONVICTIONS,
                "convictions.csv",
                2,
                "subject_id",
                "910509****",
                "invalid identity number"),
            new RejectedRegistryRow(
                RegistryChecks.CONVICTIONS,
                "convictions.csv",
                3,
                "judgment_date",
                "2020-13-01",
                "not a date (YYYY-MM-DD)"),
            new RejectedRegistryRow(
                RegistryChecks.CONVICTIONS,
                "convictions.csv",
                4,
                "final_date",
                "2020-02-01",
                "final before the judgment date"),
            new RejectedRegistryRow(
                RegistryChecks.CONVICTIONS,
                "convictions.csv",
                5,
                "subject_name",
                "",
                "missing value"),
            new RejectedRegistryRow(
                RegistryChecks.CONVICTIONS,
                "convictions.csv",
                6,
                "offence_category",
                "",
                "missing value"));
    assertThat(registry.convictionsOf(person("910509-2382", "Lars Ström")).records())
        .extracting(ConvictionRecord::caseNumber)
        .containsExactly("OK");
  }

  private Path write(String content) throws IOException {
    Path file = dir.resolve("convictions.csv");
    Files.writeString(file, content, StandardCharsets.UTF_8);
    return file;
  }

  static Subject person(String number, String name) {
    return new Subject(SubjectKind.PERSON, IdentityNumber.parse(number), name, null, "SE");
  }
}
