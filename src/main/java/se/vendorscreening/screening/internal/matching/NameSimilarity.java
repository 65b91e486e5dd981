package se.vendorscreening.screening.internal.matching;

import java.util.List;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import se.vendorscreening.shared.PartyNames;

/**
 * Scores how alike two names are, from 0 to 1, word by word so that word order does not matter:
 * every word of the shorter normalised name is paired with its most similar word of the other
 * (Jaro–Winkler), the weakest pair is the score, and each word the longer name has in addition
 * costs a little (a middle name still matches, a different company with one shared word does not).
 * Comparing whole strings instead would let "Per Olsson" match "Per Nilsson". A match found only
 * once diacritics are removed ({@code Åberg} and {@code Aberg}) is a weaker variant and scores
 * slightly less.
 */
final class NameSimilarity {

  private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();
  private static final double EXTRA_WORD_FACTOR = 0.97;

  private final double diacriticsPenalty;

  NameSimilarity(double diacriticsPenalty) {
    this.diacriticsPenalty = diacriticsPenalty;
  }

  /** The similarity of two names, rounded to three decimals so that results are reproducible. */
  double score(String first, String second) {
    List<String> a = PartyNames.words(first);
    List<String> b = PartyNames.words(second);
    if (a.isEmpty() || b.isEmpty()) {
      return 0;
    }
    double exact = wordScore(a, b);
    double folded = wordScore(fold(a), fold(b)) - diacriticsPenalty;
    return Math.round(Math.max(exact, folded) * 1000) / 1000.0;
  }

  private static double wordScore(List<String> a, List<String> b) {
    List<String> shorter = a.size() <= b.size() ? a : b;
    List<String> longer = a.size() <= b.size() ? b : a;
    double weakest = 1.0;
    for (String word : shorter) {
      double best = 0;
      for (String other : longer) {
        best = Math.max(best, JARO_WINKLER.apply(word, other));
      }
      weakest = Math.min(weakest, best);
    }
    return weakest * Math.pow(EXTRA_WORD_FACTOR, longer.size() - shorter.size());
  }

  private static List<String> fold(List<String> words) {
    return words.stream().map(PartyNames::withoutDiacritics).toList();
  }
}
