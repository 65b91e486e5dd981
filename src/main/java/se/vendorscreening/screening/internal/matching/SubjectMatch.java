package se.vendorscreening.screening.internal.matching;

import java.util.List;
import se.vendorscreening.screening.MatchType;

/**
 * How a registry record was tied to a checked subject, and the evidence for and against it.
 *
 * @param type by identity number, by name and birth date (strong or weak), or by name only
 * @param score 1 for identity numbers, else the name score
 * @param features the name, birth date, identity number and country, each agreeing or not
 */
public record SubjectMatch(MatchType type, double score, List<MatchFeature> features) {

  public SubjectMatch {
    features = List.copyOf(features);
  }

  public SubjectMatch(MatchType type, double score) {
    this(type, score, List.of());
  }

  /** Whether the match is weak: it may only ever give REVIEW. */
  public boolean isWeak() {
    return type.isWeak();
  }
}
