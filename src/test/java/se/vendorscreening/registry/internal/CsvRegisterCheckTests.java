package se.vendorscreening.registry.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Period;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.vendorscreening.registry.RegisterCheckAnswer;
import se.vendorscreening.registry.RegisterCheckOutcome;
import se.vendorscreening.registry.RegistryChecks;
import se.vendorscreening.registry.RejectedRegistryRow;
import se.vendorscreening.registry.Subject;
import se.vendorscreening.registry.SubjectKind;

class CsvRegisterCheckTests {

  static final String HEADER =
      "subject_id,subject_name,ground,answer,reference,checked_date,valid_until\n";

  @TempDir Path dir;

  @Test
  void readsOneAnswerPerSubjectAndGroundByNumber() throws IOException {
    // given
    CsvRegisterCheck check =
        load(
            HEADER
                + "557346-0838,Segeltorps Transport AB,CRITERION.EXCLUSION.CONVICTIONS.CORRUPTION,"
                + "no,BV-1,2026-11-20,2027-02-20\n"
                + "5573460838,,criterion.exclusion.contributions.payment_of_taxes,YES,BV-2,"
                + "2026-11-20,\n"
                + "871004-2394,Per Olsson,CRITERION.EXCLUSION.CONVICTIONS.FRAUD,UNKNOWN,BV-3,"
                + "2026-11-20,\n");

    // when
    var segeltorp =
        check.answersAbout(CsvTaxArrearsRegistryTests.company("557346-0838", "Segeltorp"));
    var perOlsson =
        check.answersAbout(ConfiguredRegistryConnectionsTests.person("198710042394", "Per Olsson"));

    // then
    assertThat(segeltorp.records())
        .extracting(
            RegisterCheckAnswer::ground,
            RegisterCheckAnswer::outcome,
            RegisterCheckAnswer::reference,
            RegisterCheckAnswer::validUntil)
        .containsExactly(
            tuple(
                "CRITERION.EXCLUSION.CONVICTIONS.CORRUPTION",
                RegisterCheckOutcome.NO,
                "BV-1",
                LocalDate.of(2027, 2, 20)),
            tuple(
                "CRITERION.EXCLUSION.CONTRIBUTIONS.PAYMENT_OF_TAXES",
                RegisterCheckOutcome.YES,
                "BV-2",
                null));
    assertThat(segeltorp.evidence().check()).isEqualTo(RegistryChecks.REGISTER_CHECK);
    assertThat(segeltorp.evidence().source()).isEqualTo("register-check.csv lines 2, 3");
    assertThat(perOlsson.records())
        .extracting(RegisterCheckAnswer::outcome)
        .containsExactly(RegisterCheckOutcome.UNKNOWN);
    assertThat(check.rejectedRows()).isEmpty();
  }

  @Test
  void answersNothingAboutASubjectWithoutASwedishNumber() throws IOException {
    // given
    CsvRegisterCheck check =
        load(HEADER + "557346-0838,,CRITERION.EXCLUSION.CONVICTIONS.FRAUD,NO,BV-1,2026-11-20,\n");

    // when
    var foreign =
        check.answersAbout(
            new Subject(SubjectKind.COMPANY, null, "Segeltorps Transport AB", null, "DE"));

    // then
    assertThat(foreign.records()).isEmpty();
    assertThat(foreign.evidence().source()).endsWith("(no record)");
  }

  @Test
  void rejectsRowsThatAreNotTheProtocolAndKeepsTheRest() throws IOException {
    // given
    CsvRegisterCheck check =
        load(
            HEADER
                + "557346-0838,,corruption,NO,BV-1,2026-11-20,\n"
                + "557346-0838,,CRITERION.EXCLUSION.CONVICTIONS.FRAUD,MAYBE,BV-2,2026-11-20,\n"
                + "557346-0838,,CRITERION.EXCLUSION.CONVICTIONS.FRAUD,NO,,2026-11-20,\n"
                + "557346-0838,,CRITERION.EXCLUSION.CONVICTIONS.FRAUD,NO,BV-4,2026-11-20,"
                + "2026-11-01\n"
                + "557346-0838,,CRITERION.EXCLUSION.CONVICTIONS.FRAUD,NO,BV-5,2026-11-20,\n");

    // when
    var segeltorp =
        check.answersAbout(CsvTaxArrearsRegistryTests.company("557346-0838", "Segeltorp"));

    // then
    assertThat(check.rejectedRows())
        .extracting(RejectedRegistryRow::line, RejectedRegistryRow::column)
        .containsExactly(
            tuple(2L, "ground"),
            tuple(3L, "answer"),
            tuple(4L, "reference"),
            tuple(5L, "valid_until"));
    assertThat(segeltorp.records())
        .extracting(RegisterCheckAnswer::reference)
        .containsExactly("BV-5");
  }

  @Test
  void anAnswerCountsFromItsCheckDateUntilItExpiresOrGrowsTooOld() {
    // given
    RegisterCheckAnswer withEnd =
        new RegisterCheckAnswer(
            null,
            "x",
            "CRITERION.EXCLUSION.CONVICTIONS.FRAUD",
            RegisterCheckOutcome.NO,
            "BV-1",
            LocalDate.of(2026, 11, 20),
            LocalDate.of(2027, 2, 20));
    RegisterCheckAnswer withoutEnd =
        new RegisterCheckAnswer(
            null,
            "x",
            "CRITERION.EXCLUSION.CONVICTIONS.FRAUD",
            RegisterCheckOutcome.NO,
            "BV-1",
            LocalDate.of(2026, 11, 20),
            null);
    Period year = Period.ofMonths(12);

    // when / then
    assertThat(withEnd.isCurrentOn(LocalDate.of(2026, 11, 19), year)).isFalse();
    assertThat(withEnd.isCurrentOn(LocalDate.of(2026, 11, 20), year)).isTrue();
    assertThat(withEnd.isCurrentOn(LocalDate.of(2027, 2, 20), year)).isTrue();
    assertThat(withEnd.isCurrentOn(LocalDate.of(2027, 2, 21), year)).isFalse();
    assertThat(withoutEnd.isCurrentOn(LocalDate.of(2027, 11, 20), year)).isTrue();
    assertThat(withoutEnd.isCurrentOn(LocalDate.of(2027, 11, 21), year)).isFalse();
  }

  private CsvRegisterCheck load(String content) throws IOException {
    Path file = dir.resolve("register-check.csv");
    Files.writeString(file, content);
    return CsvRegisterCheck.load(file, CsvConvictionRegistryTests.CLOCK);
  }
}
