package se.vendorscreening.registry.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.vendorscreening.registry.DebtType;
import se.vendorscreening.registry.RegistryChecks;
import se.vendorscreening.registry.RejectedRegistryRow;
import se.vendorscreening.registry.Subject;
import se.vendorscreening.registry.SubjectKind;
import se.vendorscreening.registry.TaxDebt;
import se.vendorscreening.shared.IdentityNumber;

class CsvTaxArrearsRegistryTests {

  static final String HEADER =
      "subject_id,subject_name,debt_type,amount_sek,registered_date,final_decision,reference\n";

  @TempDir Path dir;

  @Test
  void readsEveryColumnOfADebtAndSumsNothing() throws IOException {
    // given
    Path file =
        write(
            HEADER
                + "558161-2586,Flemingsbergs Städservice AB,TAX,184000,2026-05-12,true,KFM-1\n"
                + "16558161-2586,Flemingsbergs Städservice AB,social_security,\"1 250,50\",,nej,KFM-2\n");

    // when
    CsvTaxArrearsRegistry registry =
        CsvTaxArrearsRegistry.load(file, CsvConvictionRegistryTests.CLOCK);
    var answer = registry.debtsOf(company("5581612586", "Flemingsbergs Städservice"));

    // then
    IdentityNumber number = IdentityNumber.parse("558161-2586");
    assertThat(answer.records())
        .containsExactly(
            new TaxDebt(
                number,
                "Flemingsbergs Städservice AB",
                DebtType.TAX,
                new BigDecimal("184000"),
                LocalDate.of(2026, 5, 12),
                true,
                "KFM-1"),
            new TaxDebt(
                number,
                "Flemingsbergs Städservice AB",
                DebtType.SOCIAL_SECURITY,
                new BigDecimal("1250.50"),
                null,
                false,
                "KFM-2"));
    assertThat(answer.evidence().source()).isEqualTo("tax-arrears.csv lines 2, 3");
    assertThat(answer.evidence().check()).isEqualTo(RegistryChecks.TAX_ARREARS);
  }

  @Test
  void findsASoleTradersDebtByTheOwnersPersonnummer() throws IOException {
    // given
    Path file =
        write(HEADER + "19920712-2384,Jönssons Plattsättning,TAX,52000,2026-04-03,true,R\n");

    // when
    var answer =
        CsvTaxArrearsRegistry.load(file, CsvConvictionRegistryTests.CLOCK)
            .debtsOf(company("920712-2384", "Jönssons Plattsättning (enskild firma)"));

    // then
    assertThat(answer.records())
        .extracting(TaxDebt::amountSek)
        .containsExactly(new BigDecimal("52000"));
  }

  @Test
  void findsANumberlessDebtByName() throws IOException {
    // given
    Path file = write(HEADER + ",Nordic Demolition Ltd,PRIVATE,9000,,true,R\n");

    // when
    var answer =
        CsvTaxArrearsRegistry.load(file, CsvConvictionRegistryTests.CLOCK)
            .debtsOf(
                new Subject(SubjectKind.COMPANY, null, "Nordic Demolition Limited", null, "GB"));

    // then
    assertThat(answer.records())
        .extracting(TaxDebt::subjectName)
        .containsExactly("Nordic Demolition Ltd");
  }

  @Test
  void reportsUnknownDebtTypesBadAmountsAndBadBooleans() throws IOException {
    // given
    Path file =
        write(
            HEADER
                + "558161-2586,A,PARKING,100,,true,\n"
                + "558161-2586,A,TAX,lots,,true,\n"
                + "558161-2586,A,TAX,-5,,true,\n"
                + "558161-2586,A,TAX,100,,maybe,\n"
                + "558161-2586,A,TAX,100,01/05/2026,true,\n"
                + ",,TAX,100,,true,\n");

    // when
    CsvTaxArrearsRegistry registry =
        CsvTaxArrearsRegistry.load(file, CsvConvictionRegistryTests.CLOCK);

    // then
    assertThat(registry.rejectedRows())
        .extracting(
            RejectedRegistryRow::line, RejectedRegistryRow::column, RejectedRegistryRow::value)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(2L, "debt_type", "PARKING"),
            org.assertj.core.groups.Tuple.tuple(3L, "amount_sek", "lots"),
            org.assertj.core.groups.Tuple.tuple(4L, "amount_sek", "-5"),
            org.assertj.core.groups.Tuple.tuple(5L, "final_decision", "maybe"),
            org.assertj.core.groups.Tuple.tuple(6L, "registered_date", "01/05/2026"),
            org.assertj.core.groups.Tuple.tuple(7L, "subject_name", ""));
    assertThat(registry.rejectedRows().get(0).reason()).contains("TAX", "SOCIAL_SECURITY");
    assertThat(registry.extract().size()).isZero();
  }

  private Path write(String content) throws IOException {
    Path file = dir.resolve("tax-arrears.csv");
    Files.writeString(file, content);
    return file;
  }

  static Subject company(String number, String name) {
    return new Subject(SubjectKind.COMPANY, IdentityNumber.parse(number), name, null, "SE");
  }
}
