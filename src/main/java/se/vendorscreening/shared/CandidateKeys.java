package se.vendorscreening.shared;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The blocking keys under which registries index records without an identity number, and under
 * which the matcher's subject is looked up: a record becomes a candidate when it shares one key.
 * Several kinds of key, so that one typo, a missing word or a split word still brings the record to
 * the comparison (docs/matching.md):
 *
 * <ul>
 *   <li>pairs of the words' four-letter prefixes ({@link PartyNames#blockingKeys(String)});
 *   <li>pairs of the words' phonetic codes ({@link NameSpelling#phonetic(String)}), or the code of
 *       a one-word name: survive vowel typos, spelling variants and a changed word order;
 *   <li>the sorted letters of the whole name without spaces and diacritics: survive transpositions,
 *       split and merged words;
 *   <li>the birth date itself, for persons with one: survives any name.
 * </ul>
 */
public final class CandidateKeys {

  private static final int MAX_WORDS = 6;

  private CandidateKeys() {}

  /** The keys of a name and, for persons, a birth date (null when none). */
  public static Set<String> of(String name, LocalDate birthDate) {
    Set<String> keys = new TreeSet<>(PartyNames.blockingKeys(name));
    List<String> words = PartyNames.words(name);
    List<String> codes = new ArrayList<>();
    StringBuilder letters = new StringBuilder();
    for (String word : words.subList(0, Math.min(words.size(), MAX_WORDS))) {
      codes.add(NameSpelling.phonetic(word));
      letters.append(PartyNames.withoutDiacritics(word));
    }
    if (codes.size() == 1) {
      keys.add("~" + codes.get(0));
    }
    for (int i = 0; i < codes.size(); i++) {
      for (int j = i + 1; j < codes.size(); j++) {
        String a = codes.get(i);
        String b = codes.get(j);
        keys.add(a.compareTo(b) <= 0 ? "~" + a + "|" + b : "~" + b + "|" + a);
      }
    }
    if (letters.length() >= 3) {
      char[] sorted = letters.toString().toCharArray();
      Arrays.sort(sorted);
      keys.add("#" + new String(sorted));
    }
    if (birthDate != null) {
      keys.add(birthDateKey(birthDate));
    }
    return keys;
  }

  /**
   * The key of a person's birth date: {@link #of} a name and a birth date is {@code of(name, null)}
   * with this key added.
   */
  public static String birthDateKey(LocalDate birthDate) {
    return "@" + birthDate;
  }
}
