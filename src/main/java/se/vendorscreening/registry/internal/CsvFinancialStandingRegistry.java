package se.vendorscreening.registry.internal;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Executor;
import se.vendorscreening.registry.CompanyStatus;
import se.vendorscreening.registry.FinancialStanding;
import se.vendorscreening.registry.FinancialStandingRegistry;
import se.vendorscreening.registry.RegistryAnswer;
import se.vendorscreening.registry.RegistryChecks;
import se.vendorscreening.registry.RegistryExtract;
import se.vendorscreening.registry.RejectedRegistryRow;
import se.vendorscreening.registry.Subject;

/**
 * A credit agency's records from a {@code financial-standing.csv} (or .xlsx) extract; keyed by
 * organisation number only (the extract has no names), so no answer means no data.
 */
final class CsvFinancialStandingRegistry implements FinancialStandingRegistry, RegistryExtract {

  static final String FILE = "financial-standing";
  private static final List<String> REQUIRED =
      List.of(
          "org_no",
          "status",
          "f_tax",
          "vat_registered",
          "employer_registered",
          "risk_class",
          "revenue_sek");

  private final LoadedExtract<FinancialStanding> extract;

  private CsvFinancialStandingRegistry(LoadedExtract<FinancialStanding> extract) {
    this.extract = extract;
  }

  static CsvFinancialStandingRegistry load(Path file, Clock clock) {
    return load(file, clock, Runnable::run);
  }

  /** Loads the extract, its chunks parsed on the executor. */
  static CsvFinancialStandingRegistry load(Path file, Clock clock, Executor executor) {
    return new CsvFinancialStandingRegistry(
        LoadedExtract.load(
            RegistryChecks.FINANCIAL_STANDING,
            file,
            REQUIRED,
            clock,
            executor,
            CsvFinancialStandingRegistry::standingOf,
            FinancialStanding::orgNo,
            standing -> ""));
  }

  private static FinancialStanding standingOf(ExtractRow row, ExtractValues values) {
    return new FinancialStanding(
        values.requiredIdentityNumber(row, "org_no"),
        values.enumValue(row, "status", CompanyStatus.class),
        values.bool(row, "f_tax"),
        values.bool(row, "vat_registered"),
        values.bool(row, "employer_registered"),
        values.integer(row, "risk_class", 1, 5),
        values.amount(row, "revenue_sek"),
        values.amount(row, "equity_sek"),
        values.date(row, "rating_date"));
  }

  @Override
  public RegistryAnswer<FinancialStanding> standingOf(Subject subject) {
    // Foreign companies are not in a Swedish credit agency's extract: no data.
    return extract.answerForNumbered(subject);
  }

  @Override
  public List<RejectedRegistryRow> rejectedRows() {
    return extract.rejectedRows();
  }

  LoadedExtract<FinancialStanding> extract() {
    return extract;
  }
}
