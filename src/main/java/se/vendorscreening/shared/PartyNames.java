package se.vendorscreening.shared;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Prepares names of companies and persons for comparison: case, legal-form words, {@code
 * &}/och/and, "SURNAME, Given" order and, as a weaker variant, diacritics. Registries index records
 * by {@link #blockingKeys(String)} and the matcher looks candidates up by the same keys, so that
 * matching never compares every party with every record.
 */
public final class PartyNames {

  private static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
  private static final List<List<String>> LEGAL_FORMS =
      List.of(
          List.of("i", "likvidation"),
          List.of("i", "konkurs"),
          List.of("ek", "för"),
          List.of("ekonomisk", "förening"),
          List.of("enskild", "firma"),
          List.of("ab"),
          List.of("aktiebolag"),
          List.of("aktiebolaget"),
          List.of("publ"),
          List.of("hb"),
          List.of("handelsbolag"),
          List.of("kb"),
          List.of("kommanditbolag"),
          List.of("ef"),
          List.of("ltd"),
          List.of("limited"),
          List.of("gmbh"),
          List.of("oy"),
          List.of("aps"),
          List.of("inc"),
          List.of("llc"),
          List.of("bv"),
          List.of("sp", "z", "o", "o"),
          List.of("uab"),
          List.of("oü"),
          List.of("sia"));
  private static final int PREFIX = 4;
  private static final String[] LATIN_1_FOLDED = latin1Folded();

  private PartyNames() {}

  /**
   * The name's words in lower case without legal-form words, {@code &}/and written as "och", and
   * "SURNAME, Given" turned into "given surname"; diacritics kept.
   */
  public static List<String> words(String name) {
    if (name == null) {
      return List.of();
    }
    String text = Normalizer.normalize(name, Normalizer.Form.NFKC).toLowerCase(SWEDISH).strip();
    int comma = text.indexOf(',');
    if (comma > 0 && comma == text.lastIndexOf(',')) {
      text = text.substring(comma + 1) + " " + text.substring(0, comma);
    }
    text = text.replace("&", " och ");
    List<String> words = new ArrayList<>(Arrays.asList(NOT_WORD.split(text.strip())));
    words.removeIf(String::isEmpty);
    words.replaceAll(word -> word.equals("and") || word.equals("und") ? "och" : word);
    for (List<String> form : LEGAL_FORMS) {
      removeSequence(words, form);
    }
    return List.copyOf(words);
  }

  private static void removeSequence(List<String> words, List<String> sequence) {
    String first = sequence.get(0);
    for (int i = 0; i + sequence.size() <= words.size(); ) {
      // the first word compared before the whole sequence: no view of the list at every word
      if (words.get(i).equals(first) && words.subList(i, i + sequence.size()).equals(sequence)) {
        words.subList(i, i + sequence.size()).clear();
      } else {
        i++;
      }
    }
  }

  /** The normalised name: {@link #words(String)} joined by single spaces. */
  public static String normalize(String name) {
    return String.join(" ", words(name));
  }

  /** The normalised name with its words sorted, so that word order does not matter. */
  public static String sortedWords(String name) {
    return String.join(" ", new TreeSet<>(words(name)));
  }

  /**
   * The text without diacritics ({@code å}→{@code a}, {@code ö}→{@code o}, {@code é}→{@code e}).
   */
  public static String withoutDiacritics(String text) {
    StringBuilder folded = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= LATIN_1_FOLDED.length) {
        return foldedByNormalizer(text);
      }
      String replacement = LATIN_1_FOLDED[c];
      if (replacement != null && folded == null) {
        folded = new StringBuilder(text.length()).append(text, 0, i);
      }
      if (folded != null) {
        if (replacement != null) {
          folded.append(replacement);
        } else {
          folded.append(c);
        }
      }
    }
    return folded == null ? text : folded.toString();
  }

  private static String foldedByNormalizer(String text) {
    return MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
  }

  /**
   * What {@link #foldedByNormalizer} makes of each character below U+0100, or null where it keeps
   * the character: no such character is a combining mark, and each decomposes on its own, so a text
   * of them folds character by character to the same result without the normaliser and the regular
   * expression, which cost more than the rest of a name comparison.
   */
  private static String[] latin1Folded() {
    String[] folded = new String[0x100];
    for (char c = 0; c < folded.length; c++) {
      String one = String.valueOf(c);
      String result = foldedByNormalizer(one);
      folded[c] = result.equals(one) ? null : result;
    }
    return folded;
  }

  /**
   * Keys under which a name is indexed and looked up: every pair of the first four letters of its
   * words, diacritics removed (a single word gives itself). Two names that could reach the
   * similarity threshold share at least one key unless both differ within their first letters.
   */
  public static Set<String> blockingKeys(String name) {
    List<String> prefixes = new ArrayList<>();
    for (String word : words(name)) {
      String folded = withoutDiacritics(word);
      prefixes.add(folded.length() > PREFIX ? folded.substring(0, PREFIX) : folded);
    }
    Set<String> keys = new TreeSet<>();
    if (prefixes.size() == 1) {
      keys.add(prefixes.get(0));
    }
    for (int i = 0; i < prefixes.size(); i++) {
      for (int j = i + 1; j < prefixes.size(); j++) {
        String a = prefixes.get(i);
        String b = prefixes.get(j);
        keys.add(a.compareTo(b) <= 0 ? a + "|" + b : b + "|" + a);
      }
    }
    return keys;
  }
}
