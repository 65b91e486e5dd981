package se.vendorscreening.registry;

/**
 * The coordinated register check proposed for Bolagsverket (SOU 2023:43): one question per subject
 * (a company, or a person of its circle), answered per exclusion ground with yes, no or unknown, a
 * reference and a date. The protocol is provisional until the agency publishes one
 * (docs/register-check.md).
 */
public interface RegisterCheck {

  /**
   * The answers about the subject, one per ground the check covers; an empty answer when the check
   * has no record of the subject or was not asked (a subject without a Swedish number).
   *
   * @throws RegistryCheckFailedException when the check could not answer
   */
  RegistryAnswer<RegisterCheckAnswer> answersAbout(Subject subject);
}
