package se.vendorscreening.screening.internal.matching;

import java.util.function.DoubleFunction;
import java.util.function.Function;

/**
 * One word of the subject's name paired with one word of the record's, with their similarity.
 *
 * @param subjectWord the subject's word (words merged to meet a split one are joined by {@code +})
 * @param recordWord the record's word (likewise)
 * @param similarity 0–1
 * @param kind how they compare
 */
record WordPair(String subjectWord, String recordWord, double similarity, WordMatch kind) {

  /**
   * E.g. {@code wbeb~webb 0,90 skrivfel}, with the kind put into words by {@code label} and the
   * similarity written by {@code score} in the run's language.
   */
  String describe(Function<WordMatch, String> label, DoubleFunction<String> score) {
    String sign = kind == WordMatch.EXACT ? "=" : kind.agrees() ? "~" : "≠";
    return subjectWord
        + sign
        + recordWord
        + " "
        + score.apply(similarity)
        + (kind == WordMatch.EXACT ? "" : " " + label.apply(kind));
  }
}
