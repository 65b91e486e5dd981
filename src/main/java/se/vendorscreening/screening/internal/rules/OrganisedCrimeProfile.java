package se.vendorscreening.screening.internal.rules;

import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * A definition of organised crime over the 11 criteria of docs/rules.md: at least {@code
 * minimumCriteria} met, the mandatory ones all among them.
 *
 * @param name {@code plan} or {@code eu}
 * @param minimumCriteria how many criteria must be met
 * @param mandatoryCriteria the criteria that must all be met
 */
public record OrganisedCrimeProfile(
    String name, int minimumCriteria, SortedSet<Integer> mandatoryCriteria) {

  public OrganisedCrimeProfile {
    mandatoryCriteria = new TreeSet<>(mandatoryCriteria);
  }

  /** Whether an assessment meeting these criteria meets the definition. */
  public boolean isMetBy(Set<Integer> criteriaMet) {
    long valid = criteriaMet.stream().filter(c -> c >= 1 && c <= 11).count();
    return valid >= minimumCriteria && criteriaMet.containsAll(mandatoryCriteria);
  }
}
