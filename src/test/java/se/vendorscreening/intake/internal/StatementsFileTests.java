package se.vendorscreening.intake.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static se.vendorscreening.intake.internal.Workbooks.sheet;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.vendorscreening.intake.Statement;
import se.vendorscreening.intake.StatementKind;

/**
 * The statements file (docs/statements.md) read as the intake reads it: CSV and XLSX, Swedish and
 * English headers, rejected rows with line, column, value and reason, and the ALL/CONVICTIONS
 * shorthands.
 */
class StatementsFileTests {

  static final String SWEDISH_PARTY = "554599-5457";
  static final String FOREIGN_PARTY = "DE:DE287654321";
  static final Set<String> PARTIES =
      Set.of(
          FieldParsers.partyKey(StatementColumn.ORG_NO, SWEDISH_PARTY),
          FieldParsers.partyKey(StatementColumn.ORG_NO, FOREIGN_PARTY));

  @TempDir Path dir;

  @Test
  void aSwedishCsvGivesOneStatementPerGroundWithItsFields() throws Exception {
    Path file =
        csv(
            "organisationsnummer,typ,grund,föreligger,undertecknad_av,datum,personer,referens,utfärdare,giltig_till",
            SWEDISH_PARTY
                + ",sanningsförsäkran,FRAUD,nej,Anna Andersson,2026-10-15,Anna Andersson;Ture Testsson,,,",
            FOREIGN_PARTY
                + ",intyg,PAYMENT_OF_TAXES,nej,,2026-09-01,,Bescheinigung 2026-4471,Finanzamt Hamburg,2027-03-01");

    Read read = read(file);

    assertThat(read.rejected()).isEmpty();
    assertThat(read.statements()).hasSize(2);
    Statement statement = read.statements().get(0);
    assertThat(statement.kind()).isEqualTo(StatementKind.SWORN_STATEMENT);
    assertThat(statement.groundCode()).isEqualTo("CRITERION.EXCLUSION.CONVICTIONS.FRAUD");
    assertThat(statement.applies()).isFalse();
    assertThat(statement.signedBy()).isEqualTo("Anna Andersson");
    assertThat(statement.date()).isEqualTo(LocalDate.of(2026, 10, 15));
    assertThat(statement.persons()).containsExactly("Anna Andersson", "Ture Testsson");
    assertThat(statement.line()).isEqualTo(2);
    Statement document = read.statements().get(1);
    assertThat(document.kind()).isEqualTo(StatementKind.VENDOR_DOCUMENT);
    assertThat(document.partyKey())
        .isEqualTo(FieldParsers.partyKey(StatementColumn.ORG_NO, FOREIGN_PARTY));
    assertThat(document.groundCode())
        .isEqualTo("CRITERION.EXCLUSION.CONTRIBUTIONS.PAYMENT_OF_TAXES");
    assertThat(document.reference()).isEqualTo("Bescheinigung 2026-4471");
    assertThat(document.issuer()).isEqualTo("Finanzamt Hamburg");
    assertThat(document.signedBy()).isNull();
    assertThat(document.validUntil()).isEqualTo(LocalDate.of(2027, 3, 1));
    assertThat(document.line()).isEqualTo(3);
  }

