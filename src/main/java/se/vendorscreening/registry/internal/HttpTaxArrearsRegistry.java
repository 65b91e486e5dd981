package se.vendorscreening.registry.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import se.vendorscreening.registry.DebtType;
import se.vendorscreening.registry.RegistryAnswer;
import se.vendorscreening.registry.RegistryChecks;
import se.vendorscreening.registry.Subject;
import se.vendorscreening.registry.TaxArrearsRegistry;
import se.vendorscreening.registry.TaxDebt;

/** Debts in enforcement over HTTP: {@code GET {base-url}/tax-arrears/{id}} (docs/registries.md). */
final class HttpTaxArrearsRegistry implements TaxArrearsRegistry {

  private static final String CHECK = RegistryChecks.TAX_ARREARS;
  private static final String RESOURCE = "tax-arrears";

  private final RunAnswers answers;

  HttpTaxArrearsRegistry(RegistryHttpClient client) {
    this.answers = client.newRunAnswers();
  }

  @Override
  public RegistryAnswer<TaxDebt> debtsOf(Subject subject) {
    return answers.aboutNumber(
        CHECK,
        RESOURCE,
        subject,
        Body.class,
        Body::subjectId,
        (answer, body) ->
            RegistryJson.required(CHECK, answer, body.debts(), "debts").stream()
                .map(debt -> debt.toTaxDebt(answer, subject))
                .toList());
  }

  record Body(String subjectId, List<Debt> debts) {}

  record Debt(
      DebtType debtType,
      BigDecimal amountSek,
      LocalDate registeredDate,
      Boolean finalDecision,
      String reference) {

    TaxDebt toTaxDebt(RawAnswer answer, Subject subject) {
      return new TaxDebt(
          subject.identityNumber(),
          subject.name(),
          RegistryJson.required(CHECK, answer, debtType, "debtType"),
          RegistryJson.required(CHECK, answer, amountSek, "amountSek"),
          registeredDate,
          RegistryJson.required(CHECK, answer, finalDecision, "finalDecision"),
          reference);
    }
  }
}
