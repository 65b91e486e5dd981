package se.vendorscreening.registry.internal;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import se.vendorscreening.registry.RegisterCheck;
import se.vendorscreening.registry.RegisterCheckAnswer;
import se.vendorscreening.registry.RegisterCheckOutcome;
import se.vendorscreening.registry.RegistryAnswer;
import se.vendorscreening.registry.RegistryChecks;
import se.vendorscreening.registry.RegistryExtract;
import se.vendorscreening.registry.RejectedRegistryRow;
import se.vendorscreening.registry.Subject;
import se.vendorscreening.shared.IdentityNumber;

/**
 * The register check's answers from a {@code register-check.csv} (or .xlsx) file, one row per
 * subject and ground, keyed by the subject's Swedish number (docs/register-check.md).
 */
final class CsvRegisterCheck implements RegisterCheck, RegistryExtract {

  static final String FILE = "register-check";
  private static final List<String> REQUIRED =
      List.of("subject_id", "ground", "answer", "reference", "checked_date");

  private final LoadedExtract<RegisterCheckAnswer> extract;

  private CsvRegisterCheck(LoadedExtract<RegisterCheckAnswer> extract) {
    this.extract = extract;
  }

  static CsvRegisterCheck load(Path file, Clock clock) {
    return new CsvRegisterCheck(
        LoadedExtract.load(
            RegistryChecks.REGISTER_CHECK,
            file,
            REQUIRED,
            clock,
            CsvRegisterCheck::answerOf,
            RegisterCheckAnswer::subjectId,
            answer -> ""));
  }

  private static RegisterCheckAnswer answerOf(ExtractRow row, ExtractValues values) {
    IdentityNumber subjectId = values.requiredIdentityNumber(row, "subject_id");
    String ground = RegisterCheckGrounds.normalised(row.get("ground"));
    if (ground == null) {
      throw new BadValueException(
          "ground",
          row.get("ground") == null ? "" : row.get("ground"),
          "not an exclusion-ground code (CRITERION.EXCLUSION.…)");
    }
    LocalDate checked = values.requiredDate(row, "checked_date");
    LocalDate validUntil = values.date(row, "valid_until");
    if (validUntil != null && validUntil.isBefore(checked)) {
      throw new BadValueException("valid_until", validUntil.toString(), "before checked_date");
    }
    return new RegisterCheckAnswer(
        subjectId,
        values.name(row, "subject_name", false),
        ground,
        values.enumValue(row, "answer", RegisterCheckOutcome.class),
        values.requiredText(row, "reference"),
        checked,
        validUntil);
  }

  @Override
  public RegistryAnswer<RegisterCheckAnswer> answersAbout(Subject subject) {
    return extract.answerForNumbered(subject);
  }

  @Override
  public List<RejectedRegistryRow> rejectedRows() {
    return extract.rejectedRows();
  }

  LoadedExtract<RegisterCheckAnswer> extract() {
    return extract;
  }
}
