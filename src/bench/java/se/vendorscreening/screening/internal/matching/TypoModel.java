package se.vendorscreening.screening.internal.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import se.vendorscreening.shared.PartyNames;

/**
 * The matching benchmark's typo model (docs/matching.md): how a person's name is miswritten in a
 * vendor list compared with the conviction record. Each kind has a weight; a letter typo falls on
 * the first letter of a word one time in eight, as typists rarely get a word's first letter wrong.
 */
final class TypoModel {

  /** The kinds of change, with their weights in the benchmark. */
  enum Kind {
    SUBSTITUTION(20),
    DELETION(15),
    INSERTION(15),
    TRANSPOSITION(15),
    SPLIT(4),
    MERGE(4),
    MISSING_WORD(4),
    SURNAME_CHANGE(3),
    DIACRITICS_DROPPED(8),
    SPELLING_VARIANT(9),
    INITIAL(3);

    final int weight;

    Kind(int weight) {
      this.weight = weight;
    }
  }

  /** A miswritten name and the change that made it. */
  record Typo(Kind kind, String name) {}

  private static final String LETTERS = "abcdefghijklmnoprstuvyåäö";
  private static final String[][] VARIANTS = {
    {"sson", "son"},
    {"qv", "kv"},
    {"qu", "kv"},
    {"ph", "f"},
    {"ck", "k"},
    {"th", "t"},
    {"å", "aa"},
    {"ä", "ae"},
    {"ö", "oe"},
    {"ö", "ø"},
    {"é", "e"},
    {"w", "v"},
    {"c", "k"},
    {"k", "c"},
    {"f", "ph"},
    {"son", "sson"}
  };

  private final Random random;
  private final int totalWeight;

  TypoModel(Random random) {
    this.random = random;
    int total = 0;
    for (Kind kind : Kind.values()) {
      total += kind.weight;
    }
    this.totalWeight = total;
  }

  /** The name with one change of a kind drawn by weight. */
  Typo apply(String name, List<String> otherSurnames) {
    int roll = random.nextInt(totalWeight);
    for (Kind kind : Kind.values()) {
      roll -= kind.weight;
      if (roll < 0) {
        return apply(kind, name, otherSurnames);
      }
    }
    throw new IllegalStateException();
  }

  /** The name with one change of the given kind (or of a near kind where it cannot apply). */
  Typo apply(Kind kind, String name, List<String> otherSurnames) {
    List<String> words = new ArrayList<>(List.of(name.split(" ")));
    int last = words.size() - 1;
    int at = random.nextInt(words.size());
    String word = words.get(at);
    switch (kind) {
      case SUBSTITUTION -> {
        int i = position(word.length());
        char replacement;
        do {
          replacement = LETTERS.charAt(random.nextInt(LETTERS.length()));
        } while (Character.toLowerCase(word.charAt(i)) == replacement);
        words.set(at, withCase(word.substring(0, i) + replacement + word.substring(i + 1), i == 0));
      }
      case DELETION -> {
        if (word.length() < 4) {
          return apply(Kind.SUBSTITUTION, name, otherSurnames);
        }
        int i = position(word.length());
        words.set(at, withCase(word.substring(0, i) + word.substring(i + 1), i == 0));
      }
      case INSERTION -> {
        int i = position(word.length() + 1);
        char inserted = LETTERS.charAt(random.nextInt(LETTERS.length()));
        words.set(at, withCase(word.substring(0, i) + inserted + word.substring(i), i == 0));
      }
      case TRANSPOSITION -> {
        int i = position(word.length() - 1);
        if (word.charAt(i) == word.charAt(i + 1)) {
          return apply(Kind.SUBSTITUTION, name, otherSurnames);
        }
        String swapped =
            word.substring(0, i) + word.charAt(i + 1) + word.charAt(i) + word.substring(i + 2);
        words.set(at, withCase(swapped.toLowerCase(Locale.ROOT), true));
      }
      case SPLIT -> {
        if (word.length() < 5) {
          return apply(Kind.TRANSPOSITION, name, otherSurnames);
        }
        int i = 2 + random.nextInt(word.length() - 3);
        words.set(at, word.substring(0, i) + " " + withCase(word.substring(i), true));
      }
      case MERGE -> {
        if (words.size() < 2) {
          return apply(Kind.SPLIT, name, otherSurnames);
        }
        int i = random.nextInt(words.size() - 1);
        words.set(i, words.get(i) + words.remove(i + 1).toLowerCase(Locale.ROOT));
      }
      case MISSING_WORD -> {
        if (words.size() < 2) {
          return apply(Kind.DELETION, name, otherSurnames);
        }
        words.remove(at);
      }
      case SURNAME_CHANGE -> {
        String other;
        do {
          other = otherSurnames.get(random.nextInt(otherSurnames.size()));
        } while (other.equals(words.get(last)));
        words.set(last, other);
      }
      case DIACRITICS_DROPPED -> {
        String folded = PartyNames.withoutDiacritics(name).replace('ø', 'o').replace('ł', 'l');
        if (folded.equals(name)) {
          return apply(Kind.SPELLING_VARIANT, name, otherSurnames);
        }
        return new Typo(kind, folded);
      }
      case SPELLING_VARIANT -> {
        for (int tries = 0; tries < 20; tries++) {
          String[] variant = VARIANTS[random.nextInt(VARIANTS.length)];
          String lower = name.toLowerCase(Locale.ROOT);
          int i = lower.indexOf(variant[0]);
          if (i >= 0) {
            String changed =
                lower.substring(0, i) + variant[1] + lower.substring(i + variant[0].length());
            return new Typo(kind, capitalised(changed));
          }
        }
        return apply(Kind.SUBSTITUTION, name, otherSurnames);
      }
      case INITIAL -> {
        if (words.size() < 2) {
          return apply(Kind.INSERTION, name, otherSurnames);
        }
        words.set(0, words.get(0).charAt(0) + (random.nextBoolean() ? "." : ""));
      }
    }
    return new Typo(kind, String.join(" ", words));
  }

  /** A position in a word of that length: the first letter one time in eight. */
  private int position(int length) {
    if (length <= 1 || random.nextInt(8) == 0) {
      return 0;
    }
    return 1 + random.nextInt(length - 1);
  }

  private static String withCase(String word, boolean capitalise) {
    return capitalise ? capitalised(word) : word;
  }

  private static String capitalised(String text) {
    StringBuilder out = new StringBuilder(text.length());
    boolean start = true;
    for (char c : text.toCharArray()) {
      out.append(start ? Character.toUpperCase(c) : c);
      start = c == ' ' || c == '-';
    }
    return out.toString();
  }
}
