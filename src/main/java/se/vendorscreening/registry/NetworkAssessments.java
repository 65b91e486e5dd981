package se.vendorscreening.registry;

/** The organised-crime network assessments of the local cooperation (always a file). */
public interface NetworkAssessments {

  /**
   * The assessments naming the subject.
   *
   * @throws RegistryCheckFailedException when the assessment file could not be read
   */
  RegistryAnswer<NetworkAssessment> assessmentsOf(Subject subject);

  /**
   * Every assessment of the file, for the relationship graph's walk from its subjects.
   *
   * @throws RegistryCheckFailedException when the assessment file could not be read
   */
  default java.util.List<NetworkAssessment> all() {
    throw new RegistryCheckFailedException(
        RegistryChecks.NETWORK_ASSESSMENTS, "this source cannot list its assessments", null);
  }
}
