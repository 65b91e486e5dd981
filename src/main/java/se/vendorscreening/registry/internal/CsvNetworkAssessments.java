package se.vendorscreening.registry.internal;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Executor;
import se.vendorscreening.registry.NetworkAssessment;
import se.vendorscreening.registry.NetworkAssessments;
import se.vendorscreening.registry.RegistryAnswer;
import se.vendorscreening.registry.RegistryChecks;
import se.vendorscreening.registry.RegistryExtract;
import se.vendorscreening.registry.RejectedRegistryRow;
import se.vendorscreening.registry.Subject;
import se.vendorscreening.shared.IdentityNumber;

/** The local cooperation's network assessments from {@code organised-crime-assessments.csv}. */
final class CsvNetworkAssessments implements NetworkAssessments, RegistryExtract {

  static final String FILE = "organised-crime-assessments";
  private static final List<String> REQUIRED =
      List.of("network_id", "subject_id", "subject_name", "criteria_met");

  private final LoadedExtract<NetworkAssessment> extract;

  private CsvNetworkAssessments(LoadedExtract<NetworkAssessment> extract) {
    this.extract = extract;
  }

  static CsvNetworkAssessments load(Path file, Clock clock) {
    return load(file, clock, Runnable::run);
  }

  /** Loads the extract, its chunks parsed on the executor. */
  static CsvNetworkAssessments load(Path file, Clock clock, Executor executor) {
    return new CsvNetworkAssessments(
        LoadedExtract.load(
            RegistryChecks.NETWORK_ASSESSMENTS,
            file,
            REQUIRED,
            clock,
            executor,
            CsvNetworkAssessments::assessmentOf,
            NetworkAssessment::subjectId,
            NetworkAssessment::subjectName));
  }

  private static NetworkAssessment assessmentOf(ExtractRow row, ExtractValues values) {
    IdentityNumber subjectId = values.identityNumber(row, "subject_id");
    String name = values.name(row, "subject_name", subjectId == null);
    return new NetworkAssessment(
        values.requiredText(row, "network_id"),
        subjectId,
        name,
        values.integers(row, "criteria_met", 1, 11),
        values.date(row, "assessed_date"),
        values.text(row, "source"));
  }

  @Override
  public RegistryAnswer<NetworkAssessment> assessmentsOf(Subject subject) {
    return extract.answerFor(subject);
  }

  @Override
  public List<NetworkAssessment> all() {
    return extract.records();
  }

  @Override
  public List<RejectedRegistryRow> rejectedRows() {
    return extract.rejectedRows();
  }

  LoadedExtract<NetworkAssessment> extract() {
    return extract;
  }
}
