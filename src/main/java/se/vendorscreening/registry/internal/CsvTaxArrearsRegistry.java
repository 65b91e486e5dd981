package se.vendorscreening.registry.internal;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Executor;
import se.vendorscreening.registry.DebtType;
import se.vendorscreening.registry.RegistryAnswer;
import se.vendorscreening.registry.RegistryChecks;
import se.vendorscreening.registry.RegistryExtract;
import se.vendorscreening.registry.RejectedRegistryRow;
import se.vendorscreening.registry.Subject;
import se.vendorscreening.registry.TaxArrearsRegistry;
import se.vendorscreening.registry.TaxDebt;
import se.vendorscreening.shared.IdentityNumber;

/** Debts in enforcement from a {@code tax-arrears.csv} (or .xlsx) extract. */
final class CsvTaxArrearsRegistry implements TaxArrearsRegistry, RegistryExtract {

  static final String FILE = "tax-arrears";
  private static final List<String> REQUIRED =
      List.of("subject_id", "subject_name", "debt_type", "amount_sek", "final_decision");

  private final LoadedExtract<TaxDebt> extract;

  private CsvTaxArrearsRegistry(LoadedExtract<TaxDebt> extract) {
    this.extract = extract;
  }

  static CsvTaxArrearsRegistry load(Path file, Clock clock) {
    return load(file, clock, Runnable::run);
  }

  /** Loads the extract, its chunks parsed on the executor. */
  static CsvTaxArrearsRegistry load(Path file, Clock clock, Executor executor) {
    return new CsvTaxArrearsRegistry(
        LoadedExtract.load(
            RegistryChecks.TAX_ARREARS,
            file,
            REQUIRED,
            clock,
            executor,
            CsvTaxArrearsRegistry::debtOf,
            TaxDebt::subjectId,
            TaxDebt::subjectName));
  }

  private static TaxDebt debtOf(ExtractRow row, ExtractValues values) {
    IdentityNumber subjectId = values.identityNumber(row, "subject_id");
    String name = values.name(row, "subject_name", subjectId == null);
    return new TaxDebt(
        subjectId,
        name,
        values.enumValue(row, "debt_type", DebtType.class),
        values.requiredAmount(row, "amount_sek"),
        values.date(row, "registered_date"),
        values.bool(row, "final_decision"),
        row.get("reference"));
  }

  @Override
  public RegistryAnswer<TaxDebt> debtsOf(Subject subject) {
    return extract.answerFor(subject);
  }

  @Override
  public List<RejectedRegistryRow> rejectedRows() {
    return extract.rejectedRows();
  }

  LoadedExtract<TaxDebt> extract() {
    return extract;
  }
}
