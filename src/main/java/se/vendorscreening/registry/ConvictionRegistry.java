package se.vendorscreening.registry;

/** Convictions of persons and corporate fines of companies. */
public interface ConvictionRegistry {

  /**
   * The subject's convictions, by identity number, or by name and birth date when there is none.
   *
   * @throws RegistryCheckFailedException when the registry could not answer
   */
  RegistryAnswer<ConvictionRecord> convictionsOf(Subject subject);
}
