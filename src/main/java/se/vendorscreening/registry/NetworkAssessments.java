package se.vendorscreening.registry;

/** The organised-crime network assessments of the local cooperation (always a file). */
public interface NetworkAssessments {

  /**
   * The assessments naming the subject.
   *
   * @throws RegistryCheckFailedException when the assessment file could not be read
   */
  RegistryAnswer<NetworkAssessment> assessmentsOf(Subject subject);
}
