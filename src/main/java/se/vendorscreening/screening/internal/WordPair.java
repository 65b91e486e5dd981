package se.vendorscreening.screening.internal;

import java.util.Locale;
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

  /** E.g. {@code wbeb~webb 0.90 skrivfel}, with the kind put into words by {@code label}. */
  String describe(Function<WordMatch, String> label) {
    String sign = kind == WordMatch.EXACT ? "=" : kind.agrees() ? "~" : "≠";
    return subjectWord
        + sign
        + recordWord
        + String.format(Locale.ROOT, " %.2f", similarity)
        + (kind == WordMatch.EXACT ? "" : " " + label.apply(kind));
  }
}
