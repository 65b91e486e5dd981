package se.vendorscreening.registry;

/** A credit agency's view of a company: status, registrations, risk class, revenue. */
public interface FinancialStandingRegistry {

  /**
   * The company's record; an empty answer means the agency has no data, itself a finding.
   *
   * @throws RegistryCheckFailedException when the registry could not answer
   */
  RegistryAnswer<FinancialStanding> standingOf(Subject subject);
}
