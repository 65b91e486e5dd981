package se.vendorscreening.screening.internal;

import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import se.vendorscreening.shared.PartyNames;

/**
 * Scores how alike two names are, from 0 to 1: Jaro–Winkler over the normalised names, in their own
 * word order and with their words sorted; a match found only once diacritics are removed ({@code
 * Åberg} and {@code Aberg}) is a weaker variant and scores slightly less.
 */
final class NameSimilarity {

  private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();

  private final double diacriticsPenalty;

  NameSimilarity(double diacriticsPenalty) {
    this.diacriticsPenalty = diacriticsPenalty;
  }

  /** The similarity of two names, rounded to three decimals so that results are reproducible. */
  double score(String first, String second) {
    String a = PartyNames.normalize(first);
    String b = PartyNames.normalize(second);
    if (a.isEmpty() || b.isEmpty()) {
      return 0;
    }
    double exact =
        Math.max(
            JARO_WINKLER.apply(a, b),
            JARO_WINKLER.apply(PartyNames.sortedWords(first), PartyNames.sortedWords(second)));
    double folded =
        Math.max(
                JARO_WINKLER.apply(
                    PartyNames.withoutDiacritics(a), PartyNames.withoutDiacritics(b)),
                JARO_WINKLER.apply(
                    PartyNames.withoutDiacritics(PartyNames.sortedWords(first)),
                    PartyNames.withoutDiacritics(PartyNames.sortedWords(second))))
            - diacriticsPenalty;
    return Math.round(Math.max(exact, folded) * 1000) / 1000.0;
  }
}
