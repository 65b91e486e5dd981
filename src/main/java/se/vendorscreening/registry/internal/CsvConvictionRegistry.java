package se.vendorscreening.registry.internal;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executor;
import se.vendorscreening.registry.ConvictionRecord;
import se.vendorscreening.registry.ConvictionRegistry;
import se.vendorscreening.registry.RegistryAnswer;
import se.vendorscreening.registry.RegistryChecks;
import se.vendorscreening.registry.RegistryExtract;
import se.vendorscreening.registry.RejectedRegistryRow;
import se.vendorscreening.registry.Subject;
import se.vendorscreening.shared.IdentityNumber;

/** Convictions and corporate fines from a {@code convictions.csv} (or .xlsx) extract. */
final class CsvConvictionRegistry implements ConvictionRegistry, RegistryExtract {

  static final String FILE = "convictions";
  private static final List<String> REQUIRED =
      List.of("subject_id", "subject_name", "offence_category", "judgment_date", "final_date");

  private final LoadedExtract<ConvictionRecord> extract;

  private CsvConvictionRegistry(LoadedExtract<ConvictionRecord> extract) {
    this.extract = extract;
  }

  static CsvConvictionRegistry load(Path file, Clock clock) {
    return load(file, clock, Runnable::run);
  }

  /** Loads the extract, its chunks parsed on the executor. */
  static CsvConvictionRegistry load(Path file, Clock clock, Executor executor) {
    return new CsvConvictionRegistry(
        LoadedExtract.load(
            RegistryChecks.CONVICTIONS,
            file,
            REQUIRED,
            clock,
            executor,
            CsvConvictionRegistry::recordOf,
            ConvictionRecord::subjectId,
            ConvictionRecord::subjectName,
            ConvictionRecord::birthDate));
  }

  private static ConvictionRecord recordOf(ExtractRow row, ExtractValues values) {
    IdentityNumber subjectId = values.identityNumber(row, "subject_id");
    String name = values.name(row, "subject_name", true);
    LocalDate judgmentDate = values.requiredDate(row, "judgment_date");
    LocalDate finalDate = values.date(row, "final_date");
    if (finalDate != null && finalDate.isBefore(judgmentDate)) {
      throw new BadValueException(
          "final_date", finalDate.toString(), "final before the judgment date");
    }
    return new ConvictionRecord(
        subjectId,
        name,
        values.date(row, "birth_date"),
        values.requiredText(row, "offence_category").toUpperCase(Locale.ROOT).intern(),
        values.text(row, "offence_description"),
        judgmentDate,
        finalDate,
        values.text(row, "court"),
        values.shared(row, "case_number"));
  }

  @Override
  public RegistryAnswer<ConvictionRecord> convictionsOf(Subject subject) {
    return extract.answerFor(subject);
  }

  @Override
  public List<RejectedRegistryRow> rejectedRows() {
    return extract.rejectedRows();
  }

  LoadedExtract<ConvictionRecord> extract() {
    return extract;
  }
}
