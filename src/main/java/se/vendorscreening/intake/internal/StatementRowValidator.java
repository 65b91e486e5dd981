package se.vendorscreening.intake.internal;

import static se.vendorscreening.intake.internal.FieldParsers.reject;
import static se.vendorscreening.intake.internal.StatementColumn.*;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import se.vendorscreening.intake.Statement;
import se.vendorscreening.intake.StatementKind;
import se.vendorscreening.intake.internal.RowOutcome.RejectedRowException;

/**
 * Checks one row of a statements file (docs/statements.md): a party of the same import, a known
 * ground (ESPD/eForms code, its short name, {@code CONVICTIONS} or {@code ALL}), whether it
 * applies, the date, and who signed a statement or the reference and issuer of a document. One row
 * may stand for several grounds: it gives one {@link Statement} per ground.
 */
final class StatementRowValidator {

  /** The grounds a statement or document declares, by ESPD/eForms code, in the order reported. */
  static final List<String> GROUNDS =
      List.of(
          "CRITERION.EXCLUSION.CONVICTIONS.PARTICIPATION_IN_CRIMINAL_ORGANISATION",
          "CRITERION.EXCLUSION.CONVICTIONS.CORRUPTION",
          "CRITERION.EXCLUSION.CONVICTIONS.FRAUD",
          "CRITERION.EXCLUSION.CONVICTIONS.TERRORIST_OFFENCES",
          "CRITERION.EXCLUSION.CONVICTIONS.MONEY_LAUNDERING",
          "CRITERION.EXCLUSION.CONVICTIONS.CHILD_LABOUR-HUMAN_TRAFFICKING",
          "CRITERION.EXCLUSION.CONTRIBUTIONS.PAYMENT_OF_TAXES",
          "CRITERION.EXCLUSION.CONTRIBUTIONS.PAYMENT_OF_SOCIAL_SECURITY",
          "CRITERION.EXCLUSION.BUSINESS.BANKRUPTCY",
          "CRITERION.EXCLUSION.BUSINESS.INSOLVENCY",
          "CRITERION.EXCLUSION.MISCONDUCT.MC_PROFESSIONAL");

  private static final Set<String> YES = Set.of("yes", "ja", "y", "j", "true", "1", "föreligger");
  private static final Set<String> NO =
      Set.of("no", "nej", "n", "false", "0", "föreligger ej", "föreligger inte", "ej");

  private StatementRowValidator() {}

  static RowOutcome<List<Statement>> validate(
      ListRow<StatementColumn> row, Set<String> partyKeys, String file) {
    if (row.isTruncated()) {
      return rejected(row, Rejection.truncated(row));
    }
    try {
      return new RowOutcome.Accepted<>(row.line(), parse(row, partyKeys, file));
    } catch (RejectedRowException e) {
      return rejected(row, e.rejection());
    }
  }

  private static RowOutcome<List<Statement>> rejected(
      ListRow<StatementColumn> row, Rejection rejection) {
    return new RowOutcome.Rejected<>(
        row.line(),
        rejection,
        FieldParsers.shown(IdentityMasking.mask(row.get(ORG_NO))),
        FieldParsers.shown(row.get(SIGNED_BY)));
  }

  private static List<Statement> parse(
      ListRow<StatementColumn> row, Set<String> partyKeys, String file) {
    for (StatementColumn column : StatementColumn.values()) {
      FieldParsers.text(column, row.get(column), Integer.MAX_VALUE);
    }
    String orgNo = FieldParsers.required(ORG_NO, row.get(ORG_NO));
    String partyKey = FieldParsers.partyKey(ORG_NO, orgNo);
    if (!partyKeys.contains(partyKey)) {
      throw reject(Rejection.ofIdentity(ORG_NO, orgNo, "reject.companyNotInList"));
    }
    StatementKind kind = kind(row.get(KIND));
    List<String> grounds = grounds(row.get(GROUND));
    boolean applies = applies(row.get(APPLIES));
    LocalDate date = FieldParsers.date(DATE, FieldParsers.required(DATE, row.get(DATE)));
    LocalDate validUntil = FieldParsers.date(VALID_UNTIL, row.get(VALID_UNTIL));
    String signedBy = emptyToNull(FieldParsers.text(SIGNED_BY, row.get(SIGNED_BY), 1000));
    String reference = emptyToNull(FieldParsers.text(REFERENCE, row.get(REFERENCE), 1000));
    String issuer = emptyToNull(FieldParsers.text(ISSUER, row.get(ISSUER), 1000));
    if (kind == StatementKind.SWORN_STATEMENT && signedBy == null) {
      throw reject(Rejection.of(SIGNED_BY, "", "reject.statementSigner"));
    }
    if (kind == StatementKind.VENDOR_DOCUMENT && reference == null) {
      throw reject(Rejection.of(REFERENCE, "", "reject.documentReference"));
    }
    if (kind == StatementKind.VENDOR_DOCUMENT && issuer == null) {
      throw reject(Rejection.of(ISSUER, "", "reject.documentIssuer"));
    }
    List<String> persons = persons(FieldParsers.text(PERSONS, row.get(PERSONS), 10000));
    List<Statement> statements = new ArrayList<>();
    for (String ground : grounds) {
      statements.add(
          new Statement(
              partyKey,
              kind,
              ground,
              applies,
              kind == StatementKind.SWORN_STATEMENT ? signedBy : null,
              date,
              persons,
              reference,
              kind == StatementKind.VENDOR_DOCUMENT ? issuer : null,
              validUntil,
              file,
              row.line()));
    }
    return statements;
  }

  private static StatementKind kind(String value) {
    String kind = normal(value);
    return switch (kind) {
      case "", "swornstatement", "sanningsförsäkran", "sanningsforsakran", "statement" ->
          StatementKind.SWORN_STATEMENT;
      case "vendordocument", "document", "dokument", "intyg", "leverantörensdokument" ->
          StatementKind.VENDOR_DOCUMENT;
      default -> throw reject(Rejection.of(KIND, value, "reject.statementKind"));
    };
  }

  /** The grounds of a cell: a code, a code's last part, CONVICTIONS/BROTT or ALL/ALLA. */
  static List<String> grounds(String value) {
    String wanted = FieldParsers.required(GROUND, value);
    String key = normal(wanted);
    if (key.equals("all") || key.equals("alla")) {
      return GROUNDS;
    }
    if (key.equals("convictions") || key.equals("brott")) {
      return GROUNDS.subList(0, 6);
    }
    for (String code : GROUNDS) {
      String last = code.substring(code.lastIndexOf('.') + 1);
      if (normal(code).equals(key) || normal(last).equals(key)) {
        return List.of(code);
      }
    }
    throw reject(Rejection.of(GROUND, wanted, "reject.ground"));
  }

  private static boolean applies(String value) {
    String answer = FieldParsers.required(APPLIES, value).strip().toLowerCase(Locale.ROOT);
    if (YES.contains(answer)) {
      return true;
    }
    if (NO.contains(answer)) {
      return false;
    }
    throw reject(Rejection.of(APPLIES, value, "reject.applies"));
  }

  private static List<String> persons(String value) {
    if (value == null || value.isBlank()) {
      return List.of();
    }
    return Arrays.stream(value.split("[|;]")).map(String::strip).filter(p -> !p.isEmpty()).toList();
  }

  private static String normal(String value) {
    return Normalizer.normalize(value == null ? "" : value, Normalizer.Form.NFC)
        .toLowerCase(Locale.ROOT)
        .replaceAll("[^\\p{L}\\p{N}.]", "")
        .replace(".", "");
  }

  private static String emptyToNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }
}
