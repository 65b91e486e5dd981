package se.vendorscreening.screening.internal;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.text.similarity.DamerauLevenshteinDistance;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import se.vendorscreening.shared.NameSpelling;
import se.vendorscreening.shared.PartyNames;

/**
 * Compares two names word by word (docs/matching.md). Each word of one name is paired with its most
 * alike word of the other, the best pairs first, so word order does not matter; a word that may
 * have been split or merged ({@code Ja Xson} and {@code Jaxson}) is tried joined with its
 * neighbour. Two words are alike when equal, when they are the same word in another spelling
 * ({@link NameSpelling}: diacritics, C/K, Ph/F, ss/s, -sson/-son), when one typo apart
 * (Damerau–Levenshtein distance 1 between the spellings: substitution, deletion, insertion or
 * swapped neighbours), or when their Jaro–Winkler similarity reaches the agreement threshold. A
 * single letter is an initial: it neither agrees nor contradicts.
 */
final class NameComparer {

  private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();
  private static final DamerauLevenshteinDistance DAMERAU = new DamerauLevenshteinDistance();
  private static final double TYPO_SIMILARITY = 0.9;
  private static final int MAX_WORDS = 6;

  private final double agreement;
  private final double variantPenalty;

  /**
   * @param agreement the similarity at or above which two words count as the same word
   * @param variantPenalty how much less than 1 the same word in another spelling scores
   */
  NameComparer(double agreement, double variantPenalty) {
    this.agreement = agreement;
    this.variantPenalty = variantPenalty;
  }

  /** The best comparison of the two names, splits and merges of neighbouring words included. */
  NameComparison compare(String subjectName, String recordName) {
    List<String> subject = limited(PartyNames.words(subjectName));
    List<String> record = limited(PartyNames.words(recordName));
    if (subject.isEmpty() || record.isEmpty()) {
      return NameComparison.NONE;
    }
    NameComparison best = align(subject, record);
    if (best.full() && best.extraSubjectWords().isEmpty() && best.extraRecordWords().isEmpty()) {
      return best;
    }
    for (int i = 0; i + 1 < subject.size(); i++) {
      best = better(best, align(merged(subject, i), record));
    }
    for (int i = 0; i + 1 < record.size(); i++) {
      best = better(best, align(subject, merged(record, i)));
    }
    return best;
  }

  /** How alike two single words are (a {@code +} joins the parts of merged words). */
  WordPair word(String subjectWord, String recordWord) {
    String rawA = subjectWord.replace("+", "");
    String rawB = recordWord.replace("+", "");
    if (rawA.equals(rawB)) {
      return new WordPair(subjectWord, recordWord, 1.0, WordMatch.EXACT);
    }
    String a = NameSpelling.canonical(rawA);
    String b = NameSpelling.canonical(rawB);
    if (a.equals(b)) {
      return new WordPair(subjectWord, recordWord, 1.0 - variantPenalty, WordMatch.VARIANT);
    }
    if (a.length() <= 1 || b.length() <= 1) {
      boolean initial = !a.isEmpty() && !b.isEmpty() && a.charAt(0) == b.charAt(0);
      return new WordPair(
          subjectWord,
          recordWord,
          initial ? 0.5 : 0,
          initial ? WordMatch.INITIAL : WordMatch.DIFFERENT);
    }
    double jaroWinkler = Math.min(JARO_WINKLER.apply(a, b), 1.0 - variantPenalty);
    boolean typo = Math.min(a.length(), b.length()) >= 3 && DAMERAU.apply(a, b) == 1;
    if (typo && TYPO_SIMILARITY >= jaroWinkler) {
      return new WordPair(subjectWord, recordWord, TYPO_SIMILARITY, WordMatch.TYPO);
    }
    double similarity = Math.round(jaroWinkler * 1000) / 1000.0;
    return new WordPair(
        subjectWord,
        recordWord,
        similarity,
        jaroWinkler >= agreement ? WordMatch.SIMILAR : WordMatch.DIFFERENT);
  }

  /** Pairs the words, most alike first; what is left over on the longer side is extra. */
  private NameComparison align(List<String> subject, List<String> record) {
    WordPair[][] table = new WordPair[subject.size()][record.size()];
    for (int i = 0; i < subject.size(); i++) {
      for (int j = 0; j < record.size(); j++) {
        table[i][j] = word(subject.get(i), record.get(j));
      }
    }
    WordPair[] chosen = new WordPair[subject.size()];
    boolean[] recordTaken = new boolean[record.size()];
    for (int round = Math.min(subject.size(), record.size()); round > 0; round--) {
      int bestI = -1;
      int bestJ = -1;
      for (int i = 0; i < subject.size(); i++) {
        if (chosen[i] != null) {
          continue;
        }
        for (int j = 0; j < record.size(); j++) {
          if (!recordTaken[j]
              && (bestI < 0 || table[i][j].similarity() > table[bestI][bestJ].similarity())) {
            bestI = i;
            bestJ = j;
          }
        }
      }
      chosen[bestI] = table[bestI][bestJ];
      recordTaken[bestJ] = true;
    }
    List<WordPair> pairs = new ArrayList<>();
    List<String> extraSubject = new ArrayList<>();
    for (int i = 0; i < subject.size(); i++) {
      if (chosen[i] != null) {
        pairs.add(chosen[i]);
      } else {
        extraSubject.add(subject.get(i));
      }
    }
    List<String> extraRecord = new ArrayList<>();
    for (int j = 0; j < record.size(); j++) {
      if (!recordTaken[j]) {
        extraRecord.add(record.get(j));
      }
    }
    return NameComparison.of(pairs, extraSubject, extraRecord);
  }

  private static NameComparison better(NameComparison a, NameComparison b) {
    int rankA = rank(a);
    int rankB = rank(b);
    if (rankA != rankB) {
      return rankB > rankA ? b : a;
    }
    return b.score() > a.score() ? b : a;
  }

  private static int rank(NameComparison comparison) {
    return comparison.full() ? 2 : comparison.agreeingWords() > 0 ? 1 : 0;
  }

  private static List<String> merged(List<String> words, int at) {
    List<String> merged = new ArrayList<>(words.subList(0, at));
    merged.add(words.get(at) + "+" + words.get(at + 1));
    merged.addAll(words.subList(at + 2, words.size()));
    return merged;
  }

  private static List<String> limited(List<String> words) {
    return words.size() > MAX_WORDS ? words.subList(0, MAX_WORDS) : words;
  }
}
