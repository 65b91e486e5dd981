package se.vendorscreening.registry;

import java.time.LocalDate;
import java.util.Set;
import se.vendorscreening.shared.IdentityNumber;

/**
 * A subject of the local cooperation's organised-crime situation picture (lägesbild).
 *
 * @param networkId the network's id in the assessment
 * @param subjectId the subject's number, or null when keyed by name
 * @param subjectName the subject's name
 * @param criteriaMet the criteria met (1–11, in the active profile's numbering)
 * @param assessedDate when the assessment was made
 * @param source who made it
 */
public record NetworkAssessment(
    String networkId,
    IdentityNumber subjectId,
    String subjectName,
    Set<Integer> criteriaMet,
    LocalDate assessedDate,
    String source) {

  public NetworkAssessment {
    criteriaMet = Set.copyOf(criteriaMet);
  }
}