  @Test
  void anEnglishCsvReadsTheSameAndYesMeansTheGroundApplies() throws Exception {
    Path file =
        csv(
            "org_no,kind,ground,applies,signed_by,date,persons,reference,issuer,valid_until",
            SWEDISH_PARTY
                + ",VENDOR_DOCUMENT,CRITERION.EXCLUSION.BUSINESS.BANKRUPTCY,yes,,2026-11-01,,KK-77,Bolagsverket,",
            SWEDISH_PARTY + ",,MC_PROFESSIONAL,no,Anna Andersson,2026-10-15,,,,");

    Read read = read(file);

    assertThat(read.rejected()).isEmpty();
    assertThat(read.statements())
        .extracting(Statement::kind, Statement::groundCode, Statement::applies)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                StatementKind.VENDOR_DOCUMENT, "CRITERION.EXCLUSION.BUSINESS.BANKRUPTCY", true),
            org.assertj.core.groups.Tuple.tuple(
                StatementKind.SWORN_STATEMENT,
                "CRITERION.EXCLUSION.MISCONDUCT.MC_PROFESSIONAL",
                false));
  }

  @Test
  void allAndConvictionsExpandToElevenAndSixGrounds() throws Exception {
    Path file =
        csv(
            "org_no,ground,applies,signed_by,date",
            SWEDISH_PARTY + ",ALL,no,Anna Andersson,2026-10-15",
            SWEDISH_PARTY + ",brott,nej,Anna Andersson,2026-10-15",
            FOREIGN_PARTY + ",Alla,nej,Hans Müller,2026-10-15",
            FOREIGN_PARTY + ",CONVICTIONS,no,Hans Müller,2026-10-15");

    Read read = read(file);

    assertThat(read.rejected()).isEmpty();
    assertThat(read.statements().stream().filter(s -> s.line() == 2).map(Statement::groundCode))
        .containsExactlyElementsOf(StatementRowValidator.GROUNDS)
        .hasSize(11);
    assertThat(read.statements().stream().filter(s -> s.line() == 3).map(Statement::groundCode))
        .hasSize(6)
        .allMatch(code -> code.startsWith("CRITERION.EXCLUSION.CONVICTIONS."));
    assertThat(read.statements().stream().filter(s -> s.line() == 4)).hasSize(11);
    assertThat(read.statements().stream().filter(s -> s.line() == 5)).hasSize(6);
  }

  @Test
  void badRowsAreRejectedWithLineColumnValueAndReason() throws Exception {
    Path file =
        csv(
            "org_no,kind,ground,applies,signed_by,date,reference,issuer",
            SWEDISH_PARTY + ",,FRAUD,no,Anna Andersson,2026-10-15,,", // good: line 2
            SWEDISH_PARTY + ",,PIRACY,no,Anna Andersson,2026-10-15,,", // unknown ground
            SWEDISH_PARTY + ",,FRAUD,maybe,Anna Andersson,2026-10-15,,", // applies
            SWEDISH_PARTY + ",,FRAUD,no,,2026-10-15,,", // statement without signer
            SWEDISH_PARTY + ",,FRAUD,no,Anna Andersson,15/10/2026x,,", // date
            SWEDISH_PARTY + ",intyg,FRAUD,no,,2026-10-15,,Skatteverket", // no reference
            SWEDISH_PARTY + ",affidavit,FRAUD,no,Anna Andersson,2026-10-15,,", // kind
            "553051-9478,,FRAUD,no,Anna Andersson,2026-10-15,,"); // not in the list

    Read read = read(file);

    assertThat(read.statements()).extracting(Statement::line).containsExactly(2L);
    assertThat(read.rejected())
        .extracting(r -> r.line(), r -> r.rejection().column(), r -> r.rejection().code())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(3L, "ground", "reject.ground"),
            org.assertj.core.groups.Tuple.tuple(4L, "applies", "reject.applies"),
            org.assertj.core.groups.Tuple.tuple(5L, "signed_by", "reject.statementSigner"),
            org.assertj.core.groups.Tuple.tuple(6L, "date", "reject.date"),
            org.assertj.core.groups.Tuple.tuple(7L, "reference", "reject.documentReference"),
            org.assertj.core.groups.Tuple.tuple(8L, "kind", "reject.statementKind"),
            org.assertj.core.groups.Tuple.tuple(9L, "org_no", "reject.companyNotInList"));
    assertThat(read.rejected().get(0).rejection().value()).isEqualTo("PIRACY");
    assertThat(read.rejected().get(1).rejection().value()).isEqualTo("maybe");
    assertThat(read.rejected().get(3).rejection().value()).isEqualTo("15/10/2026x");
    assertThat(read.rejected().get(5).rejection().value()).isEqualTo("affidavit");
  }

  @Test
  void anXlsxWithASwedishStatementsSheetIsReadFromThatSheet() throws Exception {
    Path file =
        Workbooks.write(
            dir.resolve("sanningsforsakran.xlsx"),
            sheet("leverantörer", new Object[] {"org_no"}, new Object[] {SWEDISH_PARTY}),
            sheet(
                "sanningsförsäkran",
                new Object[] {
                  "organisationsnummer",
                  "typ",
                  "grund",
                  "föreligger",
                  "undertecknad_av",
                  "datum",
                  "referens",
                  "utfärdare"
                },
                new Object[] {
                  SWEDISH_PARTY,
                  "sanningsförsäkran",
                  "BROTT",
                  "nej",
                  "Anna Andersson",
                  LocalDate.of(2026, 10, 15),
                  "",
                  ""
                },
                new Object[] {
                  FOREIGN_PARTY,
                  "dokument",
                  "PAYMENT_OF_SOCIAL_SECURITY",
                  "nej",
                  "",
                  LocalDate.of(2026, 9, 1),
                  "Unbedenklichkeitsbescheinigung 88-2026",
                  "AOK Nordwest"
                },
                new Object[] {
                  SWEDISH_PARTY,
                  "sanningsförsäkran",
                  "FRAUD",
                  "kanske",
                  "Anna Andersson",
                  LocalDate.of(2026, 10, 15),
                  "",
                  ""
                }));

    Read read = read(file);

    assertThat(read.statements()).hasSize(7);
    assertThat(read.statements().stream().filter(s -> s.line() == 2))
        .hasSize(6)
        .allSatisfy(
            s -> {
              assertThat(s.date()).isEqualTo(LocalDate.of(2026, 10, 15));
              assertThat(s.signedBy()).isEqualTo("Anna Andersson");
            });
    assertThat(read.statements().get(6))
        .satisfies(
            s -> {
              assertThat(s.kind()).isEqualTo(StatementKind.VENDOR_DOCUMENT);
              assertThat(s.issuer()).isEqualTo("AOK Nordwest");
              assertThat(s.date()).isEqualTo(LocalDate.of(2026, 9, 1));
              assertThat(s.line()).isEqualTo(3);
            });
    assertThat(read.rejected())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.line()).isEqualTo(4);
              assertThat(r.rejection().column()).isEqualTo("applies");
              assertThat(r.rejection().value()).isEqualTo("kanske");
              assertThat(r.rejection().code()).isEqualTo("reject.applies");
            });
  }

  @Test
  void anEnglishXlsxWithoutANamedSheetIsReadFromItsFirstSheet() throws Exception {
    Path file =
        Workbooks.write(
            dir.resolve("statements.xlsx"),
            sheet(
                "Blad1",
                new Object[] {"org_no", "ground", "applies", "signed_by", "date"},
                new Object[] {
                  SWEDISH_PARTY, "ALL", "no", "Anna Andersson", LocalDate.of(2026, 10, 15)
                }));

    Read read = read(file);

    assertThat(read.rejected()).isEmpty();
    assertThat(read.statements())
        .extracting(Statement::groundCode)
        .containsExactlyElementsOf(StatementRowValidator.GROUNDS);
  }

  // --- helpers

  record Read(List<Statement> statements, List<RowOutcome.Rejected<List<Statement>>> rejected) {}

  private Path csv(String... lines) throws Exception {
    Path file = dir.resolve("statements.csv");
    Files.writeString(file, String.join("\n", lines) + "\n");
    return file;
  }

  /** Reads the file as the import does, without the register. */
  private static Read read(Path file) {
    ListLocation location = ListLocator.statements(file);
    List<Statement> statements = new ArrayList<>();
    List<RowOutcome.Rejected<List<Statement>>> rejected = new ArrayList<>();
    try (ListRows<StatementColumn> rows =
        ListRows.open(location, StatementColumn.class, TestProperties.defaults())) {
      ListRow<StatementColumn> row;
      while ((row = rows.next()) != null) {
        RowOutcome<List<Statement>> outcome =
            StatementRowValidator.validate(row, PARTIES, location.displayName());
        if (outcome instanceof RowOutcome.Accepted<List<Statement>> accepted) {
          statements.addAll(accepted.row());
        } else {
          rejected.add((RowOutcome.Rejected<List<Statement>>) outcome);
        }
      }
    }
    return new Read(statements, rejected);
  }
}
