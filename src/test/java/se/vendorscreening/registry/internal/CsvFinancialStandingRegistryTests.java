package se.vendorscreening.registry.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.vendorscreening.registry.CompanyStatus;
import se.vendorscreening.registry.FinancialStanding;
import se.vendorscreening.registry.RejectedRegistryRow;
import se.vendorscreening.registry.Subject;
import se.vendorscreening.registry.SubjectKind;
import se.vendorscreening.shared.IdentityNumber;

class CsvFinancialStandingRegistryTests {

  static final String HEADER =
      "ORG_NO;Status;F_Tax;VAT_Registered;Employer_Registered;Risk_Class;Revenue_SEK;Equity_SEK;"
          + "Rating_Date\n";

  @TempDir Path dir;

  @Test
  void readsEveryColumnOfASemicolonSeparatedExtractWithUpperCaseHeaders() throws IOException {
    // given
    Path file =
        write(
            HEADER
                + "16557346-0838;liquidation;true;false;true;2;50000000;8000000;2026-10-01\n"
                + "555242-9028;ACTIVE;ja;ja;nej;5;;;\n");
    CsvFinancialStandingRegistry registry =
        CsvFinancialStandingRegistry.load(file, CsvConvictionRegistryTests.CLOCK);

    // when
    var segeltorp = registry.standingOf(CsvTaxArrearsRegistryTests.company("557346-0838", "x"));
    var huddinge = registry.standingOf(CsvTaxArrearsRegistryTests.company("5552429028", "y"));

    // then
    assertThat(segeltorp.records())
        .containsExactly(
            new FinancialStanding(
                IdentityNumber.parse("5573460838"),
                CompanyStatus.LIQUIDATION,
                true,
                false,
                true,
                2,
                new BigDecimal("50000000"),
                new BigDecimal("8000000"),
                LocalDate.of(2026, 10, 1)));
    assertThat(huddinge.records())
        .containsExactly(
            new FinancialStanding(
                IdentityNumber.parse("5552429028"),
                CompanyStatus.ACTIVE,
                true,
                true,
                false,
                5,
                null,
                null,
                null));
  }

  @Test
  void answersEmptyForACompanyWithoutARecordOrWithoutASwedishNumber() throws IOException {
    // given
    Path file = write(HEADER + "555242-9028;ACTIVE;true;true;true;4;1;1;2026-10-01\n");
    CsvFinancialStandingRegistry registry =
        CsvFinancialStandingRegistry.load(file, CsvConvictionRegistryTests.CLOCK);

    // when
    var unknown =
        registry.standingOf(
            CsvTaxArrearsRegistryTests.company("555007-5898", "Sjödalens Låssmed AB"));
    var foreign =
        registry.standingOf(
            new Subject(SubjectKind.COMPANY, null, "Huddinge Bygg & Mark AB", null, "DE"));

    // then
    assertThat(unknown.records()).isEmpty();
    assertThat(foreign.records()).isEmpty();
    assertThat(unknown.evidence().source()).isEqualTo("financial-standing.csv (no record)");
  }

  @Test
  void reportsBadStatusRiskClassAndMissingNumber() throws IOException {
    // given
    Path file =
        write(
            HEADER
                + "555242-9028;DORMANT;true;true;true;4;1;1;\n"
                + "555242-9028;ACTIVE;true;true;true;6;1;1;\n"
                + "555242-9028;ACTIVE;true;true;true;high;1;1;\n"
                + ";ACTIVE;true;true;true;4;1;1;\n"
                + "555242-9029;ACTIVE;true;true;true;4;1;1;\n"
                + "555242-9028;ACTIVE;true;true;;4;1;1;\n");

    // when
    CsvFinancialStandingRegistry registry =
        CsvFinancialStandingRegistry.load(file, CsvConvictionRegistryTests.CLOCK);

    // then
    assertThat(registry.rejectedRows())
        .extracting(
            RejectedRegistryRow::line, RejectedRegistryRow::column, RejectedRegistryRow::reason)
        .containsExactly(
            tuple(
                2L,
                "status",
                "unknown value: expected one of [ACTIVE, BANKRUPT, LIQUIDATION, RECONSTRUCTION, DEREGISTERED]"),
            tuple(3L, "risk_class", "outside 1–5"),
            tuple(4L, "risk_class", "not a whole number"),
            tuple(5L, "org_no", "missing identity number"),
            tuple(6L, "org_no", "invalid identity number"),
            tuple(7L, "employer_registered", "missing true/false"));
  }

  private Path write(String content) throws IOException {
    Path file = dir.resolve("financial-standing.csv");
    Files.writeString(file, content);
    return file;
  }
}
