package se.vendorscreening.screening.internal.matching;

/**
 * One piece of evidence for or against a match, as the finding explains it.
 *
 * @param feature {@code name}, {@code birth_date}, {@code identity_number} or {@code country}
 * @param outcome whether it agreed
 * @param score the name score, or null for the other features
 * @param words the name's word pairs, or null for the other features
 * @param values the two values compared (subject / record), or empty
 */
public record MatchFeature(
    String feature, Outcome outcome, Double score, NameComparison words, String values) {

  /** A feature that is not the name. */
  static MatchFeature of(String feature, Outcome outcome, String values) {
    return new MatchFeature(feature, outcome, null, null, values);
  }

  static final String NAME = "name";
  static final String BIRTH_DATE = "birth_date";
  static final String IDENTITY_NUMBER = "identity_number";
  static final String COUNTRY = "country";

  /** Whether a feature agreed. */
  public enum Outcome {
    AGREES,
    PARTLY,
    DIFFERS,
    UNKNOWN
  }
}
