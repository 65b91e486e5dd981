package se.vendorscreening.screening.internal.matching;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
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
  private static final double TYPO_SIMILARITY = 0.9;
  private static final int MAX_WORDS = 6;

  /** A typo in a shorter word changes too much of it to be taken for the same word. */
  private static final int MIN_TYPO_LENGTH = 3;

  /**
   * One edit between canonical spellings counts as a typo only in longer words: a variant and an
   * edit together ({@code Smith}, {@code Schmidt}) may make another name of a short one.
   */
  private static final int MIN_VARIANT_TYPO_LENGTH = 5;

  private final double agreement;
  private final double variantPenalty;
  private final boolean alignEveryMerge;

  /**
   * The words of the names compared lately, and the spellings of their words: a subject is compared
   * with every candidate record of every registry, and a registry names the same persons and
   * companies in many rows, so the same names and words came back to be split, normalised and
   * folded again for every pair. Both are pure functions of their text; the maps are emptied when
   * they grow past {@link #REMEMBERED} entries, so a long-running process keeps no more than that.
   */
  private final Map<String, List<String>> wordsOf = new ConcurrentHashMap<>();

  private final Map<String, Spellings> spellingsOf = new ConcurrentHashMap<>();

  private static final int REMEMBERED = 1 << 16;

  /** A word as {@link NameSpelling#canonical} and {@link PartyNames#withoutDiacritics} give it. */
  private record Spellings(String canonical, String folded) {}

  /**
   * @param agreement the similarity at or above which two words count as the same word
   * @param variantPenalty how much less than 1 the same word in another spelling scores
   */
  NameComparer(double agreement, double variantPenalty) {
    this(agreement, variantPenalty, false);
  }

  /**
   * @param alignEveryMerge whether to align every merge of neighbouring words, also those {@link
   *     #mayPair} rules out (for tests: the answers must be the same)
   */
  NameComparer(double agreement, double variantPenalty, boolean alignEveryMerge) {
    this.agreement = agreement;
    this.variantPenalty = variantPenalty;
    this.alignEveryMerge = alignEveryMerge;
  }

  /** The best comparison of the two names, splits and merges of neighbouring words included. */
  NameComparison compare(String subjectName, String recordName) {
    if (subjectName == null || recordName == null) {
      return compared(subjectName, recordName);
    }
    return LastSubject.of(this, subjectName).compare(recordName);
  }

  /**
   * The comparisons of the subject this thread compared last with the record names it met: a
   * subject's candidates in a registry are often rows of the same person or company (a person with
   * several convictions, under the same name), which were compared again row by row. A comparison
   * is a pure function of the two names, so a remembered one is the one {@link #compared} gives.
   */
  private static final class LastSubject {
    private static final int SLOTS = 16;
    private static final ThreadLocal<LastSubject> LAST = ThreadLocal.withInitial(LastSubject::new);

    private NameComparer comparer;
    private String subjectName;
    private final String[] recordNames = new String[SLOTS];
    private final NameComparison[] comparisons = new NameComparison[SLOTS];
    private int next;

    static LastSubject of(NameComparer comparer, String subjectName) {
      LastSubject last = LAST.get();
      if (last.comparer != comparer || !subjectName.equals(last.subjectName)) {
        last.comparer = comparer;
        last.subjectName = subjectName;
        Arrays.fill(last.recordNames, null);
        Arrays.fill(last.comparisons, null);
        last.next = 0;
      }
      return last;
    }

    NameComparison compare(String recordName) {
      for (int i = 0; i < SLOTS; i++) {
        if (recordName.equals(recordNames[i])) {
          return comparisons[i];
        }
      }
      NameComparison comparison = comparer.compared(subjectName, recordName);
      recordNames[next] = recordName;
      comparisons[next] = comparison;
      next = (next + 1) % SLOTS;
      return comparison;
    }
  }

  /**
   * The Jaro–Winkler similarities of the word pairs this thread compared lately: names are made of
   * common first names and surnames, so the same two folded words meet again and again, with other
   * subjects and records, and commons-text's similarity allocates its arrays for every call. A
   * fixed table a thread, indexed by the pair's hash; a slot holds one pair, replaced by the next
   * pair of the same slot. The similarity is a pure function of the two words.
   */
  static final class Similarities {
    static final int SLOTS = 1 << 12;
    private static final ThreadLocal<Similarities> TABLE =
        ThreadLocal.withInitial(Similarities::new);

    private final String[] firsts = new String[SLOTS];
    private final String[] seconds = new String[SLOTS];
    private final double[] values = new double[SLOTS];

    /** {@link JaroWinklerSimilarity#apply} of the two words. */
    static double of(String a, String b) {
      return TABLE.get().similarity(a, b);
    }

    private double similarity(String a, String b) {
      int hash = a.hashCode() * 31 + b.hashCode();
      int slot = (hash ^ hash >>> 12) & SLOTS - 1;
      if (a.equals(firsts[slot]) && b.equals(seconds[slot])) {
        return values[slot];
      }
      double value = JARO_WINKLER.apply(a, b);
      firsts[slot] = a;
      seconds[slot] = b;
      values[slot] = value;
      return value;
    }
  }

  /** {@link #compare}, computed. */
  private NameComparison compared(String subjectName, String recordName) {
    List<String> subject = wordsOf(subjectName);
    List<String> record = wordsOf(recordName);
    if (subject.isEmpty() || record.isEmpty()) {
      return NameComparison.NONE;
    }
    NameComparison best = align(subject, record);
    if (best.full() && best.extraSubjectWords().isEmpty() && best.extraRecordWords().isEmpty()) {
      return best;
    }
    for (int i = 0; i + 1 < subject.size(); i++) {
      String joined = joined(subject, i);
      if (alignEveryMerge || mayPair(joined, record)) {
        best = better(best, align(merged(subject, i, joined), record));
      }
    }
    for (int i = 0; i + 1 < record.size(); i++) {
      String joined = joined(record, i);
      if (alignEveryMerge || mayPair(joined, subject)) {
        best = better(best, align(subject, merged(record, i, joined)));
      }
    }
    return best;
  }

  /**
   * Whether a merged word may be written the same as, or one typo from, some word of the other
   * name: only then can an alignment with it count ({@link #better}), so the others are not aligned
   * at all. Asks what {@link #word} needs to answer {@link WordMatch#EXACT} or {@link
   * WordMatch#TYPO} (the same letters, or one of its typos), without the similarity it computes
   * besides.
   */
  private boolean mayPair(String merged, List<String> others) {
    String raw = merged.replace("+", "");
    Spellings spellings = null;
    for (String other : others) {
      String rawOther = other.replace("+", "");
      if (raw.equals(rawOther)) {
        return true;
      }
      if (spellings == null) {
        spellings = spellingsOf(raw);
      }
      Spellings otherSpellings = spellingsOf(rawOther);
      if (typo(
          spellings.canonical(),
          otherSpellings.canonical(),
          spellings.folded(),
          otherSpellings.folded())) {
        return true;
      }
    }
    return false;
  }

  /** How alike two single words are (a {@code +} joins the parts of merged words). */
  WordPair word(String subjectWord, String recordWord) {
    return word(subjectWord, recordWord, false);
  }

  /**
   * How alike two single words are.
   *
   * @param givenNames whether neither is the last word of its name (a surname, as lists write
   *     names), so that masculine and feminine forms of a given name tell two persons apart
   */
  private WordPair word(String subjectWord, String recordWord, boolean givenNames) {
    String rawA = subjectWord.replace("+", "");
    String rawB = recordWord.replace("+", "");
    if (rawA.equals(rawB)) {
      return new WordPair(subjectWord, recordWord, 1.0, WordMatch.EXACT);
    }
    Spellings spellingsA = spellingsOf(rawA);
    Spellings spellingsB = spellingsOf(rawB);
    String a = spellingsA.canonical();
    String b = spellingsB.canonical();
    if (a.equals(b)) {
      return new WordPair(subjectWord, recordWord, 1.0 - variantPenalty, WordMatch.VARIANT);
    }
    String foldedA = spellingsA.folded();
    String foldedB = spellingsB.folded();
    if (a.length() <= 1 || b.length() <= 1 || foldedA.length() <= 1 || foldedB.length() <= 1) {
      boolean initial = !a.isEmpty() && !b.isEmpty() && a.charAt(0) == b.charAt(0);
      return new WordPair(
          subjectWord,
          recordWord,
          initial ? 0.5 : 0,
          initial ? WordMatch.INITIAL : WordMatch.DIFFERENT);
    }
    double jaroWinkler = Math.min(Similarities.of(foldedA, foldedB), 1.0 - variantPenalty);
    if (givenNames && pairedForms(foldedA, foldedB)) {
      return new WordPair(
          subjectWord, recordWord, Math.round(jaroWinkler * 1000) / 1000.0, WordMatch.DIFFERENT);
    }
    if (typo(a, b, foldedA, foldedB) && TYPO_SIMILARITY >= jaroWinkler) {
      return new WordPair(subjectWord, recordWord, TYPO_SIMILARITY, WordMatch.TYPO);
    }
    double similarity = Math.round(jaroWinkler * 1000) / 1000.0;
    return new WordPair(
        subjectWord,
        recordWord,
        similarity,
        jaroWinkler >= agreement ? WordMatch.SIMILAR : WordMatch.DIFFERENT);
  }

  /**
   * Whether two words are one typo apart: one edit between their folded spellings, or between their
   * canonical ones in longer words, or a two-letter word's typo.
   */
  private static boolean typo(String a, String b, String foldedA, String foldedB) {
    return Math.min(foldedA.length(), foldedB.length()) >= MIN_TYPO_LENGTH
            && oneEditApart(foldedA, foldedB)
        || Math.min(a.length(), b.length()) >= MIN_VARIANT_TYPO_LENGTH && oneEditApart(a, b)
        || twoLetterTypo(foldedA, foldedB);
  }

  /** {@link PartyNames#words} of the name, at most {@value #MAX_WORDS} of them. */
  private List<String> wordsOf(String name) {
    if (name == null) {
      return List.of();
    }
    List<String> words = wordsOf.get(name);
    if (words == null) {
      words = limited(PartyNames.words(name));
      remember(wordsOf, name, words);
    }
    return words;
  }

  private Spellings spellingsOf(String word) {
    Spellings spellings = spellingsOf.get(word);
    if (spellings == null) {
      spellings = new Spellings(NameSpelling.canonical(word), PartyNames.withoutDiacritics(word));
      remember(spellingsOf, word, spellings);
    }
    return spellings;
  }

  private static <V> void remember(Map<String, V> map, String key, V value) {
    if (map.size() >= REMEMBERED) {
      map.clear();
    }
    map.put(key, value);
  }

  /** Pairs the words, most alike first; what is left over on the longer side is extra. */
  private NameComparison align(List<String> subject, List<String> record) {
    WordPair[][] table = new WordPair[subject.size()][record.size()];
    for (int i = 0; i < subject.size(); i++) {
      for (int j = 0; j < record.size(); j++) {
        table[i][j] =
            word(subject.get(i), record.get(j), i < subject.size() - 1 && j < record.size() - 1);
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

  /**
   * The better comparison; one with merged words counts only where each merged word found its
   * partner written the same, or with one typo when no part is a single letter (merging two words
   * no one asked about would only hide an extra word, and a long merged word is always somewhat
   * like a part of it).
   */
  private static NameComparison better(NameComparison a, NameComparison b) {
    boolean mergedInVain =
        b.extraSubjectWords().stream().anyMatch(w -> w.contains("+"))
            || b.extraRecordWords().stream().anyMatch(w -> w.contains("+"))
            || b.pairs().stream()
                .anyMatch(
                    p ->
                        (p.subjectWord().contains("+") || p.recordWord().contains("+"))
                            && p.kind() != WordMatch.EXACT
                            && (p.kind() != WordMatch.TYPO
                                || hasLetterPart(p.subjectWord())
                                || hasLetterPart(p.recordWord())));
    if (mergedInVain) {
      return a;
    }
    int rankA = rank(a);
    int rankB = rank(b);
    if (rankA != rankB) {
      return rankB > rankA ? b : a;
    }
    return b.score() > a.score() ? b : a;
  }

  /**
   * Whether one word of four letters or more, ending in a consonant, is the other with {@code a} or
   * {@code na} added: the masculine and feminine forms of a given name (Johan and Johanna, Daniel
   * and Daniela, Erik and Erika), which twins may bear; one letter apart, they would otherwise
   * count as a typo.
   */
  private static boolean pairedForms(String a, String b) {
    String shorter = a.length() <= b.length() ? a : b;
    String longer = a.length() <= b.length() ? b : a;
    if (!longer.startsWith(shorter)) {
      return false;
    }
    String added = longer.substring(shorter.length());
    boolean consonantEnd = "aeiouy".indexOf(shorter.charAt(shorter.length() - 1)) < 0;
    return shorter.length() >= 4 && consonantEnd && (added.equals("a") || added.equals("na"));
  }

  /**
   * Whether the Damerau–Levenshtein distance of the two is exactly 1: one letter substituted, left
   * out, added, or two adjacent letters swapped. Found in one pass over the letters instead of the
   * distance's table of every pair of letters, which the name comparison computed for every pair of
   * words.
   */
  static boolean oneEditApart(String a, String b) {
    int lengthA = a.length();
    int lengthB = b.length();
    if (Math.abs(lengthA - lengthB) > 1) {
      return false;
    }
    int start = 0;
    int shorter = Math.min(lengthA, lengthB);
    while (start < shorter && a.charAt(start) == b.charAt(start)) {
      start++;
    }
    int endA = lengthA;
    int endB = lengthB;
    while (endA > start && endB > start && a.charAt(endA - 1) == b.charAt(endB - 1)) {
      endA--;
      endB--;
    }
    int differentA = endA - start;
    int differentB = endB - start;
    if (differentA + differentB == 1) {
      return true; // one letter left out or added
    }
    if (differentA == 1 && differentB == 1) {
      return true; // one letter substituted
    }
    return differentA == 2
        && differentB == 2
        && a.charAt(start) == b.charAt(start + 1)
        && a.charAt(start + 1) == b.charAt(start);
  }

  /**
   * A two-letter word with its letters swapped or one letter added ({@code Ek}: {@code Ke}, {@code
   * Eak}); a substituted letter would leave only one of two.
   */
  private static boolean twoLetterTypo(String a, String b) {
    String shorter = a.length() <= b.length() ? a : b;
    String longer = a.length() <= b.length() ? b : a;
    if (shorter.length() != 2 || longer.length() > 3) {
      return false;
    }
    if (longer.length() == 2) {
      return shorter.charAt(0) == longer.charAt(1) && shorter.charAt(1) == longer.charAt(0);
    }
    int at = longer.indexOf(shorter.charAt(0));
    return at >= 0 && longer.indexOf(shorter.charAt(1), at + 1) > at;
  }

  private static boolean hasLetterPart(String word) {
    for (String part : word.split("\\+")) {
      if (part.length() <= 1) {
        return true;
      }
    }
    return false;
  }

  private static int rank(NameComparison comparison) {
    return comparison.full() ? 2 : comparison.agreeingWords() > 0 ? 1 : 0;
  }

  private static String joined(List<String> words, int at) {
    return words.get(at) + "+" + words.get(at + 1);
  }

  private static List<String> merged(List<String> words, int at, String joined) {
    List<String> merged = new ArrayList<>(words.subList(0, at));
    merged.add(joined);
    merged.addAll(words.subList(at + 2, words.size()));
    return merged;
  }

  private static List<String> limited(List<String> words) {
    return words.size() > MAX_WORDS ? words.subList(0, MAX_WORDS) : words;
  }
}
