package se.vendorscreening.screening.internal.matching;

/**
 * The name-match settings of the rules file (docs/matching.md), scores from 0 to 1.
 *
 * @param threshold a name alone at or above it matches weakly
 * @param strongThreshold with an equal birth date, every word at or above it matches strongly
 * @param reviewThreshold with an equal birth date, this share of agreeing words matches weakly
 * @param diacriticsPenalty subtracted from a word written in another spelling
 */
public record MatchingSettings(
    double threshold, double strongThreshold, double reviewThreshold, double diacriticsPenalty) {}
