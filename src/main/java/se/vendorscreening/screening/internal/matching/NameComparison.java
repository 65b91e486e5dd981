package se.vendorscreening.screening.internal.matching;

import java.util.List;
import java.util.function.DoubleFunction;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * How two names compare word by word: which words were paired and how alike they are, and which
 * words one name has that the other lacks.
 *
 * @param pairs the paired words, in the subject's word order
 * @param extraSubjectWords the subject's words left without a partner
 * @param extraRecordWords the record's words left without a partner
 * @param score 0–1: for a full agreement the weakest pair, a little less for each extra word; else
 *     the agreeing words' similarity summed over the longer name's words (an initial counts half)
 */
public record NameComparison(
    List<WordPair> pairs,
    List<String> extraSubjectWords,
    List<String> extraRecordWords,
    double score) {

  private static final double EXTRA_WORD_FACTOR = 0.97;
  private static final double INITIAL_WEIGHT = 0.5;

  static final NameComparison NONE = new NameComparison(List.of(), List.of(), List.of(), 0);

  public NameComparison {
    pairs = List.copyOf(pairs);
    extraSubjectWords = List.copyOf(extraSubjectWords);
    extraRecordWords = List.copyOf(extraRecordWords);
  }

  /** The comparison of the paired words, with its score computed. */
  static NameComparison of(
      List<WordPair> pairs, List<String> extraSubjectWords, List<String> extraRecordWords) {
    int longer = pairs.size() + Math.max(extraSubjectWords.size(), extraRecordWords.size());
    boolean full = isFull(pairs);
    double score;
    if (full) {
      double weakest =
          pairs.stream()
              .filter(p -> p.kind() != WordMatch.INITIAL)
              .mapToDouble(WordPair::similarity)
              .min()
              .orElse(0);
      long initials = pairs.stream().filter(p -> p.kind() == WordMatch.INITIAL).count();
      score = weakest * Math.pow(EXTRA_WORD_FACTOR, longer - pairs.size() + initials);
    } else {
      double agreeing = 0;
      for (WordPair pair : pairs) {
        if (pair.kind().agrees()) {
          agreeing += pair.similarity();
        } else if (pair.kind() == WordMatch.INITIAL) {
          agreeing += INITIAL_WEIGHT;
        }
      }
      score = longer == 0 ? 0 : agreeing / longer;
    }
    return new NameComparison(
        pairs, extraSubjectWords, extraRecordWords, Math.round(score * 1000) / 1000.0);
  }

  /**
   * Whether every word of the shorter name agrees with a word of the longer one, an initial
   * standing for a word, and at least two words agree.
   */
  boolean full() {
    return isFull(pairs);
  }

  private static boolean isFull(List<WordPair> pairs) {
    return pairs.stream().allMatch(p -> p.kind().agrees() || p.kind() == WordMatch.INITIAL)
        && agreeing(pairs) >= Math.min(2, pairs.size());
  }

  /**
   * How many words agree: initials not counted, words merged to meet a split one counted each (when
   * longer than a letter).
   */
  int agreeingWords() {
    return agreeing(pairs);
  }

  private static int agreeing(List<WordPair> pairs) {
    int words = 0;
    for (WordPair pair : pairs) {
      if (pair.kind().agrees()) {
        words += Math.max(1, Math.max(parts(pair.subjectWord()), parts(pair.recordWord())));
      }
    }
    return words;
  }

  private static int parts(String word) {
    int parts = 0;
    for (String part : word.split("\\+")) {
      parts += part.length() > 1 ? 1 : 0;
    }
    return parts;
  }

  /** Whether some paired words disagree (not counting initials). */
  boolean contradicts() {
    return pairs.stream().anyMatch(p -> p.kind() == WordMatch.DIFFERENT);
  }

  /**
   * The pairs and extra words, the similarities written by {@code score}, e.g. {@code jacob=jacob
   * 1.00, wbeb~webb 0.90 skrivfel, luke≠–} (a dash stands for the word the other name lacks).
   */
  public String describe(Function<WordMatch, String> label, DoubleFunction<String> score) {
    String paired =
        pairs.stream().map(p -> p.describe(label, score)).collect(Collectors.joining(", "));
    StringBuilder text = new StringBuilder(paired);
    extraSubjectWords.forEach(w -> text.append(text.isEmpty() ? "" : ", ").append(w).append("≠–"));
    extraRecordWords.forEach(w -> text.append(text.isEmpty() ? "" : ", ").append("–≠").append(w));
    return text.toString();
  }
}
