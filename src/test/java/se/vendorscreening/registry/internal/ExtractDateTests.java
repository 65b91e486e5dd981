package se.vendorscreening.registry.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.vendorscreening.registry.Evidence;
import se.vendorscreening.registry.Subject;
import se.vendorscreening.registry.SubjectKind;
import se.vendorscreening.shared.OrganisationNumber;

/**
 * The date of a registry extract (docs/registries.md): the latest date of its optional {@code
 * extract_date} column, else the day the file was last modified, as read when it was loaded.
 */
class ExtractDateTests {

  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-12-02T05:00:00Z"), ZoneOffset.UTC);

  @TempDir Path folder;

  @Test
  void theSampleExtractsAreDated() {
    assertThat(
            CsvTaxArrearsRegistry.load(Path.of("sample-data/registries/tax-arrears.csv"), CLOCK)
                .extract()
                .extractDate())
        .isEqualTo(LocalDate.parse("2026-11-27"));
    assertThat(
            CsvConvictionRegistry.load(Path.of("sample-data/registries/convictions.csv"), CLOCK)
                .extract()
                .extractDate())
        .isEqualTo(LocalDate.parse("2026-11-27"));
    assertThat(
            CsvFinancialStandingRegistry.load(
                    Path.of("sample-data/registries/financial-standing.csv"), CLOCK)
                .extract()
                .extractDate())
        .isEqualTo(LocalDate.parse("2026-11-27"));
    assertThat(
            CsvNetworkAssessments.load(
                    Path.of("sample-data/registries/organised-crime-assessments.csv"), CLOCK)
                .extract()
                .extractDate())
        .isEqualTo(LocalDate.parse("2026-11-27"));
  }

  @Test
  void takesTheLatestDateOfTheExtractDateColumn() throws Exception {
    Path file = folder.resolve("tax-arrears.csv");
    Files.writeString(
        file,
        "subject_id,subject_name,debt_type,amount_sek,registered_date,final_decision,reference,extract_date\n"
            + "5581612586,Flemingsbergs Städservice AB,TAX,184000,2026-05-12,true,KFM-1,2026-10-31\n"
            + "5559313902,Trångsunds Måleri HB,TAX,8500,2026-06-01,false,KFM-2,2026-11-01\n");
    setModified(file, "2026-12-01T10:00:00Z");

    LoadedExtract<?> extract = CsvTaxArrearsRegistry.load(file, CLOCK).extract();

    assertThat(extract.extractDate()).isEqualTo(LocalDate.parse("2026-11-01"));
    assertThat(extract.fileModified()).isEqualTo(LocalDate.parse("2026-12-01"));
    assertThat(extract.size()).isEqualTo(2);
  }

  @Test
  void aFileWithoutTheColumnHasNoExtractDateButItsModifiedDay() throws Exception {
    Path file = folder.resolve("tax-arrears.csv");
    Files.writeString(
        file,
        "subject_id,subject_name,debt_type,amount_sek,registered_date,final_decision,reference\n"
            + "5581612586,Flemingsbergs Städservice AB,TAX,184000,2026-05-12,true,KFM-1\n");
    setModified(file, "2026-11-15T23:30:00Z"); // 00:30 on the 16th in Stockholm

    LoadedExtract<?> extract = CsvTaxArrearsRegistry.load(file, CLOCK).extract();

    assertThat(extract.extractDate()).isNull();
    assertThat(extract.fileModified()).isEqualTo(LocalDate.parse("2026-11-16"));
  }

  @Test
  void anAnswerIsDatedByTheExtractDateNotByTheDayItWasRead() throws Exception {
    Path file = folder.resolve("tax-arrears.csv");
    Files.writeString(
        file,
        "subject_id,subject_name,debt_type,amount_sek,registered_date,final_decision,reference,extract_date\n"
            + "5581612586,Flemingsbergs Städservice AB,TAX,184000,2026-05-12,true,KFM-1,2026-11-27\n");
    setModified(file, "2026-12-01T10:00:00Z");

    Evidence evidence = CsvTaxArrearsRegistry.load(file, CLOCK).debtsOf(flemingsbergs()).evidence();

    assertThat(evidence.dataDate()).isEqualTo(LocalDate.parse("2026-11-27"));
    assertThat(evidence.dataDateBasis()).isEqualTo(Evidence.DataDate.EXTRACT);
    // read on 2026-12-02: that day is when, not what the data is of
    assertThat(evidence.retrievedAt()).isEqualTo(CLOCK.instant());
  }

  @Test
  void anAnswerFromAFileWithoutAnExtractDateIsDatedByTheFileAndSaysSo() throws Exception {
    Path file = folder.resolve("tax-arrears.csv");
    Files.writeString(
        file,
        "subject_id,subject_name,debt_type,amount_sek,registered_date,final_decision,reference\n"
            + "5581612586,Flemingsbergs Städservice AB,TAX,184000,2026-05-12,true,KFM-1\n");
    setModified(file, "2026-11-15T23:30:00Z"); // 00:30 on the 16th in Stockholm

    Evidence evidence = CsvTaxArrearsRegistry.load(file, CLOCK).debtsOf(flemingsbergs()).evidence();

    assertThat(evidence.dataDate()).isEqualTo(LocalDate.parse("2026-11-16"));
    assertThat(evidence.dataDateBasis()).isEqualTo(Evidence.DataDate.FILE_MODIFIED);
  }

  @Test
  void anAnswerReadOverHttpIsDatedByTheDayItWasRead() {
    Evidence evidence =
        new Evidence("TAX_ARREARS", "https://r/tax-arrears/5581612586", CLOCK.instant(), "0", "e1");

    assertThat(evidence.dataDate()).isEqualTo(LocalDate.parse("2026-12-02"));
    assertThat(evidence.dataDateBasis()).isEqualTo(Evidence.DataDate.RETRIEVED);
  }

  private static Subject flemingsbergs() {
    return new Subject(
        SubjectKind.COMPANY,
        OrganisationNumber.parse("558161-2586"),
        "Flemingsbergs Städservice AB",
        null,
        "SE");
  }

  @Test
  void aCellThatIsNotADateRejectsItsRow() throws Exception {
    Path file = folder.resolve("tax-arrears.csv");
    Files.writeString(
        file,
        "subject_id,subject_name,debt_type,amount_sek,registered_date,final_decision,reference,extract_date\n"
            + "5581612586,Flemingsbergs Städservice AB,TAX,184000,2026-05-12,true,KFM-1,1 nov\n"
            + "5559313902,Trångsunds Måleri HB,TAX,8500,2026-06-01,false,KFM-2,2026-11-01\n");

    LoadedExtract<?> extract = CsvTaxArrearsRegistry.load(file, CLOCK).extract();

    assertThat(extract.size()).isEqualTo(1);
    assertThat(extract.rejectedRows())
        .singleElement()
        .satisfies(row -> assertThat(row.line()).isEqualTo(2));
    assertThat(extract.extractDate()).isEqualTo(LocalDate.parse("2026-11-01"));
  }

  private static void setModified(Path file, String instant) throws Exception {
    Files.setLastModifiedTime(file, FileTime.from(Instant.parse(instant)));
  }
}
